package io.github.iec62304.core.evaluate;

import io.github.iec62304.core.model.SafetyClass;
import java.util.ArrayList;
import java.util.List;

/** Collects the violations of one rule, at the level that applies to each subject's safety class. */
public final class Findings {

    private final Rule rule;
    private final RuleLevels levels;
    private final List<Violation> violations;
    private final Violation.Location at;

    Findings(Rule rule, RuleLevels levels) {
        this(rule, levels, new ArrayList<>(), null);
    }

    private Findings(Rule rule, RuleLevels levels, List<Violation> violations, Violation.Location at) {
        this.rule = rule;
        this.levels = levels;
        this.violations = violations;
        this.at = at;
    }

    /**
     * @param location where the subject is declared (a register entry's line), or {@code null}
     * @return these findings, reporting every violation without a location of its own at {@code location}: SARIF
     *         and the CI tools show it there
     */
    public Findings at(Violation.Location location) {
        return new Findings(rule, levels, violations, location);
    }

    /**
     * @param file the register (as named in messages), or {@code null} when the subject comes from no file
     * @param line the entry's line, 0 when unknown
     * @return these findings, located at that line of that file (see {@link #at(Violation.Location)})
     */
    public Findings at(String file, int line) {
        return at(file == null || file.isBlank() ? null : new Violation.Location(file, line));
    }

    /**
     * @param subjectClass safety class of the subject, which decides the level
     * @param subject      requirement id, class or method
     * @param message      what was found and what to do
     */
    public void report(SafetyClass subjectClass, String subject, String message) {
        report(subjectClass, subject, message, (Violation.Location) null, message);
    }

    /**
     * @param statement the finding without what depends on the day or the kind of build (see
     *                  {@link Violation#statement()}): what a waiver's approval binds to
     */
    public void report(SafetyClass subjectClass, String subject, String message, String statement) {
        report(subjectClass, subject, message, null, statement);
    }

    /**
     * @param subjectClass safety class of the subject, which decides the level
     * @param subject      requirement id, class or method
     * @param message      what was found and what to do
     * @param location     where the finding is (a register line, a source line), or {@code null}: CI tools show it
     */
    public void report(SafetyClass subjectClass, String subject, String message, Violation.Location location) {
        report(subjectClass, subject, message, location, message);
    }

    private void report(SafetyClass subjectClass, String subject, String message, Violation.Location location,
                        String statement) {
        Level level = levels.levelOf(rule, subjectClass);
        if (level != Level.OFF) {
            violations.add(new Violation(rule.id(), rule.clause(), level, subject, message, null,
                    location == null ? at : location, statement));
        }
    }

    /**
     * Reports at WARN at most: for a finding that a documented decision makes acceptable (e.g. a failing test
     * evaluated as an acceptable residual anomaly), which must stay visible but not stop the build.
     */
    public void warn(SafetyClass subjectClass, String subject, String message) {
        warn(subjectClass, subject, message, message);
    }

    /** As {@link #warn(SafetyClass, String, String)}, with the statement a waiver's approval binds to. */
    public void warn(SafetyClass subjectClass, String subject, String message, String statement) {
        Level level = levels.levelOf(rule, subjectClass);
        if (level != Level.OFF) {
            violations.add(new Violation(rule.id(), rule.clause(), Level.WARN, subject, message, null, at,
                    statement));
        }
    }

    List<Violation> violations() {
        return violations;
    }
}
