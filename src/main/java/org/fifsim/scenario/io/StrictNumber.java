package org.fifsim.scenario.io;

import org.fifsim.scenario.PlainNumber;

/** {@link PlainNumber}, under the name the reader and its callers have used. */
public final class StrictNumber {
    private StrictNumber() {
    }

    /** The value of {@code text} (surrounding blanks ignored), or null when it is not such a finite number. */
    public static Double parse(String text) {
        return PlainNumber.parse(text);
    }
}
