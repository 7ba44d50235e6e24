package org.fifsim.accounting;

import java.util.Map;
import org.fifsim.scenario.Distribution;

/**
 * The rules a factor's value must keep wherever it is written, so that {@code fifsim account --set}, its
 * {@code --factors} file and a saved {@code factors.json} accept what a scenario file accepts and nothing else:
 * a library factor lies in [0, its max] (a distribution bounded within it); the factors a scenario fixes elsewhere
 * keep the scenario reader's ranges; a switch is 0 or 1, never a share or a distribution (a band mixing two carbon
 * methods is no band).
 */
public final class FactorRules {
    /** The ranges the scenario reader gives the factors a scenario fixes outside its accounting section. */
    private static final Map<String, double[]> FROM_SCENARIO = Map.of(
            Factors.GRID_KG_CO2_PER_KWH, new double[] {0, 5},
            Factors.PV_LIFECYCLE_KG_CO2_PER_KWH, new double[] {0, 1},
            Factors.GRID_CNY_PER_KWH, new double[] {0, 100},
            Factors.PACK_KWH, new double[] {0, 1000});

    private FactorRules() {
    }

    /** Whether {@code name} is a switch (0 or 1) rather than a quantity. */
    public static boolean isSwitch(String name) {
        return Factors.ROAD_VEHICLE_BASED.equals(name);
    }

    /**
     * What is wrong with {@code d} as the value of the factor {@code name}, as a rule ("must be in [0, 1] (share)"),
     * or null when it is allowed. A name that is no factor is the caller's to report (it knows the spelling hints).
     */
    public static String problem(String name, Distribution d) {
        if (isSwitch(name)) {
            boolean ok = d instanceof Distribution.Constant c && (c.value() == 0 || c.value() == 1);
            return ok ? null : "is a switch: must be 0 or 1, not a share or a distribution";
        }
        double[] range = FROM_SCENARIO.get(name);
        if (range != null) {
            boolean openBelow = Factors.PACK_KWH.equals(name);
            boolean ok = (openBelow ? d.min() > range[0] : d.min() >= range[0]) && FactorLibrary.upper(d) < range[1]
                    + (openBelow ? Math.ulp(range[1]) : 0);
            return ok ? null : "must be in " + (openBelow ? "(" : "[") + FactorLibrary.text(
                    new Distribution.Constant(range[0])) + ", " + FactorLibrary.text(new Distribution.Constant(
                    range[1])) + (openBelow ? "]" : ")");
        }
        FactorLibrary library = FactorLibrary.standard();
        FactorLibrary.Factor f = library.get(Factors.variantOf(name) != null ? Factors.PACK_VALUE_CNY : name);
        if (f == null) {
            return null;
        }
        if (!(d.min() >= 0) || !(FactorLibrary.upper(d) <= f.max())) {
            return "must be in [0, " + FactorLibrary.text(new Distribution.Constant(f.max())) + "] (" + f.unit()
                    + "); a distribution must be bounded within it: uniform or triangular";
        }
        return null;
    }
}
