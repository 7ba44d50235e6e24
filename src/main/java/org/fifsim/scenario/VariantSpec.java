package org.fifsim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One vehicle variant and its own pack (M5, M7, M9...). {@code share} is its part of the order mix. At every station
 * the pack takes the station's cycle time times {@code cycleFactor}, or the station's entry in {@code cycleTimes}
 * when it has one. {@code kwh}, {@code value} and {@code massKg} describe the pack for the accounting; {@code value} is
 * a factor (a number or a bounded distribution, CNY), null when the variant takes the one pack's value.
 */
public record VariantSpec(String name, double share, double kwh, Distribution value, double massKg, double cycleFactor,
        Map<String, Distribution> cycleTimes) {

    public VariantSpec {
        cycleTimes = Collections.unmodifiableMap(new LinkedHashMap<>(cycleTimes));
    }

    /** The one variant of a scenario that orders vehicles without naming variants. */
    public static VariantSpec single() {
        return new VariantSpec("pack", 1.0, 0, null, 0, 1.0, Map.of());
    }
}
