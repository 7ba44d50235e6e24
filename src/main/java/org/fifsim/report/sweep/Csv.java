package org.fifsim.report.sweep;

/** Small CSV helpers: numbers that read back exactly, and quoting only when a field needs it. */
final class Csv {
    private Csv() {
    }

    /** Shortest text that reads back as the same double; empty for a non-finite value. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    static String field(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
