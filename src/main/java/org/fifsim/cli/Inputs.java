package org.fifsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fifsim.accounting.FactorLibrary;
import org.fifsim.accounting.Factors;
import org.fifsim.scenario.Distribution;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.io.Problem;
import org.fifsim.scenario.io.ScenarioException;
import org.fifsim.scenario.io.ScenarioTemplate;

/** Reads every scenario file given on the command line and reports all problems of all files before anything runs. */
final class Inputs {
    private Inputs() {
    }

    /** The claims of a claims file, or null after printing one line per problem to {@code err}. */
    static List<org.fifsim.claims.Claim> claims(Path file, PrintWriter err) {
        try {
            return org.fifsim.scenario.io.ClaimsReader.read(file);
        } catch (ScenarioException e) {
            e.problems().forEach(p -> err.println(p.format()));
            err.flush();
            return null;
        }
    }

    /** The study of {@code file}, or null after printing one line per problem to {@code err}. */
    static org.fifsim.optimize.Study study(Path file, PrintWriter err) {
        try {
            return org.fifsim.scenario.io.StudyReader.read(file);
        } catch (ScenarioException e) {
            e.problems().forEach(p -> err.println(p.format()));
            err.flush();
            return null;
        }
    }

    /** The scenarios, or null after printing one line per problem to {@code err}. */
    static List<Scenario> read(List<Path> files, PrintWriter err) {
        List<String> warnings = new ArrayList<>();
        List<Scenario> out = read(files, err, warnings);
        warnings.forEach(err::println);
        err.flush();
        return out;
    }

    /**
     * As {@link #read(List, PrintWriter)}, adding the warning lines to {@code warningsOut} instead of printing them: a
     * command prints them once it has accepted the run (a refused run says only why it is refused).
     */
    private static List<Scenario> read(List<Path> files, PrintWriter err, List<String> warningsOut) {
        List<Problem> warnings = new ArrayList<>();
        List<Scenario> out = readEach(templates(files), err, warnings);
        if (out != null) {
            warnings.forEach(w -> warningsOut.add(w.formatWarning()));
        }
        return out;
    }

    /** Each file read once, every design of it made from that reading. */
    private static List<ScenarioTemplate> templates(List<Path> files) {
        return files.stream().map(ScenarioTemplate::of).toList();
    }

    /** Every file read as written, or null after printing every file's problems, all at once. */
    private static List<Scenario> readEach(List<ScenarioTemplate> templates, PrintWriter err,
            List<Problem> warnings) {
        List<Scenario> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (ScenarioTemplate t : templates) {
            try {
                out.add(t.with(java.util.Map.of(), warnings));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println(p.format()));
            err.flush();
            return null;
        }
        return out;
    }

    /**
     * The scenarios with the {@code --set} values laid over them (each scenario gets the unscoped ones and those
     * scoped to its name), or null after printing one line per problem: a scope that names no scenario, a bad value
     * (located at the setting's place on the command line), or a setting that changes no scenario (naming why).
     */
    static List<Scenario> read(List<Path> files, PrintWriter err, List<DesignSettings.Setting> settings,
            List<String> warningsOut) {
        if (settings.isEmpty()) {
            return read(files, err, warningsOut);
        }
        // the warnings come from the settled scenarios below, not from the files as written
        List<ScenarioTemplate> templates = templates(files);
        List<Scenario> plain = readEach(templates, err, new ArrayList<>());
        if (plain == null) {
            return null;
        }
        List<String> names = plain.stream().map(Scenario::name).toList();
        List<String> bad = new ArrayList<>();
        for (DesignSettings.Setting s : settings) {
            if (s.design() != null && !names.contains(s.design())) {
                bad.add("error: --set " + s.given() + ": no scenario is named '" + s.design() + "' (scenarios: "
                        + String.join(", ", names) + ")");
            }
        }
        if (!bad.isEmpty()) {
            bad.forEach(err::println);
            err.flush();
            return null;
        }
        List<Scenario> out = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            try {
                out.add(templates.get(i).with(DesignSettings.forDesign(settings, names.get(i)), warnings));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            problems.stream().map(Problem::format).distinct().forEach(err::println);
            err.flush();
            return null;
        }
        bad.addAll(noEffects(settings, out,
                (i, others) -> templates.get(i).with(DesignSettings.forDesign(others, out.get(i).name()))));
        if (!bad.isEmpty()) {
            bad.forEach(err::println);
            err.flush();
            return null;
        }
        warnings.stream().map(Problem::formatWarning).distinct().forEach(warningsOut::add);
        return out;
    }

