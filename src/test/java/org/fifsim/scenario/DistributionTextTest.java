package org.fifsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.fifsim.scenario.io.Distributions;
import org.junit.jupiter.api.Test;

/** The one renderer's two forms, pinned as the reports, README and factor tables print them. */
class DistributionTextTest {
    private static final List<Distribution> EVERY_KIND = List.of(new Distribution.Constant(48000),
            new Distribution.Uniform(0.041, 0.046), new Distribution.Triangular(35, 38, 42.5),
            new Distribution.Normal(1234.5, 10), new Distribution.LogNormal(7200, 600),
            new Distribution.Exponential(43200));

    @Test
    void plainIsTheFactorTablesForm() {
        assertEquals(List.of("48,000", "uniform [0.041, 0.046]", "triangular [35, 38, 42.5]",
                "normal (mean 1,234.5, sd 10)", "lognormal (mean 7,200, sd 600)", "exponential (mean 43,200)"),
                EVERY_KIND.stream().map(DistributionText::plain).toList());
        assertEquals("0.123457", DistributionText.number(0.12345671), "six decimals at most");
    }

    @Test
    void wordsWriteEachValueInTheCallersUnit() {
        assertEquals(List.of("<48000.0>", "uniform <0.041>\u2013<0.046>", "triangular <35.0>\u2013<42.5> (mode <38.0>)",
                "normal, mean <1234.5>, sd <10.0>", "lognormal, mean <7200.0>, sd <600.0>",
                "exponential, mean <43200.0>"),
                EVERY_KIND.stream().map(d -> DistributionText.words(d, v -> "<" + v + ">")).toList());
    }

    @Test
    void theJsonFormReadsBackAsTheSameValue() {
        for (Distribution d : EVERY_KIND) {
            assertEquals(d, Distributions.fromJson(Distributions.toJson(d)), d.toString());
        }
    }
}
