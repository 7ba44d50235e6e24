package org.fifsim.chart;

import java.io.IOException;
import java.io.OutputStream;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;

import org.jfree.chart.JFreeChart;

/**
 * Draws a few small throw-away charts on a background thread while a run simulates, so that the report's charts
 * later find Java2D, the fonts, JFreeChart and Batik loaded and their code compiled. A report's first chart in a
 * fresh JVM costs about 1.5 s of CPU that way, a warm one a small part of it; a one-replication run leaves a core
 * idle, and this is where that second's worth of start-up goes.
 *
 * <p>It writes nothing: PNG bytes go to a discarding stream, SVG text is dropped. It shares no mutable state with
 * the real charts (each chart, image and SVG context is its own); what it leaves behind (loaded classes, the font
 * and glyph caches, compiled code) changes how fast a chart is drawn, never what is drawn, so outputs are the same
 * bytes with and without it (ChartWarmupTest checks a whole run's folder).
 */
public final class ChartWarmup {
    /** {@code -Dfifsim.warmup=false} switches it off (tests compare a run with and without it). */
    public static final String SWITCH = "fifsim.warmup";

    private ChartWarmup() {
    }

    /** Whether warming up is switched on (it is unless {@link #SWITCH} is "false"). */
    public static boolean enabled() {
        return !"false".equals(System.getProperty(SWITCH));
    }

    /**
     * Starts the warm-up on a daemon thread of low priority and returns it (null when switched off). It never delays
     * exit, and a report that starts before it is done simply draws in parallel with it.
     */
    public static Thread start() {
        if (!enabled()) {
            return null;
        }
        Thread t = new Thread(ChartWarmup::drawQuietly, "fifsim-chart-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return t;
    }

    private static void drawQuietly() {
        try {
            draw();
        } catch (RuntimeException | IOException | LinkageError e) {
            // a warm-up that fails costs only its speed-up: the real charts report their own problems
        }
    }

    /** Draws one small chart of each kind a run's report has, as PNG pixels and as SVG text; writes nothing. */
    static void draw() throws IOException {
        double[] t = {0, 24, 48, 72};
        double[] v = {3, 5, 4, 6};
        double[] hours = new double[24];
        double[] months = new double[12];
        for (int i = 0; i < hours.length; i++) {
            hours[i] = 10 + i % 5;
        }
        for (int i = 0; i < months.length; i++) {
            months[i] = 100 + 7 * i;
        }
        LinkedHashMap<String, Double> parts = new LinkedHashMap<>();
        parts.put("busy", 0.6);
        parts.put("idle", 0.4);
        List<JFreeChart> charts = List.of(
                TimeSeriesBandChart.create(List.of(new TimeSeriesBandChart.Series("stock", t, v,
                        new double[] {2, 4, 3, 5}, new double[] {4, 6, 5, 7})), "Stock", "Packs"),
                CumulativeChart.create(List.of(new CumulativeChart.Series("built", t, new double[] {0, 1, 2, 3},
                        false)), "Cumulative", "Packs", true),
                BinnedHistogramChart.create(new double[] {0, 1, 2}, new double[] {1, 2, 3},
                        new double[] {4, 9, 2}, 1.5, 2.5, "Lead time", "Lead time (h)", "Packs"),
                DayProfileChart.create(List.of(new DayProfileChart.Series("power", hours)), "Day", "Power (kW)"),
                MonthlyBarChart.create(List.of(new MonthlyBarChart.Series("energy", months)), "Month",
                        "Energy (MWh/month)"),
                StackedShareChart.create(List.of(new StackedShareChart.Row("station", parts)), "Stations",
                        "Share of scheduled time (%)", true));
        OutputStream nowhere = OutputStream.nullOutputStream();
        for (JFreeChart chart : charts) {
            ChartStyle.titleIfNone(chart, "warm-up");
            BufferedImage image = chart.createBufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB, null);
            Png.encode(image, nowhere);
            Svg.text(chart, 300, 200);
        }
    }
}
