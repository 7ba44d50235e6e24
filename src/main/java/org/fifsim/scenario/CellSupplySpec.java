package org.fifsim.scenario;

import java.util.List;

/**
 * Where the pack line's cells come from: a cell plant {@code road.distanceKm()} away (unlimited output), its own road
 * of trucks carrying packs' worth of cells, and a cell store at the pack line held against its target cover, counted
 * in the pack line's working time. Station one takes one pack's worth of cells to start a pack; with the cell store
 * empty the pack line waits. The plant ships against the store's target: base stock over the road's lead time.
 *
 * @param cellMassKg mass of one pack's worth of cells, for the transport carbon of this leg
 */
public record CellSupplySpec(StageSpec.Road road, StageSpec.Store store, double cellMassKg,
        List<Disruption> disruptions) {

    public CellSupplySpec {
        disruptions = List.copyOf(disruptions);
    }

    /** The takt at which the pack line draws cells while it works: vehicle demand spread over its working time. */
    public static double consumerTakt(double vehicleTakt, double vehicleShare, double packShare) {
        return vehicleTakt * packShare / vehicleShare;
    }

    /** The cell store's target in packs' worth. */
    public int target(double vehicleTakt, double vehicleShare, double packShare) {
        return store.targetPacks(consumerTakt(vehicleTakt, vehicleShare, packShare));
    }

    /** Order-up-to level of cells on the road and in the store: demand over the road's lead time plus the target. */
    public int level(double vehicleTakt, double vehicleShare, double packShare) {
        double lead = road.meanDelay(vehicleTakt / vehicleShare); // the target counts packs in handling too
        return (int) Math.ceil(lead * vehicleShare / vehicleTakt - 1e-9) + target(vehicleTakt, vehicleShare, packShare);
    }
}
