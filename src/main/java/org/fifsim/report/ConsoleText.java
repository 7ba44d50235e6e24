package org.fifsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fifsim.analysis.KpiSummary;

/**
 * The decision as the console prints it: the same blocks as {@code summary.md} (the answer sentence and the decision
 * table), in plain text with aligned columns and no markup. The raw KPI list stays in the results files.
 */
public final class ConsoleText {
    private ConsoleText() {
    }

    /** Paragraphs as they are, tables as aligned columns (numbers right-aligned), notices with their level. */
    public static List<String> lines(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                out.add(p.text());
            } else if (b instanceof Block.Notice n) {
                out.add(n.level().name().toLowerCase(java.util.Locale.ROOT) + ": " + n.text());
            } else if (b instanceof Block.Bullets l) {
                l.items().forEach(i -> out.add("  - " + i));
            } else if (b instanceof Block.Table t) {
                out.addAll(table(t));
            }
        }
        return out;
    }

    /** A run's headline figures: the deciding figures it has, in plain names and display units. */
    public static List<String> headlines(List<KpiSummary> kpis) {
        return table(Decision.single(KpiSummary.byName(kpis), Map.of()));
    }

    private static List<String> table(Block.Table t) {
        int cols = t.header().size();
        int[] width = new int[cols];
        List<List<String>> all = new ArrayList<>();
        all.add(t.header());
        all.addAll(t.rows());
        for (List<String> r : all) {
            for (int i = 0; i < cols && i < r.size(); i++) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        List<String> out = new ArrayList<>();
        for (List<String> r : all) {
            StringBuilder s = new StringBuilder(" ");
            for (int i = 0; i < cols; i++) {
                String c = i < r.size() ? r.get(i) : "";
                String pad = " ".repeat(width[i] - c.length());
                s.append("  ").append(t.numeric()[i] ? pad + c : c + pad);
            }
            out.add(s.toString().stripTrailing());
        }
        return out;
    }
}