    /** Reads scenario i again with only {@code settings} laid over it. */
    interface Reread {
        Scenario read(int i, List<DesignSettings.Setting> settings) throws ScenarioException;
    }

    /**
     * One error line per setting that changes no scenario it applies to, naming why (a value the scenario already
     * has, a key its variants override), for every command with {@code --set}: run, compare, account, sweep and
     * sensitivity.
     *
     * @param with the scenarios as read with all the settings
     * @param reread reads scenario i with some of the settings
     */
    static List<String> noEffects(List<DesignSettings.Setting> settings, List<Scenario> with, Reread reread) {
        List<String> bad = new ArrayList<>();
        for (DesignSettings.Setting s : settings) {
            String why = noEffect(s, settings, with, reread);
            if (why != null) {
                bad.add("error: --set " + s.given() + ": changes nothing: " + why);
            }
        }
        return bad;
    }

    /** Why a setting changes no scenario it applies to, or null when it changes one. */
    private static String noEffect(DesignSettings.Setting setting, List<DesignSettings.Setting> all,
            List<Scenario> with, Reread reread) {
        List<DesignSettings.Setting> others = new ArrayList<>(all);
        others.remove(setting);
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < with.size(); i++) {
            Scenario s = with.get(i);
            if (!setting.appliesTo(s.name())) {
                continue;
            }
            String variants = overriddenByVariants(setting.key(), s);
            if (variants != null) {
                reasons.add(variants);
                continue;
            }
            Scenario without;
            try {
                without = reread.read(i, others);
            } catch (ScenarioException e) {
                return null;
            }
            if (!sameDesign(s, without)) {
                return null;
            }
            reasons.add(s.name() + " already has " + setting.key() + " = " + setting.value());
        }
        return reasons.isEmpty() ? "it applies to no scenario" : String.join("; ", reasons);
    }

    /**
     * Why the library's pack value has no effect on a scenario whose variants all carry their own value, or null:
     * the accounting prices each variant at its own value.
     */
    static String overriddenByVariants(String key, Scenario s) {
        String factor = key.startsWith("accounting.") ? key.substring("accounting.".length()) : key;
        if (!factor.equals(Factors.PACK_VALUE_CNY) || s.orders() == null || s.orders().variants().isEmpty()
                || s.orders().variants().stream().anyMatch(v -> v.value() == null || !(v.value().mean() > 0))) {
            return null;
        }
        List<String> names = s.orders().variants().stream().map(org.fifsim.scenario.VariantSpec::name).toList();
        return Factors.PACK_VALUE_CNY + " is overridden by variants " + String.join(", ", names) + " of " + s.name()
                + ": set " + (key.startsWith("accounting.") ? "variants." + names.get(0) + ".value_cny"
                : Factors.packValueOf(names.get(0))) + " … instead";
    }

    /** The same design whatever the text it was read from (the resolved text carries the settings themselves). */
    private static boolean sameDesign(Scenario a, Scenario b) {
        return a.equals(new Scenario(b.name(), b.description(), b.run(), b.vehicleLine(), b.packLine(), b.logistics(),
                b.energy(), b.accounting(), b.source(), b.cellSupply(), b.packKwh(), a.resolved(), b.orders(),
                b.quality(), b.service()));
    }

    /**
     * True when every scenario counts road carbon by the same method (GLEC default intensity per t-km, or
     * vehicle-based from fuel per km); otherwise prints one line naming the first two files that differ and the key,
     * and returns false: a difference between them would be an artefact of the counting rule, not of the designs.
     */
    static boolean sameRoadMethod(List<Scenario> scenarios, List<Path> files, PrintWriter err) {
        boolean first = vehicleBased(scenarios.get(0));
        for (int i = 1; i < scenarios.size(); i++) {
            if (vehicleBased(scenarios.get(i)) != first) {
                err.println("error: " + files.get(0) + " and " + files.get(i) + " count road carbon by different"
                        + " methods (accounting." + Factors.ROAD_VEHICLE_BASED + ": " + (first ? 1 : 0) + " and "
                        + (first ? 0 : 1) + "): their difference would be the method's, not the designs'; set the"
                        + " same value in both");
                err.flush();
                return false;
            }
        }
        return true;
    }

    /** The method a scenario's road carbon is counted by: its override or the library's default, at its mean. */
    private static boolean vehicleBased(Scenario s) {
        Distribution d = s.accounting().getOrDefault(Factors.ROAD_VEHICLE_BASED,
                FactorLibrary.standard().get(Factors.ROAD_VEHICLE_BASED).value());
        return d.mean() >= 0.5;
    }
}
