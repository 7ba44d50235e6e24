package org.fifsim.accounting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fifsim.scenario.Scenario;

/**
 * What a scenario's carbon figures count and how, in sentences for the report: the transport method (ISO 14083 /
 * GLEC v3), the Scope 2 basis, the sites' grids, and which life-cycle stages the footprint per kWh covers.
 */
public final class CarbonBasis {
    private CarbonBasis() {
    }

    /** One statement per topic, in reading order. */
    public static List<String> of(Scenario scenario) {
        Factors f = FactorSet.of(scenario).central();
        List<String> out = new ArrayList<>();
        out.add(f.get(Factors.ROAD_VEHICLE_BASED) >= 0.5
                ? String.format(Locale.ROOT, "Road transport (ISO 14083:2023 / GLEC Framework v3), vehicle-based from"
                        + " the simulated trips: %.0f L/100 km loaded, %.0f%% of that empty, empty returns explicit"
                        + " (%.0f%% charged to the packs); diesel %.2f kg CO2e/L tank-to-wheel + %.3f well-to-tank."
                        + " Reported well-to-wheel (co2_transport_t) with both parts.",
                        f.get(Factors.TRUCK_L_PER_100KM_LOADED), 100 * f.get(Factors.TRUCK_EMPTY_FUEL_SHARE),
                        100 * f.get(Factors.EMPTY_RETURN_SHARE), f.get(Factors.DIESEL_TTW_KG_PER_L),
                        f.get(Factors.DIESEL_WTT_KG_PER_L))
                        + " The headline uses this method because fifsim simulates every trip, loaded and empty: a"
                        + " dedicated shuttle's empty returns are primary data, which a fleet-average intensity per"
                        + " t-km (co2_transport_intensity_t, reported beside it) cannot see."
                : String.format(Locale.ROOT, "Road transport (ISO 14083:2023 / GLEC Framework v3), default intensity:"
                        + " t-km x %.4f kg CO2e/t-km tank-to-wheel, which already includes average load and empty"
                        + " running (no empty trips added), plus well-to-tank in the diesel's WTT/TTW ratio. Reported"
                        + " well-to-wheel (co2_transport_t) with both parts; the vehicle-based figure from the"
                        + " simulated trips is reported beside it (co2_transport_vehicle_t).",
                        f.get(Factors.ROAD_KG_CO2_PER_TKM)));
        out.add(String.format(Locale.ROOT, "Electricity (GHG Protocol Scope 2): the pack plant's grid at %.4f kg/kWh"
                + " (central value), hubs after the road on the vehicle plant's grid (%.4f). Location-based counts"
                + " all consumption, own PV included, at the grid average; market-based (used in co2_total_t) counts"
                + " self-consumed PV and %.0f%% contracted green power as zero. PV life cycle is reported apart.",
                f.get(Factors.GRID_KG_CO2_PER_KWH), f.get(Factors.VEHICLE_PLANT_KG_CO2_PER_KWH),
                100 * f.get(Factors.GREEN_POWER_SHARE)));
        String perPack = FactorSet.namedVariants(scenario).isEmpty()
                ? String.format(Locale.ROOT, "%.0f kWh per pack", f.get(Factors.PACK_KWH))
                : "per pack the kWh of the built variant mix";
        out.add(String.format(Locale.ROOT, "Footprint per kWh (co2_per_kwh_kg, %s): in, pack"
                + " assembly electricity (part of the EU Battery Regulation's main production stage), road transport"
                + " of cells and packs and the hubs (distribution); out, raw material acquisition, cell manufacture"
                + " (the largest part), the vehicle plant, use and end of life. Per kWh of capacity, not per kWh"
                + " delivered over the service life.", perPack));
        out.add("Factor uncertainty is apart from simulation noise: each KPI is priced at the factors' central values"
                + " (replication interval), and " + String.format(Locale.ROOT, "%,d", FactorSet.DRAWS)
                + " factor draws applied to the saved activity give"
                + " its factor band (band_p5-band_p95 in summary.json).");
        return out;
    }
}
