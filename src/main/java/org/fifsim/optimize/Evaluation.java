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
}
