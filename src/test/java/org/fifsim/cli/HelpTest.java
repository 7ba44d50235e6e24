package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command's help renders cleanly: usage on stdout, nothing on stderr (picocli warns on a bare '%'). */
class HelpTest extends CapturedCli {
    @ParameterizedTest
    @ValueSource(strings = {"run", "compare", "validate", "bench", "sweep", "sensitivity"})
    void helpIsClean(String command) {
        assertEquals(Main.OK, execute(command, "--help"));
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(stdout.startsWith("Usage: fifsim " + command), stdout);
        assertFalse(stderr.contains("WARN"), stderr);
        assertTrue(stderr.isBlank(), stderr);
    }
}
