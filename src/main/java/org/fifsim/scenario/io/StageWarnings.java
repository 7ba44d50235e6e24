package org.fifsim.scenario.io;

import java.util.List;
import java.util.Locale;
import org.fifsim.scenario.CellSupplySpec;
import org.fifsim.scenario.Durations;
import org.fifsim.scenario.Feasibility;
import org.fifsim.scenario.LogisticsSpec;
import org.fifsim.scenario.PackLineSpec;
import org.fifsim.scenario.StageSpec;
import org.fifsim.scenario.VehicleLineSpec;

/**
 * What is valid but will not work as meant, found before anything runs: a fleet that cannot carry the demand, a
 * store that cannot hold its target, and a stock point that cannot be fed. Reported as warnings at the key to change; the run goes on.
 */
final class StageWarnings {
    private StageWarnings() {
    }

    static void check(LogisticsSpec spec, List<Fields> fields, VehicleLineSpec vehicle, List<Problem> warnings) {
        double demand = vehicle.calendar().workingShare() / vehicle.takt();
        for (int i = 0; i < spec.stages().size(); i++) {
            StageSpec s = spec.stages().get(i);
            if (s instanceof StageSpec.Road r) {
                fleet(r, demand, fields.get(i), warnings);
            } else if (s instanceof StageSpec.Store st) {
                capacity(st, st.targetPacks(vehicle.takt()), fields.get(i), warnings);
            }
        }
        List<LogisticsSpec.Echelon> echelons = spec.echelons(vehicle.takt(), vehicle.calendar().workingShare());
        for (int j = 0; j + 1 < echelons.size(); j++) {
            LogisticsSpec.Echelon e = echelons.get(j);
            fed(j, e, (StageSpec.Store) spec.stages().get(e.to()), demand, vehicle.takt(), fields.get(e.to()),
                    warnings);
        }
    }

    /**
     * A stock point that cannot be fed: its level is below the demand over the time a replacement takes (the
     * stages before it and its own handling and dwell), so it runs dry on average; or, the first one under kanban
     * with stages before it, nothing puts their lead-time demand in circulation (the pack line builds one per pack
     * that leaves), so it holds its target against a demand over the whole lead time.
     */
    private static void fed(int j, LogisticsSpec.Echelon e, StageSpec.Store st, double demandPerSecond, double takt,
            Fields f, List<Problem> warnings) {
        double lead = e.leadTime() + st.meanDelay(takt);
        int needed = (int) Math.ceil(lead * demandPerSecond - 1e-9);
        if (j == 0 && st.policy() == StageSpec.Store.Policy.KANBAN && e.from() < e.to() && e.level() > e.target()) {
            warnings.add(new Problem(at(f, "policy"), f.key("policy"), String.format(Locale.ROOT,
                    "store '%s' under kanban holds only its target of %d packs: nothing upstream puts the lead-time"
                            + " demand of %d packs over the %.1f h before it in circulation, so it cannot reach its"
                            + " level of %d; use base_stock or a store before it",
                    st.name(), e.target(), e.level() - e.target(), e.leadTime() / Durations.HOUR, e.level()),
                    "kanban"));
        } else if (e.level() < needed) {
            warnings.add(new Problem(at(f, "target_cover"), f.key("target_cover"), String.format(Locale.ROOT,
                    "store '%s': its level of %d packs is below the lead-time demand of %d packs it must cover"
                            + " (%.1f h: the stages before it and its own handling): it runs dry on average;"
                            + " raise target_cover",
                    st.name(), e.level(), needed, lead / Durations.HOUR), Durations.format(st.targetCover())));
        }
    }

    static void checkCells(CellSupplySpec spec, Fields road, Fields store, VehicleLineSpec vehicle, PackLineSpec pack,
            List<Problem> warnings) {
        double share = vehicle.calendar().workingShare();
        fleet(spec.road(), share / vehicle.takt(), road, warnings);
        capacity(spec.store(), spec.target(vehicle.takt(), share, pack.calendar().workingShare()), store, warnings);
    }

    private static void fleet(StageSpec.Road r, double demandPerSecond, Fields f, List<Problem> warnings) {
        String short_ = Feasibility.fleet(r, demandPerSecond);
        if (short_ != null) {
            warnings.add(new Problem(at(f, "fleet"), f.key("fleet"), short_, String.valueOf(r.fleet())));
        }
    }

    private static void capacity(StageSpec.Store st, int target, Fields f, List<Problem> warnings) {
        if (st.hasTarget() && st.capacity() < target) {
            warnings.add(new Problem(at(f, "capacity"), f.key("capacity"),
                    "is below the store's target of " + target + " packs (target_cover "
                            + Durations.format(st.targetCover()) + "): the store cannot hold it",
                    String.valueOf(st.capacity())));
        }
    }

    private static Position at(Fields f, String key) {
        YNode n = f.raw(key);
        return n != null ? n.at() : f.at();
    }
}
