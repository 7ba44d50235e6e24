package org.fifsim.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fifsim.results.Kpis;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Durations;
import org.fifsim.scenario.Scenario;

/**
 * The built-in checks a reader can trust the numbers by: conservation of packs, Little's law on the stock in
 * transit, no vehicle without a pack, and shares that are shares. Each runs over every replication and reports the
 * worst case.
 */
public final class ModelChecks {
    /** Little's law tolerance: time-averaged stock against throughput x mean lead time. */
    public static final double LITTLE_TOLERANCE = 0.03;
    /** Lead time over measured time beyond which edge effects may exceed a per cent. */
    static final double EDGE_LIMIT = 0.01;
    private static final double EPS = 1e-9;

    private ModelChecks() {
    }

    public static List<CheckResult> of(Scenario scenario, List<ReplicationResult> results) {
        List<CheckResult> out = new ArrayList<>();
        out.add(packBalance(results));
        out.add(littlesLaw(results, scenario.run().measuredSeconds() / Durations.HOUR));
        out.add(noVehicleWithoutPack(scenario, results));
        out.add(fractions(results));
        return out;
    }

    static CheckResult packBalance(List<ReplicationResult> results) {
        String name = "Pack balance";
        List<Integer> bad = new ArrayList<>();
        for (ReplicationResult r : results) {
            if (r.balance() != null && !r.balance().balances()) {
                bad.add(r.replication());
            }
        }
        if (!bad.isEmpty()) {
            return CheckResult.of(name, false, "packs lost or made up in replication(s) " + bad
                    + ": started must equal good + scrapped + in process, and good + initial stock must equal "
                    + "installed + in the pipeline");
        }
        return CheckResult.of(name, true, "in all " + results.size() + " replications every pack started is good, "
                + "scrapped or in process, and every good pack (plus the initial stock) is installed or in the "
                + "pipeline");
    }

    /**
     * Little's law on the stock between end-of-line and line-side: the pipeline less the line-side and less the packs
     * held in quarantine (those are past the line-side door, whose first arrival ends the lead time). Over a finite
     * run it holds only up to edge effects of the order of lead time / measured time (packs in transit at the start
     * and at the end), so when that ratio could explain a miss the check says it cannot judge rather than fail.
     */
    static CheckResult littlesLaw(List<ReplicationResult> results, double measuredHours) {
        String name = "Little's law on the stock in transit";
        double worst = 0;
        int worstRep = -1;
        int judged = 0;
        String worstText = "";
        for (ReplicationResult r : results) {
            Double pipeline = r.kpis().find(Kpis.PIPELINE_PACKS);
            Double lineSide = r.kpis().find(Kpis.LINE_SIDE_PACKS);
            Double good = r.kpis().find(Kpis.PACKS_GOOD);
            Double lead = r.kpis().find(Kpis.LEAD_TIME_H);
            if (pipeline == null || lineSide == null || good == null || lead == null || !Double.isFinite(lead)
                    || !Double.isFinite(pipeline) || !Double.isFinite(lineSide) || !Double.isFinite(good)) {
                continue;
            }
            Double held = r.kpis().find(Kpis.QUARANTINE_PACKS);
            double quarantine = held == null || !Double.isFinite(held) ? 0 : held;
            double observed = pipeline - lineSide - quarantine;
            double expected = good / 8760.0 * lead;
            if (expected <= 0) {
                continue;
            }
            judged++;
            double dev = Math.abs(observed - expected) / expected;
            if (dev >= worst) {
                worst = dev;
                worstRep = r.replication();
                worstText = Numbers.format(observed, 1) + " packs in transit against " + Numbers.format(expected, 1)
                        + " = " + Numbers.format(good / 8760.0, 1) + " packs/h \u00d7 " + Numbers.format(lead, 3) + " h";
            }
        }
        if (judged == 0) {
            return CheckResult.notApplicable(name, "needs pipeline_packs, line_side_packs, packs_good and a finite "
                    + "lead_time_h in at least one replication");
        }
        boolean ok = worst <= LITTLE_TOLERANCE;
        double edge = maxLead(results) / measuredHours;
        if (!ok && edge > EDGE_LIMIT) {
            return CheckResult.notApplicable(name, "the lead time is " + Numbers.percent(edge) + " of the measured "
                    + "time, so edge effects of that order hide a " + Numbers.percent(LITTLE_TOLERANCE) + " check "
                    + "(worst deviation " + Numbers.percent(worst) + "); run longer to judge it");
        }
        return CheckResult.of(name, ok, "pipeline_packs \u2212 line_side_packs \u2212 quarantine_packs \u2248"
                + " packs_good/8760 \u00d7 lead_time_h"
                + " within " + Numbers.percent(LITTLE_TOLERANCE) + ": worst deviation " + Numbers.percent(worst)
                + " (replication " + worstRep + ": " + worstText + ")");
    }

