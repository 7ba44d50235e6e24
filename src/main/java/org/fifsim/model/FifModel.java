package org.fifsim.model;

import java.util.ArrayList;
import java.util.List;
import nl.tudelft.simulation.dsol.experiment.Replication;
import nl.tudelft.simulation.dsol.model.AbstractDsolModel;
import nl.tudelft.simulation.dsol.simulators.DevsSimulatorInterface;
import org.djutils.event.Event;
import org.djutils.event.EventListener;
import org.fifsim.model.energy.EnergyBalance;
import org.fifsim.model.energy.YearCalendar;
import org.fifsim.model.random.Sampler;
import org.fifsim.model.random.Streams;
import org.fifsim.results.Activity;
import org.fifsim.results.Details;
import org.fifsim.results.EnergyProfiles;
import org.fifsim.results.KpiValues;
import org.fifsim.results.Kpis;
import org.fifsim.results.ReplicationResult;
import org.fifsim.results.StationTime;
import org.fifsim.scenario.Durations;
import org.fifsim.scenario.Scenario;

/**
 * The DSOL model of one replication: pack line, logistics pipeline, line-side store and vehicle line, built from a
 * scenario. All state lives in this object (one per replication), so replications run in parallel without sharing.
 */
public final class FifModel extends AbstractDsolModel<Double, DevsSimulatorInterface<Double>> implements EventListener {
    private static final long serialVersionUID = 1L;

    private final transient Scenario scenario;
    private final transient Streams streams;
    private final transient Measures measures = new Measures();
    private transient PackLine packLine;
    private transient Pipeline pipeline;
    private transient CellSupply cellSupply;
    private transient LineSide lineSide;
    private transient VehicleLine vehicleLine;
    private transient EnergyMeter energyMeter;
    private transient Recorder recorder;
    private transient OrderBook orderBook;
    private transient QualityIncidents quality;
    private double measuredFrom;
    private double demandAtWarmup;

    public FifModel(DevsSimulatorInterface<Double> simulator, Scenario scenario, Streams streams) {
        super(simulator, streams.information());
        this.scenario = scenario;
        this.streams = streams;
    }

    /** Sends every model event of this replication to {@code trace} (call before the simulator initialises). */
    public void trace(Trace trace) {
        measures.trace = trace;
    }

    @Override
    public void constructModel() {
        Scheduler sim = new Scheduler(getSimulator());
        packLine = new PackLine(sim, scenario.packLine(), streams, measures);
        energyMeter = new EnergyMeter(sim, scenario.energy(), scenario.run().horizon());
        packLine.meter(energyMeter);
        lineSide = new LineSide(sim, measures);
        double takt = scenario.vehicleLine().takt();
        double vehicleShare = scenario.vehicleLine().calendar().workingShare();
        pipeline = new Pipeline(sim, scenario.logistics(), streams, measures, lineSide, takt, vehicleShare);
        vehicleLine = new VehicleLine(sim, measures, takt);
        packLine.connect(pipeline, scenario.logistics());
        if (scenario.cellSupply() != null) {
            cellSupply = new CellSupply(sim, scenario.cellSupply(), streams, measures, takt, vehicleShare,
                    scenario.packLine().calendar().workingShare());
            packLine.cells(cellSupply);
            cellSupply.start(scenario.cellSupply().disruptions(), streams);
        }
        lineSide.connect(pipeline, vehicleLine);
        vehicleLine.connect(lineSide);
        if (scenario.vehicleLine().stops()) {
            vehicleLine.stoppable();
            new VehicleStoppages(sim, Sampler.of(scenario.vehicleLine().mtbf(), streams.stream("vehicle-line/mtbf")),
                    Sampler.of(scenario.vehicleLine().mttr(), streams.stream("vehicle-line/mttr")), vehicleLine).start();
        }
        if (scenario.orders() == null) {
            pipeline.stockInitially(scenario.logistics().initialStock());
        } else {
            orderBook = OrderBook.install(sim, scenario, streams, measures, packLine, pipeline, lineSide, vehicleLine);
            pipeline.stockInitially(orderBook.initialStock(scenario.logistics().initialStock()));
        }
        new RoadClosures(sim, pipeline.roads(), "disruption/").start(scenario.logistics().disruptions(), streams);
        DemandSwings.schedule(sim, vehicleLine, scenario.vehicleLine().takt(), scenario.vehicleLine().swings());
        getSimulator().addListener(this, Replication.WARMUP_EVENT);
        new Shifts(sim, scenario.packLine().calendar(), packLine::setWorking).start();
        new Shifts(sim, scenario.vehicleLine().calendar(), vehicleLine::setWorking).start();
        if (scenario.quality() != null) {
            quality = QualityIncidents.install(sim, scenario, streams, measures, packLine, pipeline, lineSide,
                    vehicleLine, orderBook);
        }
        packLine.start();
        if (orderBook != null) {
            orderBook.start();
        }
        recorder = new Recorder(sim, scenario.run().horizon());
        recorder.probe("pipeline_packs", pipeline::count);
        recorder.probe("line_side_packs", lineSide::size);
        recorder.probe("pack_line_wip", measures.packLineWip::value);
        recorder.probe("cumulative_good_packs", () -> measures.totalGood);
        recorder.probe("cumulative_vehicles", () -> measures.totalInstalled);
        recorder.probe("cumulative_demand", () -> measures.demandSinceStart.integral(sim.getSimulatorTime()));
        recorder.start();
    }

