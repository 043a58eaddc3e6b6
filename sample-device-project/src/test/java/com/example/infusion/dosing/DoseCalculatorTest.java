package com.example.infusion.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DoseCalculatorTest {

    private final DoseCalculator calculator = new DoseCalculator(DrugLibrary.standard());

    @Test
    void rejectsMissingLibrary() {
        assertThrows(NullPointerException.class, () -> new DoseCalculator(null));
    }

    /** Every test in here verifies the rate formula. */
    @Nested
    @Verifies("REQ-DOSE-001")
    class RateFormula {

        @ParameterizedTest(name = "{0} {1} mg at {2} mg/mL over {3} min = {4} mL/h")
        @CsvSource({
            // drug,     dose mg, conc mg/mL, minutes, expected mL/h
            "Heparin,    25000,   100,        720,     20.8",
            "Heparin,    1000,    100,        60,      10",
            "Morphine,   4,       1,          60,      4",
            "Insulin,    10,      1,          120,     5",
            "Vancomycin, 1000,    5,          90,      133.3",
            "Propofol,   200,     10,         60,      20",
        })
        void computesMillilitresPerHour(String drug, String dose, String conc, long minutes, String expected) {
            InfusionRate rate = calculator.calculate(Prescription.of(drug, dose, conc, minutes));

            assertEquals(0, new BigDecimal(expected).compareTo(rate.mlPerHour()),
                    () -> "expected " + expected + " mL/h but was " + rate.mlPerHour());
        }

        @Test
        void reportsTheDoseRateInMilligramsPerHour() {
            InfusionRate rate = calculator.calculate(Prescription.of("Heparin", "12000", "100", 720));

            assertEquals(new BigDecimal("1000.00"), rate.mgPerHour());
        }
    }

    @Nested
    class HardLimit {

        @Test
        @Verifies("REQ-DOSE-002")
        void refusesDoseRateAboveHardMaximum() {
            // Morphine hard max 15 mg/h; 20 mg over 1 h.
            DoseLimitException e = assertThrows(DoseLimitException.class,
                    () -> calculator.calculate(Prescription.of("Morphine", "20", "1", 60)));

            assertEquals("dose rate 20.00 mg/h of Morphine exceeds the hard limit of 15 mg/h", e.getMessage());
        }

        @Test
        @Verifies("REQ-DOSE-002")
        void acceptsDoseRateExactlyAtHardMaximum() {
            InfusionRate rate = calculator.calculate(Prescription.of("Morphine", "15", "1", 60));

            assertEquals(new BigDecimal("15.0"), rate.mlPerHour());
        }
    }

    @Nested
    class SoftLimit {

        @Test
        @Verifies("REQ-DOSE-003")
        void doseRateAboveSoftMaximumNeedsConfirmation() {
            // Morphine soft max 10 mg/h, hard max 15 mg/h.
            InfusionRate rate = calculator.calculate(Prescription.of("Morphine", "12", "1", 60));

            assertTrue(rate.requiresConfirmation());
            assertFalse(rate.isStartPermitted(false), "must not start unconfirmed");
            assertTrue(rate.isStartPermitted(true), "starts after confirmation");
        }

        @Test
        @Verifies("REQ-DOSE-003")
        void doseRateWithinSoftMaximumStartsWithoutConfirmation() {
            InfusionRate rate = calculator.calculate(Prescription.of("Morphine", "10", "1", 60));

            assertEquals(LimitStatus.WITHIN_LIMITS, rate.status());
            assertFalse(rate.requiresConfirmation());
            assertTrue(rate.isStartPermitted(false));
        }
    }

    @Nested
    @Verifies("REQ-DOSE-006")
    class PumpResolution {

        @ParameterizedTest
        @CsvSource({
            "20.83, 20.8",
            "20.89, 20.8",
            "0.1,   0.1",
            "0.19,  0.1",
            "999.9, 999.9",
        })
        void roundsDownToOneTenth(String exact, String expected) {
            assertEquals(new BigDecimal(expected), DoseCalculator.toPumpResolution(new BigDecimal(exact)));
        }

        @ParameterizedTest
        @CsvSource({"0.099", "0.05", "999.91", "1500"})
        void refusesRatesOutsidePumpRange(String exact) {
            assertThrows(DoseLimitException.class, () -> DoseCalculator.toPumpResolution(new BigDecimal(exact)));
        }

        @Test
        void refusesPrescriptionWhoseRateIsBelowPumpMinimum() {
            // 1 mg of heparin at 100 mg/mL over 24 h = 0.0004 mL/h.
            DoseLimitException e = assertThrows(DoseLimitException.class,
                    () -> calculator.calculate(Prescription.of("Heparin", "1", "100", 1440)));

            assertEquals("rate 0.000 mL/h is below the pump minimum of 0.1 mL/h", e.getMessage());
        }
    }
}
