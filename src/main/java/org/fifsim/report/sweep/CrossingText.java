package org.fifsim.report.sweep;

import org.fifsim.experiment.sweep.Crossing;
import org.fifsim.experiment.sweep.SweepOutcome;
import org.fifsim.report.Numbers;
import org.fifsim.results.Kpis;

/**
 * A crossing in words, the same on stdout and in the report: "≈ 263,000 [238,800, 291,600] vehicles/yr", the mean
 * crossing first and the interval from the bounds' crossings after it.
 */
public final class CrossingText {
    private CrossingText() {
    }

    /** "≈ 263,000 [238,800, 291,600] vehicles/yr" on the chart's axis; "none" when the mean keeps its sign. */
    public static String value(SweepOutcome o, SweepOutcome.LineCrossing c) {
        Crossing x = c.crossing();
        boolean byKpi = o.xKpi() != null;
        double[] on = c.onAxis(byKpi);
        String unit = byKpi ? Kpis.unitOf(o.xKpi()) : o.grid().varies().get(0).axisUnit();
        if (!x.found()) {
            return "none";
        }
        if (x.kind() == Crossing.Kind.AT_FIRST_POINT || !Double.isFinite(on[0])) {
            return "at the first point (" + c.at() + ")";
        }
        int d = Numbers.decimalsFor(on[0], spread(on));
        return "\u2248 " + Numbers.format(on[0], d) + " [" + end(on[1], d, "open") + ", "
                + end(on[2], d, "open") + "]" + (unit.isEmpty() ? "" : " " + unit);
    }

    /** One line for stdout: KPI, line, crossing with interval, and what it means. */
    public static String line(SweepOutcome o, SweepOutcome.LineCrossing c) {
        String diff = o.scenarios().get(1) + " \u2212 " + o.scenarios().get(0);
        String where = c.line().fixed().isEmpty() ? "" : " at " + c.line().fixed();
        String along = o.grid().varies().get(0).key();
        Crossing x = c.crossing();
        if (!x.found()) {
            String significance = x.low().found() || x.high().found()
                    ? "; its 95% interval reaches 0 at " + along + " \u2248 " + Numbers.format(
                            x.low().found() ? x.low().x() : x.high().x())
                    : x.zeroInsideAtStart() ? ", but its interval includes 0 throughout: no clear difference"
                    : ", its interval excludes 0 throughout";
            return "crossing " + c.kpi() + where + ": none: the mean of " + diff + " keeps its sign" + significance;
        }
        String at = o.xKpi() != null ? " (" + along + " " + c.at() + ")" : "";
        return "crossing " + c.kpi() + where + ": " + value(o, c) + at + ", where the mean of " + diff
                + " changes sign; the interval is where its 95% bounds reach 0";
    }

    private static String end(double v, int d, String open) {
        return Double.isFinite(v) ? Numbers.format(v, d) : open;
    }

    /** The half-width-like size that sets the decimals: half the interval, or the crossing itself when open. */
    private static double spread(double[] on) {
        if (Double.isFinite(on[1]) && Double.isFinite(on[2]) && on[2] > on[1]) {
            return (on[2] - on[1]) / 2;
        }
        return Math.abs(on[0]) / 10;
    }
}
