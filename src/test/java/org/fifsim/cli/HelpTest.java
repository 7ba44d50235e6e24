package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command's help renders cleanly: usage on stdout, nothing on stderr (picocli warns on a bare '%'). */
class HelpTest extends CapturedCli {
    /** Every command in fifsim's own tree but picocli's help: a command added later is checked too. */
    static List<String> commands() {
        return Main.tree().getSubcommands().keySet().stream().filter(c -> !c.equals("help")).toList();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpIsClean(String command) {
        assertEquals(Main.OK, execute(command, "--help"));
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(stdout.startsWith("Usage: fifsim " + command), stdout);
        assertFalse(stderr.contains("WARN"), stderr);
        assertTrue(stderr.isBlank(), stderr);
    }
}
