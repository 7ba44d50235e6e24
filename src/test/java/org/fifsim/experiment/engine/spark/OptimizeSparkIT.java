package org.fifsim.experiment.engine.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fifsim.cli.Main;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./fifsim optimize STUDY --engine spark --master local[2]}: every generation and every clean-up round is one
 * Spark job, and the study (every evaluation in history.csv, the designs visited, the best) is the local engine's to
 * the byte.
 */
@Tag("spark")
class OptimizeSparkIT {
    @TempDir
    Path tmp;

    @Test
    void sparkLocalFindsWhatTheLocalEngineFinds() throws Exception {
        SparkJvms.assumeBuilt();
        Files.writeString(tmp.resolve("small.yaml"), SparkJvms.SMALL);
        Path study = tmp.resolve("study.yaml");
        Files.writeString(study, """
                scenario: small.yaml
                decide:
                  logistics.safety_stock: {from: 2, to: 14, step: 3}
                  pack_line.buffer: {from: 1, to: 4}
                minimize: lead_time_h
                delta: 0.05
                subject_to: {vehicle_line_starved: {at_most: 20%, eps: 2%}}
                search: {replications_per_design: 3, budget: 24, seed: 3}
                cleanup: {n0: 4, batch: 2, pcs: 90%, designs: 3, max_replications: 40}
                set: {run.horizon: 2d, run.warmup: 12h}
                """);
        Path local = tmp.resolve("local");
        assertEquals(0, Main.execute("optimize", study.toString(), "--quiet", "--threads", "2", "--out",
                local.toString()));
        Path spark = tmp.resolve("spark");
        List<String> cmd = new ArrayList<>(List.of("bash", SparkJvms.PROJECT.resolve("fifsim").toString(),
                "optimize", study.toString(), "--quiet", "--engine", "spark", "--master", "local[2]", "--out",
                spark.toString()));
        Path log = tmp.resolve("spark.log");
        int status = SparkJvms.finish(SparkJvms.start(cmd, log), 10);
        assertEquals(0, status, Files.readString(log, StandardCharsets.UTF_8));
        SparkJvms.sameBytes(local, spark, "history.csv", "designs.csv", "best.json");
    }
}
