package org.fifsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PerturbationTest {

    private static void settings(String base, double delta, String low, String high) {
        Perturbation p = Perturbation.of("k", base, delta);
        assertEquals(low, p.low(), base);
        assertEquals(high, p.high(), base);
    }

    /** A duration keeps its unit; a plain number is scaled; a whole number stays whole, away from the base. */
    @Test
    void settingsKeepTheFormOfTheBase() {
        settings("45s", 0.1, "40.5s", "49.5s");
        settings("12h", 0.1, "10.8h", "13.2h");
        settings("20min", 0.25, "15min", "25min");
        settings("0.998", 0.01, "0.98802", "1.00798");
        settings("6.0e6", 0.1, "5400000", "6600000");
        settings("30", 0.1, "27", "33");
        settings("5", 0.1, "4", "6");
        settings("1", 0.1, "0", "2");
    }

    @Test
    void refusesWhatAPercentageCannotChange() {
        assertThrows(IllegalArgumentException.class, () -> Perturbation.of("k", "remote", 0.1));
        assertThrows(IllegalArgumentException.class, () -> Perturbation.of("k", "0s", 0.1));
        assertThrows(IllegalArgumentException.class, () -> Perturbation.of("k", "45s", 0));
        assertThrows(IllegalArgumentException.class, () -> Perturbation.of("k", "45s", 1));
    }
}
