package org.fifsim.optimize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fifsim.experiment.engine.EngineUnavailable;
import org.fifsim.experiment.engine.Oracle;
import org.fifsim.experiment.engine.Request;
import org.fifsim.experiment.engine.SimulationFailure;
import org.fifsim.results.KpiValues;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.io.ScenarioException;
import org.fifsim.scenario.io.ScenarioTemplate;
import org.fifsim.selection.Responses;

/**
 * The simulation as a study's response source. Unlike a selection's, its designs are not known in advance: the search
 * names them as it goes ({@link DecisionSpace#name}), so each new name is turned back into its overrides, laid over the
 * study's scenario (its file read once) and validated once, then kept. Every design runs on the scenario's own seed, so replication r of
 * two designs shares its random numbers. Each replication's KPIs are kept (lean, KPIs only) for the reports.
 */
public final class ScenarioResponses implements Responses {
    /** The name of the study's scenario as typed: no decided key overridden, only {@code set:}. */
    public static final String AS_TYPED = "(as typed)";

    private final Oracle oracle;
    private final Study study;
    private final List<String> columns;
    private final Map<String, Scenario> scenarios = new HashMap<>();
    /** The study's scenario file read once; each design is a value made from it. */
    private ScenarioTemplate template;
    private final Map<String, TreeMap<Integer, ReplicationResult>> kept = new LinkedHashMap<>();

    public ScenarioResponses(Oracle oracle, Study study) {
        this.oracle = oracle;
        this.study = study;
        columns = new ArrayList<>();
        columns.add(study.goal().kpi());
        study.constraints().forEach(c -> columns.add(c.kpi()));
    }

    /** The KPIs of an evaluation, in its order: the objective, then each constraint's. */
    public List<String> columns() {
        return List.copyOf(columns);
    }

    /** A design's overrides read back from its name; an {@link InvalidDesign} when it is no point of the space. */
    public Map<String, String> overrides(String design) {
        if (design.equals(AS_TYPED)) {
            return new LinkedHashMap<>(study.set());
        }
        return study.overrides(levels(study.space(), design));
    }

    /** The point a design's name stands for. */
    public static int[] levels(DecisionSpace space, String design) {
        String[] parts = design.split(",", -1);
        if (parts.length != space.dimension()) {
            throw new InvalidDesign(design, "not a point of the decision space");
        }
        int[] levels = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Variable v = space.variables().get(i);
            int eq = parts[i].indexOf('=');
            if (eq < 0 || !parts[i].substring(0, eq).equals(v.key())) {
                throw new InvalidDesign(design, "not a point of the decision space");
            }
            String text = parts[i].substring(eq + 1);
            int level = -1;
            for (int l = 0; l < v.levels() && level < 0; l++) {
                if (v.text(l).equals(text)) {
                    level = l;
                }
            }
            if (level < 0) {
                throw new InvalidDesign(design, v.key() + "=" + text + " is not on its grid");
            }
            levels[i] = level;
        }
        return levels;
    }

    /** The design's scenario, read and validated the first time it is asked for. */
    public Scenario scenario(String design) {
        Scenario s = scenarios.get(design);
        if (s == null) {
            try {
                if (template == null) {
                    template = ScenarioTemplate.of(study.scenario());
                }
                s = template.with(overrides(design));
            } catch (ScenarioException e) {
                throw new InvalidDesign(design, e.problems().get(0).format().replaceFirst("^error: ", ""));
            }
            scenarios.put(design, s);
        }
        return s;
    }

    @Override
    public double[][][] draw(List<Ask> asks) throws SimulationFailure, InterruptedException, EngineUnavailable {
        List<Request> requests = new ArrayList<>();
        for (Ask a : asks) {
            requests.add(new Request(scenario(a.design()), a.from(), a.count()));
        }
        Map<Request, List<ReplicationResult>> answer = oracle.answer(requests);
        double[][][] out = new double[asks.size()][][];
        for (int a = 0; a < asks.size(); a++) {
            List<ReplicationResult> got = answer.get(requests.get(a));
            TreeMap<Integer, ReplicationResult> mine = kept.computeIfAbsent(asks.get(a).design(), k -> new TreeMap<>());
            out[a] = new double[got.size()][];
            for (int j = 0; j < got.size(); j++) {
                ReplicationResult lean = got.get(j).lean();
                mine.put(asks.get(a).from() + j, lean);
                out[a][j] = values(lean);
            }
        }
        return out;
    }

    /** An evaluation's values from a replication's KPIs. */
    double[] values(ReplicationResult r) {
        double[] v = new double[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Double x = r.kpis().find(columns.get(c));
            if (x == null) {
                throw new MissingKpi(columns.get(c));
            }
            v[c] = x;
        }
        return v;
    }

    /** Replication {@code replication} of {@code design} as read back from a saved history, for the reports. */
    public void remember(String design, int replication, KpiValues kpis) {
        kept.computeIfAbsent(design, k -> new TreeMap<>()).putIfAbsent(replication,
                ReplicationResult.ofKpis(replication, kpis));
    }

    /** A replication's KPIs as simulated or read back, or null. */
    public ReplicationResult result(String design, int replication) {
        TreeMap<Integer, ReplicationResult> m = kept.get(design);
        return m == null ? null : m.get(replication);
    }

    /** Replications {@code from..from+count-1} of a design, those known, in order. */
    public List<ReplicationResult> results(String design, int from, int count) {
        TreeMap<Integer, ReplicationResult> m = kept.get(design);
        return m == null ? List.of() : List.copyOf(m.subMap(from, from + count).values());
    }

    /** A point the search named that the scenario refuses (a combination the ends of the grid did not show). */
    public static final class InvalidDesign extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidDesign(String design, String why) {
            super("design " + design + ": " + why);
        }
    }

    /** A KPI the goal or a constraint names that the replications do not have (not computed by this build). */
    public static final class MissingKpi extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingKpi(String kpi) {
            super("the results have no KPI '" + kpi + "'");
        }
    }
}
