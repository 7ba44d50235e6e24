package org.fifsim.model;

import java.util.Map;

/** The golden test's short run (GoldenScenariosTest.SHORT), which the kanban-today files were made with. */
final class GoldenShort {
    static final Map<String, String> SHORT = Map.of("run.horizon", "4d", "run.warmup", "1d", "run.replications", "2");

    private GoldenShort() {
    }
}
