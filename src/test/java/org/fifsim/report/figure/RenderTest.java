package org.fifsim.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Charts drawn on their own threads: order, failures, and no chart still writing once a drawing is closed. */
class RenderTest {

    @Test
    void startReturnsWhileTheChartsAreStillBeingDrawn() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        Callable<String> waiting = () -> {
            assertTrue(go.await(10, TimeUnit.SECONDS));
            return "drawn";
        };
        try (Render.Drawing<String> d = Render.start(List.of(waiting, () -> "b"))) {
            // the caller writes its data files here; the first chart cannot have finished yet
            go.countDown();
            assertEquals(List.of("drawn", "b"), d.get());
        }
    }

    @Test
    void resultsComeBackInTaskOrderWhateverFinishesFirst() throws Exception {
        CountDownLatch secondDone = new CountDownLatch(1);
        Callable<Integer> slow = () -> {
            assertTrue(secondDone.await(10, TimeUnit.SECONDS));
            return 1;
        };
        Callable<Integer> fast = () -> {
            secondDone.countDown();
            return 2;
        };
        assertEquals(List.of(1, 2, 3), Render.all(List.of(slow, fast, () -> 3)));
    }

    @Test
    void aFailingChartsIOExceptionIsRethrownAsItself() {
        IOException full = new IOException("No space left on device");
        try (Render.Drawing<String> d = Render.start(List.of(() -> "a", () -> {
            throw full;
        }))) {
            assertSame(full, assertThrows(IOException.class, d::get));
        }
    }

    @Test
    void closingAfterAFailureWaitsForTheChartsStillBeingDrawn() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        Callable<String> stillDrawing = () -> {
            started.countDown();
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
            while (System.nanoTime() < until) {
                Thread.onSpinWait(); // ignores the interrupt, as a chart writing its file does
            }
            finished.set(true);
            return "late";
        };
        Render.Drawing<String> d = Render.start(List.of(stillDrawing, () -> "b"));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        // the caller's own data file failed here: it closes the drawing before its folder is removed
        d.close();
        assertTrue(finished.get(), "close() returned while a chart was still being drawn into the folder");
    }
}
