package org.fifsim.experiment.engine;

import java.io.Serial;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fifsim.accounting.FactorSet;
import org.fifsim.accounting.Factors;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.RunSpec;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.io.ScenarioException;
import org.fifsim.scenario.io.ScenarioReader;

/**
 * One task of a plan, the unit an engine ships to a worker: the scenario as resolved YAML text (extends and
 * overrides applied), its run section, and replications {@code from..from+count-1}. Nothing from DSOL: the worker
 * builds its own simulators, and every replication's streams come from (seed, stream name, replication) only, so a
 * retried or speculative copy of a task returns the same records.
 */
public final class ReplicationChunk implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int index;
    private final int cell;
    private final String source;
    private final String text;
    private final RunSpec run;
    private final int from;
    private final int count;
    private final boolean lean;
    /** The scenario in the planning JVM, so the local engine does not read the text again. */
    private transient Scenario scenario;
    /** The scenario's factors at their central values: built once per chunk, not once per replication. */
    private transient Factors factors;

    ReplicationChunk(int index, int cell, Scenario scenario, int from, int count, boolean lean) {
        this.index = index;
        this.cell = cell;
        this.source = scenario.source() == null ? "(memory)" : scenario.source().toString();
        this.text = scenario.resolved();
        this.run = scenario.run();
        this.from = from;
        this.count = count;
        this.lean = lean;
        this.scenario = scenario;
    }

    /** Position in the plan. */
    public int index() {
        return index;
    }

    /** The (scenario, point) this chunk belongs to, numbered in plan order. */
    public int cell() {
        return cell;
    }

    public int from() {
        return from;
    }

    public int count() {
        return count;
    }

    /** True when only KPIs and the event count are kept (sweeps of thousands of runs). */
    public boolean lean() {
        return lean;
    }

    /** The resolved scenario text, or null for a scenario built in memory (which only the local engine can run). */
    public String text() {
        return text;
    }

    /** What identifies the work: equal for equal inputs, whatever machine or engine plans it. */
    String identity() {
        return index + "|" + cell + "|" + source + "|" + run + "|" + from + "|" + count + "|" + lean + "|" + text;
    }

    /** The scenario to simulate: the planner's own object, or the text read back on a worker. */
    public Scenario scenario() {
        if (scenario == null) {
            if (text == null) {
                throw new IllegalStateException("a scenario built in memory cannot be shipped to another machine");
            }
            try {
                scenario = ScenarioReader.parse(Path.of(source), text).withRun(run);
            } catch (ScenarioException e) {
                // the text was written from a scenario that had no problems
                throw new IllegalStateException("resolved scenario text does not read back: " + e.getMessage(), e);
            }
        }
        return scenario;
    }

    /** Runs one replication of this chunk (its number is {@code from + i}). */
    public ReplicationResult replication(int i) throws SimulationFailure {
        ReplicationResult r = ReplicationRunner.run(scenario(), from + i, factors());
        return lean ? r.lean() : r;
    }

    /** Built by the first replication; the local engine runs a chunk's replications on several threads at once. */
    private synchronized Factors factors() {
        if (factors == null) {
            factors = FactorSet.of(scenario()).central();
        }
        return factors;
    }

    /** Runs every replication of the chunk in order, on the calling thread: what a cluster task does. */
    public List<ReplicationResult> runAll() throws SimulationFailure {
        List<ReplicationResult> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(replication(i));
        }
        return out;
    }
}
