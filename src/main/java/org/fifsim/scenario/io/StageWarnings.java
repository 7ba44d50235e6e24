package org.fifsim.scenario.io;

import java.util.List;
import org.fifsim.scenario.CellSupplySpec;
import org.fifsim.scenario.Durations;
import org.fifsim.scenario.Feasibility;
import org.fifsim.scenario.LogisticsSpec;
import org.fifsim.scenario.PackLineSpec;
import org.fifsim.scenario.StageSpec;
import org.fifsim.scenario.VehicleLineSpec;

/**
 * What is valid but will not work as meant, found before anything runs: a fleet that cannot carry the demand and a
 * store that cannot hold its target. Reported as warnings at the key to change; the run goes on.
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
