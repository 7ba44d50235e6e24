package org.fifsim.optimize;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.selection.Constraint;
import org.fifsim.selection.Goal;
import org.fifsim.selection.Settings;

/**
 * A study file as read and checked against its scenario: what to decide, what is best, what service a design must
 * meet and how many replications to spend (the input of {@code fifsim optimize}).
 *
 * @param file the study file
 * @param scenario the scenario every design starts from (relative to the study file, resolved)
 * @param description free text, "" if none
 * @param space the decision variables, in the file's order
 * @param start the point the search starts from: {@code start:} where given, else the scenario's own values snapped
 *     to the grid
 * @param typed the scenario's own value of each decided key as written ("24h"), in the variables' order; a key the
 *     scenario leaves to its default is absent
 * @param typedLevels the scenario's own values as a point of the grid, or null when one is absent or off the grid (the
 *     scenario as typed is then no design of the space)
 * @param goal the objective KPI, its direction and the indifference zone
 * @param constraints the service constraints, in the file's order
 * @param search how the search and its clean-up spend replications (the clean-up's first replication is the
 *     optimiser's to choose)
 * @param set fixed overrides laid over every design before the decided keys, in the file's order
 */
public record Study(Path file, Path scenario, String description, DecisionSpace space, int[] start,
        Map<String, String> typed, int[] typedLevels, Goal goal, List<Constraint> constraints, SearchSettings search,
        Map<String, String> set) {
    public Study {
        start = start.clone();
        typedLevels = typedLevels == null ? null : typedLevels.clone();
        typed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(typed));
        constraints = List.copyOf(constraints);
        set = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(set));
    }

    @Override
    public int[] start() {
        return start.clone();
    }

    @Override
    public int[] typedLevels() {
        return typedLevels == null ? null : typedLevels.clone();
    }

    /** The overrides of a design: the fixed {@code set:} values, then the decided ones. */
    public Map<String, String> overrides(int[] levels) {
        Map<String, String> out = new LinkedHashMap<>(set);
        out.putAll(space.overrides(levels));
        return out;
    }

    /** The same study with another search budget ({@code --budget}). */
    public Study withBudget(int budget) {
        SearchSettings s = search;
        return new Study(file, scenario, description, space, start, typed, typedLevels, goal, constraints,
                new SearchSettings(s.perDesign(), budget, s.seed(), s.cleanup(), s.cleanupDesigns()), set);
    }

    /** The clean-up's selection settings. */
    public Settings cleanup() {
        return search.cleanup();
    }
}
