package org.fifsim.results;

/**
 * A key performance indicator, declared once in {@link Kpis}: every writer, table, chart, verdict, command-line check
 * and the README's KPI table read these fields instead of keeping their own copy.
 *
 * @param name        its name in results files (part of the user contract)
 * @param unit        the unit the value is in, in every results file
 * @param meaning     what it measures, in one line (reports' definitions, chart titles)
 * @param label       its plain name for a planner ("Total cost")
 * @param display     the unit and scale a planner reads it in (M CNY/yr, %)
 * @param direction   which way is better, for verdicts
 * @param priced      true when the accounting computes it from activity and factors (so {@code account} re-prices it)
 * @param aggregation how one replication's value is formed, which says whether values of parts add up
 */
public record Kpi(String name, String unit, String meaning, String label, Display display, Direction direction,
        boolean priced, Aggregation aggregation) {

    /** Which way of a KPI is better; NEITHER where more is a choice, not a gain (a buffer, PV surplus). */
    public enum Direction {
        MORE_IS_BETTER, LESS_IS_BETTER, NEITHER
    }

    /** How one replication's value is formed from what happened in it. */
    public enum Aggregation {
        /** a count or amount over the measured time, annualised: parts add up to their total */
        PER_YEAR,
        /** a stock averaged over time: stocks of places add up */
        TIME_AVERAGE,
        /** a share of (working) time or of an amount, 0 to 1 */
        SHARE,
        /** the mean over items (packs, orders) */
        MEAN_PER_ITEM,
        /** a percentile over items */
        PERCENTILE,
        /** one total divided by another (per pack, per kWh, per incident, days of cover) */
        RATIO;

        /** True when values of parts add up to the value of the whole (a bridge can show them as steps). */
        public boolean additive() {
            return this == PER_YEAR || this == TIME_AVERAGE;
        }

        /** What a unit says: per year is a flow, a share is a fraction, a time is a mean, a bare count a stock. */
        static Aggregation byUnit(String unit) {
            if (unit.endsWith("/yr")) {
                return PER_YEAR;
            }
            if (unit.equals("fraction")) {
                return SHARE;
            }
            if (unit.equals("h") || unit.equals("d")) {
                return MEAN_PER_ITEM;
            }
            return unit.contains("/") ? RATIO : TIME_AVERAGE;
        }
    }

    /**
     * How a planner reads a value: multiply by {@code scale} and write {@code unit}.
     *
     * @param unit  the unit shown
     * @param scale multiplies a value in the KPI's own unit into {@code unit}
     */
    public record Display(String unit, double scale) {
        /** The usual reading of a unit: money in millions, shares in percent, carbon units saying CO2. */
        static Display of(String unit) {
            return switch (unit) {
                case "CNY/yr" -> new Display("M CNY/yr", 1e-6);
                case "fraction" -> new Display("%", 100);
                case "t/yr" -> new Display("t CO2/yr", 1);
                case "kg/pack" -> new Display("kg CO2/pack", 1);
                case "kg/kWh" -> new Display("kg CO2/kWh", 1);
                default -> new Display(unit, 1);
            };
        }
    }

    /**
     * A KPI whose label is its name, read in the usual display of its unit, formed as its unit suggests, neither
     * direction better and not priced: the registry's entries refine it with the methods below.
     */
    public Kpi(String name, String unit, String meaning) {
        this(name, unit, meaning, name, Display.of(unit), Direction.NEITHER, false, Aggregation.byUnit(unit));
    }

    /** This KPI with a plain name. */
    public Kpi labelled(String plainName) {
        return new Kpi(name, unit, meaning, plainName, display, direction, priced, aggregation);
    }

    /** This KPI read in {@code shownUnit} after multiplying by {@code scale}. */
    public Kpi displayedIn(String shownUnit, double scale) {
        return new Kpi(name, unit, meaning, label, new Display(shownUnit, scale), direction, priced, aggregation);
    }

    /** This KPI with less better. */
    public Kpi less() {
        return new Kpi(name, unit, meaning, label, display, Direction.LESS_IS_BETTER, priced, aggregation);
    }

    /** This KPI with more better. */
    public Kpi more() {
        return new Kpi(name, unit, meaning, label, display, Direction.MORE_IS_BETTER, priced, aggregation);
    }

    /** This KPI computed by the accounting. */
    public Kpi fromFactors() {
        return new Kpi(name, unit, meaning, label, display, direction, true, aggregation);
    }

    /** This KPI formed as {@code a}. */
    public Kpi formedAs(Aggregation a) {
        return new Kpi(name, unit, meaning, label, display, direction, priced, a);
    }
}
