package org.fifsim.chart;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Input checks shared by the builders; every message names the chart. */
final class Checks {

    private Checks() {
    }

    static void nonEmpty(String chart, Collection<?> items, String what) {
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException(chart + ": no " + what + " to plot (empty input)");
        }
        for (Object o : items) {
            if (o == null) {
                throw new IllegalArgumentException(chart + ": a null entry among the " + what);
            }
        }
    }

    static String name(String chart, String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(chart + ": " + what + " must have a non-blank name");
        }
        return name;
    }

    static void array(String chart, String series, String field, double[] values, int expectedLength) {
        if (values == null) {
            throw new IllegalArgumentException(chart + ": series '" + series + "' has no " + field + " array");
        }
        if (expectedLength >= 0 && values.length != expectedLength) {
            throw new IllegalArgumentException(chart + ": series '" + series + "' has " + values.length
                    + " " + field + " values, expected " + expectedLength);
        }
    }

    static void finite(String chart, String series, String field, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(chart + ": series '" + series + "' " + field + "[" + i
                        + "] is " + values[i] + "; values must be finite");
            }
        }
    }

    static void finite(String chart, String what, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(chart + ": " + what + " is " + value + "; it must be finite");
        }
    }

    static void nonDecreasing(String chart, String series, String field, double[] values) {
        for (int i = 1; i < values.length; i++) {
            if (values[i] < values[i - 1]) {
                throw new IllegalArgumentException(chart + ": series '" + series + "' " + field
                        + " must be non-decreasing, but [" + (i - 1) + "]=" + values[i - 1]
                        + " > [" + i + "]=" + values[i]);
            }
        }
    }

    static void distinct(String chart, Collection<String> names, String what) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n)) {
                throw new IllegalArgumentException(chart + ": " + what + " '" + n + "' appears twice");
            }
        }
    }

    /**
     * A curve's points: {@code x} non-empty, finite and non-decreasing; {@code y} as long
     * and finite. Returns the number of points.
     */
    static int points(String chart, String series, String xField, double[] x, String yField, double[] y) {
        array(chart, series, xField, x, -1);
        if (x.length == 0) {
            throw new IllegalArgumentException(chart + ": series '" + series + "' has no points");
        }
        array(chart, series, yField, y, x.length);
        finite(chart, series, xField, x);
        finite(chart, series, yField, y);
        nonDecreasing(chart, series, xField, x);
        return x.length;
    }
}
