package org.fifsim.report.sweep;

import java.util.ArrayList;
import java.util.List;
import org.fifsim.analysis.Numbers;
import org.fifsim.experiment.sweep.Crossing;
import org.fifsim.experiment.sweep.CrossingBand;
import org.fifsim.experiment.sweep.SweepOutcome;
import org.fifsim.results.Kpis;

/**
 * A crossing in words, the same on stdout and in the report: "≈ 263,000 [238,800, 291,600] vehicles/yr", the mean
 * crossing first and the interval from the bounds' crossings after it; for a priced KPI its factor band beside them.
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

    /**
     * The crossing with its factor band when it has one: "≈ 266,000 [265,100, 267,600] vehicles/yr (factor band
     * [241,000, 293,500])"; "none" without a crossing, then what the draws do.
     */
    public static String withBand(SweepOutcome o, SweepOutcome.LineCrossing c) {
        return value(o, c) + band(o, c);
    }

    /**
     * " (factor band [p5, p95])" on the chart's axis, an end beyond the swept range as "below 212,000" or
     * "above 300,000", with the shares of draws that cross outside the range; "" for a KPI without a band.
     */
    public static String band(SweepOutcome o, SweepOutcome.LineCrossing c) {
        CrossingBand b = c.band();
        if (b == null) {
            return "";
        }
        double[] on = c.onAxis(o.xKpi() != null);
        double spread = Double.isFinite(b.p5()) && Double.isFinite(b.p95()) && b.p95() > b.p5()
                ? (b.p95() - b.p5()) / 2 : (b.rangeHigh() - b.rangeLow()) / 10;
        double at = Double.isFinite(on[0]) ? on[0] : b.rangeHigh();
        int d = Math.max(Numbers.decimalsFor(at, spread), Double.isFinite(on[0])
                ? Numbers.decimalsFor(on[0], spread(on)) : 0);
        // a draw without a crossing in the range is only said to head for the end where it is nearer zero
        List<String> notes = new ArrayList<>();
        if (b.below() > 0) {
            notes.add(Numbers.percent(b.below()) + " of draws do not cross within the range and are nearer 0 at "
                    + Numbers.format(b.rangeLow(), d));
        }
        if (b.above() > 0) {
            notes.add(Numbers.percent(b.above()) + (b.below() > 0 ? "" : " of draws do not cross within the range and"
                    + " are") + " nearer 0 at " + Numbers.format(b.rangeHigh(), d));
        }
        if (b.undetermined() > 0) {
            notes.add(Numbers.percent(b.undetermined()) + " never cross");
        }
        if (Double.isInfinite(b.p5()) && b.p5() == b.p95()) {
            return " (factor band: " + (b.outside() == 1 ? "no draw crosses within the swept range, the "
                    + "difference is nearer 0 at " + Numbers.format(b.p5() < 0 ? b.rangeLow() : b.rangeHigh(), d)
                    : "beyond the swept range; " + String.join(", ", notes)) + ")";
        }
        String ends = "[" + bandEnd(b, b.p5(), d) + ", " + bandEnd(b, b.p95(), d) + "]";
        return " (factor band " + ends + (notes.isEmpty() ? "" : "; " + String.join(", ", notes)) + ")";
    }

    private static String bandEnd(CrossingBand b, double v, int d) {
        if (v == Double.NEGATIVE_INFINITY) {
            return "below " + Numbers.format(b.rangeLow(), d);
        }
        if (v == Double.POSITIVE_INFINITY) {
            return "above " + Numbers.format(b.rangeHigh(), d);
        }
        return Double.isFinite(v) ? Numbers.format(v, d) : "n/a";
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
            return "crossing " + c.kpi() + where + ": none: the mean of " + diff + " keeps its sign" + significance
                    + band(o, c);
        }
        String at = o.xKpi() != null ? " (" + along + " " + c.at() + ")" : "";
        return "crossing " + c.kpi() + where + ": " + value(o, c) + at + band(o, c) + ", where the mean of " + diff
                + " changes sign; the interval is where its 95% bounds reach 0"
                + (c.band() == null ? "" : ", the factor band is p5-p95 of the crossing over "
                        + String.format(java.util.Locale.ROOT, "%,d", c.band().draws()) + " factor draws");
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
