package org.fifsim.scenario;

import java.nio.file.Path;

/** A complete, validated scenario. Immutable; built only by the scenario reader or by tests. */
public record Scenario(String name, String description, RunSpec run, VehicleLineSpec vehicleLine,
        PackLineSpec packLine, LogisticsSpec logistics, EnergySpec energy, Path source) {

    public Scenario withRun(RunSpec r) {
        return new Scenario(name, description, r, vehicleLine, packLine, logistics, energy, source);
    }
}
