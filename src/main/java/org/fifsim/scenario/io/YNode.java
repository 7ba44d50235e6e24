package org.fifsim.scenario.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value that remembers where it was written, so every error can point at its file, line and column. */
public sealed interface YNode {

    Position at();

    /** Short description of the value for messages. */
    String shown();

    /** A scalar, kept as text: the schema decides whether it is a number, a duration or a name. */
    record Scalar(String text, Position at) implements YNode {
        @Override
        public String shown() {
            String t = text.length() > 40 ? text.substring(0, 37) + "..." : text;
            return "'" + t + "'";
        }
    }

    /** A sequence. */
    record Seq(List<YNode> items, Position at) implements YNode {
        @Override
        public String shown() {
            return "a list";
        }
    }

    /** A mapping with its keys in file order; each entry keeps the position of its key. */
    record Map_(LinkedHashMap<String, Entry> entries, Position at) implements YNode {
        @Override
        public String shown() {
            return "a map";
        }

        public YNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        public Map<String, Entry> view() {
            return entries;
        }
    }

    /** A key and its value. */
    record Entry(String key, Position keyAt, YNode value) {
    }
}
