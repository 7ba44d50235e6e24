package org.fifsim.analysis;

/**
 * The outcome of one built-in check on a run.
 *
 * @param name what was checked, e.g. "Pack balance"
 * @param outcome pass, fail, or not applicable
 * @param detail the numbers behind the verdict, in one sentence
 */
public record CheckResult(String name, Outcome outcome, String detail) {

    /** Verdict of a check. */
    public enum Outcome {
        PASS, FAIL, NOT_APPLICABLE;

        public String label() {
            return switch (this) {
                case PASS -> "pass";
                case FAIL -> "FAIL";
                case NOT_APPLICABLE -> "n/a";
            };
        }
    }

    public static CheckResult of(String name, boolean passed, String detail) {
        return new CheckResult(name, passed ? Outcome.PASS : Outcome.FAIL, detail);
    }

    public static CheckResult notApplicable(String name, String detail) {
        return new CheckResult(name, Outcome.NOT_APPLICABLE, detail);
    }

    public boolean failed() {
        return outcome == Outcome.FAIL;
    }
}
