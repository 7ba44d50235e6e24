package org.fifsim.scenario;

import java.util.List;

/**
 * The pack line: stations in series with {@code buffer} places between consecutive stations (blocking after
 * service), then the end-of-line test with first-pass {@code yield}; a share {@code rework} of the failed packs is
 * recovered after {@code reworkTime}, the rest is scrapped. A station that starts a pack of another variant than its
 * last one first spends {@code changeover} (only with variants).
 */
public record PackLineSpec(int buffer, List<StationSpec> stations, double yield, double rework,
        Distribution reworkTime, WorkCalendar calendar, Distribution changeover) {

    public PackLineSpec {
        stations = List.copyOf(stations);
    }

    /** A line without changeovers. */
    public PackLineSpec(int buffer, List<StationSpec> stations, double yield, double rework, Distribution reworkTime,
            WorkCalendar calendar) {
        this(buffer, stations, yield, rework, reworkTime, calendar, new Distribution.Constant(0));
    }
}
