package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a sweep or a sensitivity cannot vary, as the key registry says. */
class PointInputsKeysTest {
    @Test
    void aMapOrListOfKeysIsNotOneValueToVary() {
        assertEquals("it is a list of keys, not one value; vary one of its keys (logistics.stages.…)",
                PointInputs.reserved("logistics.stages"));
        assertTrue(PointInputs.reserved("energy.pv").startsWith("it is a map of keys"), PointInputs.reserved("energy.pv"));
        assertTrue(PointInputs.reserved("run.seed").contains("same seed"));
    }

    @Test
    void aValueKeyOrAnUnknownOneIsLeftToTheReader() {
        assertNull(PointInputs.reserved("vehicle_line.takt"));
        assertNull(PointInputs.reserved("logistics.stages.inbound-warehouse.target_cover"));
        assertNull(PointInputs.reserved("vehicle_line.tact"));
    }
}
