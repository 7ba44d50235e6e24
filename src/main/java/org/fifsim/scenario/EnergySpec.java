package org.fifsim.scenario;

/**
 * Electricity of the pack line and its sources. PV is given by annual energy ({@code pvAnnualKwh}); zero means no PV.
 *
 * @param kwhPerPack energy per pack produced (DOMAIN.md: 7.5 GWh/yr over 700,800 packs = 10.7 kWh)
 * @param baseKw load while the line is in working time
 * @param standbyKw load while the line is off shift
 * @param gridCnyPerKwh grid tariff
 * @param gridKgCo2PerKwh grid emission factor (China 2022 average 0.5703, MEE notice Feb 2023)
 */
public record EnergySpec(double kwhPerPack, double baseKw, double standbyKw, double pvAnnualKwh,
        double gridCnyPerKwh, double gridKgCo2PerKwh) {

    public static final EnergySpec DEFAULT = new EnergySpec(10.7, 150, 30, 0, 0.65, 0.5703);
}
