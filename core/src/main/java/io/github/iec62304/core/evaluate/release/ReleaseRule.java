package io.github.iec62304.core.evaluate.release;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.RuleDefinition;
import io.github.iec62304.core.model.SafetyClass;

/** A rule of the release gate: applies only to release builds (a version without -SNAPSHOT, or forced). */
abstract class ReleaseRule extends RuleDefinition {

    /** Reason given for development builds. */
    static final String NOT_RELEASE = "not a release build";

    private final boolean warnForA;

    /**
     * @param warnForA {@code true}: WARN for class A, ERROR for B and C; {@code false}: ERROR for every class
     */
    ReleaseRule(String id, String clause, String title, boolean warnForA) {
        super(id, clause, title);
        this.warnForA = warnForA;
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return warnForA && safetyClass == SafetyClass.A ? Level.WARN : Level.ERROR;
    }

    @Override
    public String notApplicable(Evidence evidence) {
        return evidence.release().releaseBuild() ? null : NOT_RELEASE;
    }
}
