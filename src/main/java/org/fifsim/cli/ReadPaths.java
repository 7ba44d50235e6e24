package org.fifsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fifsim.scenario.io.ScenarioFiles;
import org.fifsim.store.ResultsFolder;

/**
 * Every path a command reads: its scenario files with every file they extend, and whatever else it names (claims,
 * factors, results folders, shard folders). {@link ResultsFolder#check} refuses any output that would replace one of
 * them, so every command hands in all of them, gathered here in one way.
 */
final class ReadPaths {
    private ReadPaths() {
    }

    /** The scenario files with their bases, and {@code others} (null entries are options not given). */
    static List<Path> of(Collection<Path> scenarioFiles, Path... others) {
        List<Path> paths = new ArrayList<>();
        for (Path f : scenarioFiles) {
            paths.addAll(ScenarioFiles.of(f));
        }
        for (Path p : others) {
            if (p != null) {
                paths.add(p);
            }
        }
        return paths;
    }
}
