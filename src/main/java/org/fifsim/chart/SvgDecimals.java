package org.fifsim.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.util.Locale;

/**
 * Batik's number format for SVG coordinates at precision 3 ({@code "#.###"}: US symbols, at least one integer digit,
 * half-even), written out directly: the same text for every number, in a fraction of the time. Batik formats every
 * point of every path through {@code DecimalFormat}; profiled, that was about 40% of writing an SVG and a fifth of a
 * run's report. {@code DecimalFormat} rounds the shortest decimal form of the double ({@code Double.toString}'s
 * digits), which lies within half an ulp of the exact value: away from a tie the two round the same way, so this class
 * rounds the exact value and leaves numbers near a tie (there {@code DecimalFormat} has its own rules), numbers not
 * finite or from 10^9 up, and any caller asking for field positions to {@code DecimalFormat}.
 */
final class SvgDecimals extends DecimalFormat {
    private static final long serialVersionUID = 1L;
    /** Batik's pattern for precision 3. */
    static final String PATTERN = "#.###";

    SvgDecimals() {
        super(PATTERN, new DecimalFormatSymbols(Locale.US));
    }

    @Override
    public StringBuffer format(double d, StringBuffer out, FieldPosition pos) {
        double a = Math.abs(d);
        if (!(a < 1e9) || pos == null || pos.getFieldAttribute() != null || pos.getField() != INTEGER_FIELD) {
            return super.format(d, out, pos);
        }
        // a * 1000 rounded to an integer. p is within half an ulp(p) of the exact product: far from a tie (here
        // more than 8 ulps, over a thousand ulps of a) the exact value, its shortest decimal form and p round alike.
        double p = a * 1000;
        double r = Math.floor(p);
        double f = p - r;
        if (Math.abs(f - 0.5) <= 8 * Math.ulp(p)) {
            return super.format(d, out, pos); // within a few ulps of a tie: DecimalFormat's digits decide
        }
        long n = (long) r;
        if (f > 0.5) {
            n++;
        }
        if (d < 0 || d == 0 && 1 / d < 0) {
            out.append('-'); // DecimalFormat keeps the sign of a negative number that rounds to zero: "-0"
        }
        long whole = n / 1000;
        int frac = (int) (n % 1000);
        out.append(whole);
        if (frac != 0) {
            out.append('.');
            int digits = 3;
            while (frac % 10 == 0) {
                frac /= 10;
                digits--;
            }
            for (int scale = digits == 3 ? 100 : digits == 2 ? 10 : 1; scale > frac && scale > 1; scale /= 10) {
                out.append('0');
            }
            out.append(frac);
        }
        return out;
    }
}
