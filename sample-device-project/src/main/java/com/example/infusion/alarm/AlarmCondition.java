package com.example.infusion.alarm;

/** The conditions the pump can alarm on, each with its fixed priority. */
public enum AlarmCondition {
    /** Downstream occlusion: the patient receives no drug. */
    OCCLUSION(AlarmPriority.HIGH),
    /** Pressure sensor gives implausible values: occlusion detection is blind. */
    PRESSURE_SENSOR_FAULT(AlarmPriority.MEDIUM),
    /** The volume to be infused has been delivered. */
    INFUSION_COMPLETE(AlarmPriority.LOW),
    /** Battery below 20 %. */
    LOW_BATTERY(AlarmPriority.LOW);

    private final AlarmPriority priority;

    AlarmCondition(AlarmPriority priority) {
        this.priority = priority;
    }

    /** @return the priority this condition always alarms with */
    public AlarmPriority priority() {
        return priority;
    }
}
