package io.github.iec62304.core.evaluate;

import io.github.iec62304.core.model.approval.Approval;
import io.github.iec62304.core.model.waiver.Waiver;
import java.util.Comparator;

/**
 * One finding of one rule about one subject.
 *
 * @param ruleId  stable rule id, e.g. {@code TRACE-TESTED}
 * @param clause  the IEC 62304 clause(s) the rule enforces
 * @param level   ERROR or WARN; WAIVED when a waiver in force accepts it
 * @param subject what it is about: a requirement id, a class or method
 * @param message what was found and what to do
 * @param waived  the waiver that accepts it and the level the rule reported, or {@code null} when not waived
 * @param location where in the project the finding is, or {@code null} when the rule knows no place (most rules):
 *                 a navigation aid for CI tools (SARIF), not part of the finding's identity in the evidence, so the
 *                 log line, the order and {@code manifest.json} do not depend on it
 * @param statement what was found, without what depends on the day or the kind of build (the date it was judged
 *                against, the advice of a development build): what a waiver's approval binds to, so that it still
 *                holds tomorrow and in the release build when nothing about the finding changed; the message itself
 *                for most rules
 */
public record Violation(String ruleId, String clause, Level level, String subject, String message, Waived waived,
                        Location location, String statement) implements Comparable<Violation> {

    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::level).reversed()
            .thenComparing(Violation::ruleId).thenComparing(Violation::subject).thenComparing(Violation::message);

    /**
     * A waived violation: the waiver in force that accepts it and the level the rule reported (ERROR or WARN).
     *
     * @param waiver   the waiver
     * @param level    what the violation would count as without it
     * @param approval the waiver's approval of exactly this violation
     */
    public record Waived(Waiver waiver, Level level, Approval approval) {
    }

    /**
     * A place in the project: a register line (a requirement's entry in {@code requirements.yaml}) or a source line.
     *
     * @param file project-relative path with {@code /} separators, e.g. {@code src/iec62304/requirements.yaml}
     * @param line 1-based line, or 0 when only the file is known
     */
    public record Location(String file, int line) {

        public Location {
            if (file == null || file.isBlank()) {
                throw new IllegalArgumentException("a location names a file");
            }
            file = file.replace('\\', '/');
            line = Math.max(0, line);
        }
    }

    /** A violation no waiver accepts, without a location, whose statement is its message. */
    public Violation(String ruleId, String clause, Level level, String subject, String message) {
        this(ruleId, clause, level, subject, message, null, null, message);
    }

    /** A violation without a location, whose statement is its message. */
    public Violation(String ruleId, String clause, Level level, String subject, String message, Waived waived) {
        this(ruleId, clause, level, subject, message, waived, null, message);
    }

    /** A violation whose statement is its message. */
    public Violation(String ruleId, String clause, Level level, String subject, String message, Waived waived,
                     Location location) {
        this(ruleId, clause, level, subject, message, waived, location, message);
    }

    public Violation {
        if ((level == Level.WAIVED) != (waived != null)) {
            throw new IllegalArgumentException("a violation is at level WAIVED exactly when a waiver accepts it");
        }
        if (statement == null) {
            statement = message;
        }
    }

    /**
     * @param waiver   the waiver in force
     * @param approval its approval of this violation
     * @return this violation, accepted by {@code waiver}: level WAIVED, remembering the level the rule reported
     */
    public Violation waive(Waiver waiver, Approval approval) {
        return new Violation(ruleId, clause, Level.WAIVED, subject, message, new Waived(waiver, level, approval),
                location, statement);
    }

    /** @return this violation at {@code where} (a rule that knows the place of its finding) */
    public Violation at(Location where) {
        return new Violation(ruleId, clause, level, subject, message, waived, where, statement);
    }

    /**
     * @return one line for the build log: {@code TRACE-TESTED REQ-1: ... [IEC 62304 5.1.1 c]}; a waived one starts
     *         with {@code WAIVED} and ends with the waiver's id, approval, expiry and rationale
     */
    public String format() {
        String line = ruleId + " " + subject + ": " + message + " [IEC 62304 " + clause + "]";
        if (waived == null) {
            return line;
        }
        Waiver w = waived.waiver();
        Approval a = waived.approval();
        return "WAIVED " + line + " Waiver " + w.id() + " (approved by " + a.by() + ", " + a.role() + ", on "
                + a.date() + "; expires " + w.expires() + "): " + w.rationale();
    }

    @Override
    public int compareTo(Violation other) {
        return ORDER.compare(this, other);
    }
}
