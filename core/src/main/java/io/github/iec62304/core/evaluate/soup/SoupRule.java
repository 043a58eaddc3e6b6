package io.github.iec62304.core.evaluate.soup;

import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.RuleDefinition;
import io.github.iec62304.core.model.SafetyClass;

/**
 * A SOUP rule: SOUP belongs to the whole system, so the system's class decides the level. Rules for all classes
 * (8.1.2) default to ERROR everywhere; rules for class B and C only (5.3.3, 5.3.4, 7.1.2, 7.1.3) are off for A.
 */
abstract class SoupRule extends RuleDefinition {

    private final boolean classBAndCOnly;

    SoupRule(String id, String clause, String title, boolean classBAndCOnly) {
        super(id, clause, title);
        this.classBAndCOnly = classBAndCOnly;
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return classBAndCOnly && safetyClass == SafetyClass.A ? Level.OFF : Level.ERROR;
    }
}
