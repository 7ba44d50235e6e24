package org.fifsim.scenario.io;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Loads a scenario file and the files it {@code extends}: the base tree is loaded first and the file's own keys are
 * laid over it (maps merge key by key, lists and values replace). Every value keeps the position where it is written,
 * so an error in an inherited value points into the base file.
 */
final class ScenarioTree {
    static final int MAX_DEPTH = 8;

    private ScenarioTree() {
    }

    static YNode load(Path file, List<Problem> problems) {
        return load(file, problems, new ArrayDeque<>());
    }

    private static YNode load(Path file, List<Problem> problems, Deque<Path> chain) {
        Path norm = file.toAbsolutePath().normalize();
        YNode root = YamlLoader.load(file, problems);
        if (!(root instanceof YNode.Map_ m) || m.get("extends") == null) {
            return root;
        }
        YNode ext = m.get("extends");
        if (!(ext instanceof YNode.Scalar s)) {
            problems.add(new Problem(ext.at(), "extends", "must be the path of another scenario file", ext.shown()));
            return root;
        }
        // relative to the extending file, kept relative so errors show the path as the user wrote it
        Path base = file.getParent() == null ? Path.of(s.text()) : file.getParent().resolve(s.text());
        Path baseNorm = base.toAbsolutePath().normalize();
        if (baseNorm.equals(norm) || chain.contains(baseNorm)) {
            problems.add(new Problem(ext.at(), "extends", "files extend each other in a cycle", ext.shown()));
            return root;
        }
        if (chain.size() >= MAX_DEPTH) {
            problems.add(new Problem(ext.at(), "extends", "chain deeper than " + MAX_DEPTH + " files", ext.shown()));
            return root;
        }
        chain.push(norm);
        int before = problems.size();
        YNode baseTree = load(base, problems, chain);
        chain.pop();
        if (baseTree == null) {
            // the base could not be read: say so at the extends line, and do not validate the partial
            // child file, whose "missing" keys would only be noise
            if (problems.size() > before && problems.get(before).key().equals("(file)")) {
                Problem p = problems.get(before);
                problems.set(before, new Problem(ext.at(), "extends", p.rule(), ext.shown()));
            }
            return null;
        }
        if (!(baseTree instanceof YNode.Map_)) {
            problems.add(new Problem(ext.at(), "extends", "must name a scenario file (a mapping of keys), but "
                    + base + " holds " + (baseTree instanceof YNode.Seq ? "a list" : "plain text"), ext.shown()));
            return null;
        }
        return merge(baseTree, root);
    }

    /** A one-key map naming a distribution is a value: it replaces, never merges ({exponential} over {triangular}). */
    private static boolean isDistribution(YNode n) {
        return n instanceof YNode.Map_ m && m.entries().size() == 1
                && Distributions.KINDS.contains(m.entries().keySet().iterator().next());
    }

    /** Lays {@code over} onto {@code base}; {@code extends} itself is kept from the top file only. */
    static YNode merge(YNode base, YNode over) {
        if (!(base instanceof YNode.Map_ b) || !(over instanceof YNode.Map_ o) || isDistribution(over)) {
            return over;
        }
        LinkedHashMap<String, YNode.Entry> out = new LinkedHashMap<>(b.entries());
        out.remove("extends");
        for (YNode.Entry e : o.entries().values()) {
            YNode.Entry old = out.get(e.key());
            YNode value = old == null ? e.value() : merge(old.value(), e.value());
            out.put(e.key(), new YNode.Entry(e.key(), e.keyAt(), value));
        }
        return new YNode.Map_(out, o.at());
    }
}
