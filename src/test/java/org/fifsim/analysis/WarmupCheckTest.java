package org.fifsim.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.fifsim.report.MarkdownReport;
import org.fifsim.report.Report;
import org.fifsim.report.RunReport;
import org.fifsim.report.Synthetic;
import org.fifsim.results.KpiValues;
import org.fifsim.results.ReplicationResult;
import org.fifsim.store.Json;
import org.junit.jupiter.api.Test;

/** MSER-5 on the stock series: a transient longer than the configured warm-up is flagged, a short one is not. */
class WarmupCheckTest {
    @Test
    void warnsWhenTheTransientOutlastsTheConfiguredWarmup() {
        // the stock ramps up over 200 h; a 10 h warm-up is far too short
        List<ReplicationResult> results = Synthetic.results(4, false, 200);
        WarmupCheck w = WarmupCheck.of(Synthetic.scenario("10h"), results);
        assertTrue(w.judged());
        assertTrue(w.suggestedHours() >= 150 && w.suggestedHours() <= 260, "suggested " + w.suggestedHours());
        assertTrue(w.tooShort());
        String warning = w.warning("synth");
        assertTrue(warning.startsWith("synth: warm-up 10 h is shorter than MSER-5 suggests"), warning);
        assertFalse(warning.contains("\n"), "one line");
        assertTrue(w.statement().contains("shorter than suggested"), w.statement());
    }

    @Test
    void staysQuietWhenTheWarmupCoversTheTransient() {
        List<ReplicationResult> results = Synthetic.results(4, false, 20);
        WarmupCheck w = WarmupCheck.of(Synthetic.scenario("100h"), results);
        assertFalse(w.tooShort(), "suggested " + w.suggestedHours());
        assertNull(w.warning("synth"));
        assertTrue(w.statement().contains("The configured warm-up is 4.17 d, long enough."), w.statement());
    }

    @Test
    void theReportCarriesTheWarningWhenTooShort() {
        var scenario = Synthetic.scenario("10h");
        var results = Synthetic.results(4, false, 200);
        WarmupCheck w = WarmupCheck.of(scenario, results);
        Report r = RunReport.build(scenario, KpiSummary.of(results), 4, w, ModelChecks.of(scenario, results),
                Map.of(), null, Json.object());
        String md = MarkdownReport.render(r);
        assertTrue(md.contains("**Warning:** synth: warm-up 10 h is shorter than MSER-5 suggests"), md);
    }

    @Test
    void withoutSeriesThereIsNoJudgementAndNoWarning() {
        var results = List.of(ReplicationResult.ofKpis(0, KpiValues.of(Map.of("packs_good", 1.0))));
        WarmupCheck w = WarmupCheck.of(Synthetic.scenario("0s"), results);
        assertFalse(w.judged());
        assertFalse(w.tooShort());
        assertTrue(w.statement().startsWith("MSER-5 could not judge"), w.statement());
    }
}
