package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory stays bounded however long the horizon: the model keeps sampled series and fixed-size histograms, never a
 * record per pack. Ten simulated years (2.1 million packs) must run, report and charts included, in a 32 MiB heap,
 * where a list holding anything per pack (even a boxed lead time, 16 bytes and a 4-byte reference: 42 MB) could not
 * fit. (24 MiB left the report's charts, drawn in parallel, about 1 MiB to spare: an OutOfMemoryError in a chart's
 * image on a loaded machine, not a leak.) A run that would not fit its heap is refused up front instead of dying of
 * OutOfMemoryError halfway.
 */
class LongHorizonMemoryTest {
    @TempDir
    Path tmp;

    @Test
    void tenYearsOfATinyScenarioRunInA32MiBHeap() throws Exception {
        Path f = tmp.resolve("ten-years.yaml");
        Files.writeString(f, """
                name: ten-years
                run: {horizon: 3650d, warmup: 1d, replications: 1, seed: 1}
                vehicle_line: {takt: 150s}
                pack_line:
                  buffer: 1
                  stations: [{name: a, cycle_time: 20s}]
                logistics: {mode: co-located, transfer: 10min, safety_stock: 5}
                """);
        Path out = tmp.resolve("out");
        Process p = ForkedFifsim.start(tmp, List.of("-Xmx32m", "-XX:+UseSerialGC"), "run", f.toString(), "--out",
                out.toString(), "--quiet", "--threads", "1");
        int status = ForkedFifsim.await(p, 120);
        String stderr = Files.readString(tmp.resolve("stderr.txt"));
        assertEquals(Main.OK, status, stderr);
        assertTrue(stderr.isBlank(), stderr);
        String stdout = Files.readString(tmp.resolve("stdout.txt"));
        // one pack every 150 s for ten years, all of it built: 210,240 vehicles a year
        assertTrue(stdout.lines().anyMatch(l -> l.trim().startsWith("Vehicles built (vehicles/yr)") && l.contains("210,240")),
                stdout);
        assertTrue(Files.exists(out.resolve("summary.json")));
    }

    @Test
    void aRunThatCannotFitItsHeapIsRefusedUpFront() throws Exception {
        Path f = tmp.resolve("stock.yaml");
        Files.writeString(f, """
                name: stock
                run: {horizon: 2d, warmup: 1h, replications: 1}
                vehicle_line: {takt: 45s}
                pack_line: {stations: [{name: a, cycle_time: 40s}]}
                logistics: {mode: co-located, transfer: 20min, initial_stock: 1000000}
                """);
        Path out = tmp.resolve("out");
        Process p = ForkedFifsim.start(tmp, List.of("-Xmx48m"), "run", f.toString(), "--out", out.toString(),
                "--quiet");
        int status = ForkedFifsim.await(p, 60);
        List<String> lines = Files.readString(tmp.resolve("stderr.txt")).lines().filter(l -> !l.isBlank()).toList();
        assertEquals(Main.BAD_INPUT, status, lines.toString());
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("error: " + f + ": logistics.initial_stock: needs about "), lines.get(0));
        assertFalse(Files.exists(out));
    }
}
