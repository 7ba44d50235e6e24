package org.fifsim.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fifsim.accounting.FactorLibrary;
import org.fifsim.accounting.FactorSet;
import org.fifsim.accounting.FactorSwing;
import org.fifsim.accounting.Factors;
import org.fifsim.analysis.Numbers;
import org.fifsim.results.Kpi;
import org.fifsim.results.Kpis;
import org.fifsim.scenario.Distribution;
import org.fifsim.scenario.Scenario;
import org.fifsim.stats.Estimate;
import org.fifsim.scenario.io.FactorDefinitions;

/**
 * What a comparison's first screen says besides the decision table, in a planner's words: a title from the designs'
 * descriptions, the conditions of the recommendation (break-even, where the carbon saving comes from), the
 * assumptions that move the decision most with value, range and source, the break-even and the trade-offs that go the
 * other way. The method's terms (replications, common random numbers) stay in the method section.
 */
public final class FirstScreen {
    /** At most this many assumptions on the first screen; at least {@link #FEWEST} when there are that many. */
    static final int MOST = 5;
    static final int FEWEST = 3;
    /** A phrase of a description longer than this is cut to its head. */
    static final int PHRASE = 60;

    private FirstScreen() {
    }

    /** The head of a design's description ("Co-located pack line"), its name when it has none. */
    public static String phrase(Scenario s) {
        String d = s.description() == null ? "" : s.description().strip().replaceAll("\\s+", " ");
        if (d.isEmpty()) {
            return s.name();
        }
        int cut = d.length();
        for (char c : new char[] {'(', ';', ':', ','}) {
            int i = d.indexOf(c);
            if (i > 0) {
                cut = Math.min(cut, i);
            }
        }
        d = d.substring(0, cut).strip();
        if (d.length() > PHRASE) {
            for (String joint : List.of(" with ", " as in ", " but ", " building ", " feeding ")) {
                int i = d.indexOf(joint);
                if (i > 0 && d.substring(0, i).split(" ").length >= 3) {
                    d = d.substring(0, i);
                    break;
                }
            }
        }
        if (d.length() > PHRASE) {
            int i = d.lastIndexOf(' ', PHRASE);
            d = d.substring(0, i > 0 ? i : PHRASE) + "\u2026";
        }
        return d;
    }

    /** "Co-located pack line against separate pack plant ~30 km away": others first, then the baseline. */
    public static String title(List<Scenario> scenarios) {
        List<String> others = scenarios.subList(1, scenarios.size()).stream().map(FirstScreen::phrase).toList();
        String base = phrase(scenarios.get(0));
        return String.join(", ", others) + " against " + lower(base);
    }

    /** The conditions of the recommendation that other studies supply: the volume break-even, the carbon source. */
    static Decision.Conditions conditions(String base, String other, DecisionContext ctx) {
        String volume = null;
        DecisionContext.BreakEven b = ctx.breakEven();
        if (b != null && !b.cheaperAbove().equals(b.cheaperBelow())) {
            volume = b.cheaperAbove().equals(other) || b.cheaperAbove().equals(base) ? volume(b) : null;
        }
        String carbon = null;
        DecisionContext.Shares s = ctx.shares().get(Kpis.CO2_TOTAL_T);
        if (s != null && s.main() != null && s.total() != 0) {
            double part = s.shares().get(s.main());
            // "mostly" only for more than half; otherwise the largest part, said as such
            carbon = (Math.abs(part) > 0.5 * Math.abs(s.total()) ? "mostly " : "its largest part ")
                    + s.main().replace('_', ' ') + " (" + Numbers.format(Math.abs(part), 0) + " t of "
                    + Numbers.format(Math.abs(s.total()), 0) + " in the explanation)";
        }
        return new Decision.Conditions(volume, carbon, b);
    }

    /** "more than ~300,000 vehicles a year" or "fewer than …", which design wins on which side. */
    private static String volume(DecisionContext.BreakEven b) {
        return "~" + Numbers.format(round(b.crossing(), 3), 0) + " " + b.unit().replace("/yr", " a year");
    }

