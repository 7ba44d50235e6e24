package org.fifsim.report.selection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.fifsim.optimize.Journal;
import org.fifsim.optimize.ScenarioResponses;
import org.fifsim.optimize.Study;
import org.fifsim.optimize.Variable;
import org.fifsim.store.Json;
import org.fifsim.store.ResultsFolder;

/**
 * An optimize results folder while its study runs: whose study it holds (study.yaml, study.json), the history read
 * back to resume and appended each round. A folder's history belongs to exactly one study and one version of its
 * scenario files, so a history is never mixed with another study's evaluations.
 */
public final class StudyFolder implements Journal {
    private final Path target;
    private final byte[] studyText;
    private final ObjectNode identity;
    private final List<String> keys;
    private final List<String> columns;
    private final List<Entry> known;
    private HistoryCsv history;

    private StudyFolder(Path target, byte[] studyText, ObjectNode identity, List<String> keys, List<String> columns,
            List<Entry> known) {
        this.target = target;
        this.studyText = studyText.clone();
        this.identity = identity;
        this.keys = keys;
        this.columns = columns;
        this.known = known;
    }

    /**
     * The folder for {@code study} (read from {@code studyText}), its history read back; nothing is written.
     *
     * @throws Refused when the folder holds another study's search (the message says which and what to do)
     */
    public static StudyFolder of(Path target, byte[] studyText, Study study) throws IOException, Refused {
        ObjectNode identity = identity(studyText, study);
        String other = otherStudy(target, identity);
        if (other != null) {
            throw new Refused(other);
        }
        List<String> keys = study.space().variables().stream().map(Variable::key).toList();
        List<String> columns = new ScenarioResponses(null, study).columns();
        List<HistoryCsv.Row> rows;
        try {
            rows = HistoryCsv.read(target.resolve(HistoryCsv.FILE), keys, columns);
        } catch (HistoryCsv.Foreign e) {
            throw new Refused(e.getMessage() + "; name a new folder");
        }
        List<Entry> known = rows.stream().map(r -> new Entry(r.design(), r.decision(), r.replication(), r.values(),
                r.kpis())).toList();
        return new StudyFolder(target, studyText, identity, keys, columns, known);
    }

    /** The history file. */
    public Path history() {
        return target.resolve(HistoryCsv.FILE);
    }

    /** The study file's bytes, kept beside the results. */
    public byte[] studyText() {
        return studyText.clone();
    }

    /** What a resumed run must match (study.json). */
    public ObjectNode identity() {
        return identity.deepCopy();
    }

    @Override
    public List<Entry> known() {
        return known;
    }

    @Override
    public String where() {
        return history().toString();
    }

    /** The folder becomes the study's: marked as fifsim's, the study and its identity saved, the history opened. */
    @Override
    public void open() throws IOException {
        ResultsFolder.mark(target);
        Files.write(target.resolve(OptimizeWriter.STUDY_COPY), studyText);
        Json.write(target.resolve(OptimizeWriter.IDENTITY), identity);
        history = HistoryCsv.append(history(), keys, columns);
    }

    @Override
    public void append(List<Entry> fresh) throws IOException {
        history.write(fresh.stream().map(e -> new HistoryCsv.Row(e.design(), e.decision(), e.replication(),
                e.values(), e.kpis())).toList());
    }

    /** The study's digest and its scenario files': a folder's history belongs to exactly these. */
    static ObjectNode identity(byte[] studyText, Study study) throws IOException {
        ObjectNode root = Json.object();
        root.put("study_sha256", sha256(studyText));
        ObjectNode files = root.putObject("scenario_files");
        for (Path f : org.fifsim.scenario.io.ScenarioFiles.of(study.scenario())) {
            files.put(f.getFileName().toString(), sha256(Files.readAllBytes(f)));
        }
        return root;
    }

    /** Why the folder's history belongs to another study (or another version of the scenario), or null. */
    private static String otherStudy(Path target, ObjectNode identity) throws IOException {
        Path saved = target.resolve(OptimizeWriter.IDENTITY);
        if (!Files.exists(saved)) {
            if (Files.exists(target.resolve(HistoryCsv.FILE))) {
                return target + " holds a history.csv without " + OptimizeWriter.IDENTITY + "; name a new folder";
            }
            return null;
        }
        JsonNode was;
        try {
            was = Json.MAPPER.readTree(saved.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return saved + ": not as fifsim wrote it (not JSON); name a new folder";
        }
        if (!was.path("study_sha256").equals(identity.path("study_sha256"))) {
            return target + " holds the search of another study (its " + OptimizeWriter.STUDY_COPY + " differs from "
                    + "the study given); give that study to resume it, or name a new folder";
        }
        if (!was.path("scenario_files").equals(identity.path("scenario_files"))) {
            return target + " holds a search on other scenario files (they changed since; " + OptimizeWriter.IDENTITY
                    + " lists their digests): its evaluations would not be this study's; name a new folder";
        }
        return null;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The folder holds another study's search, or a history that is not this study's: nothing is run or written. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String why) {
            super(why);
        }
    }
}
