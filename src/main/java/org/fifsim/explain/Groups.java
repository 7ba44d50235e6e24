package org.fifsim.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names the group each differing key belongs to: the parts of a decision a planner talks about (energy assets, stock
 * covers, the sequence, transport, the line's cost basis, quality), not the file's sections. A rule is a key prefix
 * ({@code *} for any one part, e.g. a stage's name); the first rule that matches wins, the user's before the built-in
 * ones. Keys that change no design ({@code name}, {@code description}) and the run's seed and replications (explain
 * runs every design on A's, for common random numbers) belong to no group.
 */
public final class Groups {
    /** Keys that describe a design without changing it, or that explain holds at A's value. */
    static final List<String> IGNORED = List.of("name", "description", "run.seed", "run.replications");
    /** The built-in rules, in the order they are tried. */
    static final List<Rule> BUILT_IN = List.of(
            new Rule("logistics.safety_stock", "stock_covers"),
            new Rule("logistics.stages.*.target_cover", "stock_covers"),
            new Rule("logistics.stages.*.capacity", "stock_covers"),
            new Rule("logistics.stages.*.policy", "stock_covers"),
            new Rule("logistics.stages.*.initial_stock", "stock_covers"),
            new Rule("cell_supply.store.target_cover", "stock_covers"),
            // 'stock' needs a stock point: where the sequence is supplied from goes with the stores that hold it
            new Rule("orders.packs_from", "transport"),
            new Rule("orders", "sequence_orders"),
            new Rule("variants", "sequence_orders"),
            new Rule("logistics", "transport"),
            new Rule("cell_supply", "transport"),
            new Rule("accounting.line_fixed_cny_per_yr", "line_cost_basis"),
            new Rule("accounting.line_cny_per_pack", "line_cost_basis"),
            new Rule("accounting.empty_return_share", "transport"),
            // a counting rule, not a design: kept apart so its share is never mistaken for the designs'
            new Rule("accounting.road_vehicle_based", "carbon_method"),
            new Rule("accounting", "prices"),
            new Rule("energy.pv", "energy_assets"),
            new Rule("energy.storage", "energy_assets"),
            new Rule("energy", "energy_use"),
            new Rule("quality", "quality"),
            new Rule("pack_line", "plant"),
            new Rule("vehicle_line", "plant"),
            new Rule("pack_kwh", "plant"),
            new Rule("run", "run"));

    private final List<Rule> rules;

    private Groups(List<Rule> rules) {
        this.rules = rules;
    }

    /** One rule: keys under {@code prefix} go to {@code group}. */
    public record Rule(String prefix, String group) {
        boolean matches(List<String> path) {
            String[] parts = prefix.split("\\.");
            if (parts.length > path.size()) {
                return false;
            }
            for (int i = 0; i < parts.length; i++) {
                if (!parts[i].equals("*") && !parts[i].equals(path.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The built-in rules after the user's own (from {@code --group NAME=KEY,KEY}). */
    public static Groups with(List<Rule> own) {
        List<Rule> all = new ArrayList<>(own);
        all.addAll(BUILT_IN);
        return new Groups(all);
    }

    /** The differing keys by group, groups in the order their first key appears; ignored keys left out. */
    Map<String, List<DesignTree.Difference>> of(List<DesignTree.Difference> differences) {
        Map<String, List<DesignTree.Difference>> out = new LinkedHashMap<>();
        for (DesignTree.Difference d : differences) {
            if (IGNORED.stream().anyMatch(k -> new Rule(k, "").matches(d.path()))) {
                continue;
            }
            String group = rules.stream().filter(r -> r.matches(d.path())).map(Rule::group).findFirst()
                    .orElse(d.path().get(0)); // a section no rule knows is its own group
            out.computeIfAbsent(group, g -> new ArrayList<>()).add(d);
        }
        return out;
    }
}
