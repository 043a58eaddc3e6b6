package io.github.iec62304.core.evaluate;

import io.github.iec62304.core.model.SafetyClass;

/**
 * A gate rule: a stable id, the IEC 62304 clause it enforces, and its default level for each safety class.
 * Rules report to a {@link Findings} collector; the build fails once, at the end, with all findings.
 */
public interface Rule {

    /** @return the stable id used in messages, configuration and the site, e.g. {@code TRACE-TESTED} */
    String id();

    /** @return the IEC 62304 clause(s), e.g. {@code 5.1.1 c; 5.7.1} */
    String clause();

    /** @return a short statement of what the rule requires */
    String title();

    /** @return the level for a subject of this class when the pom does not override it; OFF where it does not apply */
    Level defaultLevel(SafetyClass safetyClass);

    /**
     * @return why the rule does not apply to this build (e.g. {@code not a release build}), or {@code null} when it
     *         does; a rule that does not apply is not checked and has verdict NOT_APPLICABLE
     */
    default String notApplicable(Evidence evidence) {
        return null;
    }

    /** Checks the evidence and reports every violation to {@code findings}. */
    void check(Evidence evidence, Findings findings);
}
