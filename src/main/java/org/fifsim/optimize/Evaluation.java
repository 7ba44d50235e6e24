package org.fifsim.optimize;

/**
 * One replication of one design, as the search saw it: element 0 the objective KPI, element 1 + l constraint l's KPI.
 * Under common random numbers replication r of a design is the same numbers whenever it is run, so an evaluation is
 * never run twice: it is cached, saved in {@code history.csv}, and a resumed search reads it back.
 */
public record Evaluation(String design, int replication, double[] values) {
    public Evaluation {
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** Equal by content: a replayed evaluation equals the saved one. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Evaluation e && e.design.equals(design) && e.replication == replication
                && java.util.Arrays.equals(e.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * design.hashCode() + replication) + java.util.Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return design + "#" + replication + java.util.Arrays.toString(values);
    }
}
