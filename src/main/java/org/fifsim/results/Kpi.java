package org.fifsim.results;

/** A key performance indicator: its name in results files, its unit and what it means. */
public record Kpi(String name, String unit, String meaning) {

    /** Which way a KPI is better: it picks a verdict's words ("builds more", "saves", or plain "higher"). */
    public enum Direction {
        MORE_IS_BETTER, LESS_IS_BETTER, NEITHER
    }

    /** Which way this KPI is better. */
    public Direction direction() {
        return Kpis.directionOf(name);
    }
}
