package org.fifsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The manifest in words: what program, commit and inputs produced the results. */
final class ManifestFacts {
    private ManifestFacts() {
    }

    static final String RUN_FILES = "summary.json, replications.csv, manifest.json, report.md, report.html, "
            + "summary.md, charts/*.png and *.svg";
    static final String COMPARE_FILES = "comparison.json, <scenario>/summary.json, <scenario>/replications.csv, "
            + "manifest.json, report.md, report.html, summary.md, claims.json and claims.md (with --claims), charts/*.png and *.svg";

    static Block.Facts of(JsonNode m, String files) {
        List<Block.Fact> f = new ArrayList<>();
        if (m == null) {
            return new Block.Facts(f);
        }
        f.add(new Block.Fact("fifsim version", m.path("fifsim_version").asText("?")));
        f.add(new Block.Fact("Git commit", m.path("git_commit").asText("?")));
        f.add(new Block.Fact("Java", m.path("java_version").asText("?") + " (" + m.path("java_vendor").asText("?")
                + "), " + m.path("os").asText("?")));
        f.add(new Block.Fact("Created", m.path("created").asText("?")));
        f.add(new Block.Fact("Threads", m.path("threads").asText("?")
                + " (results do not depend on it)"));
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
