package org.fifsim.report.sweep;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fifsim.experiment.ExperimentOutcome;
import org.fifsim.experiment.ExperimentSpec;
import org.fifsim.experiment.sweep.SensitivityOutcome;
import org.fifsim.experiment.sweep.SweepOutcome;
import org.fifsim.experiment.sweep.SweepRun;
import org.fifsim.report.ReportFiles;
import org.fifsim.scenario.Scenario;
import org.fifsim.store.Json;
import org.fifsim.store.Manifest;
import org.fifsim.store.ResultsFolder;

/**
 * The results folder of a sweep or a sensitivity study, from the runner's outcome: CSV, JSON, charts, manifest
 * (with the work's speed) and report, with the caveats of every point, put in place only when all are written.
 */
public final class SweepFiles {
    private SweepFiles() {
    }

    /** sweep.csv (against.csv, difference.csv), sweep.json, charts, manifest.json and the report. */
    public static void write(ExperimentOutcome.SweptOutcome s) throws IOException {
        ExperimentSpec.Sweep spec = s.spec();
        List<List<Scenario>> cases = spec.cases();
        List<PointCaveats> caveats = new ArrayList<>();
        List<PointCaveats.Service> services = new ArrayList<>();
        for (int sc = 0; sc < cases.size(); sc++) {
            for (int p = 0; p < cases.get(sc).size(); p++) {
                String label = PointCaveats.label(s.grid().overrides(p));
                PointCaveats c = PointCaveats.of(cases.get(sc).get(p), label, s.run().at(sc, p));
                if (c != null) {
                    caveats.add(c);
                }
                services.add(PointCaveats.Service.of(cases.get(sc).get(p), label, s.run().at(sc, p)));
            }
        }
        SweepOutcome o = s.outcome();
        ExperimentSpec.Output output = spec.output();
        try (ResultsFolder folder = ResultsFolder.open(output.target())) {
            Path dir = folder.dir();
            SweepCsv.writeScenario(dir.resolve("sweep.csv"), o, 0);
            if (o.scenarios().size() == 2) {
                SweepCsv.writeScenario(dir.resolve("against.csv"), o, 1);
                SweepCsv.writeDifferences(dir.resolve("difference.csv"), o);
            }
            ObjectNode json = SweepJson.build(o);
            PointCaveats.into(json, caveats);
            PointCaveats.serviceInto(json, services);
            Json.write(dir.resolve("sweep.json"), json);
            var charts = SweepCharts.write(dir, o);
            List<Scenario> firstPoint = cases.stream().map(c -> c.get(0)).toList();
            ObjectNode manifest = Manifest.build(firstPoint, o.replications(), output.threads(), output.command());
            speed(manifest, s.run());
            Manifest.write(dir, manifest);
            ReportFiles.write(dir, PointCaveats.into(SweepReport.build(o, charts, manifest), caveats));
            folder.commit();
        }
    }

    /** sensitivity.csv, sensitivity.json, a tornado chart per KPI, manifest.json and the report. */
    public static void write(ExperimentOutcome.SensitivityRunOutcome s) throws IOException {
        ExperimentSpec.Sensitivity spec = s.spec();
        ExperimentSpec.Output output = spec.output();
        SensitivityOutcome o = s.outcome();
        List<Map<String, String>> points = SensitivityOutcome.points(spec.settings());
        List<PointCaveats> caveats = new ArrayList<>();
        for (int p = 0; p < spec.cases().size(); p++) {
            PointCaveats c = PointCaveats.of(spec.cases().get(p), PointCaveats.label(points.get(p)), s.run().at(0, p));
            if (c != null) {
                caveats.add(c);
            }
        }
        try (ResultsFolder folder = ResultsFolder.open(output.target())) {
            var charts = SensitivityWriter.write(folder.dir(), o);
            if (!caveats.isEmpty()) {
                Path json = folder.dir().resolve("sensitivity.json");
                var tree = (ObjectNode) Json.MAPPER.readTree(json.toFile());
                PointCaveats.into(tree, caveats);
                Json.write(json, tree);
            }
            ObjectNode manifest = Manifest.build(List.of(spec.cases().get(0)), spec.replications(),
                    output.threads(), output.command());
            speed(manifest, s.run());
            Manifest.write(folder.dir(), manifest);
            ReportFiles.write(folder.dir(), PointCaveats.into(SensitivityReport.build(o, charts, manifest),
                    caveats));
            folder.commit();
        }
    }

    /** Adds runs, events, wall seconds and events per second to a manifest. */
    static void speed(ObjectNode manifest, SweepRun run) {
        manifest.put("runs", run.tasks());
        manifest.put("events", run.events());
        Json.put(manifest, "wall_seconds", run.wallSeconds());
        Json.put(manifest, "events_per_second", run.eventsPerSecond());
    }
}
