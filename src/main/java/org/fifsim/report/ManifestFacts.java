package org.fifsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The manifest in words: what program, command and inputs produced the results. The commit, Java, time and threads
 * of the run are in run.json, not here: a report rewritten by an unchanged rerun is then the same file.
 */
final class ManifestFacts {
    static final String THIS_RUN = "run.json beside these files: the git commit fifsim was built from, Java, "
            + "machine, time and threads (results do not depend on them; kept out of this report and manifest.json "
            + "so that an unchanged rerun rewrites them byte for byte)";
    private ManifestFacts() {
    }

    static final String RUN_FILES = "summary.json, replications.csv, manifest.json, run.json, report.md, report.html, "
            + "summary.md, charts/*.png and *.svg";
    static final String COMPARE_FILES = "comparison.json, <scenario>/summary.json, <scenario>/replications.csv, "
            + "manifest.json, run.json, report.md, report.html, summary.md, claims.json and claims.md (with --claims), "
            + "charts/*.png and *.svg";

    static Block.Facts of(JsonNode m, String files) {
        List<Block.Fact> f = new ArrayList<>();
        if (m == null) {
            return new Block.Facts(f);
        }
        f.add(new Block.Fact("fifsim version", m.path("fifsim_version").asText("?")));
        f.add(new Block.Fact("This run", THIS_RUN));
        List<String> cmd = new ArrayList<>();
        m.path("command").forEach(c -> cmd.add(c.asText()));
        f.add(new Block.Fact("Command", "fifsim " + String.join(" ", cmd)));
        for (JsonNode s : m.path("scenarios")) {
            String sha = s.path("sha256").asText("");
            f.add(new Block.Fact("Input " + s.path("name").asText("?"), s.path("file").asText("?")
                    + (sha.isEmpty() ? "" : ", sha256 " + sha.substring(0, Math.min(16, sha.length())) + "\u2026")));
        }
        f.add(new Block.Fact("Files", files));
        return new Block.Facts(f);
    }
}
