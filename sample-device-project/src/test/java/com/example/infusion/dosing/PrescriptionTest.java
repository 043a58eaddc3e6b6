package com.example.infusion.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PrescriptionTest {

    @Test
    @Verifies("REQ-DOSE-004")
    void acceptsValidOrderAndTrimsDrugName() {
        Prescription p = Prescription.of("  Heparin ", "25000", "100", 720);

        assertEquals("Heparin", p.drugName());
        assertEquals(Duration.ofHours(12), p.duration());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    @Verifies("REQ-DOSE-004")
    void rejectsMissingDrugName(String name) {
        assertThrows(IllegalArgumentException.class, () -> Prescription.of(name, "1", "1", 60));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "-0.001", "0.000"})
    @Verifies("REQ-DOSE-004")
    void rejectsDoseThatIsNotPositive(String dose) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Prescription.of("Heparin", dose, "100", 60));

        assertEquals("dose must be greater than 0 mg, was " + dose, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5"})
    @Verifies("REQ-DOSE-004")
    void rejectsConcentrationThatIsNotPositive(String concentration) {
        assertThrows(IllegalArgumentException.class, () -> Prescription.of("Heparin", "1000", concentration, 60));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 59, 86_401, -60})
    @Verifies("REQ-DOSE-004")
    void rejectsDurationOutsideOneMinuteToTwentyFourHours(long seconds) {
        assertThrows(IllegalArgumentException.class, () -> new Prescription(
                "Heparin", BigDecimal.TEN, BigDecimal.ONE, Duration.ofSeconds(seconds)));
    }

    @ParameterizedTest
    @ValueSource(longs = {60, 86_400})
    @Verifies("REQ-DOSE-004")
    void acceptsDurationLimits(long seconds) {
        Prescription p = new Prescription("Heparin", BigDecimal.TEN, BigDecimal.ONE, Duration.ofSeconds(seconds));

        assertEquals(seconds, p.duration().toSeconds());
    }
}
