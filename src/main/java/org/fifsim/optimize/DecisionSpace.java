package org.fifsim.optimize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The designs a study may visit: one level per variable. A design's name is its overrides in the variables' order
 * ({@code logistics.safety_stock=120,logistics.stages.road.fleet=11}), so the same point always has the same name,
 * in the history, in the cache and on every engine.
 */
public record DecisionSpace(List<Variable> variables) {
    public DecisionSpace {
        variables = List.copyOf(variables);
        if (variables.isEmpty()) {
            throw new IllegalArgumentException("a study needs at least one decision variable");
        }
    }

    /** The number of designs on the grid: every variable's levels multiplied. */
    public long size() {
        long n = 1;
        for (Variable v : variables) {
            n = Math.multiplyExact(n, (long) v.levels());
        }
        return n;
    }

    /** The number of variables. */
    public int dimension() {
        return variables.size();
    }

    /** Whether every level is on its variable's grid. */
    public boolean contains(int[] levels) {
        if (levels.length != variables.size()) {
            return false;
        }
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] < 0 || levels[i] >= variables.get(i).levels()) {
                return false;
            }
        }
        return true;
    }

    /** The point's overrides, key to text, in the variables' order. */
    public Map<String, String> overrides(int[] levels) {
        check(levels);
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < levels.length; i++) {
            out.put(variables.get(i).key(), variables.get(i).text(levels[i]));
        }
        return out;
    }

    /** The point's name: its overrides joined by commas. */
    public String name(int[] levels) {
        StringBuilder b = new StringBuilder();
        overrides(levels).forEach((k, v) -> b.append(b.isEmpty() ? "" : ",").append(k).append('=').append(v));
        return b.toString();
    }

    /** The grid point nearest to the given values (one per variable, in their units). */
    public int[] nearest(double[] values) {
        if (values.length != variables.size()) {
            throw new IllegalArgumentException("one value per variable");
        }
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = variables.get(i).nearest(values[i]);
        }
        return out;
    }

    private void check(int[] levels) {
        if (!contains(levels)) {
            throw new IllegalArgumentException("not a point of the decision space: " + java.util.Arrays.toString(levels));
        }
    }
}
