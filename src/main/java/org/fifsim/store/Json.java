package org.fifsim.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;

/** JSON output with one shared mapper: pretty-printed, NaN written as null (JSON has no NaN). */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Puts a number, or null when it is not finite. */
    public static void put(ObjectNode node, String key, double v) {
        if (Double.isFinite(v)) {
            node.put(key, v);
        } else {
            node.putNull(key);
        }
    }

    public static void write(Path file, Object tree) throws IOException {
        try {
            MAPPER.writeValue(file.toFile(), tree);
        } catch (IOException e) {
            throw OutputPaths.naming(file, e);
        }
    }
}
