package org.fifsim.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.fifsim.results.Details;
import org.fifsim.results.Histogram;
import org.fifsim.results.KpiValues;
import org.fifsim.results.ReplicationResult;
import org.fifsim.results.TimeSeries;
import org.junit.jupiter.api.Test;

class MergedHistogramTest {
    private static ReplicationResult withHistogram(int rep, Histogram h) {
        return new ReplicationResult(rep, KpiValues.none(), Details.none(), null, 0, TimeSeries.empty(), h, null, null);
    }

    @Test
    void mergesBinsAcrossReplicationsAndInterpolatesQuantiles() {
        var a = new Histogram(new double[] {0, 1}, new double[] {1, 2}, new long[] {10, 30});
        var b = new Histogram(new double[] {1, 2}, new double[] {2, 3}, new long[] {10, 50});
        MergedHistogram m = MergedHistogram.of(List.of(withHistogram(0, a), withHistogram(1, b)));
        assertEquals(100, m.total, 1e-12);
        assertEquals(3, m.counts.length);
        assertEquals(40, m.counts[1], 1e-12);
        // 50th of 100: 10 in [0,1), then 40 in [1,2): rank 50 is exactly the top of [1,2)
        assertEquals(2.0, m.quantile(0.5), 1e-12);
        assertEquals(1.5, m.quantile(0.3), 1e-12);
    }

    @Test
    void rebinningSpreadsEachBinOverItsWidthAndKeepsTheTotalInRange() {
        var h = new Histogram(new double[] {0, 1}, new double[] {1, 3}, new long[] {10, 20});
        MergedHistogram even = MergedHistogram.of(List.of(withHistogram(0, h))).rebin(0, 3, 3);
        assertEquals(10, even.counts[0], 1e-12);
        assertEquals(10, even.counts[1], 1e-12);
        assertEquals(10, even.counts[2], 1e-12);
        assertEquals(30, even.total, 1e-12);
    }
}
