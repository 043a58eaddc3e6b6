package com.example.infusion.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AlarmManagerTest {

    private final AlarmManager manager = new AlarmManager();

    @Test
    void noAlarmIsDisplayedInitially() {
        assertTrue(manager.displayed().isEmpty());
        assertFalse(manager.acknowledge(AlarmCondition.OCCLUSION));
    }

    @Nested
    class Prioritisation {

        /** Raising order must not matter: each repetition raises in another (seeded) order. */
        @RepeatedTest(5)
        @Verifies("REQ-ALARM-004")
        void highestPriorityIsDisplayedFirstWhateverTheRaisingOrder(RepetitionInfo repetition) {
            List<AlarmCondition> conditions = new ArrayList<>(List.of(AlarmCondition.values()));
            Collections.shuffle(conditions, new Random(repetition.getCurrentRepetition()));
            long now = 0;
            for (AlarmCondition c : conditions) {
                manager.raise(c, now += 10);
            }

            List<AlarmPriority> shown = manager.activeAlarms().stream().map(Alarm::priority).toList();

            assertEquals(AlarmCondition.OCCLUSION, manager.displayed().orElseThrow().condition());
            assertEquals(List.of(AlarmPriority.HIGH, AlarmPriority.MEDIUM, AlarmPriority.LOW, AlarmPriority.LOW), shown);
        }

        @Test
        @Verifies("REQ-ALARM-004")
        void earliestAlarmFirstAmongEqualPriority() {
            manager.raise(AlarmCondition.LOW_BATTERY, 2_000);
            manager.raise(AlarmCondition.INFUSION_COMPLETE, 1_000);

            assertEquals(List.of(AlarmCondition.INFUSION_COMPLETE, AlarmCondition.LOW_BATTERY),
                    manager.activeAlarms().stream().map(Alarm::condition).toList());
        }

        @Test
        @Verifies("REQ-ALARM-004")
        void persistingConditionKeepsItsRaiseTime() {
            manager.raise(AlarmCondition.LOW_BATTERY, 1_000);
            manager.raise(AlarmCondition.INFUSION_COMPLETE, 2_000);
            manager.raise(AlarmCondition.LOW_BATTERY, 3_000);

            assertEquals(AlarmCondition.LOW_BATTERY, manager.displayed().orElseThrow().condition());
            assertEquals(1_000, manager.displayed().orElseThrow().raisedAtMillis());
        }
    }

    @Nested
    class Latching {

        @Test
        @Verifies("REQ-ALARM-005")
        void highPriorityAlarmStaysUntilAcknowledged() {
            manager.raise(AlarmCondition.OCCLUSION, 100);
            manager.conditionCleared(AlarmCondition.OCCLUSION);

            Alarm latched = manager.displayed().orElseThrow();
            assertEquals(AlarmCondition.OCCLUSION, latched.condition());
            assertFalse(latched.conditionPresent());

            assertTrue(manager.acknowledge(AlarmCondition.OCCLUSION));
            assertTrue(manager.displayed().isEmpty());
        }

        @Test
        @Verifies("REQ-ALARM-005")
        void acknowledgedHighPriorityAlarmEndsWithItsCondition() {
            manager.raise(AlarmCondition.OCCLUSION, 100);
            manager.acknowledge(AlarmCondition.OCCLUSION);
            assertTrue(manager.isActive(AlarmCondition.OCCLUSION), "condition still present");
            assertTrue(manager.displayed().orElseThrow().acknowledged());

            manager.conditionCleared(AlarmCondition.OCCLUSION);

            assertFalse(manager.isActive(AlarmCondition.OCCLUSION));
        }

        @ParameterizedTest
        @EnumSource(value = AlarmCondition.class, names = {"PRESSURE_SENSOR_FAULT", "INFUSION_COMPLETE", "LOW_BATTERY"})
        @Verifies("REQ-ALARM-005")
        void lowerPriorityAlarmsEndWithTheirCondition(AlarmCondition condition) {
            manager.raise(condition, 100);

            manager.conditionCleared(condition);

            assertFalse(manager.isActive(condition));
        }

        @Test
        @Verifies("REQ-ALARM-005")
        void latchedAlarmReturningConditionIsPresentAgain() {
            manager.raise(AlarmCondition.OCCLUSION, 100);
            manager.conditionCleared(AlarmCondition.OCCLUSION);
            manager.raise(AlarmCondition.OCCLUSION, 500);

            Alarm alarm = manager.displayed().orElseThrow();
            assertTrue(alarm.conditionPresent());
            assertEquals(100, alarm.raisedAtMillis());
        }
    }
}
