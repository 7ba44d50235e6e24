package org.fifsim.model;

import nl.tudelft.simulation.jstats.streams.StreamInterface;
import org.fifsim.model.energy.EnergyBalance;
import org.fifsim.model.energy.LineLoad;
import org.fifsim.model.energy.PvPlant;
import org.fifsim.model.energy.SolarGeometry;
import org.fifsim.model.energy.Storage;
import org.fifsim.model.energy.Tariff;
import org.fifsim.model.energy.WeatherModel;
import org.fifsim.scenario.EnergySpec;

/**
 * Turns the pack line's simulated state into electricity, hour by hour: kWh per pack tested, base load while the
 * line runs, standby load while it is off shift or a station is down. At the end the hours after the warm-up are
 * settled against PV (hour of day and season, daily weather from its own stream) and storage.
 */
final class EnergyMeter {
    private final Scheduler sim;
    private final EnergySpec spec;
    private final double[] packs;
    private final double[] runningSeconds;
    private boolean running;
    private double since;

    EnergyMeter(Scheduler sim, EnergySpec spec, double horizon) {
        this.sim = sim;
        this.spec = spec;
        int hours = (int) Math.ceil(horizon / 3600.0) + 1;
        this.packs = new double[hours];
        this.runningSeconds = new double[hours];
    }

    private int hour(double t) {
        return Math.min(packs.length - 1, (int) (t / 3600.0));
    }

    void packTested() {
        packs[hour(sim.getSimulatorTime())]++;
    }

    /** The line starts or stops running (working time and no station down). */
    void setRunning(boolean value) {
        double now = sim.getSimulatorTime();
        if (running) {
            addRunning(since, now);
        }
        running = value;
        since = now;
    }

    private void addRunning(double from, double to) {
        double t = from;
        while (t < to) {
            int h = hour(t);
            double end = Math.min(to, (h + 1) * 3600.0);
            runningSeconds[h] += end - t;
            t = end;
        }
    }

    private Storage storage() {
        EnergySpec.StorageSpec s = spec.storage();
        return s == null ? Storage.NONE : new Storage(s.capacityKwh(), s.powerKw(), s.roundTripEfficiency());
    }

    private Tariff tariff() {
        if (spec.timeOfUse().isEmpty()) {
            return Tariff.flat(spec.gridCnyPerKwh());
        }
        return Tariff.timeOfUse(spec.gridCnyPerKwh(), spec.timeOfUse().stream()
                .map(b -> new Tariff.Band(b.fromHour(), b.toHour(), b.cnyPerKwh())).toList());
    }

    /**
     * Settles the measured hours (from the first whole hour after {@code from} to {@code to}) and returns the balance.
     * Weather factors are drawn for every simulated day from time zero, so they do not depend on the warm-up.
     */
    EnergyBalance settle(double from, double to, StreamInterface weatherStream) {
        setRunning(running);
        LineLoad load = new LineLoad(spec.kwhPerPack(), spec.baseKw(), spec.standbyKw());
        PvPlant pv = spec.pvAnnualKwh() > 0
                ? PvPlant.ofAnnualKwh(new SolarGeometry(spec.latitudeDeg(), spec.solarNoonOffsetHours()),
                        spec.pvAnnualKwh())
                : null;
        WeatherModel weather = new WeatherModel(spec.weatherCv());
        EnergyBalance balance = new EnergyBalance(storage(), tariff());
        int first = (int) Math.ceil(from / 3600.0 - 1e-9);
        int last = (int) Math.floor(to / 3600.0 + 1e-9);
        double factor = 1;
        int day = -1;
        for (int h = 0; h < last; h++) {
            if (h / 24 != day) {
                day = h / 24;
                factor = weather.dailyFactor(weatherStream::nextDouble);
            }
            if (h < first) {
                continue;
            }
            double runH = runningSeconds[h] / 3600.0;
            double kwh = load.hourKwh(packs[h], runH, 1.0 - runH);
            double pvKwh = pv == null ? 0 : pv.hourlyKwh(day % 365, h % 24, factor);
            balance.settleHour(day % 365, h % 24, kwh, pvKwh);
        }
        return balance;
    }
}
