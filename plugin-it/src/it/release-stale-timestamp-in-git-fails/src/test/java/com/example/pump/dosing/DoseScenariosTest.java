package com.example.pump.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import org.junit.jupiter.api.Test;

/** Limit scenarios of the dose calculation unit (mapped to unit DOSE-CALC in architecture.yaml). */
@Verifies("REQ-DOSE-002")
class DoseScenariosTest {

    @Test
    void maximumRateIsAllowed() throws DoseLimitException {
        assertEquals(999.0, new DoseCalculator().rateMlPerHour(999, 1), 1e-9);
    }

    @Test
    void rateAboveMaximumIsRefusedAndNamed() {
        DoseLimitException e = assertThrows(DoseLimitException.class,
                () -> new DoseCalculator().rateMlPerHour(1000, 1));
        assertEquals(1000.0, e.rateMlPerHour(), 1e-9);
        assertEquals("rate 1000.0 mL/h is above the pump's maximum of 999.0 mL/h", e.getMessage());
    }
}
