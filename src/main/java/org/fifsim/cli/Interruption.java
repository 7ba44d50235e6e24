package org.fifsim.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.fifsim.store.ResultsFolder;

/**
 * What Ctrl-C (SIGINT) or a polite kill (SIGTERM) does to a run. The JVM answers those signals by running its
 * shutdown hooks and then exiting with 128 + the signal number (130 for SIGINT), whatever other threads are doing:
 * DSOL's non-daemon worker threads cannot hold the exit up. The hook installed here makes that exit clean: it
 * interrupts the command's thread, which stops waiting for its replications and deletes any temporary results folder
 * on its way out; waits for that briefly; deletes whatever temporary folder is still open (so a slow writer cannot
 * leave one, nor commit it later); and prints one line saying that earlier results are intact.
 *
 * <p>SIGKILL runs no code: {@link ResultsFolder} makes sure a killed run's leftovers never replace results and are
 * cleaned by the next run. A signal that was ignored when the JVM started (a background job of a non-interactive
 * shell, nohup) stays ignored, as for any Unix program.
 */
final class Interruption {
    /** How long the hook waits for the command's thread to unwind before cleaning up itself. */
    private static final long UNWIND_MS = 700;

    private static volatile Interruption installed;

    private final Thread worker;
    private final PrintStream err;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean cancelled;
    private volatile Path target;
    private volatile String note;

    Interruption(Thread worker, PrintStream err) {
        this.worker = worker;
        this.err = err;
    }

    /** Installs the hook for the command about to run on the calling thread (from main only; tests use execute). */
    static void install() {
        Interruption i = new Interruption(Thread.currentThread(), System.err);
        installed = i;
        Runtime.getRuntime().addShutdownHook(new Thread(i::onShutdown, "fifsim-interrupt"));
    }

    /** The command has ended by itself: a shutdown from now on is the normal exit. */
    static void finished() {
        Interruption i = installed;
        if (i != null) {
            i.finished.countDown();
        }
    }

    /**
     * The results folder the command is now simulating for (as the user named it), for the message when it is
     * interrupted before its results folder is opened; what was written is known to {@link ResultsFolder}.
     */
    static void target(Path dir) {
        Interruption i = installed;
        if (i != null) {
            i.target = dir;
        }
    }

    /**
     * What the command keeps of its work however it is stopped (optimize's history), added to the one line: "the
     * search so far is saved in DIR/history.csv; the same command resumes it".
     */
    static void saved(String what) {
        Interruption i = installed;
        if (i != null) {
            i.note = what;
        }
    }

    /** True while the JVM is shutting down because of a signal. */
    static boolean cancelled() {
        Interruption i = installed;
        return i != null && i.cancelled;
    }

    /** Throws when the run is being interrupted: called before steps that write. */
    static void check() throws InterruptedException {
        if (cancelled()) {
            throw new InterruptedException("interrupted");
        }
    }

    /** The shutdown hook's body. */
    void onShutdown() {
        if (finished.getCount() == 0) {
            return; // the normal System.exit after the command finished
        }
        cancelled = true;
        worker.interrupt();
        try {
            finished.await(UNWIND_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ResultsFolder.Shutdown state = ResultsFolder.shutDown();
        if (System.console() != null) {
            err.println(); // end the progress line
        }
        err.println(message(state.complete(), state.abandoned(), target) + (note == null ? "" : "; " + note));
        err.flush();
    }

    /**
     * The one line: results already in place are said to be complete, whichever command wrote them; abandoned ones
     * (or, before any was opened, the folder the command named) are said not to be written, and earlier results
     * there intact.
     */
    static String message(List<Path> complete, List<Path> abandoned, Path named) {
        String done = complete.isEmpty() ? "" : "results in " + String.join(", ",
                complete.stream().map(Path::toString).toList()) + " were already complete";
        Path t = !abandoned.isEmpty() ? abandoned.get(0) : named != null && !complete.contains(named) ? named : null;
        if (t == null) {
            return "interrupted: " + (done.isEmpty() ? "no results written" : done);
        }
        String not = !Files.exists(t) ? "no results written to " + t
                : "no results written; earlier results in " + t + " are intact";
        return "interrupted: " + not + (done.isEmpty() ? "" : "; " + done);
    }
}
