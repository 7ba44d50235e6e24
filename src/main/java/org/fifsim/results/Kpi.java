package org.fifsim.results;

/** A key performance indicator: its name in results files, its unit and what it means. */
public record Kpi(String name, String unit, String meaning) {
}
