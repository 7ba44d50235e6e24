package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress when stderr is not a terminal: plain lines every 10% or 10 s, with rate and ETA; none when quiet. */
class ProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong now = new AtomicLong();

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void oneLinePerTenPercentWithRateAndEta() {
        Progress p = new Progress(err, "seres-fif", 100, 0, false, false, now::get);
        for (int i = 1; i <= 100; i++) {
            now.addAndGet(500_000_000L); // 2 replications a second
            p.accept(i);
        }
        List<String> lines = lines();
        assertEquals(10, lines.size(), lines.toString());
        assertEquals("seres-fif: 10/100 replications (10%), 2.0 replications/s, ETA 45s", lines.get(0));
        assertEquals("seres-fif: 100/100 replications done in 50s, 2.0 replications/s", lines.get(9));
        assertTrue(lines.stream().noneMatch(l -> l.contains("\r")));
    }

    /** Slow replications: a line after 10 s even if the next 10% is not reached. */
    @Test
    void aLineEveryTenSecondsWhenSlow() {
        Progress p = new Progress(err, "remote", 1000, 0, false, false, now::get);
        now.addAndGet(4_000_000_000L);
        p.accept(1);
        assertEquals(0, lines().size());
        now.addAndGet(7_000_000_000L);
        p.accept(2);
        assertEquals(List.of("remote: 2/1000 replications (0%), 0.18 replications/s, ETA 91.5min"), lines());
    }

    @Test
    void quietPrintsNothingAndUnknownTotalEndsWithFinish() {
        Progress q = new Progress(err, "x", 10, 0, true, false, now::get);
        q.accept(10);
        assertEquals(0, lines().size());
        Progress open = new Progress(err, "precision", -1, 50, false, false, now::get);
        now.addAndGet(11_000_000_000L);
        open.accept(4);
        open.finish();
        assertEquals(List.of("precision: 4 replications done (at most 50), 0.36 replications/s, 11s so far",
                "precision: 4 replications done in 11s"), lines());
    }
}
