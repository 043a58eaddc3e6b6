package com.example.infusion.alarm;

import io.github.iec62304.annotations.Implements;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the active alarms, orders them for the display and applies the latching rules.
 * Not thread safe: the pump's control loop owns it.
 */
public final class AlarmManager {

    private static final Logger LOG = LoggerFactory.getLogger(AlarmManager.class);

    /** Display order: most urgent first, then the one raised first. */
    static final Comparator<Alarm> DISPLAY_ORDER = Comparator
            .comparing(Alarm::priority)
            .thenComparingLong(Alarm::raisedAtMillis)
            .thenComparing(Alarm::condition);

    private final Map<AlarmCondition, Alarm> alarms = new EnumMap<>(AlarmCondition.class);

    /**
     * Reports that a condition exists. Raising an alarm that is already active changes nothing,
     * so a persisting condition keeps its original raise time.
     *
     * @param condition the condition detected
     * @param nowMillis pump clock
     */
    public void raise(AlarmCondition condition, long nowMillis) {
        Alarm existing = alarms.get(condition);
        if (existing == null) {
            LOG.warn("{} alarm raised: {}", condition.priority(), condition);
            alarms.put(condition, new Alarm(condition, nowMillis, true, false));
        } else if (!existing.conditionPresent()) {
            alarms.put(condition, existing.withConditionPresent(true));
        }
    }

    /**
     * Reports that a condition no longer exists. A HIGH priority alarm that has not been
     * acknowledged stays active (latching); any other alarm ends.
     *
     * @param condition the condition that ended
     */
    @Implements("REQ-ALARM-005")
    public void conditionCleared(AlarmCondition condition) {
        Alarm existing = alarms.get(condition);
        if (existing == null) {
            return;
        }
        if (condition.priority() == AlarmPriority.HIGH && !existing.acknowledged()) {
            alarms.put(condition, existing.withConditionPresent(false));
        } else {
            alarms.remove(condition);
            LOG.info("{} alarm ended: {}", condition.priority(), condition);
        }
    }

    /**
     * Operator acknowledgement. Ends a latched alarm whose condition is gone; an alarm whose
     * condition persists stays active, marked acknowledged.
     *
     * @param condition the alarm acknowledged
     * @return true if an alarm was active for that condition
     */
    @Implements("REQ-ALARM-005")
    public boolean acknowledge(AlarmCondition condition) {
        Alarm existing = alarms.get(condition);
        if (existing == null) {
            return false;
        }
        if (existing.conditionPresent()) {
            alarms.put(condition, existing.withAcknowledged());
        } else {
            alarms.remove(condition);
            LOG.info("{} alarm ended by acknowledgement: {}", condition.priority(), condition);
        }
        return true;
    }

    /** @return the alarm the display shows first, if any */
    @Implements("REQ-ALARM-004")
    public Optional<Alarm> displayed() {
        return alarms.values().stream().min(DISPLAY_ORDER);
    }

    /** @return every active alarm in display order */
    @Implements("REQ-ALARM-004")
    public List<Alarm> activeAlarms() {
        List<Alarm> sorted = new ArrayList<>(alarms.values());
        sorted.sort(DISPLAY_ORDER);
        return List.copyOf(sorted);
    }

    /** @return true if an alarm for the condition is active */
    public boolean isActive(AlarmCondition condition) {
        return alarms.containsKey(condition);
    }
}
