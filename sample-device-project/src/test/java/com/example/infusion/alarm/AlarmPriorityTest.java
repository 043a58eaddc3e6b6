package com.example.infusion.alarm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Urgency order of IEC 60601-1-8: HIGH before MEDIUM before LOW. */
class AlarmPriorityTest {

    @Test
    void highIsMoreUrgentThanMediumWhichIsMoreUrgentThanLow() {
        assertTrue(AlarmPriority.HIGH.isMoreUrgentThan(AlarmPriority.MEDIUM));
        assertTrue(AlarmPriority.MEDIUM.isMoreUrgentThan(AlarmPriority.LOW));
        assertTrue(AlarmPriority.HIGH.isMoreUrgentThan(AlarmPriority.LOW));
    }

    @Test
    void lowerPriorityIsNotMoreUrgent() {
        assertFalse(AlarmPriority.LOW.isMoreUrgentThan(AlarmPriority.MEDIUM));
        assertFalse(AlarmPriority.MEDIUM.isMoreUrgentThan(AlarmPriority.HIGH));
    }

    @ParameterizedTest
    @EnumSource(AlarmPriority.class)
    void noPriorityIsMoreUrgentThanItself(AlarmPriority priority) {
        assertFalse(priority.isMoreUrgentThan(priority));
    }
}
