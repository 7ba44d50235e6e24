package org.fifsim.experiment;

import java.util.function.IntConsumer;
import org.fifsim.optimize.Generation;
import org.fifsim.selection.Round;

/** What the runner tells while it works: progress, and a line now and then. The command decides how it shows. */
public interface Watch {

    /**
     * A meter for {@code total} replications named {@code label}; {@code total} below 0 when only the most it may
     * reach, {@code cap}, is known (a precision-driven run).
     */
    Meter open(String label, int total, int cap);

    /** A line about the work (not a result), e.g. what comes next. */
    void say(String line);

    /** A round of a selection (or of an optimiser's clean-up) is over. */
    default void round(Round r) {
    }

    /** A generation of the optimiser's search is over. */
    default void generation(Generation g) {
    }

    /** Told the replications done, counted from the start of the current batch. */
    interface Meter extends IntConsumer {
        /** The replications done before the batch that reports next. */
        default void batchFrom(int done) {
        }

        /** The work is over. */
        default void finish() {
        }
    }

    /** Shows nothing; a command overrides only what it shows (rounds, generations, lines). */
    class Silent implements Watch {
        @Override
        public Meter open(String label, int total, int cap) {
            return n -> { };
        }

        @Override
        public void say(String line) {
        }
    }

    /** Shows nothing. */
    Watch NONE = new Silent();
}
