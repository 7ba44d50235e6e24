package org.fifsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a design cannot deliver on paper, before anything is simulated: a pack line whose capacity (on its calendar,
 * after breakdowns and the end-of-line test) is below the vehicle line's demand, and a road fleet too small for its
 * round trip. Each finding carries the figures, so the planner sees by how much; the simulation then shows the
 * consequence (a starved vehicle line), and the reports repeat these lines beside it.
 */
public final class Feasibility {
    /** A fleet must carry the average demand with this much to spare (closures, part loads, slow trips). */
    public static final double FLEET_MARGIN = 1.1;

    private Feasibility() {
    }

    /**
     * One finding.
     *
     * @param key  the scenario key to change ({@code pack_line}, {@code logistics.stages[1].fleet})
     * @param text what is wrong, with the figures
     */
    public record Finding(String key, String text) {
        /** The line a report or summary.json shows. */
        public String line() {
            return key + ": " + text;
        }
    }

    /** Every finding of a scenario, pack line first. */
    public static List<Finding> of(Scenario s) {
        List<Finding> out = new ArrayList<>();
        String pack = packLine(s);
        if (pack != null) {
            out.add(new Finding("pack_line", pack));
        }
        double demand = s.vehicleLine().calendar().workingShare() / s.vehicleLine().takt();
        List<StageSpec> stages = s.logistics().stages();
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i) instanceof StageSpec.Road r) {
                String f = fleet(r, demand);
                if (f != null) {
                    out.add(new Finding("logistics.stages[" + i + "].fleet", f));
                }
            }
        }
        if (s.cellSupply() != null) {
            String f = fleet(s.cellSupply().road(), demand);
            if (f != null) {
                out.add(new Finding("cell_supply.road.fleet", f));
            }
        }
        return out;
    }

    /** Vehicles a year the vehicle line can build: its takt on its calendar, after its own stoppages. */
    public static double vehicleDemandPerHour(Scenario s) {
        VehicleLineSpec v = s.vehicleLine();
        double perHour = v.calendar().workingShare() / v.takt() * Durations.HOUR * availability(v.mtbf(), v.mttr());
        if (s.orders() != null && s.orders().interarrival() != null && s.orders().interarrival().mean() > 0) {
            perHour = Math.min(perHour, Durations.HOUR / s.orders().interarrival().mean());
        }
        return perHour;
    }

    /**
     * Good packs an hour the pack line can make at most: its slowest station (mean cycle, stretched by the variants'
     * cycle factors, over its availability) on the line's calendar, times the share passing the test after rework.
     * An upper bound (blocking and changeovers only lower it), so a line below demand here surely cannot keep up.
     */
    public static double packCapacityPerHour(Scenario s) {
        PackLineSpec p = s.packLine();
        double cycleFactor = 1;
        if (s.orders() != null && !s.orders().variants().isEmpty()) {
            cycleFactor = s.orders().variants().stream().mapToDouble(v -> v.share() * v.cycleFactor()).sum();
        }
        double slowest = Double.POSITIVE_INFINITY;
        for (StationSpec st : p.stations()) {
            double rate = availability(st.mtbf(), st.mttr()) / (st.cycleTime().mean() * cycleFactor);
            slowest = Math.min(slowest, rate);
        }
        double good = p.yield() + (1 - p.yield()) * p.rework();
        return slowest * p.calendar().workingShare() * good * Durations.HOUR;
    }

    /** The pack line finding, or null when it can keep up. */
    public static String packLine(Scenario s) {
        double capacity = packCapacityPerHour(s);
        double demand = vehicleDemandPerHour(s);
        if (!(capacity < demand)) {
            return null;
        }
        PackLineSpec p = s.packLine();
        return String.format(Locale.ROOT, "can make at most %.1f good packs/h (slowest station on a %s calendar, "
                + "after breakdowns and a %.1f%% pass rate) against the vehicle line's demand of %.1f/h: the "
                + "vehicle line will wait for packs at least %.0f%% of its working time",
                capacity, calendar(p.calendar()), (p.yield() + (1 - p.yield()) * p.rework()) * 100, demand,
                (1 - capacity / demand) * 100);
    }

    /** A road fleet finding, or null when the fleet carries the demand with {@link #FLEET_MARGIN}. */
    public static String fleet(StageSpec.Road r, double demandPerSecond) {
        double carries = r.capacityPerSecond();
        if (carries >= demandPerSecond * FLEET_MARGIN) {
            return null;
        }
        double round = r.meanTransit() + r.meanReturn();
        int needed = (int) Math.ceil(demandPerSecond * FLEET_MARGIN * round / r.truckCapacity() - 1e-9);
        return String.format(Locale.ROOT,
                "%d trucks of %d packs carry %.1f packs/h over a %.1f h mean round trip, below the demand of %.1f/h"
                        + " with a %.0f%% margin: about %d trucks needed",
                r.fleet(), r.truckCapacity(), carries * Durations.HOUR, round / Durations.HOUR,
                demandPerSecond * Durations.HOUR, (FLEET_MARGIN - 1) * 100, needed);
    }

    private static double availability(Distribution mtbf, Distribution mttr) {
        if (mtbf == null || mttr == null) {
            return 1;
        }
        double up = mtbf.mean();
        return up / (up + mttr.mean());
    }

    private static String calendar(WorkCalendar c) {
        return c.isAlways() ? "24/7" : String.format(Locale.ROOT, "%s h/day, %d days/week",
                c.hoursPerDay() == Math.rint(c.hoursPerDay()) ? String.valueOf((int) c.hoursPerDay())
                        : String.valueOf(c.hoursPerDay()), c.daysPerWeek());
    }
}
