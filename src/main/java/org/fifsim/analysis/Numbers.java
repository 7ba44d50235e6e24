package org.fifsim.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as a reader wants them in a report: grouped thousands, a true minus sign, and as many decimals as the
 * interval beside them needs (an estimate of 0.3334 ± 0.0002 must not print as 0.333 [0.333, 0.334]). Always '.' for
 * decimals and ',' for groups, whatever the JVM locale.
 */
public final class Numbers {
    static final char MINUS = '\u2212';
    private static final int MAX_DECIMALS = 6;

    private Numbers() {
    }

    /** Decimals that suit a value of this size alone: 0 from 1,000 down to 4 below 1. */
    public static int decimalsFor(double v) {
        double a = Math.abs(v);
        if (!Double.isFinite(a) || a >= 1000 || a == 0) {
            return 0;
        }
        if (a >= 100) {
            return 1;
        }
        if (a >= 10) {
            return 2;
        }
        if (a >= 1) {
            return 3;
        }
        // below 1: four significant digits, e.g. 0.02274
        int lead = (int) Math.floor(-Math.log10(a));
        return Math.min(MAX_DECIMALS, lead + 4);
    }

    /**
     * Decimals for a value shown with an interval of this half-width: the decimals of the half-width rounded to two
     * significant digits (27 ± 10 reads "27 [17, 37]", not "27.00 [17.00, 37.00]"; ± 0.0996 rounds to 0.10 and gives
     * two decimals, not three). Without a half-width, the value's own size decides.
     */
    public static int decimalsFor(double v, double halfWidth) {
        int d = decimalsFor(v);
        if (Double.isFinite(halfWidth) && halfWidth > 0) {
            BigDecimal r = new BigDecimal(halfWidth).round(new java.math.MathContext(2, RoundingMode.HALF_EVEN));
            int lead = r.precision() - r.scale() - 1; // the power of ten of its first digit
            d = 1 - lead;
        }
        return Math.max(0, Math.min(MAX_DECIMALS, d));
    }

    /** {@code v} with its own precision; "n/a" when not finite. */
    public static String format(double v) {
        return format(v, decimalsFor(v));
    }

    /** {@code v} with {@code decimals} decimals; "n/a" when not finite. */
    public static String format(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setRoundingMode(java.math.RoundingMode.HALF_EVEN);
        String s = f.format(v);
        if (s.chars().noneMatch(c -> c >= '1' && c <= '9')) {
            return s.replace("-", "");
        }
        return s.replace('-', MINUS);
    }

    /** With an explicit sign: +1,234 or −4,170 (0 stays unsigned). */
    public static String signed(double v, int decimals) {
        String s = format(v, decimals);
        return v > 0 && s.chars().anyMatch(c -> c >= '1' && c <= '9') ? "+" + s : s;
    }

    /** An interval as the reports write it: "[1,230, 1,250]"; "n/a" when either end is not finite. */
    public static String interval(double low, double high, int decimals) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            return "n/a";
        }
        return interval(format(low, decimals), format(high, decimals));
    }

    /** Two ends already formatted, in the one bracket form every table and console line uses. */
    public static String interval(String low, String high) {
        return "[" + low + ", " + high + "]";
    }

    /**
     * A mean with the decimals its interval needs, but no more than its size does (5.60, not 5.6002): the level of a
     * figure beside its difference.
     */
    public static String level(double mean, double halfWidth) {
        return format(mean, Math.min(decimalsFor(mean, halfWidth), Math.max(0, decimalsFor(mean) - 1)));
    }

    /** A share as a percentage with two significant digits (at least one decimal below 10%): 0.0123 gives 1.2%. */
    public static String percent(double share) {
        if (!Double.isFinite(share)) {
            return "n/a";
        }
        double p = share * 100;
        if (p == 0) {
            return "0%";
        }
        BigDecimal rounded = new BigDecimal(p).round(new java.math.MathContext(2, RoundingMode.HALF_EVEN));
        int decimals = Math.max(0, Math.min(MAX_DECIMALS, rounded.scale()));
        return trim(Double.parseDouble(format(p, decimals).replace(",", "").replace(MINUS, '-'))) + "%";
    }

    /** A duration in hours, in hours up to three days and in days beyond: "0.39 h", "45 h", "7 d". */
    public static String hours(double h) {
        if (!Double.isFinite(h)) {
            return "n/a";
        }
        return h >= 72 ? trim(h / 24) + " d" : trim(h) + " h";
    }

    /**
     * A share as a percentage precise enough not to round to a misleading 0% or 100%: 0.998 gives 99.8%, 0.5 gives
     * 50%, 0.9999 gives 99.99%.
     */
    public static String share(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        double p = v * 100;
        for (int d = 0; d <= 4; d++) {
            String s = format(p, d);
            double back = Double.parseDouble(s.replace(",", "").replace(MINUS, '-'));
            boolean misleading = (back == 100 && v < 1) || (back == 0 && v > 0);
            if (!misleading && Math.abs(back - p) < 0.05 * Math.max(1e-9, Math.abs(p)) + 1e-12) {
                return s + "%";
            }
        }
        return format(p, 4) + "%";
    }

    /** A duration in seconds in the unit a planner would say it in: 44 s, 20 min, 1.5 h, 7 d. */
    public static String duration(double seconds) {
        if (!Double.isFinite(seconds)) {
            return "n/a";
        }
        double a = Math.abs(seconds);
        if (a < 120) {
            return trim(seconds) + " s";
        }
        if (a < 2 * 3600) {
            return trim(seconds / 60) + " min";
        }
        if (a < 3 * 86400) {
            return trim(seconds / 3600) + " h";
        }
        return trim(seconds / 86400) + " d";
    }

    /** Up to three significant digits, no trailing zeros: 7, 45, 0.39, 1.5. */
    public static String trim(double v) {
        double a = Math.abs(v);
        int d = a >= 100 || a == 0 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : Math.min(MAX_DECIMALS,
                (int) Math.floor(-Math.log10(a)) + 3);
        String s = format(v, d);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    /** "1 replication", "4 replications". */
    public static String count(long n, String noun) {
        return String.format(java.util.Locale.ROOT, "%,d", n) + " " + noun + (n == 1 ? "" : "s");
    }
}
