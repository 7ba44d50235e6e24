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
 * @param deltaGiven false when the file gave no {@code delta}: the goal's zone is then a placeholder until
 *     {@link #withDelta} sets the default from the start's first replications
 */
public record Study(Path file, Path scenario, String description, DecisionSpace space, int[] start,
        Map<String, String> typed, int[] typedLevels, Goal goal, List<Constraint> constraints, SearchSettings search,
        Map<String, String> set, boolean deltaGiven) {
    /** The share of the start's mean that is the indifference zone when the study gives none. */
    public static final double DEFAULT_DELTA_SHARE = 0.01;

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
                new SearchSettings(s.perDesign(), budget, s.seed(), s.cleanup(), s.cleanupDesigns()), set, deltaGiven);
    }

    /** The same study with another clean-up budget ({@code --cleanup-budget}). */
    public Study withCleanupBudget(int replications) {
        SearchSettings s = search;
        Settings c = s.cleanup();
        return new Study(file, scenario, description, space, start, typed, typedLevels, goal, constraints,
                new SearchSettings(s.perDesign(), s.budget(), s.seed(), new Settings(c.n0(), c.batch(), c.pcs(),
                        replications, c.first()), s.cleanupDesigns()), set, deltaGiven);
    }

    /** The same study with the indifference zone decided (the default, when the file gave none). */
    public Study withDelta(double delta) {
        return new Study(file, scenario, description, space, start, typed, typedLevels,
                new Goal(goal.kpi(), goal.maximize(), delta), constraints, search, set, true);
    }

    /** The clean-up's selection settings. */
    public Settings cleanup() {
        return search.cleanup();
    }
}
