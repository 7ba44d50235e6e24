package org.fifsim.model;

/**
 * Every statistic of one replication, as plain fields (DSOL's Sim* statistics bind into a naming context and cost a
 * third of the run time). Counters named {@code total*} run from time zero for the pack balance; the others restart
 * at the end of the warm-up.
 */
final class Measures {
    long totalStarted;
    long totalGood;
    long totalScrapped;
    long totalInstalled;

    long started;
    long good;
    long scrapped;
    long reworked;
    long installed;
    long truckTrips;

    long ordersArrived;
    long sequenceMisses;
    long vehiclesReworked;
    double deliverySum;
    long deliveryCount;
    /** Order to delivery, seconds. */
    final LogHistogram deliveries = new LogHistogram();
    /** Orders waiting in the bank (not yet in the frozen sequence). */
    final TimeAverage orderBank = new TimeAverage();
    /** 1 while the vehicle line is in working time and has no order due to build. */
    final TimeAverage vehicleNoOrder = new TimeAverage();

    long incidents;
    /** Time from drift to detection summed over the incidents detected: the part of the renewal cycle after every. */
    double detectionLagSum;
    long suspectPacks;
    long vehiclesRecalled;
    long quarantinedPacks;
    long packsInspected;
    long quarantineReworked;
    long quarantineScrapped;
    double vehiclesLost;

    double leadTimeSum;
    long leadTimeCount;
    final LogHistogram leadTimes = new LogHistogram();

    final TimeAverage pipeline = new TimeAverage();
    final TimeAverage lineSide = new TimeAverage();
    /** Packs held in quarantine, inspection or rework after a detected drift: in the pipeline, not in transit. */
    final TimeAverage quarantine = new TimeAverage();
    final TimeAverage packLineWip = new TimeAverage();
    /** 1 while the vehicle line is in working time and waits for a pack. */
    final TimeAverage vehicleStarved = new TimeAverage();
    /** 1 while the vehicle line is in working time. */
    final TimeAverage vehicleWorking = new TimeAverage();
    /** 1 while the pack line is in working time. */
    final TimeAverage packWorking = new TimeAverage();
    /** 1 while the pack line is in working time and at least one station is down. */
    final TimeAverage packDownWorking = new TimeAverage();
    /** 1 while the vehicle line is in working time and stopped by a stoppage of its own. */
    final TimeAverage vehicleDownWorking = new TimeAverage();
    /** Vehicle demand rate (1/takt while working): its integral from time zero is the cumulative demand. */
    final TimeAverage demandSinceStart = new TimeAverage();

    void restart(double now) {
        started = 0;
        good = 0;
        scrapped = 0;
        reworked = 0;
        installed = 0;
        truckTrips = 0;
        ordersArrived = 0;
        incidents = 0;
        detectionLagSum = 0;
        suspectPacks = 0;
        vehiclesRecalled = 0;
        quarantinedPacks = 0;
        packsInspected = 0;
        quarantineReworked = 0;
        quarantineScrapped = 0;
        vehiclesLost = 0;
        sequenceMisses = 0;
        vehiclesReworked = 0;
        deliverySum = 0;
        deliveryCount = 0;
        deliveries.clear();
        orderBank.restart(now);
        vehicleNoOrder.restart(now);
        leadTimeSum = 0;
        leadTimeCount = 0;
        leadTimes.clear();
        pipeline.restart(now);
        lineSide.restart(now);
        quarantine.restart(now);
        packLineWip.restart(now);
        vehicleStarved.restart(now);
        vehicleWorking.restart(now);
        packWorking.restart(now);
        packDownWorking.restart(now);
        vehicleDownWorking.restart(now);
    }

    /** The audit trail, or null (the usual case: one null check per traced event). */
    Trace trace;

    void trace(double time, String component, String event, long packId) {
        if (trace != null) {
            trace.record(time, component, event, packId);
        }
    }

    void orderDelivered(double seconds) {
        deliverySum += seconds;
        deliveryCount++;
        deliveries.add(seconds);
    }

    void leadTime(double seconds) {
        leadTimeSum += seconds;
        leadTimeCount++;
        leadTimes.add(seconds);
    }
}
