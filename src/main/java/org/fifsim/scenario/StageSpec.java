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
     * A warehouse (finished goods, inbound, cells): a pack stays at least {@code dwell} (a compulsory stay: curing, an
     * ageing test) plus {@code handling} (put-away, audit, inspection); after both it is ready. A store with a
     * {@code targetCover} (seconds of the consuming line's working time, NaN for none) is a stock point: it holds its
     * ready packs and lets them go first in first out when the next stage asks, and the stage before it replenishes it
     * to that target. Without one, a ready pack moves on at once. A full store makes arriving packs wait at its door.
     */
    record Store(String name, Distribution dwell, int capacity, Distribution handling, double targetCover,
            Policy policy) implements StageSpec {

        /**
         * How a stock point asks the stage before it for a replacement. {@code BASE_STOCK} (order-up-to, one for one):
         * at every demand that arrives, met from stock or backordered, so the level on hand plus in transit minus
         * backorders stays put and Palm's theorem holds. {@code KANBAN}: when a pack leaves, so a backordered demand
         * is re-ordered only once it is met (a closed loop of cards: fewer orders out exactly when stock is short).
         */
        public enum Policy {
            BASE_STOCK, KANBAN;

            /** The name in a scenario file. */
            public String key() {
                return name().toLowerCase(java.util.Locale.ROOT);
            }
        }

        /** A store with a compulsory dwell only, as before policies. */
        public Store(String name, Distribution dwell, int capacity) {
            this(name, dwell, capacity, new Distribution.Constant(0), Double.NaN);
        }

        /** A store under the default policy, base stock. */
        public Store(String name, Distribution dwell, int capacity, Distribution handling, double targetCover) {
            this(name, dwell, capacity, handling, targetCover, Policy.BASE_STOCK);
        }

        /** True for a stock point: held against a target and released on demand. */
        public boolean hasTarget() {
            return !Double.isNaN(targetCover);
        }

        /** The target stock in packs: the cover in working time over the consuming line's takt, rounded up. */
        public int targetPacks(double consumerTakt) {
            return hasTarget() ? (int) Math.ceil(targetCover / consumerTakt - 1e-9) : 0;
        }

        /** The least time a pack stays: dwell and handling. A stock point's stock adds to it (see LogisticsSpec). */
        @Override
        public double meanDelay(double vehicleTakt) {
            return dwell.mean() + handling.mean();
        }
    }

    /**
     * Trucks between two sites: {@code fleet} trucks of {@code truckCapacity} packs; a truck leaves when full, or when
     * the oldest pack at the dock has waited {@code maxWait} (infinite: full loads only), and comes back empty. Its
     * times are either given ({@code transit}, {@code returnTrip}) or follow from the distance: loading, driving at
     * {@code speedKmh} (km/h) with a {@code rest} after every {@code maxDrive} of driving, unloading; back the same
     * way without loading and unloading. A given transit overrides the distance.
     */
    record Road(String name, int truckCapacity, int fleet, double maxWait, double distanceKm, Distribution transit,
            Distribution returnTrip, Distribution speedKmh, Distribution loading, Distribution unloading,
            double maxDrive, double rest) implements StageSpec {

        /** Driving-hours rule by default: a 20 min rest after 4 h of continuous driving (China, heavy goods). */
        public static final double MAX_DRIVE = 4 * Durations.HOUR;
        public static final double REST = 20 * 60.0;

        /** A road with given transit and return times, as before distance took time. */
        public Road(String name, int truckCapacity, int fleet, double maxWait, double distanceKm, Distribution transit,
                Distribution returnTrip) {
            this(name, truckCapacity, fleet, maxWait, distanceKm, transit, returnTrip, null,
                    new Distribution.Constant(0), new Distribution.Constant(0), MAX_DRIVE, REST);
        }

        /** True when the times follow from distance and speed (no transit given). */
        public boolean timedByDistance() {
            return transit == null;
        }

        /** Driving time plus the rests the driving-hours rule demands, for a drive of {@code driving} seconds. */
        public double withRests(double driving) {
            if (!(driving > maxDrive)) {
                return driving;
            }
            return driving + (Math.ceil(driving / maxDrive - 1e-9) - 1) * rest;
        }

        /** Mean loaded leg, from the dock to the next stage: given transit, or loading + driving + rests + unloading. */
        public double meanTransit() {
            if (!timedByDistance()) {
                return transit.mean();
            }
            return loading.mean() + withRests(distanceKm / speedKmh.mean() * Durations.HOUR) + unloading.mean();
        }

        /** Mean empty leg back. */
        public double meanReturn() {
            if (!timedByDistance()) {
                return returnTrip.mean();
            }
            return withRests(distanceKm / speedKmh.mean() * Durations.HOUR);
        }

        /** Transit plus the time a load takes to fill at the vehicle takt (capped by maxWait). */
        @Override
        public double meanDelay(double vehicleTakt) {
            return meanTransit() + Math.min(truckCapacity * vehicleTakt, maxWait);
        }

        /** Packs the fleet can carry per second on average: fleet x capacity over the mean round trip. */
        public double capacityPerSecond() {
            double round = meanTransit() + meanReturn();
            return round > 0 ? fleet * (double) truckCapacity / round : Double.POSITIVE_INFINITY;
        }
    }
}
