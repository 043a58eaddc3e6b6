package io.github.iec62304.core.evaluate;

import io.github.iec62304.core.model.Fingerprint;
import io.github.iec62304.core.model.approval.Approval;
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
 * not expired on the build's reference date and an approval (meaning {@code approval}) names the waiver's content
 * fingerprint with exactly the violations of that rule and subject in this build, is kept at level
 * {@link Level#WAIVED} with the waiver; it no longer fails the build, and RELEASE-VERIFIED does not count it. A
 * violation that changed after the approval (another lost test link of the same requirement, a lower coverage) is
 * therefore not accepted until the waiver is approved again. {@link Gates#evaluate} applies the waivers to each
 * rule's findings before the later rules see them.
 */
public final class Waivers {

    /**
     * The rules no waiver may name: they decide whether the evidence itself can be trusted (the version, the commit,
     * the rebuild, the archive, the approval of the release and the approvals the records rest on, the baseline that
     * the regression rules compare with, the verdict), or they judge the waivers themselves.
     */
    public static final Set<String> NEVER_WAIVABLE = Set.of("RELEASE-VERIFIED", "RELEASE-SNAPSHOT", "RELEASE-GIT",
            "RELEASE-REPRODUCIBLE", "RELEASE-ARCHIVED", "RELEASE-APPROVED", "APPROVAL-STALE",
            "REGRESSION-BASELINE", "WAIVER-EXPIRED", "WAIVER-UNUSED");

    /** What became of one waiver in this build. */
    public enum Status {
        /** in force and approved for its content, and it accepts at least one violation */
        APPLIED,
        /** its expiry date is before the build's reference date: it accepts nothing, the violations count */
        EXPIRED,
        /**
         * in force and its rule reports its subject, but no approval names the waiver's content with these
         * violations (none at all, only other fingerprints, or dated later): it accepts nothing, the violations count
         */
        UNAPPROVED,
        /** in force, but its rule found no such violation: the waiver is stale */
        UNUSED,
        /** in force, but its rule does not apply to this build (e.g. a release rule in a development build) */
        NOT_APPLICABLE
    }

    /**
     * One waiver and what it covers.
     *
     * @param waiver      the waiver
     * @param status      what became of it
     * @param violations  the violations of its rule and subject: those it accepts (APPLIED) or those it would accept
     *                    had it not expired (EXPIRED) or were it approved for them (UNAPPROVED); empty otherwise
     * @param fingerprint the waiver's content fingerprint with these violations: what an approval must name
     * @param approval    the approval it holds by (APPLIED), or {@code null}
     */
    public record Outcome(Waiver waiver, Status status, List<Violation> violations, String fingerprint,
                          Approval approval) {

        public Outcome {
            violations = List.copyOf(violations);
        }
    }

    /** A waiver in force and the approval of exactly the violations it names. */
    private record InForce(Waiver waiver, Approval approval) {
    }

    private Waivers() {
    }

    /**
     * @param found         one rule's violations (all of them: a waiver's fingerprint covers every violation of its
     *                      rule and subject)
     * @param register      the waivers
     * @param referenceDate the date the build judges dates against
     * @return the violations, each one that a waiver in force and approved for it names at level WAIVED
     */
    public static List<Violation> apply(List<Violation> found, WaiverRegister register, LocalDate referenceDate) {
        if (register.waivers().isEmpty() || found.isEmpty()) {
            return found;
        }
        Map<String, List<String>> messages = new HashMap<>();
        for (Violation v : found) {
            if (v.waived() == null) {
                messages.computeIfAbsent(key(v.ruleId(), v.subject()), k -> new ArrayList<>()).add(v.statement());
            }
        }
        Map<String, InForce> inForce = new HashMap<>();
        for (Waiver w : register.waivers()) {
            List<String> named = messages.get(key(w.rule(), w.subject()));
            if (named == null || w.expiredOn(referenceDate) || NEVER_WAIVABLE.contains(w.rule())) {
                continue;
            }
            Approval approval = w.approvalOf(Fingerprint.waiver(w, named), referenceDate);
            if (approval != null) {
                inForce.put(key(w.rule(), w.subject()), new InForce(w, approval));
            }
        }
        List<Violation> result = new ArrayList<>(found.size());
        for (Violation v : found) {
            InForce w = v.waived() == null ? inForce.get(key(v.ruleId(), v.subject())) : null;
            result.add(w == null ? v : v.waive(w.waiver(), w.approval()));
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
            List<Violation> named = violations.stream().filter(v -> w.covers(v.ruleId(), v.subject())
                    && (v.waived() == null || v.waived().waiver().id().equals(w.id()))).toList();
            String print = Fingerprint.waiver(w, named.stream().map(Violation::statement).toList());
            if (w.expiredOn(referenceDate)) {
                outcomes.add(new Outcome(w, Status.EXPIRED, named, print, null));
                continue;
            }
            List<Violation> accepted = named.stream().filter(v -> v.waived() != null).toList();
            if (!accepted.isEmpty()) {
                outcomes.add(new Outcome(w, Status.APPLIED, accepted, print, accepted.get(0).waived().approval()));
            } else if (!named.isEmpty()) {
                outcomes.add(new Outcome(w, Status.UNAPPROVED, named, print, null));
            } else {
                outcomes.add(new Outcome(w, ruleApplies.test(w.rule()) ? Status.UNUSED : Status.NOT_APPLICABLE,
                        List.of(), print, null));
            }
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
