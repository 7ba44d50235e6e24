package org.fifsim.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --set KEY=V} and {@code --set DESIGN:KEY=V} of run and compare: a value laid over every scenario, or over
 * the one whose {@code name} is DESIGN. A setting says where it applies so that a comparison never changes a design
 * the user did not mean to change.
 */
final class DesignSettings {
    @Option(names = "--set", paramLabel = "[DESIGN:]KEY=VALUE",
            description = "a scenario value by its dotted path, e.g. run.horizon=60d; DESIGN:KEY=VALUE sets it in "
                    + "the scenario named DESIGN only (repeatable). A setting that changes no scenario is an error.")
    List<String> sets = new ArrayList<>();

    /**
     * One setting.
     *
     * @param design the scenario it is scoped to, or null for every scenario
     * @param key    the dotted key path
     * @param value  the value as written
     * @param given  the setting as the user wrote it, for messages
     */
    record Setting(String design, String key, String value, String given) {
        boolean appliesTo(String name) {
            return design == null || design.equals(name);
        }
    }

    /** The settings, or throws naming the one that is not [DESIGN:]KEY=VALUE. */
    List<Setting> parse() {
        List<Setting> out = new ArrayList<>();
        for (String s : sets) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--set " + s + ": must be KEY=VALUE or DESIGN:KEY=VALUE");
            }
            String left = s.substring(0, eq).strip();
            int colon = left.indexOf(':');
            String design = colon < 0 ? null : left.substring(0, colon).strip();
            String key = colon < 0 ? left : left.substring(colon + 1).strip();
            if (key.isEmpty() || (design != null && design.isEmpty())) {
                throw new IllegalArgumentException("--set " + s + ": must be KEY=VALUE or DESIGN:KEY=VALUE");
            }
            out.add(new Setting(design, key, s.substring(eq + 1).strip(), s));
        }
        return out;
    }

    /**
     * The settings of a {@code --set} map (sweep, sensitivity), its keys KEY or DESIGN:KEY, in order; empty for
     * null.
     */
    static List<Setting> of(Map<String, String> set) {
        List<Setting> out = new ArrayList<>();
        if (set != null) {
            for (Map.Entry<String, String> e : set.entrySet()) {
                String k = e.getKey();
                int colon = k.indexOf(':');
                out.add(new Setting(colon < 0 ? null : k.substring(0, colon).strip(),
                        colon < 0 ? k : k.substring(colon + 1).strip(), e.getValue(), k + "=" + e.getValue()));
            }
        }
        return out;
    }

    /** The settings back as a {@code --set} map, keys KEY or DESIGN:KEY. */
    static Map<String, String> asMap(List<Setting> settings) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Setting s : settings) {
            m.put(s.design() == null ? s.key() : s.design() + ":" + s.key(), s.value());
        }
        return m;
    }

    /** The overrides of one scenario: every unscoped setting and those scoped to it, later ones winning. */
    static Map<String, String> forDesign(List<Setting> settings, String name) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Setting s : settings) {
            if (s.appliesTo(name)) {
                m.put(s.key(), s.value());
            }
        }
        return m;
    }
}
