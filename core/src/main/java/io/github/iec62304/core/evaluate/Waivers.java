package io.github.iec62304.core.evaluate;

import io.github.iec62304.core.model.waiver.Waiver;
import io.github.iec62304.core.model.waiver.WaiverRegister;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Links the waiver register to the violations: a violation whose rule and subject a waiver names, when the waiver has
 * not expired on the build's reference date, is kept at level {@link Level#WAIVED} with the waiver; it no longer
 * fails the build, and RELEASE-VERIFIED does not count it. {@link Gates#evaluate} applies the waivers to each rule's
 * findings before the later rules see them.
 */
public final class Waivers {

    /**
     * The rules no waiver may name: they decide whether the evidence itself can be trusted (the version, the commit,
     * the rebuild, the archive, the approval of the release, the baseline that the regression rules compare with, the
     * verdict), or they judge the waivers themselves.
     */
    public static final Set<String> NEVER_WAIVABLE = Set.of("RELEASE-VERIFIED", "RELEASE-SNAPSHOT", "RELEASE-GIT",
            "RELEASE-REPRODUCIBLE", "RELEASE-ARCHIVED", "RELEASE-APPROVED",
            "REGRESSION-BASELINE", "WAIVER-EXPIRED", "WAIVER-UNUSED");

    /** What became of one waiver in this build. */
    public enum Status {
        /** in force, and it accepts at least one violation */
        APPLIED,
        /** its expiry date is before the build's reference date: it accepts nothing, the violations count */
        EXPIRED,
        /** in force, but its rule found no such violation: the waiver is stale */
        UNUSED,
        /** in force, but its rule does not apply to this build (e.g. a release rule in a development build) */
        NOT_APPLICABLE
    }

    /**
     * One waiver and what it covers.
     *
     * @param waiver     the waiver
     * @param status     what became of it
     * @param violations the violations of its rule and subject: those it accepts (APPLIED) or those it would accept
     *                   had it not expired (EXPIRED); empty otherwise
     */
    public record Outcome(Waiver waiver, Status status, List<Violation> violations) {

        public Outcome {
            violations = List.copyOf(violations);
        }
    }

    private Waivers() {
    }

    /**
     * @param found         one rule's violations
     * @param register      the waivers
     * @param referenceDate the date the build judges dates against
     * @return the violations, each one that a waiver in force names at level WAIVED
     */
    public static List<Violation> apply(List<Violation> found, WaiverRegister register, LocalDate referenceDate) {
        if (register.waivers().isEmpty() || found.isEmpty()) {
            return found;
        }
        Map<String, Waiver> inForce = new HashMap<>();
        for (Waiver w : register.waivers()) {
            if (!w.expiredOn(referenceDate) && !NEVER_WAIVABLE.contains(w.rule())) {
                inForce.put(key(w.rule(), w.subject()), w);
            }
        }
        List<Violation> result = new ArrayList<>(found.size());
        for (Violation v : found) {
            Waiver w = v.waived() == null ? inForce.get(key(v.ruleId(), v.subject())) : null;
            result.add(w == null ? v : v.waive(w));
        }
        return result;
    }

    /**
     * @param register      the waivers
     * @param referenceDate the date the build judges dates against
     * @param violations    the violations reported (after the waivers were applied)
     * @param ruleApplies   whether a rule applied to this build (was checked)
     * @return one outcome per waiver, in register order
     */
    public static List<Outcome> outcomes(WaiverRegister register, LocalDate referenceDate, List<Violation> violations,
                                         Predicate<String> ruleApplies) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Waiver w : register.waivers()) {
            if (w.expiredOn(referenceDate)) {
                outcomes.add(new Outcome(w, Status.EXPIRED, violations.stream()
                        .filter(v -> v.waived() == null && w.covers(v.ruleId(), v.subject())).toList()));
                continue;
            }
            List<Violation> accepted = violations.stream()
                    .filter(v -> v.waived() != null && v.waived().waiver().id().equals(w.id())).toList();
            Status status = !accepted.isEmpty() ? Status.APPLIED
                    : ruleApplies.test(w.rule()) ? Status.UNUSED : Status.NOT_APPLICABLE;
            outcomes.add(new Outcome(w, status, accepted));
        }
        return outcomes;
    }

    /**
     * @param evidence   what was judged, with the waivers
     * @param violations the violations reported (after the waivers were applied)
     * @return one outcome per waiver, in register order; a rule applies when it is checked in this build
     */
    public static List<Outcome> outcomes(Evidence evidence, List<Violation> violations) {
        return outcomes(evidence.waivers(), evidence.release().referenceDate().date(), violations,
                id -> Gates.all().stream().filter(r -> r.id().equals(id)).findFirst()
                        .map(r -> r.notApplicable(evidence) == null).orElse(false));
    }

    private static String key(String rule, String subject) {
        return rule + '\u0000' + subject;
    }
}
