package org.fifsim.scenario;

import java.util.List;

/**
 * Electricity of the pack line and its sources.
 *
 * @param kwhPerPack energy per pack produced (DOMAIN.md: 7.5 GWh/yr over 700,800 packs = 10.7 kWh)
 * @param baseKw load while the line runs (working time, no station down)
 * @param standbyKw load while the line is off shift or down
 * @param pvAnnualKwh expected PV energy per year (0: no PV); from annual_kwh or capacity x specific yield
 * @param latitudeDeg site latitude for the sun's path (Chongqing 29.6)
 * @param solarNoonOffsetHours clock time of solar noon minus 12 h (Chongqing, UTC+8 at 106.5 E: about 0.9 h)
 * @param weatherCv coefficient of variation of the daily weather factor (mean 1)
 * @param pvLifecycleKgPerKwh life-cycle emissions of PV energy used (NREL harmonisation: 0.040-0.045)
 * @param storage battery storage, or null
 * @param gridCnyPerKwh flat grid tariff (outside any time-of-use band)
 * @param timeOfUse tariff bands by hour of day
 * @param gridKgCo2PerKwh grid emission factor, a constant or a distribution (its uncertainty gives a factor band)
 */
public record EnergySpec(double kwhPerPack, double baseKw, double standbyKw, double pvAnnualKwh, double latitudeDeg,
        double solarNoonOffsetHours, double weatherCv, double pvLifecycleKgPerKwh, StorageSpec storage,
        double gridCnyPerKwh, List<TariffBand> timeOfUse, Distribution gridKgCo2PerKwh) {

    /** China's 2022 grid average, for enterprise reporting (Ministry of Ecology and Environment notice, Feb 2023). */
    public static final double CHINA_GRID_2022 = 0.5703;

    public static final EnergySpec DEFAULT = new EnergySpec(10.7, 150, 30, 0, 29.6, 0.9, 0.35, 0.0, null, 0.65,
            List.of(), new Distribution.Constant(CHINA_GRID_2022));

    public EnergySpec {
        timeOfUse = List.copyOf(timeOfUse);
    }

    /** A battery: capacity, charge/discharge power, round-trip efficiency. */
    public record StorageSpec(double capacityKwh, double powerKw, double roundTripEfficiency) {
    }

    /** A time-of-use band: hours [from, to) of the day (may wrap past midnight) at a price. */
    public record TariffBand(int fromHour, int toHour, double cnyPerKwh) {
    }
}
