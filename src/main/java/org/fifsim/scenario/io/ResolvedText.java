package org.fifsim.scenario.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A scenario tree written back as YAML, with {@code extends} and overrides already resolved: the one text that
 * describes a scenario completely, so another machine can read it into an equal scenario without the files.
 * Every scalar is written double-quoted, so its text comes back exactly as it was read (the reader keeps scalars as
 * text; the schema decides what they mean).
 */
final class ResolvedText {

    private ResolvedText() {
    }

    static String of(YNode root) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setDefaultScalarStyle(DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        options.setWidth(Integer.MAX_VALUE);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        Object plain = plain(root);
        if (plain instanceof Map<?, ?> m) {
            m.remove("extends"); // already laid under the file's own keys by ScenarioTree
        }
        return new Yaml(options).dump(plain);
    }

    private static Object plain(YNode node) {
        if (node instanceof YNode.Scalar s) {
            return s.text();
        }
        if (node instanceof YNode.Seq s) {
            List<Object> out = new ArrayList<>();
            s.items().forEach(i -> out.add(plain(i)));
            return out;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        ((YNode.Map_) node).entries().forEach((k, e) -> out.put(k, plain(e.value())));
        return out;
    }
}