    /** DSOL's warm-up event: statistics restart here. */
    @Override
    public void notify(Event event) {
        if (event.getType().equals(Replication.WARMUP_EVENT)) {
            double now = getSimulator().getSimulatorTime();
            measuredFrom = now;
            demandAtWarmup = measures.demandSinceStart.integral(now);
            measures.restart(now);
            packLine.restartStatistics(now);
            pipeline.restartStatistics(now);
            lineSide.restartStatistics(now);
            if (quality != null) {
                quality.restartStatistics();
            }
            if (orderBook != null) {
                orderBook.restartStatistics();
            }
            if (cellSupply != null) {
                cellSupply.restartStatistics(now);
            }
        }
    }

    /** The KPIs of the replication, read at its end. */
    public ReplicationResult result(int replication, long events) {
        double now = getSimulator().getSimulatorTime();
        double measured = now - measuredFrom;
        double perYear = measured > 0 ? Durations.YEAR / measured : 0;
        Measures m = measures;
        KpiValues.Builder k = KpiValues.builder();
        k.put(Kpis.PACKS_GOOD, m.good * perYear);
        k.put(Kpis.PACKS_SCRAPPED, m.scrapped * perYear);
        k.put(Kpis.VEHICLES_BUILT, m.installed * perYear);
        double vehicleWorking = m.vehicleWorking.integral(now);
        k.put(Kpis.VEHICLE_LINE_STARVED,
                vehicleWorking > 0 ? TimeAverage.share(m.vehicleStarved.integral(now) / vehicleWorking) : 0);
        // vehicles the starved time would have built at the takt; with orders, only those a customer ordered and did
        // not get (a short wait the line catches up on later delays a vehicle, it does not lose one)
        double starvedVehicles = m.vehicleStarved.integral(now) / scenario.vehicleLine().takt() * perYear;
        k.put(Kpis.VEHICLES_SHORT, orderBook == null ? starvedVehicles
                : Math.min(starvedVehicles, Math.max(0, (m.ordersArrived - m.installed) * perYear)));
        k.put(Kpis.VEHICLE_LINE_AVAILABILITY,
                vehicleWorking > 0 ? TimeAverage.share(1 - m.vehicleDownWorking.integral(now) / vehicleWorking) : 1);
        double packWorking = m.packWorking.integral(now);
        k.put(Kpis.PACK_LINE_AVAILABILITY,
                packWorking > 0 ? TimeAverage.share(1 - m.packDownWorking.integral(now) / packWorking) : 1);
        k.put(Kpis.LEAD_TIME_H, m.leadTimeCount > 0 ? m.leadTimeSum / m.leadTimeCount / Durations.HOUR : Double.NaN);
        k.put(Kpis.LEAD_TIME_P50_H, m.leadTimes.quantile(0.50) / Durations.HOUR);
        k.put(Kpis.LEAD_TIME_P95_H, m.leadTimes.quantile(0.95) / Durations.HOUR);
        k.put(Kpis.PIPELINE_PACKS, m.pipeline.mean(now));
        k.put(Kpis.LINE_SIDE_PACKS, m.lineSide.mean(now));
        k.put(Kpis.PACK_LINE_WIP, m.packLineWip.mean(now));
        k.put(Kpis.TRUCK_TRIPS, m.truckTrips * perYear);
        k.put(Kpis.CELL_TRUCK_TRIPS, cellSupply == null ? 0 : cellSupply.trips() * perYear);
        k.put(Kpis.CELL_TRUCK_KM, cellSupply == null ? 0 : cellSupply.km() * perYear);
        k.put(Kpis.PACK_LINE_CELL_WAIT, cellSupply == null ? 0 : cellSupply.waitingShare(now));
        // forward cover: against the vehicle line's demand (takt in working time), defined even if nothing was built
        double demandPerDay = (m.demandSinceStart.integral(now) - demandAtWarmup) / measured * Durations.DAY;
        k.put(Kpis.COMPONENT_COVER_D, demandPerDay > 0 ? m.pipeline.mean(now) / demandPerDay : 0);

        double[] stock = pipeline.stockMeasures(now);
        if (stock != null) {
            k.put(Kpis.STOCK_FILL_RATE, stock[0]);
            k.put(Kpis.STOCK_ON_HAND, stock[1]);
            k.put(Kpis.STOCK_BACKORDERS, stock[2]);
            k.put(Kpis.STOCK_OUT_SHARE, stock[3]);
        }

        Details.Builder details = Details.builder();
        if (orderBook != null) {
            orderBook.results(now, perYear, k, details);
        }
        if (quality != null) {
            quality.results(now, perYear, k, details);
        }

        for (Station s : packLine.stations()) {
            double[] shares = s.useShares(now);
            details.station(new StationTime(s.name, shares[Station.Use.BUSY.ordinal()],
                    shares[Station.Use.BLOCKED.ordinal()], shares[Station.Use.STARVED.ordinal()],
                    shares[Station.Use.DOWN.ordinal()], shares[Station.Use.OFF.ordinal()]));
        }
        pipeline.details(now, perYear, details);
        if (cellSupply != null) {
            cellSupply.details(now, perYear, details);
        }
        details.put("reworked_packs_per_yr", m.reworked * perYear);

        List<Activity.Leg> legs = new ArrayList<>();
        List<Activity.Hub> hubs = new ArrayList<>();
        pipeline.activity(now, perYear, legs, hubs);
        if (cellSupply != null) {
            cellSupply.activity(now, perYear, legs, hubs);
        }
        EnergyProfiles.Builder profiles = new EnergyProfiles.Builder();
        Activity.SiteEnergy site = energy(now, k, profiles);
        Activity activity = new Activity(m.good * perYear, m.scrapped * perYear, m.reworked * perYear,
                m.installed * perYear, m.pipeline.mean(now), legs, hubs, List.of(site),
                quality == null ? null : quality.activity(perYear),
                orderBook == null ? List.of() : orderBook.activity(now), k.get(Kpis.VEHICLES_SHORT));

        ReplicationResult.PackBalance balance = new ReplicationResult.PackBalance(m.totalStarted, m.totalGood,
                m.totalScrapped, Math.round(m.packLineWip.value()), m.totalInstalled,
                pipeline.initialStock(), pipeline.count());
        return new ReplicationResult(replication, k.build(), details.build(), balance, events, recorder.series(),
                m.leadTimes.export(Durations.HOUR), activity, profiles.build());
    }

