package org.fifsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MserTest {

    @Test
    void findsKnownTransient() {
        // linear decay from 100 to 0 over the first 50 points, then N(0,1) noise
        Random random = new Random(42);
        double[] series = new double[200];
        for (int i = 0; i < series.length; i++) {
            series[i] = (i < 50 ? 100 * (1 - i / 50.0) : 0) + random.nextGaussian();
        }
        MserResult r = Mser.suggestTruncation(series);
        assertEquals(40, r.batches());
        assertTrue(r.truncationIndex() >= 40 && r.truncationIndex() <= 80, "truncation " + r.truncationIndex());
        assertEquals(0, r.truncationIndex() % Mser.DEFAULT_BATCH_SIZE);
        assertFalse(r.atLimit());
    }

    @Test
    void stationarySeriesNeedsLittleTruncation() {
        Random random = new Random(42);
        double[] series = new double[1000];
        for (int i = 0; i < series.length; i++) {
            series[i] = 50 + random.nextGaussian();
        }
        MserResult r = Mser.suggestTruncation(series);
        assertEquals(200, r.batches());
        assertTrue(r.truncationIndex() <= 100, "truncation " + r.truncationIndex());
        assertFalse(r.atLimit());
    }

    @Test
    void handComputedTruncationIsIndexIntoOriginalSeries() {
        // batches of 2 have means 9,9,1,1,1,1,1,1: statistic is 0 from d=2 on; earliest minimum wins
        double[] series = {9, 9, 9, 9, 0, 2, 2, 0, 0, 2, 2, 0, 0, 2, 2, 0};
        assertEquals(new MserResult(4, 8, false), Mser.suggestTruncation(series, 2));
    }

    @Test
    void trailingPartialBatchIsIgnored() {
        double[] series = {9, 9, 9, 9, 0, 2, 2, 0, 0, 2, 2, 0, 0, 2, 2, 0, 1000};
        assertEquals(new MserResult(4, 8, false), Mser.suggestTruncation(series, 2));
    }

    @Test
    void batchSizeOneIsPlainMser() {
        // statistic by d: d=0 -> 6.944/36, d=1 -> 0, d=2 -> 0, d=3 -> 0
        double[] series = {10, 0, 0, 0, 0, 0};
        assertEquals(new MserResult(1, 6, false), Mser.suggestTruncation(series, 1));
    }

    @Test
    void persistentTrendEndsAtLimit() {
        double[] series = new double[100];
        for (int i = 0; i < series.length; i++) {
            series[i] = 100 - i;
        }
        MserResult r = Mser.suggestTruncation(series);
        assertEquals(new MserResult(50, 20, true), r);
    }

    @Test
    void shortSeriesCannotBeJudged() {
        assertEquals(new MserResult(0, 1, true), Mser.suggestTruncation(new double[] {5, 4, 3, 2, 1, 0, 0}));
        assertEquals(new MserResult(0, 0, true), Mser.suggestTruncation(new double[] {5, 4}));
        assertEquals(new MserResult(0, 0, true), Mser.suggestTruncation(new double[0]));
    }

    @Test
    void defaultBatchSizeIsFive() {
        Random random = new Random(3);
        double[] series = new double[300];
        for (int i = 0; i < series.length; i++) {
            series[i] = 20 * Math.exp(-i / 15.0) + random.nextGaussian();
        }
        assertEquals(Mser.suggestTruncation(series, 5), Mser.suggestTruncation(series));
        assertEquals(60, Mser.suggestTruncation(series).batches());
    }

    @Test
    void largeOffsetDoesNotChangeResult() {
        // numerically stable statistic: adding 1e9 to every point must not move the truncation
        double[] series = {9, 9, 9, 9, 0, 2, 2, 0, 0, 2, 2, 0, 0, 2, 2, 0};
        double[] shifted = Arrays.stream(series).map(x -> x + 1e9).toArray();
        assertEquals(Mser.suggestTruncation(series, 2), Mser.suggestTruncation(shifted, 2));
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> Mser.suggestTruncation(new double[] {1, 2}, 0));
        assertThrows(IllegalArgumentException.class,
                () -> Mser.suggestTruncation(new double[] {1, Double.NaN, 3, 4}, 1));
    }
}
