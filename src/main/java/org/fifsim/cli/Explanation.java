package org.fifsim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.fifsim.accounting.Accounting;
import org.fifsim.accounting.FactorSet;
import org.fifsim.experiment.engine.ExperimentService;
import org.fifsim.experiment.engine.Request;
import org.fifsim.explain.Attribution;
import org.fifsim.explain.Between;
import org.fifsim.explain.Groups;
import org.fifsim.report.ExplainWriter;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;

/**
 * Runs the designs between A and B on one engine and splits the headline differences: the part shared by
 * {@code fifsim explain} and {@code fifsim compare --explain}. Designs that differ only in prices share one
 * simulation: only those are asked for, the rest re-priced.
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

    /** Every design of {@code between} on {@code n} replications from {@code service}, priced, and the split. */
    static ExplainWriter.Explained run(ExperimentService service, Between between, int n) throws Exception {
        List<Request> requests = new ArrayList<>();
        for (int t = 0; t < between.designs().size(); t++) {
            requests.add(new Request(between.designs().get(between.simulatedAs(t)), 0, n));
        }
        Map<Request, List<ReplicationResult>> answers = service.answer(requests.stream().distinct().toList());
        List<List<ReplicationResult>> results = new ArrayList<>();
        for (int t = 0; t < requests.size(); t++) {
            var factors = FactorSet.of(between.designs().get(t)).central();
            results.add(answers.get(requests.get(t)).stream()
                    .map(r -> r.withKpis(Accounting.price(r.kpis(), r.activity(), factors))).toList());
        }
        return new ExplainWriter.Explained(between, results,
                Attribution.of(between.groups(), results, Attribution.HEADLINE));
    }
}
