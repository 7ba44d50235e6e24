package org.fifsim.scenario.io;

import java.util.List;
import java.util.Locale;
import org.fifsim.scenario.Durations;
import org.fifsim.scenario.LogisticsSpec;
import org.fifsim.scenario.OrdersSpec;
import org.fifsim.scenario.PackLineSpec;
import org.fifsim.scenario.StageSpec;
import org.fifsim.scenario.StationSpec;
import org.fifsim.scenario.VehicleLineSpec;

/**
 * A frozen horizon too short for the call-off it starts: a pack called off when its order is frozen cannot reach the
 * line-side before the vehicle is due, so the line-side's safety stock must cover every one (misses follow when it
 * runs out). Measured at mean times: from the last stock point on (its stages after it) with packs from stock; the
 * pack line's stations plus every stage when the pack line builds to the sequence. A warning; the run goes on.
 */
final class SequenceWarnings {
    private SequenceWarnings() {
    }

    static void check(double frozen, OrdersSpec.PacksFrom from, LogisticsSpec logistics, PackLineSpec packLine,
            VehicleLineSpec vehicle, Fields f, List<Problem> warnings) {
        double needed;
        String what;
        if (from == OrdersSpec.PacksFrom.STOCK) {
            needed = afterLastStockPoint(logistics.stages(), vehicle.takt());
            what = "the mean time from the last stock point to the line-side";
        } else {
            needed = 0;
            for (StationSpec s : packLine.stations()) {
                needed += s.cycleTime().mean();
            }
            for (StageSpec s : logistics.stages()) {
                needed += s.meanDelay(vehicle.takt());
            }
            what = "the mean time through the pack line and the whole pipeline";
        }
        if (frozen < needed) {
            YNode at = f.raw("frozen_horizon");
            warnings.add(new Problem(at == null ? f.at() : at.at(), f.key("frozen_horizon"), String.format(Locale.ROOT,
                    "is shorter than %s (%.1f h, packs_from: %s): the line-side's safety stock must cover every"
                            + " call-off, and sequence misses follow when a variant's runs out",
                    what, needed / Durations.HOUR, from.key()), Durations.format(frozen)));
        }
    }

    /** Mean time through the stages after the last stock point. */
    static double afterLastStockPoint(List<StageSpec> stages, double takt) {
        double t = 0;
        for (StageSpec s : stages) {
            if (s instanceof StageSpec.Store st && st.hasTarget()) {
                t = 0;
            } else {
                t += s.meanDelay(takt);
            }
        }
        return t;
    }
}
