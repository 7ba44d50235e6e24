package org.fifsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages follow the data flow, and a package uses only those below it: a new arrow back up (the model reading a
 * report class, a writer called from the statistics) fails here, with the file that drew it. Read from the sources'
 * text (imports and qualified names, comments left out), so no library is needed.
 */
class ArchitectureTest {
    /**
     * Lowest first: each package may use the ones before it. {@code experiment} is three: its sweep grids and its
     * engine (replications and where they run) under the procedures that ask them for work, and the experiment specs
     * and their runner above those procedures.
     */
    private static final List<String> LAYERS = List.of("results", "stats", "chart", "claims", "scenario", "model",
            "accounting", "explain", "experiment.sweep", "experiment.engine", "selection", "optimize", "experiment",
            "analysis", "store", "report", "cli");
    /** Packages whose sub-packages are layers of their own. */
    private static final Set<String> SPLIT = Set.of("experiment");

    /** Arrows back up that exist today, each with why; the list only shrinks. */
    private static final Set<String> KNOWN = Set.of(
            // a study file is read with the scenario YAML stack's positions and rules; the reader builds the
            // optimiser's and the selection's settings
            "scenario -> optimize", "scenario -> selection");

    private static final Path MAIN = Path.of("src/main/java/org/fifsim");
    private static final Pattern USE = Pattern.compile("\\borg\\.fifsim\\.([a-z]+)\\.(?:([a-z]+)\\.)?");

    @Test
    void noPackageUsesOneAboveIt() throws IOException {
        Set<String> found = new TreeSet<>();
        Set<String> upward = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path rel = MAIN.relativize(f);
                if (rel.getNameCount() < 2) {
                    continue; // Version.java at the root: used by everyone, uses nothing
                }
                String from = rel.getName(0).toString();
                if (SPLIT.contains(from) && rel.getNameCount() > 2) {
                    from += "." + rel.getName(1);
                }
                Matcher m = USE.matcher(code(f));
                while (m.find()) {
                    String to = SPLIT.contains(m.group(1)) && m.group(2) != null ? m.group(1) + "." + m.group(2)
                            : m.group(1);
                    if (to.equals(from) || !LAYERS.contains(to)) {
                        continue;
                    }
                    assertTrue(LAYERS.contains(from), "package " + from + " is not in the layer list");
                    String arrow = from + " -> " + to;
                    if (LAYERS.indexOf(to) > LAYERS.indexOf(from)) {
                        found.add(arrow);
                        if (!KNOWN.contains(arrow)) {
                            upward.add(arrow + " (" + rel + ")");
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), upward, "a package uses one above it");
        assertEquals(new TreeSet<>(KNOWN), found, "an arrow listed as known is gone: take it off the list");
    }

    @Test
    void everyPackageIsInTheLayerList() throws IOException {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                String name = d.getFileName().toString();
                assertTrue(LAYERS.contains(name), d + " is not in the layer list");
                if (SPLIT.contains(name)) {
                    try (Stream<Path> subs = Files.list(d)) {
                        for (Path sub : subs.filter(Files::isDirectory).toList()) {
                            assertTrue(LAYERS.contains(name + "." + sub.getFileName()), sub + " is not in the list");
                        }
                    }
                }
            }
        }
    }

    private static String code(Path f) {
        try {
            String s = Files.readString(f);
            s = s.replaceAll("(?m)^package [^;]*;", " ");
            s = s.replaceAll("(?s)/\\*.*?\\*/", " ");
            return s.replaceAll("//[^\n]*", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
