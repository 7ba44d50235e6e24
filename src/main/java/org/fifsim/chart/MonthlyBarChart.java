package org.fifsim.chart;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Grouped monthly bars of several energy series (e.g. PV, grid import, load in kWh). */
public final class MonthlyBarChart {

    private static final String CHART = "MonthlyBarChart";
    /** Month labels, January first. */
    public static final List<String> MONTHS =
            List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    /** One series: twelve monthly totals, January first. */
    public record Series(String name, double[] monthly) {
    }

    private MonthlyBarChart() {
    }

    /**
     * @param series one or more series of exactly 12 finite values
     * @param title  chart title (may be null)
     * @param yLabel value axis label with its unit, e.g. "Energy (MWh/month)"
     * @throws IllegalArgumentException on empty input or a series without 12 finite values
     */
    public static JFreeChart create(List<Series> series, String title, String yLabel) {
        Checks.nonEmpty(CHART, series, "series");
        Checks.distinct(CHART, series.stream().map(Series::name).toList(), "series name");
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Series s : series) {
            String name = Checks.name(CHART, s.name(), "every series");
            Checks.array(CHART, name, "monthly", s.monthly(), 12);
            Checks.finite(CHART, name, "monthly", s.monthly());
            for (int m = 0; m < 12; m++) {
                dataset.addValue(s.monthly()[m], name, MONTHS.get(m));
            }
        }
        CategoryAxis domain = new CategoryAxis(null);
        domain.setCategoryMargin(0.2);
        domain.setLowerMargin(0.01);
        domain.setUpperMargin(0.01);
        NumberAxis range = new NumberAxis(yLabel);
        range.setUpperMargin(0.06);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.03);
        CategoryPlot plot = new CategoryPlot(dataset, domain, range, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.color(i));
        }
        return chart;
    }
}
