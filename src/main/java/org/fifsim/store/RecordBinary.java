package org.fifsim.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.results.Details;
import org.fifsim.results.EnergyProfiles;
import org.fifsim.results.KpiValues;
import org.fifsim.results.Kpis;

/**
 * A plain, length-checked binary form of result records, in place of Java serialisation: each record is its
 * components in declaration order (found by reflection, so a component added to a result record is saved without
 * anyone remembering to), numbers as big-endian bits (every double back to the last bit), text as UTF-8, lists, maps
 * and arrays with a count first and every reference with a presence byte ({@link KpiValues}, {@link Details} and
 * {@link EnergyProfiles} as the maps by name they replaced). Reading checks every count against the bytes left
 * before allocating, so a damaged or hostile file is a one-line problem, never an {@code OutOfMemoryError}; only
 * record classes of {@code org.fifsim.results} are built.
 */
final class RecordBinary {
    private static final String ALLOWED = "org.fifsim.results.";

    /** What cannot be read: the message says why, in words, for one line. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    private RecordBinary() {
    }

    // ---- writing ----

    /** Appends {@code value}, of the declared type {@code type}, to {@code out}. */
    static void write(DataOutputStream out, Type type, Object value) throws IOException {
        Class<?> raw = raw(type);
        if (raw.isPrimitive()) {
            writePrimitive(out, raw, value);
            return;
        }
        if (value == null) {
            out.writeByte(0);
            return;
        }
        out.writeByte(1);
        if (raw == Double.class) {
            out.writeDouble((Double) value);
        } else if (raw == Long.class) {
            out.writeLong((Long) value);
        } else if (raw == Integer.class) {
            out.writeInt((Integer) value);
        } else if (raw == String.class || raw.isEnum()) {
            // an enum by its word, as the text it replaced (a site, a load), so shard files keep their form
            byte[] b = value.toString().getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        } else if (raw == double[].class) {
            double[] a = (double[]) value;
            out.writeInt(a.length);
            for (double d : a) {
                out.writeDouble(d);
            }
        } else if (raw == long[].class) {
            long[] a = (long[]) value;
            out.writeInt(a.length);
            for (long l : a) {
                out.writeLong(l);
            }
        } else if (raw == int[].class) {
            int[] a = (int[]) value;
            out.writeInt(a.length);
            for (int i : a) {
                out.writeInt(i);
            }
        } else if (List.class.isAssignableFrom(raw)) {
            List<?> l = (List<?>) value;
            out.writeInt(l.size());
            Type element = argument(type, 0);
            for (Object o : l) {
                write(out, element, o);
            }
        } else if (raw == EnergyProfiles.class) {
            // as the map by name it replaced, so shard files keep their form
            Map<String, double[]> m = ((EnergyProfiles) value).byName();
            out.writeInt(m.size());
            for (Map.Entry<String, double[]> e : m.entrySet()) {
                write(out, String.class, e.getKey());
                write(out, double[].class, e.getValue());
            }
        } else if (raw == Details.class) {
            // as the map by column it replaced, so shard files keep their form
            Map<String, Double> m = ((Details) value).columns();
            out.writeInt(m.size());
            for (Map.Entry<String, Double> e : m.entrySet()) {
                write(out, String.class, e.getKey());
                write(out, Double.class, e.getValue());
            }
        } else if (raw == KpiValues.class) {
            // as the map by name it replaced, so shard files keep their form
            Map<String, Double> m = ((KpiValues) value).asMap();
            out.writeInt(m.size());
            for (Map.Entry<String, Double> e : m.entrySet()) {
                write(out, String.class, e.getKey());
                write(out, Double.class, e.getValue());
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            Map<?, ?> m = (Map<?, ?>) value;
            out.writeInt(m.size());
            Type key = argument(type, 0);
            Type val = argument(type, 1);
            for (Map.Entry<?, ?> e : m.entrySet()) {
                write(out, key, e.getKey());
                write(out, val, e.getValue());
            }
        } else if (raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                try {
                    write(out, c.getGenericType(), c.getAccessor().invoke(value));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + raw.getSimpleName() + "." + c.getName(), e);
                }
            }
        } else {
            throw new IllegalArgumentException("no binary form for " + type);
        }
    }

    private static void writePrimitive(DataOutputStream out, Class<?> raw, Object value) throws IOException {
        if (raw == double.class) {
            out.writeDouble((Double) value);
        } else if (raw == long.class) {
            out.writeLong((Long) value);
        } else if (raw == int.class) {
            out.writeInt((Integer) value);
        } else if (raw == boolean.class) {
            out.writeBoolean((Boolean) value);
        } else {
            throw new IllegalArgumentException("no binary form for " + raw);
        }
    }

    /** {@code value}'s bytes, for a caller that writes them and their checksum. */
    static byte[] bytes(Type type, Object value) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(b)) {
            write(out, type, value);
        }
        return b.toByteArray();
    }

    // ---- reading ----

    /** Reads a value of the declared type {@code type} from {@code in}. */
    static Object read(ByteBuffer in, Type type) throws Malformed {
        try {
            return readValue(in, type, 0);
        } catch (BufferUnderflowException e) {
            throw new Malformed("ends in the middle of a record");
        }
    }

    private static Object readValue(ByteBuffer in, Type type, int depth) throws Malformed {
        if (depth > 16) {
            throw new Malformed("nests deeper than any result record");
        }
        Class<?> raw = raw(type);
        if (raw == double.class) {
            return in.getDouble();
        } else if (raw == long.class) {
            return in.getLong();
        } else if (raw == int.class) {
            return in.getInt();
        } else if (raw == boolean.class) {
            return in.get() != 0;
        }
        byte present = in.get();
        if (present == 0) {
            return null;
        }
        if (present != 1) {
            throw new Malformed("has a damaged presence mark");
        }
        if (raw == Double.class) {
            return in.getDouble();
        } else if (raw == Long.class) {
            return in.getLong();
        } else if (raw == Integer.class) {
            return in.getInt();
        } else if (raw == String.class) {
            return text(in);
        } else if (raw == double[].class) {
            double[] a = new double[count(in, Double.BYTES)];
            in.asDoubleBuffer().get(a);
            in.position(in.position() + a.length * Double.BYTES);
            return a;
        } else if (raw == long[].class) {
            long[] a = new long[count(in, Long.BYTES)];
            in.asLongBuffer().get(a);
            in.position(in.position() + a.length * Long.BYTES);
            return a;
        } else if (raw == int[].class) {
            int[] a = new int[count(in, Integer.BYTES)];
            in.asIntBuffer().get(a);
            in.position(in.position() + a.length * Integer.BYTES);
            return a;
        } else if (List.class.isAssignableFrom(raw)) {
            int n = count(in, 1);
            Type element = argument(type, 0);
            List<Object> l = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                l.add(readValue(in, element, depth + 1));
            }
            return l;
        } else if (raw.isEnum() && raw.getName().startsWith(ALLOWED)) {
            String word = text(in);
            for (Object c : raw.getEnumConstants()) {
                if (c.toString().equals(word)) {
                    return c;
                }
            }
            throw new Malformed("holds a " + raw.getSimpleName() + " this fifsim does not know (" + word + ")");
        } else if (raw == EnergyProfiles.class) {
            int n = count(in, 2);
            Map<String, double[]> m = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String name = (String) readValue(in, String.class, depth + 1);
                m.put(name, (double[]) readValue(in, double[].class, depth + 1));
            }
            try {
                return EnergyProfiles.ofNames(m);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new Malformed("holds energy profiles this fifsim does not know (" + m.keySet() + ")");
            }
        } else if (raw == Details.class) {
            int n = count(in, 2);
            Map<String, Double> m = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String name = (String) readValue(in, String.class, depth + 1);
                Double v = (Double) readValue(in, Double.class, depth + 1);
                if (name == null || v == null) {
                    throw new Malformed("holds a detail without a name or value");
                }
                m.put(name, v);
            }
            return Details.ofColumns(m);
        } else if (raw == KpiValues.class) {
            int n = count(in, 2);
            KpiValues.Builder k = KpiValues.builder();
            for (int i = 0; i < n; i++) {
                String name = (String) readValue(in, String.class, depth + 1);
                Double v = (Double) readValue(in, Double.class, depth + 1);
                if (name == null || v == null || Kpis.get(name) == null) {
                    throw new Malformed("holds a KPI this fifsim does not know (" + name + ")");
                }
                k.put(name, v);
            }
            return k.build();
        } else if (Map.class.isAssignableFrom(raw)) {
            int n = count(in, 2);
            Type key = argument(type, 0);
            Type val = argument(type, 1);
            Map<Object, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                Object k = readValue(in, key, depth + 1);
                m.put(k, readValue(in, val, depth + 1));
            }
            return m;
        } else if (raw.isRecord() && raw.getName().startsWith(ALLOWED)) {
            RecordComponent[] cs = raw.getRecordComponents();
            Object[] args = new Object[cs.length];
            Class<?>[] types = new Class<?>[cs.length];
            for (int i = 0; i < cs.length; i++) {
                args[i] = readValue(in, cs[i].getGenericType(), depth + 1);
                types[i] = cs[i].getType();
            }
            try {
                Constructor<?> canonical = raw.getDeclaredConstructor(types);
                return canonical.newInstance(args);
            } catch (InvocationTargetException e) {
                throw new Malformed("holds a " + raw.getSimpleName() + " its checks refuse ("
                        + e.getCause().getMessage() + ")");
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                throw new Malformed("holds a " + raw.getSimpleName() + " that cannot be built (" + e + ")");
            }
        }
        throw new Malformed("holds a value of a type this fifsim does not read (" + type + ")");
    }

    private static String text(ByteBuffer in) throws Malformed {
        byte[] b = new byte[count(in, 1)];
        in.get(b);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw new Malformed("holds text that is not UTF-8");
        }
    }

    /** A count that cannot ask for more elements than bytes are left, each at least {@code minBytes}. */
    private static int count(ByteBuffer in, int minBytes) throws Malformed {
        int n = in.getInt();
        if (n < 0 || (long) n * minBytes > in.remaining()) {
            throw new Malformed("declares " + n + " values where " + in.remaining() + " bytes are left");
        }
        return n;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("no binary form for " + type);
    }

    private static Type argument(Type type, int i) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[i];
        }
        throw new IllegalArgumentException("a raw collection has no binary form: " + type);
    }
}
