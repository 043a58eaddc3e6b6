package com.example.infusion.alarm;

/** Alarm priorities in the sense of IEC 60601-1-8, most urgent first. */
public enum AlarmPriority {
    /** Immediate response required; latching. */
    HIGH,
    /** Prompt response required. */
    MEDIUM,
    /** Awareness required. */
    LOW;

    /** @return true if this priority is more urgent than {@code other} */
    public boolean isMoreUrgentThan(AlarmPriority other) {
        return compareTo(other) < 0;
    }
}
