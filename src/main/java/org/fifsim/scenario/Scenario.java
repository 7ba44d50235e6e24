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
 * @param resolved the scenario as YAML text with {@code extends} and overrides resolved (null when built in memory):
 *        what an engine ships to another machine, which reads it back into an equal scenario
 * @param orders customer orders and variants, or null: an endless order book for one pack, as before orders existed
 * @param quality quality incidents, or null: none
 */
public record Scenario(String name, String description, RunSpec run, VehicleLineSpec vehicleLine,
        PackLineSpec packLine, LogisticsSpec logistics, EnergySpec energy, Map<String, Distribution> accounting,
        Path source, CellSupplySpec cellSupply, String resolved, OrdersSpec orders, QualitySpec quality) {

    public Scenario {
        accounting = Collections.unmodifiableMap(new LinkedHashMap<>(accounting == null ? Map.of() : accounting));
    }

    /** A scenario without orders or quality incidents. */
    public Scenario(String name, String description, RunSpec run, VehicleLineSpec vehicleLine, PackLineSpec packLine,
            LogisticsSpec logistics, EnergySpec energy, Map<String, Distribution> accounting, Path source,
            CellSupplySpec cellSupply, String resolved) {
        this(name, description, run, vehicleLine, packLine, logistics, energy, accounting, source, cellSupply, resolved,
                null, null);
    }

    /** A scenario with cells as given, built in memory, without orders or quality incidents. */
    public Scenario(String name, String description, RunSpec run, VehicleLineSpec vehicleLine, PackLineSpec packLine,
            LogisticsSpec logistics, EnergySpec energy, Map<String, Distribution> accounting, Path source,
            CellSupplySpec cellSupply) {
        this(name, description, run, vehicleLine, packLine, logistics, energy, accounting, source, cellSupply, null,
                null, null);
    }

    /** A scenario with unlimited cells at station one, without orders or quality incidents. */
    public Scenario(String name, String description, RunSpec run, VehicleLineSpec vehicleLine, PackLineSpec packLine,
            LogisticsSpec logistics, EnergySpec energy, Map<String, Distribution> accounting, Path source) {
        this(name, description, run, vehicleLine, packLine, logistics, energy, accounting, source, null, null, null,
                null);
    }

    /** A scenario with no accounting overrides (library defaults). */
    public Scenario(String name, String description, RunSpec run, VehicleLineSpec vehicleLine, PackLineSpec packLine,
            LogisticsSpec logistics, EnergySpec energy, Path source) {
        this(name, description, run, vehicleLine, packLine, logistics, energy, Map.of(), source, null, null, null,
                null);
    }

    public Scenario withRun(RunSpec r) {
        return new Scenario(name, description, r, vehicleLine, packLine, logistics, energy, accounting, source,
                cellSupply, resolved, orders, quality);
    }
}
