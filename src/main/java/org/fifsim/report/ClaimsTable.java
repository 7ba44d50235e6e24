package org.fifsim.report;

import java.util.ArrayList;
import java.util.List;
import org.fifsim.analysis.Numbers;
import org.fifsim.claims.Claim;
import org.fifsim.claims.ClaimCheck;
import org.fifsim.results.Kpis;
import org.fifsim.stats.Estimate;

/** Public claims against the simulation: claim, source, what it says, what the simulation gives, verdict, assumption. */
public final class ClaimsTable {
    private ClaimsTable() {
    }

    public static Block.Table of(List<ClaimCheck> checks, String base, String other) {
        List<String> header = List.of("claim", "claimed", "simulated, 95% interval", "verdict", "assumption",
                "source");
        boolean[] numeric = {false, true, true, false, false, false};
        List<List<String>> rows = new ArrayList<>();
        for (ClaimCheck c : checks) {
            Claim cl = c.claim();
            Scale s = Scale.of(cl.kpi(), c.simulated());
            String whose = switch (cl.of()) {
                case BASE -> base;
                case OTHER -> other;
                case DIFFERENCE -> other + " \u2212 " + base;
            };
            String claimed;
            if (Double.isFinite(cl.value())) {
                claimed = Numbers.format(cl.value() * s.factor, s.decimals) + (cl.tolerance() > 0 ? " \u00b1 "
                        + Numbers.format(cl.tolerance() * s.factor, s.decimals) : "");
            } else if (Double.isFinite(cl.atLeast())) {
                claimed = "\u2265 " + Numbers.format(cl.atLeast() * s.factor, s.decimals);
            } else {
                claimed = "\u2264 " + Numbers.format(cl.atMost() * s.factor, s.decimals);
            }
            claimed += " " + s.unit;
            Estimate e = c.simulated();
            String simulated = e == null || !Double.isFinite(e.mean()) ? "n/a"
                    : Numbers.format(e.mean() * s.factor, s.decimals) + (Double.isFinite(e.ci95Low()) ? " "
                    + Numbers.interval(e.ci95Low() * s.factor, e.ci95High() * s.factor, s.decimals) : "") + " "
                    + s.unit;
            // a disagreement names both figures, so "larger" or "smaller" can be read without the columns beside it
            String verdict = c.words() + (c.disagrees() ? " (" + Numbers.format(e.mean() * s.factor, s.decimals)
                    + " " + s.unit + " against " + claimed + ")" : "");
            rows.add(List.of(cl.text(), claimed, simulated + " (" + cl.kpi() + ", " + whose + ")", verdict,
                    cl.assumption(), cl.source()));
        }
        return new Block.Table(header, numeric, rows, List.of());
    }

    /** Millions for money, % for shares, the KPI's own unit otherwise; decimals from the interval. */
    private record Scale(double factor, String unit, int decimals) {
        static Scale of(String kpi, Estimate e) {
            String unit = Kpis.unitOf(kpi);
            double mean = e == null ? Double.NaN : e.mean();
            double hw = e == null ? Double.NaN : e.halfWidth();
            double factor = unit.equals("fraction") ? 100 : unit.startsWith("CNY") ? 1e-6 : 1;
            String shown = unit.equals("fraction") ? "%" : unit.startsWith("CNY") ? "M " + unit : unit;
            int d = Numbers.decimalsFor(mean * factor, hw * factor);
            return new Scale(factor, shown, Double.isFinite(mean) ? Math.min(d, 3) : 2);
        }
    }
}
