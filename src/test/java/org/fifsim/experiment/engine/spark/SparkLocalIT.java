package org.fifsim.experiment.engine.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fifsim.cli.Main;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./fifsim run ... --engine spark --master local[2]}: the launcher puts Spark on the class path of the packaged
 * jar, Spark runs the chunks, and the files are those of the local engine to the byte.
 */
@Tag("spark")
class SparkLocalIT {
    @TempDir
    Path tmp;

    @Test
    void sparkLocalWritesTheBytesOfTheLocalEngine() throws Exception {
        SparkJvms.assumeBuilt();
        Path f = tmp.resolve("small.yaml");
        Files.writeString(f, SparkJvms.SMALL);
        Path local = tmp.resolve("local");
        assertEquals(0, Main.execute("run", f.toString(), "--threads", "2", "--quiet", "--out", local.toString()));

        Path spark = tmp.resolve("spark");
        Path log = tmp.resolve("spark.log");
        Process p = SparkJvms.start(List.of("bash", SparkJvms.PROJECT.resolve("fifsim").toString(), "run",
                f.toString(), "--engine", "spark", "--master", "local[2]", "--quiet", "--out", spark.toString()), log);
        int status = SparkJvms.finish(p, 10);
        assertEquals(0, status, Files.readString(log, StandardCharsets.UTF_8));
        SparkJvms.sameBytes(local, spark, "summary.json", "replications.csv", "charts/stock-line-side.png", "charts/lead-time.png",
                "checksums.json");
    }
}
