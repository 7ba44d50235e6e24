package org.fifsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.StageSpec;
import org.fifsim.scenario.StationSpec;
import org.fifsim.scenario.io.Suggest;
import picocli.CommandLine.Option;

/** {@code --trace FILE [--trace-replication N] [--trace-component NAME...]}: the audit trail of one replication. */
final class TraceOptions {
    /** Components every model has; stations and logistics stages add their own names. */
    static final List<String> FIXED = List.of("pack-line", "end-of-line", "line-side", "vehicle-line");

    @Option(names = "--trace", paramLabel = "FILE",
            description = "write every event of one replication as CSV (time_s,time_h,component,event,pack_id)")
    Path file;

    @Option(names = "--trace-replication", paramLabel = "N", description = "replication to trace (default 0)")
    Integer replication;

    @Option(names = "--trace-component", paramLabel = "NAME", arity = "1..*",
            description = "keep only these components: pack-line, end-of-line, line-side, vehicle-line, a station "
                    + "or a logistics stage name")
    List<String> components;

    boolean active() {
        return file != null;
    }

    /** Problems with the values alone, or null. */
    String check() {
        if (file == null && (replication != null || components != null)) {
            return (replication != null ? "--trace-replication" : "--trace-component") + " needs --trace FILE";
        }
        if (replication != null && (replication < 0 || replication > 1_000_000)) {
            return "--trace-replication must be between 0 and 1000000, got " + replication;
        }
        return null;
    }

    /** Problems with the component names for this scenario, or null. */
    String check(Scenario s) {
        if (components == null) {
            return null;
        }
        List<String> known = known(s);
        for (String c : components) {
            if (!known.contains(c)) {
                String hint = Suggest.closest(c, known);
                return "--trace-component: " + s.name() + " has no component '" + c + "'"
                        + (hint != null ? "\ndid you mean '" + hint + "'?" : "\nknown: " + String.join(", ", known));
            }
        }
        return null;
    }

    static List<String> known(Scenario s) {
        List<String> out = new ArrayList<>(FIXED);
        for (StationSpec st : s.packLine().stations()) {
            out.add(st.name());
        }
        for (StageSpec st : s.logistics().stages()) {
            out.add(st.name());
        }
        return out;
    }

    int replication() {
        return replication != null ? replication : 0;
    }

    Set<String> components() {
        return components == null ? Set.of() : new LinkedHashSet<>(components);
    }

    /** The trace file of one scenario: FILE itself, or with several scenarios FILE with -NAME before its extension. */
    Path fileFor(Scenario s, int scenarios) {
        if (scenarios <= 1) {
            return file;
        }
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        String named = dot > 0 ? n.substring(0, dot) + "-" + s.name() + n.substring(dot) : n + "-" + s.name();
        return file.resolveSibling(named);
    }
}
