package org.fifsim.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fifsim.selection.Constraint;

/**
 * {@code --constraint 'KPI<=V,eps=E'} (or {@code >=}) as written on the command line: V and E numbers or percentages
 * ({@code 0.1%} is 0.001). Without eps the tolerance is a fifth of |V|, the choice SELECTION-NOTES.md suggests for a
 * starvation bound; a bound of 0 needs an explicit eps.
 */
final class ConstraintText {
    private static final Pattern FORM = Pattern.compile(
            "\\s*([a-z0-9_]+)\\s*(<=|>=)\\s*([^,\\s]+)\\s*(?:,\\s*eps\\s*=\\s*([^,\\s]+)\\s*)?");

    private ConstraintText() {
    }

    /** The constraint, or an IllegalArgumentException saying what is wrong in one line. */
    static Constraint parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("--constraint must be KPI<=V,eps=E or KPI>=V,eps=E (V and E numbers "
                    + "or percentages), got '" + text + "'");
        }
        double bound = number(m.group(3), text);
        double eps = m.group(4) == null ? Math.abs(bound) / 5 : number(m.group(4), text);
        if (!(eps > 0)) {
            throw new IllegalArgumentException("--constraint '" + text + "': eps must be > 0"
                    + (m.group(4) == null ? " (a bound of 0 needs an explicit eps=E)" : ""));
        }
        return new Constraint(m.group(1), m.group(2).equals("<="), bound, eps);
    }

    /** A number or a percentage; an IllegalArgumentException naming the constraint when it is neither. */
    static double number(String s, String text) {
        try {
            double v = s.endsWith("%") ? Double.parseDouble(s.substring(0, s.length() - 1)) / 100
                    : Double.parseDouble(s);
            if (Double.isFinite(v) && !s.matches(".*[a-zA-Z&&[^eE]].*")) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the text
        }
        throw new IllegalArgumentException("'" + s + "' in '" + text + "' is not a number or a percentage");
    }
}
