package org.fifsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fifsim.analysis.Numbers;
import org.fifsim.explain.Attribution;
import org.fifsim.explain.Between;
import org.fifsim.explain.Shapley;
import org.fifsim.report.figure.BridgeFigures;
import org.fifsim.stats.Estimate;

/**
 * The report of {@code fifsim explain}: the headline differences split into the groups' shares (a table and a bridge
 * per KPI), what each group does alone, and the keys in each group with both designs' values.
 */
public final class ExplainReport {
    private ExplainReport() {
    }

    public static Report build(String from, String to, Between between, Attribution attribution,
            List<Block.Figure> bridges) {
        List<Report.Section> sections = new ArrayList<>();
        int n = attribution.kpis().values().stream().findFirst().map(p -> p.total().n()).orElse(0);
        String subtitle = to + " minus " + from + ", split over " + between.groups().size() + " groups of differing "
                + "keys: " + between.designs().size() + " designs x " + n + " replications on common random numbers";
        if (between.groups().isEmpty()) {
            sections.add(new Report.Section("parts", "What the difference is made of", List.of(new Block.Paragraph(
                    from + " and " + to + " differ in no key that changes a design: there is nothing to explain, "
                            + "and every difference is zero."))));
            return new Report("Explain: " + to + " against " + from, subtitle, sections);
        }
        sections.add(new Report.Section("parts", "What the difference is made of", List.of(
                new Block.Paragraph(headline(from, to, attribution)),
                shares(attribution, false),
                new Block.Paragraph("Each cell is a group's Shapley share: what taking that group of keys from " + to
                        + " changes, averaged over every order of taking the groups. The shares plus the interaction "
                        + "left over (only the rounding of their sum) are the total. Intervals are 95% t-intervals "
                        + "over the paired replications; greyed rows include 0 for every KPI."))));
        sections.add(new Report.Section("alone", "One group at a time", List.of(
                new Block.Paragraph("What each group does on its own, added to " + from + ", and the joint part: "
                        + "what groups do only together (the total minus the effects alone). The Shapley shares "
                        + "above split the joint part evenly among the groups that make it; a large one means the "
                        + "groups cannot be judged one at a time."),
                shares(attribution, true))));
        sections.add(new Report.Section("groups", "The groups and their keys", List.of(keys(between, from, to))));
        if (!bridges.isEmpty()) {
            sections.add(new Report.Section("bridges", "Bridges", List.copyOf(bridges)));
        }
        sections.add(new Report.Section("method", "Method", List.of(new Block.Bullets(List.of(
                "Groups: keys that differ between the two resolved scenarios (extends laid in), grouped by what they "
                        + "are about (energy assets, stock covers, sequence and orders, transport, line cost basis, "
                        + "quality, ...); --group NAME=KEY,KEY puts keys in a group of your own. Name, description, "
                        + "seed and replications are not compared: every design runs on " + from + "'s.",
                "Designs: for every set T of groups, " + from + " with T's keys taken from " + to + ", read back and"
                        + " validated like a file: 2^m designs (at most 2^" + Shapley.MAX_GROUPS + ").",
                "Shares: phi_g = sum over T without g of |T|! (m-|T|-1)! / m! x [v(T+g) - v(T)], replication by "
                        + "replication, so each share has a t-interval like any paired difference.")))));
        return new Report("Explain: " + to + " against " + from, subtitle, sections);
    }

    /**
     * The explanation as one section of another report (compare --explain): the split, the bridges and where the
     * rest is.
     *
     * @param folder the explanation's folder, relative to that report (e.g. {@code explain})
     * @param bridges the bridge figures, their files relative to {@code folder}
     */
    public static Report.Section section(String from, String to, Between between, Attribution attribution,
            List<Block.Figure> bridges, String folder) {
        List<Block> blocks = new ArrayList<>();
        if (between.groups().isEmpty()) {
            blocks.add(new Block.Paragraph(from + " and " + to + " differ in no key that changes a design: there is "
                    + "nothing to explain."));
        } else {
            blocks.add(new Block.Paragraph(headline(from, to, attribution)));
            blocks.add(shares(attribution, false));
            for (Block.Figure f : bridges) {
                blocks.add(new Block.Figure(folder + "/" + f.file(), f.title(), f.caption(), f.width(), f.height()));
            }
        }
        blocks.add(new Block.Paragraph("Shapley shares of the groups of keys in which the two differ, over "
                + between.designs().size() + " designs on common random numbers. The groups' keys, what each does "
                + "alone and the method: " + folder + "/report.md (and " + folder + "/explain.json, " + folder
                + "/designs.csv)."));
        return new Report.Section("explain", "What the difference is made of", blocks);
    }