    private static double maxLead(List<ReplicationResult> results) {
        return results.stream().map(r -> r.kpis().find(Kpis.LEAD_TIME_H)).filter(v -> v != null && Double.isFinite(v))
                .mapToDouble(Double::doubleValue).max().orElse(0);
    }

    static CheckResult noVehicleWithoutPack(Scenario scenario, List<ReplicationResult> results) {
        String name = "No vehicle without a pack";
        double measuredYears = scenario.run().measuredSeconds() / Durations.YEAR;
        // line-side stock and the stock points' targets are on hand at time zero
        long initial = scenario.logistics().initialStock()
                + scenario.logistics().initialStoreStock(scenario.vehicleLine().takt(),
                        scenario.vehicleLine().calendar().workingShare());
        // with orders the packs of the frozen sequence are on hand at time zero too (the replication's balance says so)
        for (ReplicationResult r : results) {
            initial = Math.max(initial, r.balance().initialStock());
        }
        double stockRate = measuredYears > 0 ? initial / measuredYears : 0;
        int judged = 0;
        double worstMargin = Double.POSITIVE_INFINITY;
        List<Integer> bad = new ArrayList<>();
        for (ReplicationResult r : results) {
            Double vehicles = r.kpis().find(Kpis.VEHICLES_BUILT);
            Double good = r.kpis().find(Kpis.PACKS_GOOD);
            if (vehicles == null || good == null || !Double.isFinite(vehicles) || !Double.isFinite(good)) {
                continue;
            }
            judged++;
            double margin = good + stockRate - vehicles;
            worstMargin = Math.min(worstMargin, margin);
            if (margin < -EPS * Math.max(1, Math.abs(good))) {
                bad.add(r.replication());
            }
        }
        if (judged == 0) {
            return CheckResult.notApplicable(name, "needs vehicles_built and packs_good");
        }
        String rule = "vehicles_built \u2264 packs_good + initial stock (" + initial
                + " packs, " + Numbers.format(stockRate, 0) + " per measured year)";
        if (!bad.isEmpty()) {
            return CheckResult.of(name, false, rule + " fails in replication(s) " + bad);
        }
        return CheckResult.of(name, true, rule + " in every replication; smallest margin "
                + Numbers.format(worstMargin, 0) + " per year");
    }

    static CheckResult fractions(List<ReplicationResult> results) {
        String name = "Fractions between 0 and 1";
        int checked = 0;
        List<String> bad = new ArrayList<>();
        for (ReplicationResult r : results) {
            for (Map<String, Double> m : List.of(r.kpis().asMap(), r.details().columns())) {
                for (Map.Entry<String, Double> e : m.entrySet()) {
                    if (!"fraction".equals(Kpis.unitOf(e.getKey())) || e.getValue() == null
                            || Double.isNaN(e.getValue())) {
                        continue;
                    }
                    checked++;
                    double v = e.getValue();
                    if (v < -EPS || v > 1 + EPS) {
                        bad.add(e.getKey() + " = " + v + " (replication " + r.replication() + ")");
                    }
                }
            }
        }
        if (checked == 0) {
            return CheckResult.notApplicable(name, "no KPI or detail measured as a fraction");
        }
        if (!bad.isEmpty()) {
            return CheckResult.of(name, false, bad.size() + " of " + checked + " values outside [0, 1], e.g. "
                    + bad.get(0));
        }
        return CheckResult.of(name, true, "all " + checked + " fractions and time shares (KPIs and per-station "
                + "shares, every replication) lie in [0, 1]");
    }
}
