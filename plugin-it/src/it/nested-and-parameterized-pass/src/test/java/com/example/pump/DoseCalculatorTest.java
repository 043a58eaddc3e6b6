package com.example.pump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DoseCalculatorTest {

    @ParameterizedTest
    @CsvSource({"100, 2, 50", "10, 4, 2.5", "999, 1, 999"})
    @Verifies("REQ-DOSE-001")
    void rateIsVolumeOverDuration(double volume, double hours, double expected) {
        assertEquals(expected, new DoseCalculator().rateMlPerHour(volume, hours), 1e-9);
    }

    @RepeatedTest(3)
    @Verifies("REQ-DOSE-001")
    void rateIsStable() {
        assertEquals(50.0, new DoseCalculator().rateMlPerHour(100, 2), 1e-9);
    }

    @Nested
    class WhenDurationIsInvalid {

        @ParameterizedTest
        @ValueSource(doubles = {0, -1, -0.5})
        @Verifies("REQ-DOSE-002")
        void rejects(double hours) {
            assertThrows(IllegalArgumentException.class, () -> new DoseCalculator().rateMlPerHour(1, hours));
        }
    }
}
