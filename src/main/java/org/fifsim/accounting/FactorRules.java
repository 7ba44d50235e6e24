package org.fifsim.accounting;

import org.fifsim.scenario.Distribution;
import org.fifsim.scenario.DistributionText;
import org.fifsim.scenario.Keys;
import org.fifsim.scenario.ScenarioKey;
import org.fifsim.scenario.io.FactorDefinitions;

/**
 * The rules a factor's value must keep wherever it is written, so that {@code fifsim account --set}, its
 * {@code --factors} file and a saved {@code factors.json} accept what a scenario file accepts and nothing else:
 * a library factor lies in [0, its max] (a distribution bounded within it); the factors a scenario fixes elsewhere
 * keep the scenario reader's ranges; a switch is 0 or 1, never a share or a distribution (a band mixing two carbon
 * methods is no band).
 */
public final class FactorRules {
    private FactorRules() {
    }

    /** Whether {@code name} is a switch (0 or 1) rather than a quantity. */
    public static boolean isSwitch(String name) {
        return FactorDefinitions.isSwitch(name);
    }

    /**
     * What is wrong with {@code d} as the value of the factor {@code name}, as a rule ("must be in [0, 1] (share)"),
     * or null when it is allowed. A name that is no factor is the caller's to report (it knows the spelling hints).
     */
    public static String problem(String name, Distribution d) {
        if (isSwitch(name)) {
            return FactorDefinitions.switchProblem(d);
        }
        FactorLibrary library = FactorLibrary.standard();
        ScenarioKey.Range range = scenarioRange(library, name);
        if (range != null) {
            // the scenario key's own range (Keys), every value the distribution can draw within it
            boolean ok = range.test(d.min()) && range.test(d.max());
            return ok ? null : "must be in " + (range.lowClosed() ? "[" : "(") + DistributionText.number(range.low())
                    + ", " + DistributionText.number(range.high()) + (range.highClosed() ? "]" : ")");
        }
        FactorDefinitions.Factor f = library.get(Factors.variantOf(name) != null ? Factors.PACK_VALUE_CNY : name);
        if (f == null) {
            return null;
        }
        if (!(d.min() >= 0) || !(d.max() <= f.max())) {
            return "must be in [0, " + DistributionText.number(f.max()) + "] (" + f.unit()
                    + "); a distribution must be bounded within it: uniform or triangular";
        }
        return null;
    }

    /** The range of the scenario key a factor is read from ({@code from_scenario} in the library), or null. */
    private static ScenarioKey.Range scenarioRange(FactorLibrary library, String name) {
        FactorDefinitions.ScenarioFactor f = library.fromScenario().get(name);
        return f == null ? null : Keys.find(f.key()).map(ScenarioKey::range).orElse(null);
    }
}
