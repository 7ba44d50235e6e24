package org.fifsim.properties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fifsim.results.Kpis;
import org.fifsim.results.ReplicationResult;
import org.fifsim.results.TimeSeries;

/**
 * What must hold for every replication of every valid scenario, whatever its numbers. Each check returns the
 * violations it found (empty: all good), so a failing property names every broken rule at once and the checker
 * itself can be tested on hand-made bad results.
 */
final class Invariants {
    private Invariants() {
    }

    /** Lead-time KPIs are undefined (NaN) when no pack reached the line-side after the warm-up. */
    static boolean isLeadTime(String kpi) {
        return kpi.startsWith("lead_time");
    }

    static List<String> check(ReplicationResult r) {
        List<String> v = new ArrayList<>();
        String rep = "replication " + r.replication() + ": ";
        ReplicationResult.PackBalance b = r.balance();
        if (!b.balances()) {
            v.add(rep + "pack balance does not balance: " + b);
        }
        if (b.installed() > b.good() + b.initialStock()) {
            v.add(rep + "more vehicles built (" + b.installed() + ") than good packs plus initial stock ("
                    + b.good() + " + " + b.initialStock() + ")");
        }
        if (b.started() < 0 || b.good() < 0 || b.scrapped() < 0 || b.inProcess() < 0 || b.installed() < 0
                || b.inPipeline() < 0) {
            v.add(rep + "negative pack count: " + b);
        }
        boolean packReachedLineSide = r.leadTimes().total() > 0;
        for (Map.Entry<String, Double> e : r.kpis().asMap().entrySet()) {
            String name = e.getKey();
            double x = e.getValue();
            if (name.startsWith("order_to_delivery") && Double.isNaN(x)) {
                // with orders every vehicle built delivers one: undefined only when none was built after the warm-up
                if (r.kpi(Kpis.VEHICLES_BUILT) > 0) {
                    v.add(rep + name + " is NaN although " + r.kpi(Kpis.VEHICLES_BUILT) + " vehicles were built");
                }
                continue;
            }
            if (isLeadTime(name) && Double.isNaN(x)) {
                if (packReachedLineSide) {
                    v.add(rep + name + " is NaN although " + r.leadTimes().total() + " packs reached the line-side");
                }
                continue;
            }
            if (name.endsWith("_per_pack_cny") || name.endsWith("_per_pack_kg") || name.startsWith("co2_per_kwh")) {
                // per good pack: undefined when the replication made none
                boolean noGoodPack = r.kpi(Kpis.PACKS_GOOD) == 0;
                if (Double.isNaN(x) != noGoodPack) {
                    v.add(rep + name + " is " + x + " with " + r.kpi(Kpis.PACKS_GOOD) + " good packs");
                }
                continue;
            }
            if (name.equals(Kpis.COST_PER_VEHICLE_CNY)) {
                // per vehicle built: undefined when the replication built none
                boolean noVehicle = r.kpi(Kpis.VEHICLES_BUILT) == 0;
                if (Double.isNaN(x) != noVehicle) {
                    v.add(rep + name + " is " + x + " with " + r.kpi(Kpis.VEHICLES_BUILT) + " vehicles built");
                }
                continue;
            }
            if (name.endsWith("_per_incident")) {
                // per quality incident: undefined when the measured time saw none
                boolean noIncident = r.kpis().getOrDefault(Kpis.QUALITY_INCIDENTS_REALISED, 0.0) == 0;
                if (Double.isNaN(x) != noIncident) {
                    v.add(rep + name + " is " + x + " with " + r.kpis().find(Kpis.QUALITY_INCIDENTS_REALISED)
                            + " incidents");
                }
                continue;
            }
            value(v, rep + "KPI ", name, x, Kpis.unitOf(name));
        }
        if (!packReachedLineSide && r.kpis().has(Kpis.LEAD_TIME_H)
                && !Double.isNaN(r.kpi(Kpis.LEAD_TIME_H))) {
            v.add(rep + "lead_time_h is " + r.kpi(Kpis.LEAD_TIME_H) + " although no pack reached the line-side");
        }
        Double p50 = r.kpis().find(Kpis.LEAD_TIME_P50_H);
        Double p95 = r.kpis().find(Kpis.LEAD_TIME_P95_H);
        if (p50 != null && p95 != null && p50 > p95) {
            v.add(rep + "lead-time median " + p50 + " above its 95th percentile " + p95);
        }
        for (Map.Entry<String, Double> e : r.details().columns().entrySet()) {
            value(v, rep + "detail ", e.getKey(), e.getValue(), Kpis.unitOf(e.getKey()));
        }
        for (Map.Entry<String, Double> e : r.activity().flat().entrySet()) {
            value(v, rep + "activity ", e.getKey(), e.getValue(), "");
        }
        TimeSeries s = r.series();
        if (s.timeHours().length > TimeSeries.MAX_POINTS) {
            v.add(rep + "time series has " + s.timeHours().length + " points, above " + TimeSeries.MAX_POINTS);
        }
        for (Map.Entry<String, double[]> e : s.values().entrySet()) {
            if (e.getValue().length != s.timeHours().length) {
                v.add(rep + "series " + e.getKey() + " has " + e.getValue().length + " values for "
                        + s.timeHours().length + " times");
            }
            for (double x : e.getValue()) {
                if (!Double.isFinite(x) || x < 0) {
                    v.add(rep + "series " + e.getKey() + " has value " + x);
                    break;
                }
            }
        }
        return v;
    }

    /** A fraction in [0, 1]; any other quantity (count, flow, stock, cost, carbon, energy) finite and not negative. */
    private static void value(List<String> v, String what, String name, double x, String unit) {
        if ("fraction".equals(unit)) {
            if (!(x >= 0 && x <= 1)) {
                v.add(what + name + " = " + x + ", not a fraction in [0, 1]");
            }
        } else if (!Double.isFinite(x) || x < 0) {
            v.add(what + name + " = " + x + ", not finite and >= 0");
        }
    }

    /** Differences between two results of the same replication (empty: identical to the last bit). */
    static List<String> differences(ReplicationResult a, ReplicationResult b) {
        List<String> d = new ArrayList<>();
        String rep = "replication " + a.replication() + ": ";
        if (a.replication() != b.replication()) {
            d.add("replication numbers " + a.replication() + " and " + b.replication());
        }
        if (!a.kpis().equals(b.kpis())) {
            d.add(rep + "KPIs " + a.kpis() + " vs " + b.kpis());
        }
        if (!a.details().equals(b.details())) {
            d.add(rep + "details differ");
        }
        if (!a.activity().equals(b.activity())) {
            d.add(rep + "activity differs");
        }
        if (!Objects.equals(a.balance(), b.balance())) {
            d.add(rep + "balance " + a.balance() + " vs " + b.balance());
        }
        if (a.events() != b.events()) {
            d.add(rep + "events " + a.events() + " vs " + b.events());
        }
        if (!Arrays.equals(a.series().timeHours(), b.series().timeHours())
                || !a.series().values().keySet().equals(b.series().values().keySet())
                || a.series().values().entrySet().stream()
                        .anyMatch(e -> !Arrays.equals(e.getValue(), b.series().get(e.getKey())))) {
            d.add(rep + "time series differ");
        }
        if (!Arrays.equals(a.leadTimes().counts(), b.leadTimes().counts())
                || !Arrays.equals(a.leadTimes().lower(), b.leadTimes().lower())) {
            d.add(rep + "lead-time histograms differ");
        }
        if (!a.profiles().equals(b.profiles())) {
            d.add(rep + "profiles differ");
        }
        return d;
    }
}
