package org.fifsim.model;

import java.util.ArrayDeque;
import java.util.List;
import nl.tudelft.simulation.jstats.distributions.DistBernoulli;
import org.fifsim.model.random.Sampler;
import org.fifsim.model.random.Streams;
import org.fifsim.results.Activity;
import org.fifsim.results.Details;
import org.fifsim.results.KpiValues;
import org.fifsim.results.Kpis;
import org.fifsim.scenario.QualitySpec;
import org.fifsim.scenario.Scenario;

/**
 * Quality incidents: a station drifts, every pack it finishes from then on is suspect, and the drift is found only
 * when the first suspect pack has reached the detection point (pack end-of-line, vehicle end-of-line, the field) and
 * the detection delay has passed. Then the station is fixed, suspect packs already in vehicles are recalled, and
 * those in the pipe are quarantined where the pipe meets the line-side: the ones on the line-side at once, the ones
 * still on their way when they arrive. They wait for an inspection station (first come, first served); bad ones are
 * reworked or scrapped, good ones go back to the line-side. A line-side emptied by quarantine starves the vehicle line.
 */
final class QualityIncidents {
    private final Scheduler sim;
    private final Measures measures;
    private final QualitySpec spec;
    private final Sampler every;
    private final Sampler toPoint;
    private final Sampler delay;
    private final Sampler inspectionTime;
    private final Sampler reworkTime;
    private final DistBernoulli bad;
    private final DistBernoulli reworked;
    private final ArrayDeque<Pack> waiting = new ArrayDeque<>();
    private final Station station;
    private LineSide lineSide;
    private Pipeline pipeline;
    private OrderBook orders;
    private int inspecting;
    /** Incidents detected and not yet contained; while any is open, vehicle line starvation counts as vehicles lost. */
    private int openContainments;
    private double starvedAtOpen;
    private double takt;

    QualityIncidents(Scheduler sim, QualitySpec spec, Station station, Streams streams, Measures measures) {
        this.sim = sim;
        this.spec = spec;
        this.station = station;
        this.measures = measures;
        this.every = Sampler.of(spec.every(), streams.stream("quality/every"));
        this.toPoint = Sampler.of(spec.toPoint(), streams.stream("quality/to-point"));
        this.delay = Sampler.of(spec.detectionDelay(), streams.stream("quality/detection-delay"));
        this.inspectionTime = Sampler.of(spec.inspectionTime(), streams.stream("quality/inspection"));
        this.reworkTime = Sampler.of(spec.reworkTime(), streams.stream("quality/rework-time"));
        this.bad = new DistBernoulli(streams.stream("quality/bad"), spec.badShare());
        this.reworked = new DistBernoulli(streams.stream("quality/rework"), spec.reworkShare());
    }

