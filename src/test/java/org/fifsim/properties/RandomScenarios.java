package org.fifsim.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random valid scenarios, as YAML text (what a user writes), for property-based tests. Each generated value prints
 * as its YAML, so a falsified property shows a file one can save and run.
 *
 * <p>Ranges: 1-4 stations with constant, exponential or triangular cycle times of 20-80 s, optional breakdowns (clock
 * or operating), buffers 0-5, yield 0.8-1, rework 0-1, vehicle takt 30-90 s, optional calendars on either line, a
 * co-located transfer or a remote pipeline of 1-4 store/road/transfer stages (stores with optional handling and
 * target cover, roads timed by transit or by distance and speed) with optional road closures, safety stock 0-200,
 * an optional cell leg, optional PV and storage, optional customer orders with 1-3 variants, an optional quality
 * drift of the first station; horizon 1-3 days, warm-up 1-6 h, 1-2 replications.
 */
final class RandomScenarios {
    private RandomScenarios() {
    }

    /** A generated scenario: its YAML and how many replications it asks for. */
    record Generated(String yaml, int replications) {
        @Override
        public String toString() {
            return "\n" + yaml;
        }
    }

    static Arbitrary<Generated> scenarios() {
        Arbitrary<Generated> run = Combinators.combine(Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(1, 6), Arbitraries.integers().between(1, 2),
                Arbitraries.longs().between(0, 1_000_000_000L))
                .as((days, warmupH, reps, seed) -> new Generated(String.format(Locale.ROOT,
                        "run: {horizon: %dd, warmup: %dh, replications: %d, seed: %d}%n", days, warmupH, reps, seed),
                        reps));
        Arbitrary<String> vehicle = Combinators.combine(Arbitraries.integers().between(30, 90), calendar())
                .as((takt, cal) -> "vehicle_line:\n  takt: " + takt + "s\n" + cal);
        Arbitrary<String> packLine = Combinators.combine(station().list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.integers().between(0, 5), Arbitraries.integers().between(800, 1000),
                Arbitraries.integers().between(0, 100), calendar())
                .as((stations, buffer, yieldPermille, reworkPercent, cal) -> {
                    StringBuilder b = new StringBuilder("pack_line:\n  buffer: " + buffer + "\n  stations:\n");
                    for (int i = 0; i < stations.size(); i++) {
                        b.append("    - {name: s").append(i + 1).append(", ").append(stations.get(i)).append("}\n");
                    }
                    b.append(String.format(Locale.ROOT, "  yield: %.3f%n  rework: %.2f%n", yieldPermille / 1000.0,
                            reworkPercent / 100.0));
                    return b.append(cal).toString();
                });
        Arbitrary<String> logistics = Combinators.combine(Arbitraries.oneOf(coLocated(), remote()),
                Arbitraries.integers().between(0, 200))
                .as((body, safety) -> "logistics:\n" + body + "  safety_stock: " + safety + "\n");
        return Combinators.combine(run, vehicle, packLine, logistics, cells().optional(), energy(),
                orders().optional(), quality().optional())
                .as((r, v, p, l, c, e, o, q) -> new Generated("name: prop\n" + r.yaml() + v + p + l + c.orElse("")
                        + e + o.orElse("") + q.orElse(""), r.replications()));
    }

    /**
     * Customer orders (interarrival 30-120 s, frozen 1-8 h, a miss waits or is reworked) with 1-3 variants of their
     * own kWh, value, mass and, sometimes, cycle-time factor; shares add up to 1.
     */
    private static Arbitrary<String> orders() {
        Arbitrary<String> variant = Combinators.combine(Arbitraries.integers().between(40, 110),
                Arbitraries.integers().between(300, 800), Arbitraries.integers().between(80, 120).optional())
                .as((kwh, cnyPerKwh, factorPercent) -> "kwh: " + kwh + ", value_cny: " + kwh * cnyPerKwh
                        + ", mass_kg: " + kwh * 7 + factorPercent.map(f -> ", cycle_factor: " + f / 100.0).orElse(""));
        Arbitrary<String> miss = Arbitraries.oneOf(Arbitraries.just("wait"),
                duration(600, 4 * 3600).map(t -> "rework\n  rework_time: " + t));
        return Combinators.combine(duration(30, 120), Arbitraries.integers().between(1, 8), miss,
                variant.list().ofMinSize(1).ofMaxSize(3))
                .as((interarrival, frozenH, m, variants) -> {
                    StringBuilder b = new StringBuilder("orders:\n  interarrival: " + interarrival
                            + "\n  frozen_horizon: " + frozenH + "h\n  sequence_miss: " + m + "\nvariants:\n");
                    // shares in whole percent that add up to exactly 100
                    int left = 100;
                    for (int i = 0; i < variants.size(); i++) {
                        int share = i == variants.size() - 1 ? left : 100 / variants.size();
                        left -= share;
                        b.append("  - {name: v").append(i + 1).append(", share: ").append(share / 100.0).append(", ")
                                .append(variants.get(i)).append("}\n");
                    }
                    return b.toString();
                });
    }

