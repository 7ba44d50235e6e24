package org.fifsim.scenario.io;

/** One thing wrong with a scenario, located at the value that breaks the rule. */
public record Problem(Position at, String key, String rule, String got) {

    /**
     * The user-facing line: {@code error: FILE:LINE:COL: key: rule, got VALUE}. Always one line: line breaks and other
     * control characters written in the file (in a quoted value or key) are shown escaped, like {@code \n}.
     */
    public String format() {
        String g = got == null ? "" : ", got " + got;
        return oneLine("error: " + at + ": " + key + ": " + rule + g);
    }

    /** The same line for something valid that will not work as meant: {@code warning: FILE:LINE:COL: key: ...}. */
    public String formatWarning() {
        String g = got == null ? "" : ", got " + got;
        return oneLine("warning: " + at + ": " + key + ": " + rule + g);
    }

    /** Escapes control characters and Unicode line/paragraph separators so the text cannot break the line. */
    static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
