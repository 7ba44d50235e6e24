package org.fifsim.experiment.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.fifsim.results.ReplicationResult;

/**
 * This JVM's thread pool. Every replication of every chunk is its own task, so the cores stay busy across chunks and
 * cells; results do not depend on the thread count or on the order tasks finish.
 */
public final class LocalEngine implements Engine {
    private final int threads;

    public LocalEngine(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    @Override
    public List<List<ReplicationResult>> run(List<ReplicationChunk> chunks, IntConsumer progress)
            throws SimulationFailure, InterruptedException {
        List<ReplicationResult[]> slots = new ArrayList<>();
        int total = 0;
        for (ReplicationChunk c : chunks) {
            slots.add(new ReplicationResult[c.count()]);
            total += c.count();
        }
        int pool = Math.max(1, Math.min(threads, total));
        ExecutorService executor = Executors.newFixedThreadPool(pool, r -> {
            Thread t = new Thread(r, "fifsim-replication");
            t.setDaemon(true);
            return t;
        });
        ExecutorCompletionService<Done> done = new ExecutorCompletionService<>(executor);
        AtomicInteger finished = new AtomicInteger();
        try {
            for (int k = 0; k < chunks.size(); k++) {
                ReplicationChunk c = chunks.get(k);
                int slot = k;
                for (int i = 0; i < c.count(); i++) {
                    int at = i;
                    done.submit(() -> {
                        ReplicationResult r = c.replication(at);
                        progress.accept(finished.incrementAndGet());
                        return new Done(slot, at, r);
                    });
                }
            }
            for (int i = 0; i < total; i++) {
                Done d;
                try {
                    d = done.take().get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof SimulationFailure sf) {
                        throw sf;
                    }
                    throw new SimulationFailure("the experiment", -1, e.getCause());
                } catch (CancellationException e) {
                    throw new InterruptedException("experiment cancelled");
                }
                slots.get(d.slot())[d.at()] = d.result();
            }
        } finally {
            executor.shutdownNow();
        }
        List<List<ReplicationResult>> out = new ArrayList<>();
        slots.forEach(a -> out.add(Arrays.asList(a)));
        return out;
    }

    @Override
    public int parallelism() {
        return threads;
    }

    @Override
    public void close() {
        // the pool lives only for the length of one run
    }

    private record Done(int slot, int at, ReplicationResult result) {
    }
}
