package org.fifsim.scenario.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fifsim.scenario.Scenario;

/**
 * A scenario file read once (its {@code extends} chain laid in), from which design points are made as values:
 * {@link #with} lays a point's overrides over the tree and validates the result, without touching the file again. A
 * sweep of a thousand points reads its file once, and every point is checked by the same rules, with the same
 * messages, as the file itself.
 *
 * <p>A file that cannot be read is kept with its problems: each design made from it reports them, as a read of the
 * file would. The tree is never changed ({@link Overrides} builds new nodes along the path it sets), so one template
 * may serve many threads.
 */
public final class ScenarioTemplate {
    private final Path file;
    private final YNode tree;
    private final List<Problem> problems;

    private ScenarioTemplate(Path file, YNode tree, List<Problem> problems) {
        this.file = file;
        this.tree = tree;
        this.problems = List.copyOf(problems);
    }

    /** Reads {@code file} and the files it extends; problems are kept for {@link #with} to report. */
    public static ScenarioTemplate of(Path file) {
        List<Problem> problems = new ArrayList<>();
        YNode tree = ScenarioTree.load(file, problems);
        return new ScenarioTemplate(file, tree, problems);
    }

    /** The file as named on the command line: the scenario's source and where its problems point. */
    public Path file() {
        return file;
    }

    /** The scenario as written, no overrides. */
    public Scenario plain() throws ScenarioException {
        return with(Map.of(), new ArrayList<>());
    }

    /** As {@link #with(Map, List)}, dropping the warnings. */
    public Scenario with(Map<String, String> overrides) throws ScenarioException {
        return with(overrides, new ArrayList<>());
    }

    /**
     * The design with {@code overrides} (dotted key paths to values as {@code --set} takes them, in the order given)
     * laid over the file, validated. A bad override is reported like a bad value in the file, located at
     * {@code (command line)}, column = its place in {@code overrides}; what is valid but will not work as meant is
     * added to {@code warnings}.
     */
    public Scenario with(Map<String, String> overrides, List<Problem> warnings) throws ScenarioException {
        List<Problem> found = new ArrayList<>(problems);
        YNode root = tree;
        if (root != null && !overrides.isEmpty() && found.isEmpty()) {
            root = Overrides.apply(root, overrides, found);
        }
        Scenario s = root == null ? null : ScenarioReader.build(file, root, found, warnings);
        if (!found.isEmpty()) {
            throw new ScenarioException(ScenarioReader.inFileOrder(found));
        }
        return s;
    }
}
