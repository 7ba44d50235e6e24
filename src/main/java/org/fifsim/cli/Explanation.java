package org.fifsim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.fifsim.experiment.Runner;
import org.fifsim.explain.Between;
import org.fifsim.explain.Groups;
import org.fifsim.scenario.Scenario;

/**
 * The part of {@code fifsim explain} and {@code fifsim compare --explain} that reads options: the group rules and the
 * designs between A and B; {@link Runner#explain} runs them.
 */
final class Explanation {
    private static final Pattern GROUP = Pattern.compile("([a-z0-9_]{1,40})=([A-Za-z0-9_.*-]+(,[A-Za-z0-9_.*-]+)*)");

    private Explanation() {
    }

    /** The rules of {@code --group NAME=KEY,KEY} options, or throws naming the one that is not. */
    static List<Groups.Rule> rules(List<String> groups) {
        List<Groups.Rule> own = new ArrayList<>();
        for (String g : groups) {
            var m = GROUP.matcher(g.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("--group must be NAME=KEY[,KEY...] with NAME of a-z, 0-9 and _, "
                        + "got '" + g + "'");
            }
            for (String key : m.group(2).split(",")) {
                own.add(new Groups.Rule(key, m.group(1)));
            }
        }
        return own;
    }

    /**
     * The designs between {@code a} and {@code b} under the {@code own} group rules, or null after printing why not
     * (a pair {@link Between} refuses, or more designs than the run limits allow).
     */
    static Between between(Scenario a, Scenario b, List<Groups.Rule> own, RunOptions options, PrintWriter err) {
        Between between;
        try {
            between = Between.of(a, b, Groups.with(own));
        } catch (Between.Refused e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return null;
        }
        return options.withinLimits(between.designs(), err) ? between : null;
    }
}
