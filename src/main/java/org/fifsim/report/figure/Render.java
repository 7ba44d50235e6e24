package org.fifsim.report.figure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Draws independent charts at the same time: each chart is its own JFreeChart object and its own PNG file, and
 * drawing is most of a report's time, so the cores share it. Results come back in task order.
 */
public final class Render {
    private Render() {
    }

    /** Runs the tasks on up to one thread per core; the first failure is rethrown (an IOException as itself). */
    public static <T> List<T> all(List<Callable<T>> tasks) throws IOException {
        if (tasks.size() <= 1) {
            List<T> out = new ArrayList<>();
            for (Callable<T> t : tasks) {
                out.add(call(t));
            }
            return out;
        }
        try (Drawing<T> drawing = start(tasks)) {
            return drawing.get();
        }
    }

    /**
     * Starts the tasks on up to one thread per core and returns at once, so the caller can write its data files while
     * the charts are drawn. Close the drawing in every case: after a failure it waits for the charts still being
     * drawn.
     */
    public static <T> Drawing<T> start(List<Callable<T>> tasks) {
        int threads = Math.max(1, Math.min(tasks.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fifsim-chart");
            t.setDaemon(true);
            return t;
        });
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> t : tasks) {
            futures.add(pool.submit(t));
        }
        return new Drawing<>(pool, futures);
    }

    /** Charts being drawn: {@link #get()} waits for all of them, {@link #close()} for the pool's threads. */
    public static final class Drawing<T> implements AutoCloseable {
        private final ExecutorService pool;
        private final List<Future<T>> futures;

        private Drawing(ExecutorService pool, List<Future<T>> futures) {
            this.pool = pool;
            this.futures = futures;
        }

        /** The tasks' results in task order; the first failure is rethrown (an IOException as itself). */
        public List<T> get() throws IOException {
            try {
                List<T> out = new ArrayList<>();
                for (Future<T> f : futures) {
                    out.add(f.get());
                }
                return out;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while drawing charts", e);
            } catch (ExecutionException e) {
                throw rethrown(e.getCause());
            }
        }

        /** Stops the charts not yet drawn and waits for those being drawn (see {@link Render#awaitTheRest}). */
        @Override
        public void close() {
            pool.shutdownNow();
            awaitTheRest(pool);
        }
    }

    private static IOException rethrown(Throwable c) {
        if (c instanceof IOException io) {
            return io;
        }
        if (c instanceof UncheckedIOException u) {
            return u.getCause();
        }
        if (c instanceof RuntimeException r) {
            throw r;
        }
        if (c instanceof Error err) {
            throw err;
        }
        return new IOException(c);
    }

    /**
     * Waits for the charts still being drawn after one failed: returning at once would let the caller delete its
     * temporary folder while they still write into it, leaving their files behind as debris (issue 28, full disk).
     */
    private static void awaitTheRest(ExecutorService pool) {
        boolean interrupted = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!pool.isTerminated() && System.nanoTime() < deadline) {
            try {
                pool.awaitTermination(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                interrupted = true; // Ctrl-C: the shutdown hook removes the folder; keep waiting the short while
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T call(Callable<T> t) throws IOException {
        try {
            return t.call();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
