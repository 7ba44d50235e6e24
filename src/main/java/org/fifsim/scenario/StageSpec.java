package org.fifsim.scenario;

/**
 * One stage of the logistics pipeline from pack end-of-line to the vehicle line-side. Co-located and remote supply
 * are the same pipeline with different stages.
 */
public sealed interface StageSpec {

    String name();

    /**
     * The time this stage adds to the planning lead time that sizes the pull rule: the mean delay, and for a road
     * the longest a pack waits at the dock for its load, since the pipeline must hold a whole load there.
     */
    double meanDelay(double vehicleTakt);

    /** A conveyor, AGV or line feed: every pack takes its own delay, with no capacity limit. */
    record Transfer(String name, Distribution delay) implements StageSpec {
        @Override
        public double meanDelay(double vehicleTakt) {
            return delay.mean();
        }
    }

    /**
     * A warehouse (finished goods, inbound): a pack stays at least {@code dwell} (quarantine, inspection, put-away).
     * A full store makes arriving packs wait at its door until a place frees.
     */
    record Store(String name, Distribution dwell, int capacity) implements StageSpec {
        @Override
        public double meanDelay(double vehicleTakt) {
            return dwell.mean();
        }
    }

    /**
     * Trucks between two sites: {@code fleet} trucks of {@code truckCapacity} packs; a truck leaves when full, or when
     * the oldest pack at the dock has waited {@code maxWait} (infinite: full loads only), drives {@code transit},
     * unloads, and drives back empty in {@code returnTrip}.
     */
    record Road(String name, int truckCapacity, int fleet, double maxWait, double distanceKm, Distribution transit,
            Distribution returnTrip) implements StageSpec {
        /** Transit plus the time a load takes to fill at the vehicle takt (capped by maxWait). */
        @Override
        public double meanDelay(double vehicleTakt) {
            return transit.mean() + Math.min(truckCapacity * vehicleTakt, maxWait);
        }
    }
}
