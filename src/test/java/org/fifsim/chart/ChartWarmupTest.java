package org.fifsim.chart;

import org.junit.jupiter.api.Test;

/**
 * The warm-up's thread swallows failures (a failed warm-up costs only its speed-up), so a chart argument rule that
 * its made-up data broke would go unnoticed there: here it shows.
 */
class ChartWarmupTest {
    @Test
    void drawsEveryKindWithoutFailing() throws Exception {
        ChartWarmup.draw();
    }
}
