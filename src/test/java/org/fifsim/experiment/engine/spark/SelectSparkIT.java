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
 * {@code ./fifsim select ... --engine spark --master local[2]}: every round is one Spark job, and the selection (who
 * won, how many replications each design ran, every round of the log) is that of the local engine to the byte.
 */
@Tag("spark")
class SelectSparkIT {
    @TempDir
    Path tmp;

    @Test
    void sparkLocalSelectsWhatTheLocalEngineSelects() throws Exception {
        SparkJvms.assumeBuilt();
        List<String> args = new ArrayList<>(List.of("select"));
        for (String[] d : new String[][] {{"slow", "{triangular: [50min, 60min, 70min]}"},
                {"fast", "{triangular: [5min, 10min, 40min]}"}, {"middle", "{triangular: [10min, 20min, 30min]}"}}) {
            Path f = tmp.resolve(d[0] + ".yaml");
            Files.writeString(f, SparkJvms.SMALL.replaceFirst("name: [a-z-]+", "name: " + d[0])
                    .replace("transfer: {triangular: [15min, 20min, 25min]}", "transfer: " + d[1]));
            args.add(f.toString());
        }
        args.addAll(List.of("--kpi", "lead_time_h", "--minimize", "--delta", "0.02", "--n0", "4", "--batch", "2",
                "--quiet"));
        Path local = tmp.resolve("local");
        List<String> localArgs = new ArrayList<>(args);
        localArgs.addAll(List.of("--threads", "2", "--out", local.toString()));
        assertEquals(0, Main.execute(localArgs.toArray(String[]::new)));

        Path spark = tmp.resolve("spark");
        List<String> cmd = new ArrayList<>(List.of("bash", SparkJvms.PROJECT.resolve("fifsim").toString()));
        cmd.addAll(args);
        cmd.addAll(List.of("--engine", "spark", "--master", "local[2]", "--out", spark.toString()));
        Path log = tmp.resolve("spark.log");
        int status = SparkJvms.finish(SparkJvms.start(cmd, log), 10);
        assertEquals(0, status, Files.readString(log, StandardCharsets.UTF_8));
        SparkJvms.sameBytes(local, spark, "selection.json", "designs.csv", "mcb.csv");
    }
}
