package org.fifsim.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.io.ScenarioException;
import org.fifsim.scenario.io.ScenarioReader;

/**
 * The designs between A and B: for every set T of the groups in which they differ, A with T's keys taken from B.
 * Each is read back through the scenario reader, so it is validated like a file; all run on A's seed and
 * replications (common random numbers), whatever B's run section says.
 *
 * @param groups the groups, in bit order
 * @param keys the differing keys of each group with A's and B's value, in the same order
 * @param designs 2^m scenarios indexed by the bit set of groups taken from B: {@code designs.get(0)} is A
 * @param pricesOnly the bit set of groups whose keys are all under {@code accounting}: they change how a run is
 *     priced, never what is simulated
 */
public record Between(List<String> groups, List<List<Change>> keys, List<Scenario> designs, int pricesOnly) {

    /** A key that differs, with its value in A and in B as short text ("(not set)" where a design leaves it to the default). */
    public record Change(String key, String from, String to) {
        static Change of(DesignTree.Difference d) {
            return new Change(d.key(), text(d.a()), text(d.b()));
        }

        private static String text(Object v) {
            String s = v == null ? "(not set)" : v.toString().replace("\n", " ");
            return s.length() > 60 ? s.substring(0, 57) + "..." : s;
        }
    }

    /** Why the designs in between cannot be made: a one-line message for the user (exit 2). */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** The designs between {@code a} and {@code b} (both as read, with their resolved text), keys grouped by rules. */
    public static Between of(Scenario a, Scenario b, Groups rules) throws Refused {
        if (a.resolved() == null || b.resolved() == null) {
            throw new IllegalArgumentException("explain needs scenarios read from files");
        }
        DesignTree ta = DesignTree.of(a.resolved());
        DesignTree tb = DesignTree.of(b.resolved());
        Map<String, List<DesignTree.Difference>> grouped = rules.of(DesignTree.differences(ta, tb));
        List<String> groups = new ArrayList<>(grouped.keySet());
        if (groups.size() > Shapley.MAX_GROUPS) {
            throw new Refused(a.name() + " and " + b.name() + " differ in " + groups.size() + " groups ("
                    + String.join(", ", groups) + "): an exact split needs at most " + Shapley.MAX_GROUPS
                    + " (2^" + Shapley.MAX_GROUPS + " designs); join some with --group NAME=KEY,KEY");
        }
        List<List<Change>> keys = new ArrayList<>();
        int pricesOnly = 0;
        for (List<DesignTree.Difference> ds : grouped.values()) {
            if (ds.stream().allMatch(d -> d.path().get(0).equals("accounting"))) {
                pricesOnly |= 1 << keys.size();
            }
            keys.add(ds.stream().map(Change::of).toList());
        }
        List<Scenario> designs = new ArrayList<>();
        for (int t = 0; t < 1 << groups.size(); t++) {
            List<DesignTree.Difference> taken = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                if ((t & 1 << g) != 0) {
                    taken.addAll(grouped.get(groups.get(g)));
                }
            }
            designs.add(design(a, ta, taken, t, groups));
        }
        return new Between(groups, keys, designs, pricesOnly);
    }

    private static Scenario design(Scenario a, DesignTree ta, List<DesignTree.Difference> taken, int t,
            List<String> groups) throws Refused {
        try {
            Scenario s = ScenarioReader.parse(a.source(), ta.with(taken, name(a, t)),
                    new ArrayList<>());
            return s.withRun(s.run().withSeed(a.run().seed()).withReplications(a.run().replications()));
        } catch (ScenarioException e) {
            var p = e.problems().get(0);
            throw new Refused("the design that takes " + describe(t, groups) + " from B and the rest from "
                    + a.name() + " is not a valid scenario (" + p.key() + ": " + p.rule() + "): put the keys that"
                    + " only work together in one group with --group NAME=KEY,KEY");
        }
    }

    /**
     * The design whose simulation design t shares: t without its price-only groups. The model never reads the
     * accounting section, so the two simulate the same replications to the last event and t is that run re-priced.
     */
    public int simulatedAs(int t) {
        return t & ~pricesOnly;
    }

    /** A name of its own for design t (a replication's simulator is named after its scenario). */
    private static String name(Scenario a, int t) {
        String n = a.name().length() > 56 ? a.name().substring(0, 56) : a.name();
        return t == 0 ? a.name() : n + "-with-" + t;
    }

    /** "energy_assets and transport". */
    public static String describe(int t, List<String> groups) {
        List<String> in = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            if ((t & 1 << g) != 0) {
                in.add(groups.get(g));
            }
        }
        return String.join(" and ", in);
    }
}