    /** {@code v} to {@code digits} significant digits: a break-even is not known to the vehicle. */
    static double round(double v, int digits) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        double p = Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - (digits - 1));
        return Math.round(v / p) * p;
    }

    /** The break-even line, or where to get one. */
    static String breakEven(DecisionContext ctx) {
        DecisionContext.BreakEven b = ctx.breakEven();
        if (b == null) {
            return "Break-even: not in this comparison. A volume sweep of the same two designs with total cost "
                    + "among its KPIs (fifsim sweep BASE --against OTHER --vary volume=FROM..TO:STEPS) finds it; "
                    + "compare --context SWEEP_DIR puts it here.";
        }
        int dec = 0;
        StringBuilder s = new StringBuilder("Break-even: total cost is equal at \u2248 ")
                .append(Numbers.format(round(b.crossing(), 4), dec)).append(' ').append(b.unit()).append(" (95% interval ")
                .append(end(b.low(), "below the range")).append(" to ").append(end(b.high(), "above the range"));
        if (Double.isFinite(b.bandP5()) || Double.isFinite(b.bandP95())) {
            s.append("; over the factor band ").append(end(b.bandP5(), "below the range")).append(" to ")
                    .append(end(b.bandP95(), "above the range"));
        }
        s.append("): ").append(b.cheaperAbove()).append(" costs less above it, ").append(b.cheaperBelow())
                .append(" below it. From ").append(b.source()).append('.');
        return s.toString();
    }

    private static String end(double v, String open) {
        return Double.isFinite(v) ? Numbers.format(round(v, 4), 0) : open;
    }

    /**
     * The trade-offs that go the other way: every KPI with a direction on which {@code winner} is clearly worse (the
     * interval excludes 0), in the registry's label and display unit, the difference in the comparison's sign.
     */
    static String tradeOffs(String base, String other, String winner, Map<String, Estimate> diffs) {
        List<String> worse = new ArrayList<>();
        boolean otherWins = winner.equals(other);
        for (Map.Entry<String, Estimate> e : diffs.entrySet()) {
            Kpi k = Kpis.get(e.getKey());
            Estimate d = e.getValue();
            // priced parts are inside total cost and carbon; realised counts repeat the rate-based ones
            if (k == null || k.direction() == Kpi.Direction.NEITHER || d == null || !Double.isFinite(d.ci95Low())
                    || d.includesZero() || k.name().endsWith("_realised")
                    || k.priced() && !k.name().equals(Kpis.COST_TOTAL_CNY) && !k.name().equals(Kpis.CO2_TOTAL_T)) {
                continue;
            }
            boolean otherBetter = k.direction() == Kpi.Direction.MORE_IS_BETTER ? d.mean() > 0 : d.mean() < 0;
            if (otherBetter != otherWins) {
                Decision.Figure f = Decision.Figure.of(k.name());
                int dec = Numbers.decimalsFor(d.mean() * f.factor(), d.halfWidth() * f.factor());
                worse.add(lower(f.name()) + " " + Numbers.signed(d.mean() * f.factor(), dec) + " "
                        + Numbers.interval(d.ci95Low() * f.factor(), d.ci95High() * f.factor(), dec) + " "
                        + f.differenceUnit());
            }
        }
        if (worse.isEmpty()) {
            return "Trade-offs: none. On every figure where the two differ clearly, " + winner + " is as good or "
                    + "better.";
        }
        return "Trade-offs (where " + winner + " is clearly worse; " + other + " minus " + base + "): "
                + String.join("; ", worse) + ".";
    }

    /**
     * The assumptions that move the decision most: groups of design differences an explanation found, keys a
     * sensitivity found, then the uncertain factors whose range moves the total-cost difference most (its factor
     * band's widest contributors), {@link #FEWEST} to {@link #MOST} rows.
     */
    static Block.Table assumptions(List<Scenario> scenarios, String other, DecisionContext ctx,
            List<FactorSwing.Swing> swings) {
        Scenario base = scenarios.get(0);
        Scenario o = scenarios.stream().filter(s -> s.name().equals(other)).findFirst().orElseThrow();
        Decision.Figure cost = Decision.Figure.of(Kpis.COST_TOTAL_CNY);
        List<List<String>> rows = new ArrayList<>();
        DecisionContext.Shares cs = ctx.shares().get(Kpis.COST_TOTAL_CNY);
        DecisionContext.Shares co = ctx.shares().get(Kpis.CO2_TOTAL_T);
        if (cs != null) {
            List<String> groups = new ArrayList<>(cs.shares().keySet());
            groups.sort(Comparator.comparingDouble((String g) -> -Math.abs(cs.shares().get(g))));
            for (String g : groups) {
                double c = cs.shares().get(g);
                double t = co == null ? 0 : co.shares().getOrDefault(g, 0.0);
                boolean matters = Math.abs(c) >= 0.1 * Math.abs(cs.total())
                        || co != null && Math.abs(t) >= 0.1 * Math.abs(co.total());
                if (matters && rows.size() < 2) {
                    rows.add(List.of(g.replace('_', ' ') + " (keys that differ between the designs)", other
                            + "'s, not " + base.name() + "'s", "", Numbers.signed(c * cost.factor(), 1) + " " + cost.unit()
                            + (co == null ? "" : ", " + Numbers.signed(t, 0) + " t CO2/yr"), "explain: " + cs.source()));
                }
            }
        }
        List<DecisionContext.Sensitivity> sens = new ArrayList<>(ctx.sensitivities().stream()
                .filter(DecisionContext.Sensitivity::clear)
                .filter(s -> s.kpi().equals(Kpis.COST_TOTAL_CNY) || s.kpi().equals(Kpis.COST_PER_PACK_CNY)
                        || s.kpi().equals(Kpis.CO2_TOTAL_T)).toList());
        sens.sort(Comparator.comparingDouble((DecisionContext.Sensitivity s) -> -s.reach()));
        for (DecisionContext.Sensitivity s : sens) {
            if (rows.size() >= MOST - 1) {
                break;
            }
            Decision.Figure f = Decision.Figure.of(s.kpi());
            rows.add(List.of(s.key() + " (" + s.scenario() + ")", s.base(), s.low() + " to " + s.high(),
                    s.scenario() + "'s " + lower(f.name()) + " " + change(s.lowDiff(), f) + " / "
                            + change(s.highDiff(), f) + " " + f.unit(), "sensitivity: " + s.source()));
        }
        FactorLibrary library = FactorLibrary.standard();
        FactorSet bf = FactorSet.of(base);
        FactorSet of = FactorSet.of(o);
        double widest = swings.isEmpty() ? 0 : swings.get(0).width();
        for (FactorSwing.Swing w : swings) {
            if (rows.size() >= MOST || rows.size() >= FEWEST && w.width() < 0.1 * widest) {
                break;
            }
            int dec = Numbers.decimalsFor(w.low() * cost.factor(), w.width() * cost.factor() / 2);
            String unit = library.get(w.factor()) == null ? "" : library.get(w.factor()).unit();
            rows.add(List.of(factorName(w.factor()), value(w, bf, of, base.name(), other, unit),
                    range(w, bf, of, unit),
                    "difference " + Numbers.signed(w.low() * cost.factor(), dec) + " to "
                            + Numbers.signed(w.high() * cost.factor(), dec) + " " + cost.unit(),
                    source(library, w.factor(), base, o)));
        }
        return new Block.Table(List.of("assumption", "value", "range (p5\u2013p95)", "moves", "source"),
                new boolean[] {false, false, false, false, false}, rows, List.of());
    }

    private static String change(Estimate d, Decision.Figure f) {
        if (d == null) {
            return "n/a";
        }
        int dec = Numbers.decimalsFor(d.mean() * f.factor(), d.halfWidth() * f.factor());
        return Numbers.signed(d.mean() * f.factor(), dec);
    }

    /** Plain names of the factors that usually decide; others read as their names in words. */
    private static final Map<String, String> FACTOR_WORDS = Map.ofEntries(
            Map.entry(Factors.PACK_VALUE_CNY, "Pack value"),
            Map.entry(Factors.INVENTORY_HOLDING_RATE_PER_YR, "Holding rate of stock"),
            Map.entry(Factors.LINE_FIXED_CNY_PER_YR, "Dedicated line's fixed cost"),
            Map.entry(Factors.LINE_CNY_PER_PACK, "Shared plant's line charge per pack"),
            Map.entry(Factors.TRUCK_CNY_PER_KM, "Truck cost per km"),
            Map.entry(Factors.TRUCK_CNY_PER_TRIP, "Truck cost per trip"),
            Map.entry(Factors.HANDLING_CNY_PER_PACK, "Handling per pack and stage"),
            Map.entry(Factors.WAREHOUSING_CNY_PER_PACK_DAY, "Warehousing per pack-day"),
            Map.entry(Factors.LOST_VEHICLE_MARGIN_CNY, "Margin of a vehicle not built"),
            Map.entry(Factors.GRID_KG_CO2_PER_KWH, "Grid carbon factor"),
            Map.entry(Factors.GRID_CNY_PER_KWH, "Grid electricity price"),
            Map.entry(Factors.CONTAINMENT_RECALL_CNY_PER_VEHICLE, "Recall cost per vehicle"),
            Map.entry(Factors.CONTAINMENT_INSPECTION_CNY_PER_PACK, "Inspection of a suspect pack"));

    static String factorName(String factor) {
        String words = FACTOR_WORDS.get(factor);
        return (words == null ? upper(factor.replace('_', ' ')) : words) + " (" + factor + ")";
    }

    private static String value(FactorSwing.Swing w, FactorSet base, FactorSet other, String baseName,
            String otherName, String unit) {
        String b = central(base, w.factor(), unit);
        String o = central(other, w.factor(), unit);
        return b.equals(o) ? b : otherName + " " + o + "; " + baseName + " " + b;
    }

    private static String central(FactorSet set, String factor, String unit) {
        Distribution d = set.factors().get(factor);
        return d == null ? "n/a" : withUnit(d.mean(), unit);
    }

    private static String range(FactorSwing.Swing w, FactorSet base, FactorSet other, String unit) {
        List<String> out = new ArrayList<>();
        for (FactorSet s : List.of(other, base)) {
            Distribution d = s.factors().get(w.factor());
            if (d != null && !(d instanceof Distribution.Constant)) {
                String r = withUnit(FactorSwing.quantile(d, FactorSwing.LOW), unit).replaceAll(" .*", "")
                        + "\u2013" + withUnit(FactorSwing.quantile(d, FactorSwing.HIGH), unit);
                if (!out.contains(r)) {
                    out.add(r);
                }
            }
        }
        return out.isEmpty() ? "fixed" : String.join("; ", out);
    }

    /** A factor's value as a planner says it: a rate per year in percent, money in millions, else with its unit. */
    static String withUnit(double v, String unit) {
        if (unit.equals("1/yr")) {
            return Numbers.percent(v) + " a year";
        }
        if (unit.equals("fraction")) {
            return Numbers.percent(v);
        }
        if (Math.abs(v) >= 1e6) {
            return Numbers.trim(v / 1e6) + " M " + unit;
        }
        // three significant digits: a price range is not known to the yuan
        return (Math.abs(v) >= 1000 ? Numbers.format(round(v, 3), 0) : Numbers.trim(v))
                + (unit.isEmpty() ? "" : " " + unit);
    }

    /** 60,000,000 as "60 M", 0.25 as "0.25", 86 as "86". */
    static String compact(double v) {
        if (Math.abs(v) >= 1e6) {
            return Numbers.trim(v / 1e6) + " M";
        }
        return Numbers.trim(v);
    }

    /** The library's source, or the scenario that sets the factor; its first clause, ASSUMPTION said first. */
    private static String source(FactorLibrary library, String factor, Scenario base, Scenario other) {
        String setIn = "";
        for (Scenario s : List.of(other, base)) {
            if (s.accounting().containsKey(factor)) {
                setIn = (s.source() == null ? s.name() : s.source().getFileName().toString()) + " (accounting."
                        + factor + "); library: ";
                break;
            }
        }
        FactorDefinitions.Factor f = library.get(factor);
        if (f == null) {
            return "scenario files (" + factor + ")";
        }
        String src = f.source().replaceAll("\\s+", " ");
        String head = src;
        int dot = src.indexOf(". ");
        int colon = src.indexOf(": ");
        int cut = dot > 20 ? dot : src.length();
        if (colon > 20) {
            cut = Math.min(cut, colon);
        }
        head = src.substring(0, cut);
        if (head.length() > 110) {
            int i = head.lastIndexOf(' ', 110);
            head = head.substring(0, i > 0 ? i : 110) + "\u2026";
        }
        boolean assumed = src.contains("ASSUMPTION");
        return setIn + (assumed && !head.startsWith("ASSUMPTION") ? "ASSUMPTION; " : "") + head
                + (setIn.isEmpty() ? " (factor library)" : "");
    }

    /** A plain name inside a sentence: "total cost"; "CO2 …" keeps its capitals. */
    public static String lower(String s) {
        if (s.isEmpty() || s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
            return s; // "CO2", "PV share" keep their capitals
        }
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    private static String upper(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
