package org.fifsim.scenario.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fifsim.scenario.Distribution;
import org.fifsim.scenario.Keys;
import org.fifsim.scenario.LogisticsSpec;
import org.fifsim.scenario.OrdersSpec;
import org.fifsim.scenario.PackLineSpec;
import org.fifsim.scenario.QualitySpec;
import org.fifsim.scenario.StageSpec;
import org.fifsim.scenario.StationSpec;
import org.fifsim.scenario.VariantSpec;
import org.fifsim.scenario.VehicleLineSpec;

/**
 * Reads the {@code orders}, {@code variants} and {@code quality} sections. Without them a scenario has an endless
 * order book for one pack and no quality incidents, exactly as before they existed.
 */
final class OrdersReader {
    static final int MAX_VARIANTS = Keys.MAX_VARIANTS;
    static final int MAX_BANK = Keys.MAX_BANK;

    private OrdersReader() {
    }

    /** The orders and their variants, or null when the file has neither section. */
    static OrdersSpec orders(Fields top, PackLineSpec packLine, LogisticsSpec logistics, VehicleLineSpec vehicle,
            List<Problem> warnings) {
        boolean kanbanProduction = logistics.production().kanban();
        double takt = vehicle.takt();
        boolean hasOrders = top.has("orders");
        boolean hasVariants = top.has("variants");
        if (!hasOrders) {
            top.raw("orders");
            if (hasVariants) {
                top.problem(top.raw("variants"), "variants", "need an orders section (orders.interarrival)");
            }
            top.raw("variants");
            return null;
        }
        Fields f = top.section("orders");
        Distribution interarrival = arrivals(f, takt);
        double frozen = f.duration("frozen_horizon");
        String miss = f.choice("sequence_miss");
        Distribution rework = f.distribution("rework_time");
        if (f.has("rework_time") && miss.equals("wait")) {
            f.problem(f.raw("rework_time"), "rework_time", "applies only with sequence_miss: rework");
        }
        boolean hasStock = logistics.stages().stream().anyMatch(st -> st instanceof StageSpec.Store s && s.hasTarget());
        String from = f.choice("packs_from", hasStock ? "stock" : "pack_line");
        OrdersSpec.PacksFrom packsFrom = from.equals("stock") ? OrdersSpec.PacksFrom.STOCK
                : OrdersSpec.PacksFrom.PACK_LINE;
        if (packsFrom == OrdersSpec.PacksFrom.STOCK && !hasStock) {
            f.problem(f.raw("packs_from"), "packs_from", "'stock' needs a stock point (a logistics store with"
                    + " target_cover) to call packs off from; use 'pack_line'");
        } else if (packsFrom == OrdersSpec.PacksFrom.STOCK && !logistics.lineSide().kanban()) {
            f.problem(f.has("packs_from") ? f.raw("packs_from") : null, "packs_from", "with 'stock' the line-side"
                    + " is supplied by the sequence's call-offs: logistics.line_side_replenishment must be kanban"
                    + " (the default), or use packs_from: pack_line");
        }
        int slots = (int) Math.max(1, Math.ceil(frozen / takt - 1e-9));
        int bank = (int) f.integer("initial_bank", Math.min(slots, MAX_BANK));
        if (!kanbanProduction) {
            f.problems().add(new Problem(f.at(), "orders", "the pack line builds to the frozen sequence:"
                    + " logistics.replenishment must be kanban (the default)", null));
        }
        f.finish();
        List<VariantSpec> variants = hasVariants ? variants(top, packLine) : List.of(VariantSpec.single());
        if (!hasVariants) {
            top.raw("variants");
        }
        if (f.problems().isEmpty()) {
            SequenceWarnings.check(frozen, packsFrom, logistics, packLine, vehicle, f, warnings);
        }
        return new OrdersSpec(interarrival, frozen, miss.equals("rework") ? OrdersSpec.Miss.REWORK
                : OrdersSpec.Miss.WAIT, rework, bank, variants, packsFrom);
    }

    /**
     * Either {@code interarrival} (a duration distribution) or {@code load}: Poisson arrivals at that share of the
     * vehicle line's rate at its takt, so the order rate follows the takt when a sweep varies it.
     */
    private static Distribution arrivals(Fields f, double takt) {
        if (f.has("interarrival") && f.has("load")) {
            f.problem(f.raw("load"), "load", "give either orders.interarrival or orders.load, not both (in an extending file, set the other to ~)");
            return new Distribution.Constant(1);
        }
        if (f.has("load")) {
            double load = f.number("load", 1);
            return new Distribution.Exponential(takt / load);
        }
        f.raw("load");
        if (!f.has("interarrival")) {
            f.problem(null, "interarrival", "is required (or orders.load, a share of the vehicle line's rate)");
            return new Distribution.Constant(1);
        }
        return f.distribution("interarrival", new Distribution.Constant(1));
    }

