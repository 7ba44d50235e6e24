package org.fifsim.results;

import java.util.function.ObjDoubleConsumer;

/**
 * How one pack-line station spent the measured time: the share of it in each state, adding up to 1.
 *
 * @param station the station's name
 * @param busy working on a pack
 * @param blocked holding a finished pack the next station cannot take
 * @param starved waiting for a pack
 * @param down broken down
 * @param off outside the line's working time
 */
public record StationTime(String station, double busy, double blocked, double starved, double down, double off)
        implements Details.Part {

    /** The states a station's time is split into, in the order of its columns. */
    public enum State {
        BUSY, BLOCKED, STARVED, DOWN, OFF;

        /** The state's word in a column name and in the figure. */
        public String word() {
            return name().toLowerCase();
        }
    }

    public double share(State s) {
        return switch (s) {
            case BUSY -> busy;
            case BLOCKED -> blocked;
            case STARVED -> starved;
            case DOWN -> down;
            case OFF -> off;
        };
    }

    /** The column of replications.csv holding the share of {@code s}. */
    public String column(State s) {
        return COLUMN_PREFIX + station + SHARE + s.word();
    }

    @Override
    public void columns(ObjDoubleConsumer<String> out) {
        for (State s : State.values()) {
            out.accept(column(s), share(s));
        }
    }

    static final String COLUMN_PREFIX = "station.";
    static final String SHARE = ".share_";
}
