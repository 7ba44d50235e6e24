/**
 * JFreeChart builders that turn plain records into headless PNG charts.
 *
 * <p>Every builder takes records declared in this package (never simulation types), so a
 * report can be rebuilt from saved numbers. Each builder has one static {@code create}
 * method returning a styled {@link org.jfree.chart.JFreeChart}; {@link org.fifsim.chart.Png}
 * writes it. All charts share {@link org.fifsim.chart.ChartStyle}: white background, light
 * grid, the Okabe-Ito colour-blind-safe palette and 12-15 pt fonts. Empty or inconsistent
 * input throws {@link java.lang.IllegalArgumentException} naming the chart and the problem,
 * rather than drawing a blank chart.
 */
package org.fifsim.chart;
