package org.fifsim.scenario.io;

/** One thing wrong with a scenario, located at the value that breaks the rule. */
public record Problem(Position at, String key, String rule, String got) {

    /** The user-facing line: {@code error: FILE:LINE:COL: key: rule, got VALUE}. */
    public String format() {
        String g = got == null ? "" : ", got " + got;
        return "error: " + at + ": " + key + ": " + rule + g;
    }
}
