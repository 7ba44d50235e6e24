package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A command line that names a command gets that command alone, and it behaves as it does in the whole tree. */
class CommandTreeTest {
    private static final String[] NAMES = {"run", "compare", "account", "validate", "bench", "sweep", "sensitivity",
            "merge", "select", "optimize", "explain"};

    @Test
    void aCommandsNameGetsThatCommandOnly() {
        assertEquals(List.of(RunCommand.class), Main.commandsFor("run", "a.yaml", "--threads", "1"));
        assertEquals(List.of(ExplainCommand.class), Main.commandsFor("explain"));
        for (String name : NAMES) {
            assertEquals(List.of(name), List.copyOf(Main.tree(name).getSubcommands().keySet()), name);
        }
    }

    @Test
    void anythingElseGetsEveryCommandInUsageOrder() {
        List<String> all = List.of("run", "compare", "account", "validate", "bench", "sweep", "sensitivity", "merge",
                "select", "optimize", "explain", "help");
        for (String[] args : new String[][] {{}, {"--help"}, {"-V"}, {"help", "run"}, {"rn"}, {"RUN"}, {"@args"}}) {
            assertEquals(all, List.copyOf(Main.tree(args).getSubcommands().keySet()), String.join(" ", args));
        }
    }

    @Test
    void aCommandAloneHasTheUsageAndOptionsItHasInTheWholeTree() {
        CommandLine whole = Main.tree();
        for (String name : NAMES) {
            CommandLine inWhole = whole.getSubcommands().get(name);
            CommandLine alone = Main.tree(name).getSubcommands().get(name);
            assertEquals(inWhole.getUsageMessage(CommandLine.Help.Ansi.OFF),
                    alone.getUsageMessage(CommandLine.Help.Ansi.OFF), name);
            assertEquals(inWhole.getCommandSpec().qualifiedName(), alone.getCommandSpec().qualifiedName(), name);
            assertEquals(inWhole.getCommandSpec().options().size(), alone.getCommandSpec().options().size(), name);
        }
    }
}
