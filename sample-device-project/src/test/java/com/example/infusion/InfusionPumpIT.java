package com.example.infusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.infusion.alarm.AlarmCondition;
import com.example.infusion.alarm.AlarmManager;
import com.example.infusion.alarm.OcclusionDetector;
import com.example.infusion.alarm.PressureSample;
import com.example.infusion.display.RateFormatter;
import com.example.infusion.dosing.DoseCalculator;
import com.example.infusion.dosing.DoseLimitException;
import com.example.infusion.dosing.DrugLibrary;
import com.example.infusion.dosing.InfusionRate;
import com.example.infusion.dosing.Prescription;
import io.github.iec62304.annotations.Verifies;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Integration of dosing, alarms and display, run by failsafe against the packaged jar. */
class InfusionPumpIT {

    private final DoseCalculator calculator = new DoseCalculator(DrugLibrary.standard());

    @Test
    @Verifies({"REQ-DOSE-001", "REQ-DISP-001", "REQ-DISP-002"})
    void prescriptionToDisplay() {
        InfusionRate rate = calculator.calculate(Prescription.of("heparin ", "25000", "100", 720));

        assertEquals("20.8 mL/h", RateFormatter.formatRate(rate.mlPerHour()));
        assertEquals("12:02", RateFormatter.formatRemainingTime(new BigDecimal("250"), rate.mlPerHour()));
    }

    @Test
    @Verifies({"REQ-DOSE-002", "REQ-DOSE-003"})
    void drugLibraryLimitsGuardTheStart() {
        assertThrows(DoseLimitException.class,
                () -> calculator.calculate(Prescription.of("Insulin", "30", "1", 60)));

        InfusionRate aboveSoft = calculator.calculate(Prescription.of("Insulin", "20", "1", 60));
        assertFalse(aboveSoft.isStartPermitted(false));
        assertTrue(aboveSoft.isStartPermitted(true));
    }

    @Test
    @Verifies({"REQ-ALARM-001", "REQ-ALARM-005"})
    void occlusionDuringInfusionLatchesUntilAcknowledged() {
        AlarmManager alarms = new AlarmManager();
        OcclusionDetector detector = new OcclusionDetector(alarms, 300);
        double[] pressures = {90, 95, 350, 420, 510, 120};
        long t = 0;
        for (double p : pressures) {
            detector.accept(new PressureSample(t += 250, p));
        }

        // Pressure back to normal, but the HIGH priority alarm latches.
        assertTrue(alarms.isActive(AlarmCondition.OCCLUSION));
        assertEquals(AlarmCondition.OCCLUSION, alarms.displayed().orElseThrow().condition());

        alarms.acknowledge(AlarmCondition.OCCLUSION);
        assertTrue(alarms.displayed().isEmpty());
    }
}
