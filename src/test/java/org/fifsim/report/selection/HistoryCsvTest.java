package org.fifsim.report.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.results.KpiValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A history reads back as it was written, a KPI with no value in a replication included. */
class HistoryCsvTest {
    @TempDir
    Path tmp;

    @Test
    void aKpiWithoutAValueReadsBackAsNaNUnderItsOwnName() throws Exception {
        Path f = tmp.resolve(HistoryCsv.FILE);
        List<String> keys = List.of("logistics.safety_stock");
        List<String> columns = List.of("cost_total_cny", "suspect_packs_per_incident");
        Map<String, Double> kpis = new LinkedHashMap<>();
        kpis.put("cost_total_cny", 1.5e8);
        kpis.put("suspect_packs_per_incident", Double.NaN); // no incident in this replication
        HistoryCsv h = HistoryCsv.append(f, keys, columns);
        h.write(List.of(new HistoryCsv.Row("logistics.safety_stock=60", List.of("60"), 0,
                new double[] {1.5e8, Double.NaN}, KpiValues.of(kpis))));
        List<HistoryCsv.Row> back = HistoryCsv.read(f, keys, columns);
        assertEquals(1, back.size());
        Map<String, Double> read = back.get(0).kpis().asMap();
        assertEquals(kpis.keySet(), read.keySet(), "the same KPIs, so a summary over the rows finds every one");
        assertTrue(Double.isNaN(read.get("suspect_packs_per_incident")));
        assertEquals(1.5e8, read.get("cost_total_cny"));
    }
}