    /** Quality incidents for the scenario, wired into the lines and started. */
    static QualityIncidents install(Scheduler sim, Scenario scenario, Streams streams, Measures measures,
            PackLine packLine, Pipeline pipeline, LineSide lineSide, VehicleLine vehicleLine, OrderBook orders) {
        QualitySpec spec = scenario.quality();
        Station drifting = packLine.stations().stream().filter(st -> st.name.equals(spec.station())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no station " + spec.station()));
        QualityIncidents q = new QualityIncidents(sim, spec, drifting, streams, measures);
        q.lineSide = lineSide;
        q.pipeline = pipeline;
        q.orders = orders;
        q.takt = scenario.vehicleLine().takt();
        packLine.quality(q);
        lineSide.quality(q);
        vehicleLine.quality(q);
        q.start();
        return q;
    }

    private double now() {
        return sim.getSimulatorTime();
    }

    private void start() {
        sim.scheduleEventRel(every.draw(), this::drift);
    }

    private void drift() {
        station.drift(new Incident(now()));
        measures.trace(now(), station.name, "drift", Trace.NO_PACK);
    }

    /** A suspect pack reached the pack end-of-line test. */
    void atPackEndOfLine(Pack p) {
        if (spec.point() == QualitySpec.Detection.PACK_EOL && !p.incident.triggered) {
            p.incident.triggered = true;
            Incident i = p.incident;
            sim.scheduleEventRel(delay.draw(), () -> detect(i));
        }
    }

    /** A suspect pack was scrapped by the ordinary end-of-line test: it needs no containment. */
    void scrappedAtEndOfLine(Pack p) {
        if (p.incident.detected) {
            disposed(p.incident);
        } else {
            p.incident.scrappedBeforeDetection++;
        }
    }

    /** A suspect pack went into a vehicle (before the detection: quarantine diverts them after it). */
    void installed(Pack p) {
        Incident i = p.incident;
        i.installed++;
        if (spec.point() != QualitySpec.Detection.PACK_EOL && !i.triggered) {
            i.triggered = true;
            sim.scheduleEventRel(toPoint.draw() + delay.draw(), () -> detect(i));
        }
    }

    private void detect(Incident i) {
        i.detected = true;
        station.drift(null);
        sim.scheduleEventRel(every.draw(), this::drift);
        measures.trace(now(), station.name, "drift-detected", Trace.NO_PACK);
        measures.incidents++;
        measures.detectionLagSum += now() - i.began;
        measures.suspectPacks += i.suspect;
        measures.vehiclesRecalled += i.installed;
        i.open = i.suspect - i.installed - i.scrappedBeforeDetection;
        if (i.open > 0) {
            if (openContainments++ == 0) {
                starvedAtOpen = measures.vehicleStarved.integral(now());
            }
        }
        List<Pack> held = lineSide.pull(i);
        for (Pack p : held) {
            quarantine(p);
        }
    }

    /** A suspect pack of a detected drift reached the line-side door, or was on the line-side at detection. */
    void quarantine(Pack p) {
        p.incident.quarantined++;
        measures.quarantinedPacks++;
        measures.quarantine.add(now(), 1);
        measures.trace(now(), "quarantine", "hold", p.id);
        waiting.addLast(p);
        startInspections();
    }

    private void startInspections() {
        while (inspecting < spec.inspectors() && !waiting.isEmpty()) {
            Pack p = waiting.pollFirst();
            inspecting++;
            sim.scheduleEventRel(inspectionTime.draw(), () -> inspected(p));
        }
    }

    private void inspected(Pack p) {
        inspecting--;
        measures.packsInspected++;
        Incident i = p.incident;
        p.incident = null;
        if (bad.draw() == 1L) {
            if (reworked.draw() == 1L) {
                measures.quarantineReworked++;
                sim.scheduleEventRel(reworkTime.draw(), () -> release(p));
            } else {
                measures.quarantineScrapped++;
                measures.totalGood--; // found bad after all: in the pack balance it counts as scrapped
                measures.totalScrapped++;
                measures.trace(now(), "quarantine", "scrap", p.id);
                measures.quarantine.add(now(), -1);
                pipeline.discard();
                if (orders != null) { // without orders nothing is called off: the pull rule refills the pipe
                    orders.replace(p.variant);
                }
            }
        } else {
            release(p);
        }
        disposed(i);
        startInspections();
    }

    /** A pack leaves quarantine (good, or reworked) for the line-side. */
    private void release(Pack p) {
        measures.quarantine.add(now(), -1);
        lineSide.arrive(p);
    }

    /** The warm-up restarted the starvation integral: an open containment counts from here. */
    void restartStatistics() {
        starvedAtOpen = 0;
    }

    /**
     * Incidents a year at the scenario's own rate: one renewal cycle is {@code every} (its mean is an input) plus
     * the time from drift to detection, which the replication measures (none detected: the input alone). A year of
     * simulation holds only about three incidents, so the realised count is a poor estimate of this rate; the
     * consequences per incident are what the simulation is for.
     */
    private double incidentsPerYear() {
        double lag = measures.incidents > 0 ? measures.detectionLagSum / measures.incidents : 0;
        return org.fifsim.scenario.Durations.YEAR / (spec.every().mean() + lag);
    }

    /**
     * An annual figure as rate x per-incident figure (the realised total over the incidents detected in the
     * measured time); 0 when none was detected there, where the replication says nothing about an incident.
     */
    private double estimated(double total) {
        return measures.incidents > 0 ? incidentsPerYear() * total / measures.incidents : 0;
    }

    /**
     * Quality incidents: suspect, quarantined and recalled packs, vehicles lost (their cost is the accounting's).
     * The annual figures are estimated as rate x per-incident figure ({@link #estimated}); the realised counts per
     * year are kept apart under {@code …_realised}.
     */
    void results(double now, double perYear, KpiValues.Builder k, Details.Sink details) {
        Measures m = measures;
        double perIncident = m.incidents > 0 ? 1.0 / m.incidents : Double.NaN;
        k.put(Kpis.QUALITY_INCIDENTS, incidentsPerYear());
        k.put(Kpis.QUALITY_INCIDENTS_REALISED, m.incidents * perYear);
        k.put(Kpis.SUSPECT_PACKS, estimated(m.suspectPacks));
        k.put(Kpis.SUSPECT_PACKS_PER_INCIDENT, m.suspectPacks * perIncident);
        k.put(Kpis.QUARANTINED_PACKS, estimated(m.quarantinedPacks));
        k.put(Kpis.QUARANTINED_PACKS_REALISED, m.quarantinedPacks * perYear);
        k.put(Kpis.QUARANTINED_PACKS_PER_INCIDENT, m.quarantinedPacks * perIncident);
        k.put(Kpis.QUARANTINE_PACKS, m.quarantine.mean(now));
        k.put(Kpis.VEHICLES_RECALLED, estimated(m.vehiclesRecalled));
        k.put(Kpis.VEHICLES_RECALLED_REALISED, m.vehiclesRecalled * perYear);
        k.put(Kpis.VEHICLES_LOST, estimated(vehiclesLost(now)));
        k.put(Kpis.VEHICLES_LOST_REALISED, vehiclesLost(now) * perYear);
        details.put("quality.packs_inspected_per_yr", m.packsInspected * perYear);
        details.put("quality.reworked_packs_per_yr", m.quarantineReworked * perYear);
        details.put("quality.scrapped_packs_per_yr", m.quarantineScrapped * perYear);
    }

    /**
     * The containment as activity, per year: what {@code cost_containment_cny} prices; estimated as rate x
     * per-incident figure, like the annual quality KPIs.
     */
    Activity.Quality activity(double perYear) {
        Measures m = measures;
        return new Activity.Quality(estimated(m.packsInspected), estimated(m.quarantineReworked),
                estimated(m.quarantineScrapped), estimated(m.vehiclesRecalled));
    }

    /** Vehicles lost while a containment was open, including one still open now. */
    private double vehiclesLost(double now) {
        double open = openContainments > 0 ? (measures.vehicleStarved.integral(now) - starvedAtOpen) / takt : 0;
        return measures.vehiclesLost + open;
    }

    private void disposed(Incident i) {
        if (--i.open == 0 && --openContainments == 0) {
            measures.vehiclesLost += (measures.vehicleStarved.integral(now()) - starvedAtOpen) / takt;
        }
    }
}
