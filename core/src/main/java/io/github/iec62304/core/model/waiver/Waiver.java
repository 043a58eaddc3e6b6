package io.github.iec62304.core.model.waiver;

import io.github.iec62304.core.model.approval.Approval;
import java.time.LocalDate;
import java.util.List;

/**
 * One entry of the waiver register: a violation the team accepts for now, named by rule id and subject, with the
 * reason, its approvals and the date after which it no longer holds. An approval names the content fingerprint of
 * the waiver together with the violations it accepts ({@code Fingerprint.waiver}), so a waiver holds only for the
 * violations as they were when it was approved.
 *
 * @param id        the waiver's id, e.g. {@code W-2026-003}
 * @param rule      the rule id whose violation it accepts, e.g. {@code TRACE-TESTED}
 * @param subject   the violation's subject exactly as the rule reports it, e.g. {@code REQ-7} or
 *                  {@code com.acme.Pump#stop}
 * @param rationale why the violation is acceptable until the expiry date
 * @param approvals who approved it, in which role, when, with which meaning and for which content fingerprint
 * @param expires   the last day it holds; a build whose reference date is later treats it as expired
 * @param line      where it starts in the register
 */
public record Waiver(String id, String rule, String subject, String rationale, List<Approval> approvals,
                     LocalDate expires, int line) {

    public Waiver {
        approvals = List.copyOf(approvals);
    }

    /** @return whether the waiver no longer holds on {@code referenceDate} (it holds through its expiry day) */
    public boolean expiredOn(LocalDate referenceDate) {
        return expires.isBefore(referenceDate);
    }

    /** @return whether it names this rule and subject */
    public boolean covers(String ruleId, String violationSubject) {
        return rule.equals(ruleId) && subject.equals(violationSubject);
    }

    /**
     * @param fingerprint   the waiver's content fingerprint in this build
     * @param referenceDate the date the build judges dates against
     * @return the first approval with meaning {@code approval} of exactly this content, dated on or before the
     *         reference date, or {@code null}: without one the waiver accepts nothing
     */
    public Approval approvalOf(String fingerprint, LocalDate referenceDate) {
        return approvals.stream().filter(a -> a.meaning() == Approval.Meaning.APPROVAL
                && a.fingerprint().equals(fingerprint) && !a.datedAfter(referenceDate)).findFirst().orElse(null);
    }
}
