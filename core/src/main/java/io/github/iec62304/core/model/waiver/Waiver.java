package io.github.iec62304.core.model.waiver;

import java.time.LocalDate;

/**
 * One entry of the waiver register: a violation the team accepts for now, named by rule id and subject, with the
 * reason, who approved it in which role and when, and the date after which it no longer holds.
 *
 * @param id         the waiver's id, e.g. {@code W-2026-003}
 * @param rule       the rule id whose violation it accepts, e.g. {@code TRACE-TESTED}
 * @param subject    the violation's subject exactly as the rule reports it, e.g. {@code REQ-7} or
 *                   {@code com.acme.Pump#stop}
 * @param rationale  why the violation is acceptable until the expiry date
 * @param approvedBy the name of the person who approved it
 * @param role       that person's role, e.g. {@code Quality manager}
 * @param date       the day it was approved
 * @param expires    the last day it holds; a build whose reference date is later treats it as expired
 * @param line       where it starts in the register
 */
public record Waiver(String id, String rule, String subject, String rationale, String approvedBy, String role,
                     LocalDate date, LocalDate expires, int line) {

    /** @return whether the waiver no longer holds on {@code referenceDate} (it holds through its expiry day) */
    public boolean expiredOn(LocalDate referenceDate) {
        return expires.isBefore(referenceDate);
    }

    /** @return whether it names this rule and subject */
    public boolean covers(String ruleId, String violationSubject) {
        return rule.equals(ruleId) && subject.equals(violationSubject);
    }
}
