package org.fifsim.selection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.experiment.engine.EngineUnavailable;
import org.fifsim.experiment.engine.Oracle;
import org.fifsim.experiment.engine.Request;
import org.fifsim.experiment.engine.SimulationFailure;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;

/**
 * The simulation as the procedure's response source: each round's asks become one list of requests to the oracle,
 * and the KPIs come out of the replications it returns. It keeps every replication it got, so the report can show
 * every headline KPI of every design without simulating again.
 */
public final class OracleResponses implements Responses {
    private final Oracle oracle;
    private final Map<String, Scenario> designs;
    private final List<String> columns;
    private final Map<String, List<ReplicationResult>> kept = new LinkedHashMap<>();

    /**
     * @param designs the scenarios by name
     * @param goal ranked on
     * @param constraints checked
     */
    public OracleResponses(Oracle oracle, Map<String, Scenario> designs, Goal goal, List<Constraint> constraints) {
        this.oracle = oracle;
        this.designs = Map.copyOf(designs);
        columns = new ArrayList<>();
        columns.add(goal.kpi());
        constraints.forEach(c -> columns.add(c.kpi()));
        designs.keySet().forEach(n -> kept.put(n, new ArrayList<>()));
    }

    @Override
    public double[][][] draw(List<Ask> asks) throws SimulationFailure, InterruptedException, EngineUnavailable {
        List<Request> requests = new ArrayList<>();
        for (Ask a : asks) {
            Scenario s = designs.get(a.design());
            if (s == null) {
                throw new IllegalArgumentException("no design " + a.design());
            }
            requests.add(new Request(s, a.from(), a.count()));
        }
        Map<Request, List<ReplicationResult>> answer = oracle.answer(requests);
        double[][][] out = new double[asks.size()][][];
        for (int a = 0; a < asks.size(); a++) {
            List<ReplicationResult> got = answer.get(requests.get(a));
            kept.get(asks.get(a).design()).addAll(got);
            out[a] = new double[got.size()][columns.size()];
            for (int j = 0; j < got.size(); j++) {
                for (int c = 0; c < columns.size(); c++) {
                    Double v = got.get(j).kpis().find(columns.get(c));
                    if (v == null) {
                        throw new MissingKpi(columns.get(c));
                    }
                    out[a][j][c] = v;
                }
            }
        }
        return out;
    }

    /** A KPI the goal or a constraint names that the replications do not have (not computed by this build). */
    public static final class MissingKpi extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingKpi(String kpi) {
            super("the results have no KPI '" + kpi + "'");
        }
    }

    /** Every replication received, by design, in replication order. */
    public Map<String, List<ReplicationResult>> results() {
        Map<String, List<ReplicationResult>> out = new LinkedHashMap<>();
        kept.forEach((name, list) -> out.put(name, List.copyOf(list)));
        return out;
    }
}
