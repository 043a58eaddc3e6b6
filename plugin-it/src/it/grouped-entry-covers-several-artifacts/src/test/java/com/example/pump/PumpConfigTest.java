package com.example.pump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class PumpConfigTest {

    @Test
    @Verifies("REQ-CONFIG-001")
    void readsTheMaximumRate() throws IOException {
        assertEquals(500.0, PumpConfig.parse("{\"maxRateMlPerHour\": 500}").maxRateMlPerHour(), 1e-9);
    }

    @Test
    @Verifies("REQ-CONFIG-001")
    void refusesAFileWithoutIt() {
        assertThrows(IOException.class, () -> PumpConfig.parse("{\"other\": 1}"));
    }
}
