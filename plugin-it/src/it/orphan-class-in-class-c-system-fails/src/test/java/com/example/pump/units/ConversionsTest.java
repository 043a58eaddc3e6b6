package com.example.pump.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ConversionsTest {

    @Test
    void ninetyMinutesAreOneAndAHalfHours() {
        assertEquals(1.5, Conversions.minutesToHours(90), 1e-12);
    }

    @Test
    void negativeDurationIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Conversions.minutesToHours(-1));
    }
}
