package org.fifsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VaryTest {

    private static List<String> texts(Vary v) {
        return v.levels().stream().map(Level::text).toList();
    }

    /** A list keeps its values as written and in order; durations are numeric in seconds. */
    @Test
    void listOfDurations() {
        Vary v = Vary.parse("vehicle_line.takt=90s, 1min,45s");
        assertEquals("vehicle_line.takt", v.key());
        assertEquals(List.of("90s", "1min", "45s"), texts(v));
        assertTrue(v.numeric());
        assertEquals(60.0, v.levels().get(1).value());
        assertEquals("s", v.axisUnit());
        assertEquals(60.0, v.axis(1));
        assertEquals("vehicle_line.takt (s)", v.axisLabel());
    }

    /** A range gives STEPS values, both ends included, in the unit of FROM. */
    @Test
    void rangeWithUnits() {
        assertEquals(List.of("40s", "50s", "60s", "70s", "80s", "90s"), texts(Vary.parse("vehicle_line.takt=40s..90s:6")));
        assertEquals(List.of("30min", "60min", "90min", "120min"), texts(Vary.parse("logistics.transfer=30min..2h:4")));
        assertEquals(List.of("90s", "65s", "40s"), texts(Vary.parse("k=90s..40s:3")));
    }

    /** Plain numbers: no floating-point noise in the texts handed to the reader. */
    @Test
    void rangeOfNumbers() {
        assertEquals(List.of("0.95", "0.96", "0.97", "0.98", "0.99", "1"), texts(Vary.parse("pack_line.yield=0.95..1:6")));
        assertEquals(List.of("3000000", "4500000", "6000000"), texts(Vary.parse("energy.pv.annual_kwh=3e6..6e6:3")));
        assertEquals(List.of("-1", "0", "1"), texts(Vary.parse("x=-1..1:3")));
        assertEquals(List.of("0.1", "0.2", "0.3"), texts(Vary.parse("x=0.1..0.3:3")));
    }

    /** Non-numeric values are allowed in a list; on a chart they sit at positions 1, 2, 3. */
    @Test
    void textValues() {
        Vary v = Vary.parse("logistics.mode=remote,co-located");
        assertFalse(v.numeric());
        assertEquals(2.0, v.axis(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vehicle_line.takt", "=40s,50s", "vehicle_line.takt=", "vehicle_line.takt=40s,,50s",
        "vehicle_line.takt=40s,", "vehicle_line.takt=40s..90s", "vehicle_line.takt=40s..90s:1",
        "vehicle_line.takt=40s..90s:0", "vehicle_line.takt=40s..90s:1001", "vehicle_line.takt=40s..90:3",
        "vehicle_line.takt=40parsecs..90s:3", "vehicle_line.takt=abc..90s:3", "vehicle_line.takt=40s..40s:3",
        "vehicle_line.takt=40s,40s", "vehicle_line.takt=40s..90s:x", "vehicle_line.takt=40s..90s:99999999999"})
    void badSyntaxSaysWhatIsWrong(String arg) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Vary.parse(arg));
        assertTrue(e.getMessage().startsWith("--vary '" + arg + "': "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void crossingPositionIsWrittenInTheKeysUnit() {
        Vary v = Vary.parse("vehicle_line.takt=210s,45s");
        assertEquals("105.1s", v.axisText(105.12));
        assertEquals("", v.axisText(Double.NaN));
    }
}
