package com.example.pump;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import org.junit.jupiter.api.Test;

class RetiredRequirementTest {

    @Test
    @Verifies("REQ-RETIRED-001")
    void namesARequirementTheCatalogNoLongerHas() {
        assertTrue(new OcclusionAlarm().isOccluded(301));
    }
}
