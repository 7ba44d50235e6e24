package org.fifsim.cli;

import java.util.ArrayList;
import java.util.List;
import org.fifsim.scenario.io.Suggest;
import picocli.CommandLine;

/** The line for a word the command line does not know: a mistyped command or option, with the closest known one. */
final class DidYouMean {
    private DidYouMean() {
    }

    static String unmatched(CommandLine c, CommandLine.UnmatchedArgumentException u) {
        List<String> words = u.getUnmatched();
        String word = words.isEmpty() ? "" : words.get(0);
        boolean option = word.startsWith("-");
        String name = option && word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
        List<String> known = new ArrayList<>();
        if (option) {
            c.getCommandSpec().options().forEach(o -> known.addAll(List.of(o.names())));
        } else {
            c.getSubcommands().keySet().stream().filter(s -> !s.equals("help")).forEach(known::add);
        }
        String hint = known.isEmpty() ? null : Suggest.closest(name, known);
        String what = option ? "unknown option '" + name + "'"
                : !c.getSubcommands().isEmpty() ? "unknown command '" + name + "'"
                : "unexpected argument '" + name + "'";
        if (hint != null) {
            return what + ", did you mean '" + hint + "'?";
        }
        if (!option && !c.getSubcommands().isEmpty()) {
            return what + "; the commands are " + String.join(", ", known);
        }
        return what;
    }
}