    private static List<VariantSpec> variants(Fields top, PackLineSpec packLine) {
        List<Fields> items = top.items("variants", false);
        List<VariantSpec> out = new ArrayList<>();
        if (top.raw("variants") instanceof YNode.Seq && items.isEmpty()) {
            top.problem(top.raw("variants"), "variants", "must list at least one variant");
        }
        if (items.size() > MAX_VARIANTS) {
            top.problem(top.raw("variants"), "variants", "at most " + MAX_VARIANTS + " variants");
            return List.of(VariantSpec.single());
        }
        Set<String> names = new HashSet<>();
        double sum = 0;
        boolean sharesRead = true; // a share already refused is no part of a sum worth reporting
        for (Fields v : items) {
            String name = v.text("name", "variant");
            if (v.has("name") && !names.add(name)) {
                v.problem(v.raw("name"), "name", "variant names must be unique");
            }
            int before = v.problems().size();
            double share = v.number("share", 0); // required (Keys)
            sharesRead &= v.problems().size() == before;
            sum += share;
            double kwh = v.number("kwh", 0);
            // a factor: a number or a bounded distribution (its band), like the accounting's pack_value_cny
            Distribution value = v.has("value_cny") ? v.numberDistribution("value_cny", 0) : null;
            double mass = v.number("mass_kg", 0);
            double factor = v.number("cycle_factor");
            Map<String, Distribution> times = new LinkedHashMap<>();
            if (v.has("cycle_time")) {
                Fields c = v.section("cycle_time");
                for (StationSpec st : packLine.stations()) {
                    if (c.has(st.name())) {
                        times.put(st.name(), c.distribution(st.name(), st.cycleTime()));
                    }
                }
                c.finish();
            } else {
                v.raw("cycle_time");
            }
            v.finish();
            out.add(new VariantSpec(name, share, kwh, value, mass, factor, times));
        }
        if (!items.isEmpty() && out.size() == items.size() && sharesRead && Math.abs(sum - 1) > 1e-6) {
            top.problem(top.raw("variants"), "variants", "shares must add up to 1 (they add up to " + (float) sum + ")");
        }
        return out.isEmpty() ? List.of(VariantSpec.single()) : out;
    }

    /** Quality incidents, or null without a {@code quality} section. */
    static QualitySpec quality(Fields top, PackLineSpec packLine) {
        if (!top.has("quality")) {
            top.raw("quality");
            return null;
        }
        Fields f = top.section("quality");
        List<String> stations = packLine.stations().stream().map(StationSpec::name).toList();
        String station = f.text("station", "");
        if (f.has("station") && !stations.contains(station)) {
            String hint = Suggest.closest(station, stations);
            f.problem(f.raw("station"), "station", "must name a pack line station"
                    + (hint == null ? " (" + String.join(", ", stations) + ")" : ", did you mean '" + hint + "'?"));
        }
        Distribution every = f.distribution("every", new Distribution.Constant(1));
        Fields d = f.section("detection");
        String point = d.choice("point", "pack_eol");
        QualitySpec.Detection detection = QualitySpec.Detection.PACK_EOL;
        for (QualitySpec.Detection p : QualitySpec.Detection.values()) {
            if (p.key().equals(point)) {
                detection = p;
            }
        }
        Distribution delay = d.distribution("delay");
        Distribution toPoint = d.distribution("after_install");
        if (d.has("after_install") && detection == QualitySpec.Detection.PACK_EOL) {
            d.problem(d.raw("after_install"), "after_install", "applies only to point: vehicle_eol or field");
        }
        d.finish();
        double bad = f.number("bad_share");
        Fields i = f.section("inspection");
        Distribution inspection = i.distribution("time");
        int inspectors = (int) i.integer("stations");
        Distribution inspectCny = i.numberDistribution("cny_per_pack");
        i.finish();
        double reworkShare = f.number("rework_share");
        Distribution reworkTime = f.distribution("rework_time");
        Distribution reworkCny = f.numberDistribution("rework_cny_per_pack");
        Distribution scrapCny = f.numberDistribution("scrap_cny_per_pack");
        Distribution recallCny = f.numberDistribution("recall_cny_per_vehicle");
        f.finish();
        return new QualitySpec(station, every, detection, toPoint, delay, bad, inspection, inspectors, reworkShare,
                reworkTime, new QualitySpec.Costs(inspectCny, reworkCny, scrapCny, recallCny));
    }
}
