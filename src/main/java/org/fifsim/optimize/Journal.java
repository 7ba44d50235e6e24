package org.fifsim.optimize;

import java.io.IOException;
import java.util.List;
import org.fifsim.results.KpiValues;

/**
 * Where a study keeps its evaluations as they come back (history.csv): read back to resume a stopped study, appended
 * each round before the search goes on, so a stopped study loses nothing. The optimiser's runner writes through it;
 * what it is on disk is the results folder's business.
 */
public interface Journal {

    /** The evaluations a stopped run of this study saved, in the order saved. */
    List<Entry> known();

    /** Where the evaluations are kept, for the line that says a study resumes. */
    String where();

    /** The study starts or resumes: from now on the folder is the study's. */
    void open() throws IOException;

    /** A round's fresh evaluations, through to storage before returning. */
    void append(List<Entry> fresh) throws IOException;

    /**
     * One evaluation.
     *
     * @param design the design's name
     * @param decision each decided key's value as text, in the keys' order ("" when a key is not set)
     * @param replication the replication number
     * @param values the objective, then each constraint's KPI
     * @param kpis every KPI of the replication (empty when not known)
     */
    record Entry(String design, List<String> decision, int replication, double[] values, KpiValues kpis) {
        public Entry {
            decision = List.copyOf(decision);
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }
}
