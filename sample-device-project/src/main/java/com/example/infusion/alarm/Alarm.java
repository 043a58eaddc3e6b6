package com.example.infusion.alarm;

import java.util.Objects;

/**
 * One alarm as the alarm manager holds it.
 *
 * @param condition what is alarming
 * @param raisedAtMillis pump clock when the alarm was raised
 * @param conditionPresent whether the condition still exists
 * @param acknowledged whether the operator acknowledged it
 */
public record Alarm(AlarmCondition condition, long raisedAtMillis, boolean conditionPresent, boolean acknowledged) {

    /** @throws NullPointerException if the condition is missing */
    public Alarm {
        Objects.requireNonNull(condition, "condition");
    }

    /** @return the priority of the condition */
    public AlarmPriority priority() {
        return condition.priority();
    }

    Alarm withConditionPresent(boolean present) {
        return new Alarm(condition, raisedAtMillis, present, acknowledged);
    }

    Alarm withAcknowledged() {
        return new Alarm(condition, raisedAtMillis, conditionPresent, true);
    }
}