    /** "Total cost: −95.6 M CNY/yr = transport −60.1 + energy assets −3.6 + ...". */
    private static String headline(String from, String to, Attribution a) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Attribution.Parts> e : a.kpis().entrySet()) {
            var f = BridgeFigures.figure(e.getKey());
            Attribution.Parts p = e.getValue();
            int d = decimals(p.total(), f.factor());
            StringBuilder b = new StringBuilder(f.name() + " " + Numbers.signed(p.total().mean() * f.factor(), d)
                    + " " + f.unit() + " =");
            List<String> shares = new ArrayList<>();
            for (Map.Entry<String, Estimate> s : p.shares().entrySet()) {
                shares.add(s.getKey().replace('_', ' ') + " " + Numbers.signed(s.getValue().mean() * f.factor(), d));
            }
            parts.add(b.append(" ").append(String.join(", ", shares)).toString());
        }
        return "From " + from + " to " + to + ": " + String.join("; ", parts) + ".";
    }

    /** Groups down, KPIs across: the shares with intervals, or the effects alone and the joint part. */
    private static Block.Table shares(Attribution a, boolean alone) {
        List<String> header = new ArrayList<>(List.of("group"));
        for (String k : a.kpis().keySet()) {
            var f = BridgeFigures.figure(k);
            header.add(f.name() + " (" + f.unit() + ")");
        }
        boolean[] numeric = new boolean[header.size()];
        java.util.Arrays.fill(numeric, 1, numeric.length, true);
        List<List<String>> rows = new ArrayList<>();
        List<Integer> muted = new ArrayList<>();
        for (String g : a.groups()) {
            List<String> row = new ArrayList<>(List.of(g.replace('_', ' ')));
            boolean allNoise = true;
            for (Map.Entry<String, Attribution.Parts> e : a.kpis().entrySet()) {
                var f = BridgeFigures.figure(e.getKey());
                Attribution.Parts p = e.getValue();
                int d = decimals(p.total(), f.factor());
                if (alone) {
                    row.add(Numbers.signed(p.alone().get(g) * f.factor(), d));
                    allNoise = false;
                } else {
                    Estimate s = p.shares().get(g);
                    row.add(cell(s, f.factor(), d));
                    allNoise &= s.includesZero() && Double.isFinite(s.ci95Low());
                }
            }
            if (allNoise) {
                muted.add(rows.size());
            }
            rows.add(row);
        }
        List<String> last = new ArrayList<>(List.of(alone ? "joint (only together)" : "interaction left over"));
        List<String> total = new ArrayList<>(List.of("total"));
        for (Map.Entry<String, Attribution.Parts> e : a.kpis().entrySet()) {
            var f = BridgeFigures.figure(e.getKey());
            Attribution.Parts p = e.getValue();
            int d = decimals(p.total(), f.factor());
            last.add(Numbers.signed((alone ? p.joint() : p.interaction().doubleValue()) * f.factor(), d));
            total.add(cell(p.total(), f.factor(), d));
        }
        rows.add(last);
        rows.add(total);
        return new Block.Table(header, numeric, rows, muted);
    }

    private static String cell(Estimate e, double factor, int d) {
        return Numbers.signed(e.mean() * factor, d) + " " + Numbers.interval(e.ci95Low() * factor,
                e.ci95High() * factor, d);
    }

    /** One precision per KPI, from its total's interval, so a column's numbers line up. */
    private static int decimals(Estimate total, double factor) {
        return Numbers.decimalsFor(total.mean() * factor, total.halfWidth() * factor);
    }

    private static Block.Table keys(Between between, String from, String to) {
        List<List<String>> rows = new ArrayList<>();
        for (int g = 0; g < between.groups().size(); g++) {
            for (Between.Change c : between.keys().get(g)) {
                rows.add(List.of(between.groups().get(g).replace('_', ' '), c.key(), c.from(), c.to()));
            }
        }
        return new Block.Table(List.of("group", "key", from, to), new boolean[] {false, false, false, false}, rows,
                List.of());
    }
}
