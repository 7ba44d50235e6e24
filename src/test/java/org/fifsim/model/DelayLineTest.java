package org.fifsim.model;

import static org.fifsim.TestScenarios.parse;
import static org.fifsim.TestScenarios.runOne;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fifsim.results.Kpis;
import org.fifsim.results.ReplicationResult;
import org.junit.jupiter.api.Test;

/** A random dwell releases packs out of arrival order, each at its own ready time. */
class DelayLineTest {
    @Test
    void randomDelaysKeepTheirMeanAndLittlesLaw() {
        ReplicationResult r = runOne(parse("name: t\nrun: {horizon: 10d, warmup: 2d, replications: 1}\n"
                + "vehicle_line: {takt: 45s}\npack_line:\n  stations: [{name: a, cycle_time: 40s}]\n  yield: 1\n"
                + "logistics:\n  mode: remote\n  safety_stock: 50\n  stages:\n"
                + "    - {name: store, type: store, dwell: {uniform: [2h, 10h]}}\n"
                + "    - {name: feed, type: transfer, delay: {exponential: 30min}}\n"), 0);
        assertEquals(6.5, r.kpi(Kpis.LEAD_TIME_H), 0.1);
        assertEquals(80 * 6, r.details().column("stage.store.mean_packs"), 80 * 6 * 0.02);
        assertEquals(80 * 0.5, r.details().column("stage.feed.mean_packs"), 80 * 0.5 * 0.05);
        // uniform(2h, 10h): the median lead time is about 6.5 h, the 95th percentile about 10 h
        assertEquals(9.6 + 0.4, r.kpi(Kpis.LEAD_TIME_P95_H), 0.5);
    }
}
