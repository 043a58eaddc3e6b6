package com.example.infusion.dosing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Library data integrity; not a software requirement of its own, so no @Verifies. */
class DoseLimitsTest {

    @Test
    void softLimitMayEqualHardLimit() {
        assertDoesNotThrow(() -> DoseLimits.of("5", "5"));
    }

    @Test
    void softLimitAboveHardLimitIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DoseLimits.of("6", "5"));

        assertEquals("soft limit 6 mg/h exceeds hard limit 5 mg/h", e.getMessage());
    }

    @Test
    void softLimitMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> DoseLimits.of("0", "5"));
    }
}