    /** Settles the line's hourly electricity against PV and storage: energy KPIs, activity and chart profiles. */
    private Activity.SiteEnergy energy(double now, KpiValues.Builder k, EnergyProfiles.Builder profiles) {
        EnergyBalance b = energyMeter.settle(measuredFrom, now, streams.stream("energy/weather"));
        double hours = b.hours();
        double perYear = hours > 0 ? 8760.0 / hours : 0;
        k.put(Kpis.ENERGY_KWH, b.loadKwh() * perYear);
        k.put(Kpis.PV_SHARE, b.loadKwh() > 0 ? b.pvShare() : 0);
        k.put(Kpis.PV_KWH, b.pvKwh() * perYear);
        k.put(Kpis.GRID_KWH, b.gridKwh() * perYear);
        k.put(Kpis.PV_SURPLUS_KWH, b.surplusKwh() * perYear);
        k.put(Kpis.STORAGE_THROUGHPUT_KWH, b.storageDischargeKwh() * perYear);
        double[] gridByHour = new double[24];
        for (YearCalendar.Season season : YearCalendar.Season.values()) {
            for (int h = 0; h < 24; h++) {
                gridByHour[h] += b.seasonHour(EnergyBalance.Flow.GRID, season, h) * perYear;
            }
        }
        for (EnergyBalance.Flow f : new EnergyBalance.Flow[] {EnergyBalance.Flow.LOAD, EnergyBalance.Flow.PV,
                EnergyBalance.Flow.GRID, EnergyBalance.Flow.SURPLUS}) {
            EnergyProfiles.Flow flow = EnergyProfiles.Flow.valueOf(f.name());
            profiles.monthly(flow, b.monthly(f));
            for (YearCalendar.Season season : YearCalendar.Season.values()) {
                double[] day = new double[24];
                for (int h = 0; h < 24; h++) {
                    int n = b.seasonHourCount(season, h);
                    day[h] = n > 0 ? b.seasonHour(f, season, h) / n : 0;
                }
                profiles.day(EnergyProfiles.Season.valueOf(season.name()), flow, day);
            }
        }
        return new Activity.SiteEnergy(Activity.Site.PACK_PLANT, b.loadKwh() * perYear, b.pvKwh() * perYear,
                (b.pvUsedKwh() + b.storageDischargeKwh()) * perYear, b.gridKwh() * perYear, gridByHour);
    }
}
