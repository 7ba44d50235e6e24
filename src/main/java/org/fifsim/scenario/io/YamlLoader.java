package org.fifsim.scenario.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a YAML file into a {@link YNode} tree with positions, using SnakeYAML's composer (the parser under Jackson's
 * YAML module). Syntax errors, duplicate keys and non-text keys become {@link Problem}s.
 */
public final class YamlLoader {
    /** Scenario files are small; anything larger is a mistake (a data file passed by accident). */
    static final int MAX_BYTES = 1 << 20;

    private YamlLoader() {
    }

    /** Loads one file; on failure the problems are added and null is returned. */
    public static YNode load(Path file, List<Problem> problems) {
        Position top = new Position(file, 1, 1);
        String text;
        try {
            if (Files.isDirectory(file)) {
                problems.add(new Problem(top, "(file)", "is a directory, expected a scenario file", null));
                return null;
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // a FIFO blocks on open and a device never ends: refuse before opening
                problems.add(new Problem(top, "(file)", "is not a regular file (a pipe, device or socket), "
                        + "expected a scenario file", null));
                return null;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES + 1); // bounded while reading, not after
            }
            if (bytes.length > MAX_BYTES) {
                problems.add(new Problem(top, "(file)", "is larger than 1 MiB, not a scenario file", null));
                return null;
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            problems.add(new Problem(top, "(file)", "no such file", null));
            return null;
        } catch (CharacterCodingException e) {
            problems.add(new Problem(top, "(file)", "is not UTF-8 text (a binary file?)", null));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(top, "(file)", "cannot be read: " + e.getMessage(), null));
            return null;
        }
        if (text.indexOf('\0') >= 0) {
            problems.add(new Problem(top, "(file)", "contains NUL bytes (a binary file?)", null));
            return null;
        }
        return parse(file, text, problems);
    }

    /** Parses YAML text; {@code file} is only used for positions. */
    public static YNode parse(Path file, String text, List<Problem> problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(MAX_BYTES);
        Node root;
        try (Reader r = new StringReader(text)) {
            root = new Yaml(options).compose(r);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Position at = m == null ? new Position(file, 1, 1) : new Position(file, m.getLine() + 1, m.getColumn() + 1);
            String why = e.getProblem() != null ? e.getProblem() : e.getMessage();
            problems.add(new Problem(at, "(yaml)", "syntax error: " + oneLine(why), null));
            return null;
        } catch (YAMLException | IOException e) {
            problems.add(new Problem(new Position(file, 1, 1), "(yaml)", "cannot be parsed: " + oneLine(e.getMessage()), null));
            return null;
        }
        if (root == null) {
            problems.add(new Problem(new Position(file, 1, 1), "(file)", "is empty, expected a scenario map", null));
            return null;
        }
        return convert(file, root, "", problems);
    }

    private static YNode convert(Path file, Node node, String path, List<Problem> problems) {
        Position at = position(file, node.getStartMark());
        if (node instanceof ScalarNode s) {
            return new YNode.Scalar(s.getValue(), at);
        }
        if (node instanceof SequenceNode s) {
            List<YNode> items = new ArrayList<>();
            int i = 0;
            for (Node child : s.getValue()) {
                items.add(convert(file, child, path + "[" + i++ + "]", problems));
            }
            return new YNode.Seq(items, at);
        }
        MappingNode m = (MappingNode) node;
        LinkedHashMap<String, YNode.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            Position keyAt = position(file, t.getKeyNode().getStartMark());
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                problems.add(new Problem(keyAt, path.isEmpty() ? "(key)" : path, "keys must be plain names", null));
                continue;
            }
            String key = k.getValue();
            String full = path.isEmpty() ? key : path + "." + key;
            if (entries.containsKey(key)) {
                problems.add(new Problem(keyAt, full, "duplicate key (first written at line "
                        + entries.get(key).keyAt().line() + ")", null));
                continue;
            }
            entries.put(key, new YNode.Entry(key, keyAt, convert(file, t.getValueNode(), full, problems)));
        }
        return new YNode.Map_(entries, at);
    }

    private static Position position(Path file, Mark mark) {
        return mark == null ? new Position(file, 1, 1) : new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String oneLine(String s) {
        return s == null ? "unknown" : s.replaceAll("\\s+", " ").trim();
    }
}
