package org.fifsim.scenario.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a scenario is read from: the file itself and every file it {@code extends}, nearest first. A command
 * needs them all to keep its outputs from replacing one, since a base file is as much an input as the file named on
 * the command line. Meant for files that have been read successfully; a broken chain simply ends where it breaks.
 */
public final class ScenarioFiles {
    private ScenarioFiles() {
    }

    /** {@code file} and the files it extends, as paths relative to where each is written (as the reader resolves them). */
    public static List<Path> of(Path file) {
        List<Path> chain = new ArrayList<>();
        List<Path> seen = new ArrayList<>();
        Path next = file;
        while (next != null && chain.size() <= ScenarioTree.MAX_DEPTH) {
            Path norm = next.toAbsolutePath().normalize();
            if (seen.contains(norm)) {
                break;
            }
            seen.add(norm);
            chain.add(next);
            if (!Files.isRegularFile(next)) {
                break;
            }
            YNode root = YamlLoader.load(next, new ArrayList<>());
            if (!(root instanceof YNode.Map_ m) || !(m.get("extends") instanceof YNode.Scalar s)) {
                break;
            }
            next = next.getParent() == null ? Path.of(s.text()) : next.getParent().resolve(s.text());
        }
        return chain;
    }
}
