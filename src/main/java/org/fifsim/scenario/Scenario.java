package org.fifsim.scenario;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A complete, validated scenario. Immutable; built only by the scenario reader or by tests.
 *
 * @param accounting overrides of the factor library ({@code accounting:}), by factor name, in library order
 * @param cellSupply where the cells come from, or null: an unlimited supply at station one
 * @param packKwh energy capacity of one pack (kWh), the denominator of the footprint per kWh
 * @param resolved the scenario as YAML text with {@code extends} and overrides resolved (null when built in memory):
 *        what an engine ships to another machine, which reads it back into an equal scenario
 * @param orders customer orders and variants, or null: an endless order book for one pack, as before orders existed
 * @param quality quality incidents, or null: none
 * @param service what the design must deliver ({@code service:}); {@link ServiceSpec#NONE} when it states nothing
 */
public record Scenario(String name, String description, RunSpec run, VehicleLineSpec vehicleLine,
        PackLineSpec packLine, LogisticsSpec logistics, EnergySpec energy, Map<String, Distribution> accounting,
        Path source, CellSupplySpec cellSupply, double packKwh, String resolved, OrdersSpec orders,
        QualitySpec quality, ServiceSpec service) {

    /** An 80 kWh pack: the basis of the factor library's pack value and mass. */
    public static final double DEFAULT_PACK_KWH = 80;

    public Scenario {
        accounting = Collections.unmodifiableMap(new LinkedHashMap<>(accounting == null ? Map.of() : accounting));
        service = service == null ? ServiceSpec.NONE : service;
    }

    /** A scenario that states no service requirement. */
    public Scenario(String name, String description, RunSpec run, VehicleLineSpec vehicleLine, PackLineSpec packLine,
            LogisticsSpec logistics, EnergySpec energy, Map<String, Distribution> accounting, Path source,
            CellSupplySpec cellSupply, double packKwh, String resolved, OrdersSpec orders, QualitySpec quality) {
        this(name, description, run, vehicleLine, packLine, logistics, energy, accounting, source, cellSupply, packKwh,
                resolved, orders, quality, ServiceSpec.NONE);
    }

    /** A scenario without orders or quality incidents. */
    public Scenario(String name, String description, RunSpec run, VehicleLineSpec vehicleLine, PackLineSpec packLine,
            LogisticsSpec logistics, EnergySpec energy, Map<String, Distribution> accounting, Path source,
            CellSupplySpec cellSupply, double packKwh, String resolved) {
        this(name, description, run, vehicleLine, packLine, logistics, energy, accounting, source, cellSupply, packKwh,
                resolved, null, null);
    }

    /** A scenario with cells as given, built in memory, an 80 kWh pack, without orders or quality incidents. */
    public Scenario(String name, String description, RunSpec run, VehicleLineSpec vehicleLine, PackLineSpec packLine,
            LogisticsSpec logistics, EnergySpec energy, Map<String, Distribution> accounting, Path source,
            CellSupplySpec cellSupply) {
        this(name, description, run, vehicleLine, packLine, logistics, energy, accounting, source, cellSupply,
                DEFAULT_PACK_KWH, null, null, null);
    }

    /** A scenario with unlimited cells at station one and an 80 kWh pack. */
    public Scenario(String name, String description, RunSpec run, VehicleLineSpec vehicleLine, PackLineSpec packLine,
            LogisticsSpec logistics, EnergySpec energy, Map<String, Distribution> accounting, Path source) {
        this(name, description, run, vehicleLine, packLine, logistics, energy, accounting, source, null);
    }

    /** A scenario with no accounting overrides (library defaults). */
    public Scenario(String name, String description, RunSpec run, VehicleLineSpec vehicleLine, PackLineSpec packLine,
            LogisticsSpec logistics, EnergySpec energy, Path source) {
        this(name, description, run, vehicleLine, packLine, logistics, energy, Map.of(), source);
    }

    public Scenario withRun(RunSpec r) {
        return new Scenario(name, description, r, vehicleLine, packLine, logistics, energy, accounting, source,
                cellSupply, packKwh, resolved, orders, quality, service);
    }
}
