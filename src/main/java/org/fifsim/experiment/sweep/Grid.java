package org.fifsim.experiment.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The full factorial of the varied keys: every combination of their values, the first key varying slowest (so the
 * rows of sweep.csv read like nested loops in the order the keys were given).
 */
public record Grid(List<Vary> varies, List<Point> points) {

    /** One combination: the value index of each varied key, in key order. */
    public record Point(int index, int[] levels) {

        public Point {
            levels = levels.clone();
        }

        @Override
        public int[] levels() {
            return levels.clone();
        }

        public int level(int key) {
            return levels[key];
        }
    }

    /** The points along the first key, in its value order, with every other key held at one value. */
    public record Line(Map<String, String> fixed, List<Integer> points) {
        public Line {
            fixed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
            points = List.copyOf(points);
        }
    }

    public Grid {
        varies = List.copyOf(varies);
        points = List.copyOf(points);
    }

    /** How many points the keys make, saturating at {@code Long.MAX_VALUE} (checked before anything is built). */
    public static long size(List<Vary> varies) {
        long n = 1;
        for (Vary v : varies) {
            try {
                n = Math.multiplyExact(n, (long) v.levels().size());
            } catch (ArithmeticException e) {
                return Long.MAX_VALUE;
            }
        }
        return n;
    }

    /** The full factorial; the caller checks {@link #size(List)} first. */
    public static Grid of(List<Vary> varies) {
        if (varies.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one varied key");
        }
        long size = size(varies);
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many points: " + size);
        }
        List<Point> points = new ArrayList<>();
        int[] idx = new int[varies.size()];
        for (int p = 0; p < size; p++) {
            points.add(new Point(p, idx));
            for (int k = varies.size() - 1; k >= 0; k--) {
                if (++idx[k] < varies.get(k).levels().size()) {
                    break;
                }
                idx[k] = 0;
            }
        }
        return new Grid(varies, points);
    }

    /** The overrides of point {@code p}: key to value text, in key order. */
    public Map<String, String> overrides(int p) {
        Map<String, String> out = new LinkedHashMap<>();
        Point point = points.get(p);
        for (int k = 0; k < varies.size(); k++) {
            out.put(varies.get(k).key(), varies.get(k).levels().get(point.level(k)).text());
        }
        return out;
    }

    /** Point {@code p} in words: its value, or {@code key=value ...} when more than one key varies. */
    public String label(int p) {
        return String.join(" ", overrides(p).entrySet().stream()
                .map(e -> (varies.size() == 1 ? "" : e.getKey() + "=") + e.getValue()).toList());
    }

    /** The value of key {@code k} at point {@code p}. */
    public Level level(int p, int k) {
        return varies.get(k).levels().get(points.get(p).level(k));
    }

    /** The first key's value at point {@code p} on its axis. */
    public double axis(int p) {
        return varies.get(0).axis(points.get(p).level(0));
    }

    /** The lines along the first key, one per combination of the other keys, in point order. */
    public List<Line> lines() {
        Map<String, List<Integer>> byRest = new LinkedHashMap<>();
        Map<String, Map<String, String>> fixedByRest = new LinkedHashMap<>();
        for (Point p : points) {
            Map<String, String> fixed = new LinkedHashMap<>();
            for (int k = 1; k < varies.size(); k++) {
                fixed.put(varies.get(k).key(), level(p.index(), k).text());
            }
            String rest = fixed.toString();
            byRest.computeIfAbsent(rest, r -> new ArrayList<>()).add(p.index());
            fixedByRest.putIfAbsent(rest, fixed);
        }
        List<Line> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : byRest.entrySet()) {
            List<Integer> pts = new ArrayList<>(e.getValue());
            pts.sort((a, b) -> Integer.compare(points.get(a).level(0), points.get(b).level(0)));
            out.add(new Line(fixedByRest.get(e.getKey()), pts));
        }
        return out;
    }
}
