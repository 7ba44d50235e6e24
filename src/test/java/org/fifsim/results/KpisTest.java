package org.fifsim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fifsim.accounting.Accounting;
import org.junit.jupiter.api.Test;

/** The KPI registry is complete and agrees with itself and with the accounting. */
class KpisTest {
    @Test
    void namesAndLabelsAreUniqueAndEveryKpiHasAPlainName() {
        Set<String> names = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (Kpi k : Kpis.all()) {
            assertTrue(names.add(k.name()), "twice: " + k.name());
            assertTrue(labels.add(k.label()), "label twice: " + k.label());
            assertNotEquals(k.name(), k.label(), k.name() + " has no plain name");
            assertTrue(!k.unit().isEmpty() && !k.meaning().isEmpty() && !k.display().unit().isEmpty(), k.name());
            assertTrue(k.display().scale() > 0, k.name());
        }
    }

    @Test
    void thePricedKpisAreExactlyThoseTheAccountingComputes() {
        Set<String> priced = new HashSet<>(Kpis.all().stream().filter(Kpi::priced).map(Kpi::name).toList());
        Set<String> terms = new HashSet<>(Accounting.TERMS.stream().map(Accounting.Term::name).toList());
        assertEquals(terms, priced);
    }

    @Test
    void everyCostAndCarbonKpiIsBetterLow() {
        for (Kpi k : Kpis.all()) {
            if (k.name().startsWith("cost_") || k.name().startsWith("co2_")) {
                assertEquals(Kpi.Direction.LESS_IS_BETTER, k.direction(), k.name());
            }
        }
        assertEquals(Kpi.Direction.MORE_IS_BETTER, Kpis.named(Kpis.VEHICLES_BUILT).direction());
        assertEquals(Kpi.Direction.NEITHER, Kpis.named(Kpis.LINE_SIDE_PACKS).direction());
    }

    @Test
    void theDisplayAndAggregationFollowTheUnitUnlessSaidOtherwise() {
        Kpi cost = Kpis.named(Kpis.COST_TOTAL_CNY);
        assertEquals(new Kpi.Display("M CNY/yr", 1e-6), cost.display());
        assertEquals(new Kpi.Display("%", 100), Kpis.named(Kpis.VEHICLE_LINE_STARVED).display());
        assertEquals(new Kpi.Display("h", 24), Kpis.named(Kpis.ORDER_TO_DELIVERY_D).display());
        assertEquals(Kpi.Aggregation.PER_YEAR, cost.aggregation());
        assertEquals(Kpi.Aggregation.TIME_AVERAGE, Kpis.named(Kpis.PIPELINE_PACKS).aggregation());
        assertEquals(Kpi.Aggregation.PERCENTILE, Kpis.named(Kpis.LEAD_TIME_P95_H).aggregation());
        assertEquals(Kpi.Aggregation.RATIO, Kpis.named(Kpis.SUSPECT_PACKS_PER_INCIDENT).aggregation());
    }

    /** A bridge shows the parts of a total as steps: only KPIs that add up, in the total's unit, may be parts. */
    @Test
    void bridgePartsAreAdditiveAndInTheirTotalsUnit() {
        partsAddUp(Kpis.COST_TOTAL_CNY, Kpis.COST_PARTS);
        partsAddUp(Kpis.CO2_TOTAL_T, Kpis.CARBON_PARTS);
    }

    private static void partsAddUp(String total, List<Kpis.Part> parts) {
        for (Kpis.Part p : parts) {
            Kpi k = Kpis.named(p.kpi());
            assertTrue(k.aggregation().additive(), p.kpi());
            assertEquals(Kpis.named(total).unit(), k.unit(), p.kpi());
        }
    }

    @Test
    void anUnregisteredNameIsRefusedWhereCodeNamesAKpi() {
        assertThrows(IllegalArgumentException.class, () -> Kpis.named("cost_totl_cny"));
    }
}