    /** A drift of the first station every 1-5 days, found at the vehicle end-of-line or at the pack line's end. */
    private static Arbitrary<String> quality() {
        Arbitrary<String> detection = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 8).map(h -> "{point: vehicle_eol, after_install: " + h
                        + "h, delay: 1h}"),
                Arbitraries.just("{point: pack_eol, delay: 30min}"));
        return Combinators.combine(Arbitraries.integers().between(1, 5), detection,
                Arbitraries.integers().between(0, 20), Arbitraries.integers().between(1, 8),
                Arbitraries.integers().between(0, 100))
                .as((everyDays, d, badPercent, stations, reworkPercent) -> "quality:\n  station: s1\n  every: "
                        + "{exponential: " + everyDays + "d}\n  detection: " + d + "\n  bad_share: "
                        + badPercent / 100.0 + "\n  inspection: {time: 15min, stations: " + stations
                        + ", cny_per_pack: 300}\n  rework_share: " + reworkPercent / 100.0
                        + "\n  rework_time: 2h\n  recall_cny_per_vehicle: 3000\n");
    }

    /** A duration in seconds with a unit the reader accepts. */
    private static String s(int seconds) {
        return seconds + "s";
    }

    /** Constant, exponential or triangular, every value within [lo, hi] seconds (the exponential's mean). */
    private static Arbitrary<String> duration(int lo, int hi) {
        Arbitrary<String> constant = Arbitraries.integers().between(lo, hi).map(RandomScenarios::s);
        Arbitrary<String> exponential = Arbitraries.integers().between(lo, hi).map(m -> "{exponential: " + s(m) + "}");
        Arbitrary<String> triangular = Arbitraries.integers().between(lo, hi - 1)
                .flatMap(min -> Arbitraries.integers().between(min + 1, hi)
                        .flatMap(max -> Arbitraries.integers().between(min, max)
                                .map(mode -> "{triangular: [" + s(min) + ", " + s(mode) + ", " + s(max) + "]}")));
        return Arbitraries.oneOf(constant, exponential, triangular);
    }

    private static Arbitrary<String> station() {
        Arbitrary<String> breakdown = Combinators.combine(Arbitraries.integers().between(3600, 24 * 3600),
                Arbitraries.integers().between(120, 3600), Arbitraries.of(false, true))
                .as((mtbf, mttr, operating) -> ", mtbf: {exponential: " + s(mtbf) + "}, mttr: {exponential: " + s(mttr)
                        + "}" + (operating ? ", failure_clock: operating" : ""));
        return Combinators.combine(duration(20, 80), breakdown.optional())
                .as((cycle, b) -> "cycle_time: " + cycle + b.orElse(""));
    }

    /** Either no calendar (24/7) or a weekly pattern, as an indented block for the enclosing section. */
    private static Arbitrary<String> calendar() {
        Arbitrary<String> cal = Combinators.combine(Arbitraries.integers().between(8, 24),
                Arbitraries.integers().between(5, 7), Arbitraries.integers().between(0, 23))
                .as((hours, days, start) -> "  calendar: {hours_per_day: " + hours + ", days_per_week: " + days
                        + ", start_hour: " + start + "}\n");
        return Arbitraries.oneOf(Arbitraries.just(""), cal);
    }

    private static Arbitrary<String> coLocated() {
        return duration(60, 3600).map(t -> "  mode: co-located\n  transfer: " + t + "\n");
    }

    private static Arbitrary<String> remote() {
        Arbitrary<String> store = Combinators.combine(duration(600, 12 * 3600).optional(),
                Arbitraries.integers().between(50, 5000).optional(), duration(600, 4 * 3600).optional(),
                Arbitraries.integers().between(1, 24).optional())
                .as((dwell, cap, handling, coverH) -> "type: store" + dwell.map(d -> ", dwell: " + d).orElse("")
                        + handling.map(h -> ", handling: " + h).orElse("")
                        + coverH.map(c -> ", target_cover: " + c + "h").orElse("")
                        + cap.map(c -> ", capacity: " + c).orElse(""));
        Arbitrary<String> times = Arbitraries.oneOf(
                Combinators.combine(duration(1800, 6 * 3600), duration(1800, 6 * 3600).optional())
                        .as((transit, back) -> ", transit: " + transit + back.map(x -> ", return_trip: " + x)
                                .orElse("")),
                Combinators.combine(Arbitraries.integers().between(20, 90), duration(60, 3600).optional())
                        .as((speed, loading) -> ", speed_kmh: " + speed + loading.map(l -> ", loading: " + l
                                + ", unloading: " + l).orElse("")));
        Arbitrary<String> road = Combinators.combine(Arbitraries.integers().between(1, 40),
                Arbitraries.integers().between(1, 30), Arbitraries.integers().between(1800, 6 * 3600).optional(),
                Arbitraries.integers().between(1, 500), times)
                .as((cap, fleet, maxWait, km, t) -> "type: road, truck_capacity: " + cap + ", fleet: "
                        + fleet + maxWait.map(w -> ", max_wait: " + s(w)).orElse("") + ", distance_km: " + km + t);
        Arbitrary<String> transfer = duration(300, 7200).map(d -> "type: transfer, delay: " + d);
        Arbitrary<String> closure = Combinators.combine(Arbitraries.integers().between(1, 5),
                Arbitraries.integers().between(1, 23))
                .as((everyDays, hours) -> "  disruptions:\n    - {name: closure, every: {exponential: " + everyDays
                        + "d}, duration: {triangular: [30min, " + hours + "h, 24h]}}\n");
        return Combinators.combine(Arbitraries.oneOf(store, road, transfer).list().ofMinSize(1).ofMaxSize(4),
                closure.optional())
                .as((stages, c) -> {
                    List<String> lines = new ArrayList<>();
                    for (int i = 0; i < stages.size(); i++) {
                        lines.add("    - {name: st" + (i + 1) + ", " + stages.get(i) + "}\n");
                    }
                    boolean hasRoad = stages.stream().anyMatch(x -> x.startsWith("type: road"));
                    return "  mode: remote\n  stages:\n" + String.join("", lines) + (hasRoad ? c.orElse("") : "");
                });
    }

    /** A cell leg: 1-500 km, a small or ample fleet, a cover of 1-24 h, optionally closed now and then. */
    private static Arbitrary<String> cells() {
        return Combinators.combine(Arbitraries.integers().between(1, 500), Arbitraries.integers().between(1, 40),
                Arbitraries.integers().between(1, 30), Arbitraries.integers().between(20, 90),
                Arbitraries.integers().between(1, 24), Arbitraries.of(false, true))
                .as((km, cap, fleet, speed, coverH, closed) -> "cell_supply:\n  distance_km: " + km
                        + "\n  cell_mass_kg: 450\n  road: {truck_capacity: " + cap + ", fleet: " + fleet
                        + ", speed_kmh: " + speed + "}\n  store: {handling: 30min, target_cover: " + coverH + "h}\n"
                        + (closed ? "  disruptions: [{name: flood, every: {exponential: 2d}, duration: 6h}]\n" : ""));
    }

    /** No energy section (defaults), or PV, optionally with storage. */
    private static Arbitrary<String> energy() {
        Arbitrary<String> pv = Combinators.combine(Arbitraries.integers().between(1, 20),
                Arbitraries.integers().between(0, 5000).optional())
                .as((gwhTenths, storage) -> "energy:\n  pv: {annual_kwh: " + gwhTenths * 100_000 + "}\n"
                        + storage.map(kwh -> "  storage: {capacity_kwh: " + kwh + "}\n").orElse(""));
        return Arbitraries.oneOf(Arbitraries.just(""), pv);
    }
}
