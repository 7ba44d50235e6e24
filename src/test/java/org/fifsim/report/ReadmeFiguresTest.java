package org.fifsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fifsim.store.Json;
import org.junit.jupiter.api.Test;

/**
 * The hand-written figures of the README (and of scenario comments) against the committed results they cite: a
 * regeneration that moves a figure fails here until the prose follows. Figures inside generated excerpt blocks are
 * kept in sync by {@code scripts/readme-excerpts} and are not listed.
 */
class ReadmeFiguresTest {
    private static final Path COMPARE = Path.of("results", "compare-seres-remote-vs-seres-fif");
    private static final Path JIS = Path.of("results", "compare-seres-remote-jis-vs-seres-fif");
    private static final Path SWEEP = Path.of("results", "sweep-volume");
    private static final String N = "([\u2212+-]?[0-9][0-9,]*(?:\\.[0-9]+)?)";

    /**
     * One figure as written: the sentence around it (a regex whose group 1 is the number), where it is, the value
     * it cites (JSON file and pointer, times {@code scale}) and how far the written figure may round.
     */
    record Cited(String file, String sentence, Path json, String pointer, double scale, double tolerance) {
    }

    static final List<Cited> CITED = List.of(
            new Cited("README.md", "a simulated " + N + " t against a claimed", COMPARE.resolve("comparison.json"),
                    "/differences/seres-fif/co2_transport_t/mean", 1, 0.05),
            new Cited("README.md", "larger \\(" + N + " t/yr against", COMPARE.resolve("comparison.json"),
                    "/differences/seres-fif/co2_transport_t/mean", 1, 0.05),
            new Cited("scenarios/seres-remote.yaml", "30 km gives ~" + N + " t/yr\\s+#\\s+tank-to-wheel",
                    COMPARE.resolve("comparison.json"), "/differences/seres-fif/co2_transport_ttw_t/mean", -1, 25),
            new Cited("scenarios/seres-remote.yaml", "tank-to-wheel and ~" + N + " t well-to-wheel",
                    COMPARE.resolve("comparison.json"), "/differences/seres-fif/co2_transport_t/mean", -1, 25),
            new Cited("README.md", "the remote's " + N + " h lead time is its",
                    COMPARE.resolve("seres-remote/summary.json"), "/kpis/lead_time_h/mean", 1, 0.05),
            new Cited("README.md", "the lead time of\\s+~" + N + " h is a \\*result\\*",
                    COMPARE.resolve("seres-remote/summary.json"), "/kpis/lead_time_h/mean", 1, 2.5),
            new Cited("README.md", "and the ~" + N + " packs it holds", COMPARE.resolve("seres-remote/summary.json"),
                    "/kpis/pipeline_packs/mean", 1, 250),
            new Cited("README.md", "leaves ~" + N + " suspect packs remote",
                    COMPARE.resolve("seres-remote/summary.json"), "/kpis/suspect_packs_per_incident/mean", 1, 50),
            new Cited("README.md", "suspect packs remote, ~" + N + " co-located",
                    COMPARE.resolve("seres-fif/summary.json"), "/kpis/suspect_packs_per_incident/mean", 1, 10),
            new Cited("README.md", "containment costs ~" + N + " M CNY/yr more remote",
                    COMPARE.resolve("comparison.json"), "/differences/seres-fif/cost_containment_cny/mean", -1e-6,
                    0.05),
            new Cited("README.md", "co-location saves about " + N + " h of a customer's wait",
                    COMPARE.resolve("comparison.json"), "/differences/seres-fif/order_to_delivery_d/mean", -24, 0.5),
            new Cited("README.md", "the old plant would be both slower \\(" + N + " days\\)",
                    JIS.resolve("seres-remote-jis/summary.json"), "/kpis/order_to_delivery_d/mean", 1, 0.05),
            new Cited("README.md", "break-even at \\*\\*\u2248 " + N + " \\[", SWEEP.resolve("sweep.json"),
                    "/crossings/2/crossing", 1, 500),
            new Cited("README.md", "vehicles/yr in total cost, factor band \\*\\*\\[" + N + ",",
                    SWEEP.resolve("sweep.json"), "/crossings/2/crossing_band_p5", 1, 100));

    @Test
    void everyCitedFigureMatchesTheResultsItCites() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Cited c : CITED) {
            String text = Files.readString(Path.of(c.file()), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile(c.sentence()).matcher(text);
            if (!m.find()) {
                fail(c.file() + ": no sentence /" + c.sentence() + "/ (reworded? update this list)");
            }
            double written = number(m.group(1));
            JsonNode node = Json.MAPPER.readTree(c.json().toFile()).at(c.pointer());
            assertTrue(node.isNumber(), c.json() + c.pointer() + " is a number");
            double cited = node.asDouble() * c.scale();
            if (Math.abs(written - cited) > c.tolerance()) {
                wrong.add(String.format(java.util.Locale.ROOT, "%s: '%s' says %s, %s%s gives %.4f", c.file(),
                        m.group(), m.group(1), c.json(), c.pointer(), cited));
            }
        }
        assertEquals(List.of(), wrong, "figures written by hand that the results no longer give");
    }

    @Test
    void theCrossingsCitedAreTheTotalCostOnes() throws IOException {
        // the pointers above count on the order of sweep.json's crossings
        JsonNode c = Json.MAPPER.readTree(SWEEP.resolve("sweep.json").toFile()).at("/crossings/2");
        assertEquals("cost_total_cny", c.path("kpi").asText());
    }

    @Test
    void aStaleFigureIsCaught() {
        assertEquals(-1845, number("\u22121,845"));
        Matcher m = Pattern.compile("a simulated " + N + " t against").matcher("a simulated \u22121,845 t against");
        assertTrue(m.find());
        assertTrue(Math.abs(number(m.group(1)) - -1791.7) > CITED.get(0).tolerance(), "−1,845 is not −1,791.7");
    }

    static double number(String s) {
        return Double.parseDouble(s.replace(",", "").replace('\u2212', '-'));
    }
}
