package org.fifsim.report.selection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fifsim.optimize.OptimizeOutcome;
import org.fifsim.optimize.Study;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;

/**
 * Everything a study's results folder is written from.
 *
 * @param study the study as read
 * @param base the study's scenario as read with its {@code set:} values (names best.yaml)
 * @param outcome what the search and its clean-up found
 * @param cleanupDesigns the clean-up's designs as scenarios, by name
 * @param cleanupResults each clean-up design's fresh replications (KPIs), in order
 * @param asTyped the best against the scenario as typed, on the best's clean-up replications; null without a best
 * @param history the history written during the search (copied into the results)
 * @param studyText the study file's bytes, kept beside the results
 * @param identity what a resumed run must match (study.json)
 * @param threads parallel replications
 * @param command the command line
 * @param where where it ran, for the report
 * @param seconds wall time of this run
 */
public record StudyResults(Study study, Scenario base, OptimizeOutcome outcome, Map<String, Scenario> cleanupDesigns,
        Map<String, List<ReplicationResult>> cleanupResults, AsTyped asTyped, Path history, byte[] studyText,
        ObjectNode identity, int threads, List<String> command, String where, double seconds) {

    /**
     * The selected design and the scenario as typed on the same fresh replications, paired.
     *
     * @param design the name the scenario as typed ran under (a design of the space when its values are on the grid)
     * @param from the first replication
     * @param best each replication's values of the best (objective, then constraints)
     * @param typed the same of the scenario as typed
     */
    public record AsTyped(String design, int from, double[][] best, double[][] typed) {
    }
}
