package org.fifsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GridTest {

    /** Full factorial, the first key varying slowest, overrides in key order. */
    @Test
    void fullFactorialInNestedLoopOrder() {
        Grid g = Grid.of(List.of(Vary.parse("a=1,2"), Vary.parse("b=x,y,z")));
        assertEquals(6, g.points().size());
        assertEquals(Map.of("a", "1", "b", "x"), g.overrides(0));
        assertEquals(Map.of("a", "1", "b", "z"), g.overrides(2));
        assertEquals(Map.of("a", "2", "b", "x"), g.overrides(3));
        assertEquals(List.of("a", "b"), List.copyOf(g.overrides(5).keySet()));
    }

    /** One line along the first key per combination of the others. */
    @Test
    void linesAlongTheFirstKey() {
        Grid g = Grid.of(List.of(Vary.parse("a=1,2,3"), Vary.parse("b=x,y")));
        List<Grid.Line> lines = g.lines();
        assertEquals(2, lines.size());
        assertEquals(Map.of("b", "x"), lines.get(0).fixed());
        assertEquals(List.of(0, 2, 4), lines.get(0).points());
        assertEquals(List.of(1, 3, 5), lines.get(1).points());
        assertEquals(List.of(0, 1, 2), Grid.of(List.of(Vary.parse("a=1,2,3"))).lines().get(0).points());
    }

    @Test
    void sizeSaturatesInsteadOfOverflowing() {
        Vary big = Vary.parse("k=1..1000:1000");
        assertEquals(1_000_000L, Grid.size(List.of(big, big)));
        assertEquals(Long.MAX_VALUE, Grid.size(List.of(big, big, big, big, big, big, big)));
    }
}
