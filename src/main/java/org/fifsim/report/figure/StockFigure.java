package org.fifsim.report.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.fifsim.analysis.Numbers;
import org.fifsim.analysis.SeriesBand;
import org.fifsim.analysis.WarmupCheck;
import org.fifsim.chart.ChartStyle;
import org.fifsim.chart.TimeSeriesBandChart;
import org.fifsim.report.Block;
import org.fifsim.results.Kpis;
import org.fifsim.results.ReplicationResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * Pipeline and line-side stock over time, one chart each (their scales differ by orders of magnitude when supply is
 * remote): the first replication as a line, the p5-p95 band across replications behind it, and the warm-up
 * (configured, and MSER-5's suggestion for that series) as vertical markers.
 */
final class StockFigure {
    private static final int HEIGHT = 400;

    private StockFigure() {
    }

    /** Up to two figures; none when no stock series was recorded. */
    static List<Block.Figure> write(FigureWriter w, List<ReplicationResult> results, WarmupCheck warmup)
            throws IOException {
        List<Block.Figure> out = new ArrayList<>();
        Block.Figure p = one(w, results, warmup, Kpis.PIPELINE_PACKS, "stock-pipeline", "Pipeline stock over time",
                "Packs between end-of-line and installation", 0, "Look for the start-up ramp to end before the "
                        + "warm-up line and for the level to hold steady after it.");
        if (p != null) {
            out.add(p);
        }
        Block.Figure l = one(w, results, warmup, Kpis.LINE_SIDE_PACKS, "stock-line-side", "Line-side stock over time",
                "Line-side stock", 1, "Look for dips to zero: each is a stretch of starved vehicles.");
        if (l != null) {
            out.add(l);
        }
        return out;
    }

    private static Block.Figure one(FigureWriter w, List<ReplicationResult> results, WarmupCheck warmup, String key,
            String file, String title, String label, int colour, String lookFor) throws IOException {
        SeriesBand all = SeriesBand.of(results, key);
        if (all == null || all.timeHours().length < 2) {
            return null;
        }
        // about two points per pixel of the chart's width: the same picture, drawn in a fraction of the time
        SeriesBand b = all.thinned(2 * FigureWriter.WIDTH);
        boolean band = b.replications() > 1;
        var series = new TimeSeriesBandChart.Series(label + ", replication " + results.get(0).replication(),
                b.timeHours(), b.first(), band ? b.p5() : null, band ? b.p95() : null);
        JFreeChart chart = TimeSeriesBandChart.create(List.of(series), null, "Stock (packs)",
                band ? "Shaded: p5\u2013p95 of " + b.replications() + " replications" : null);
        style(chart, colour);
        double span = b.timeHours()[b.timeHours().length - 1] - b.timeHours()[0];
        double scale = span > 72 ? 1 / 24.0 : 1;
        XYPlot plot = (XYPlot) chart.getPlot();
        if (warmup.configuredHours() > 0) {
            plot.addDomainMarker(marker(warmup.configuredHours() * scale, "warm-up " + Numbers.hours(
                    warmup.configuredHours()), ChartStyle.INK, RectangleAnchor.TOP_RIGHT, TextAnchor.TOP_LEFT));
        }
        Double suggested = warmup.bySeries().get(key);
        boolean mser = suggested != null && suggested > 0 && !suggested.equals(warmup.configuredHours());
        if (mser) {
            // lower than the warm-up label, so the two never overlap
            plot.addDomainMarker(marker(suggested * scale, "MSER-5 " + Numbers.hours(suggested), ChartStyle.VERMILLION,
                    RectangleAnchor.TOP_RIGHT, TextAnchor.TOP_LEFT, 26));
        }
        String caption = "Sampled every " + Numbers.hours(warmup.samplingHours()) + " from time zero, warm-up included"
                + " (black dashed: configured warm-up" + (mser ? "; red: MSER-5 suggestion for this series" : "")
                + "). " + lookFor;
        return w.write(chart, file, FigureWriter.WIDTH, HEIGHT, title, caption);
    }

    /** Hundreds of samples of a jumpy stock: a thin line lets the band behind it show. */
    private static void style(JFreeChart chart, int colour) {
        XYPlot plot = (XYPlot) chart.getPlot();
        for (int i = 0; i < plot.getRendererCount(); i++) {
            if (plot.getRenderer(i) instanceof org.jfree.chart.renderer.xy.XYLineAndShapeRenderer line) {
                line.setSeriesStroke(0, new BasicStroke(1.0f));
                line.setSeriesPaint(0, ChartStyle.color(colour));
                line.setSeriesFillPaint(0, ChartStyle.color(colour));
                // the builder fixed its legend with the old colour: redraw the series' entry, keep the rest
                LegendItemCollection old = plot.getFixedLegendItems();
                if (old != null && old.getItemCount() > 0) {
                    LegendItemCollection fresh = new LegendItemCollection();
                    fresh.add(line.getLegendItem(i, 0));
                    for (int k = 1; k < old.getItemCount(); k++) {
                        fresh.add(old.get(k));
                    }
                    plot.setFixedLegendItems(fresh);
                }
            }
        }
    }

    static ValueMarker marker(double at, String label, Color color, RectangleAnchor anchor, TextAnchor text) {
        return marker(at, label, color, anchor, text, 4);
    }

    static ValueMarker marker(double at, String label, Color color, RectangleAnchor anchor, TextAnchor text,
            double top) {
        ValueMarker m = new ValueMarker(at, color, ChartStyle.MARKER_LINE);
        m.setLabel(label);
        m.setLabelFont(ChartStyle.ANNOTATION_FONT);
        m.setLabelPaint(color);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 230));
        m.setLabelOffset(new RectangleInsets(top, 5, 4, 5));
        m.setLabelAnchor(anchor);
        m.setLabelTextAnchor(text);
        return m;
    }
}
