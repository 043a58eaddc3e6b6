package io.github.iec62304.core.model.approval;

import java.util.List;
import java.util.Locale;

/**
 * One approval of a record in the repository: who (name and role), when, what it means, and the content fingerprint
 * of what was approved (the manifestation 21 CFR 11.50 asks of a signature: name, date and meaning). It is a record
 * bound to content and to git history, not an electronic signature: nothing here verifies who wrote it.
 *
 * @param by          the approver's name
 * @param role        the approver's role, e.g. {@code Quality manager}
 * @param date        ISO date of the approval
 * @param meaning     what the approval means
 * @param fingerprint the content fingerprint of what was approved ({@code v1:} and SHA-256), as the build printed it
 * @param line        line of the approving record in its file
 */
public record Approval(String by, String role, String date, Meaning meaning, String fingerprint, int line) {

    /** What an approval means (21 CFR 11.50 (a)(3): review, approval, responsibility, authorship). */
    public enum Meaning {
        /** the approver reviewed the content */
        REVIEW,
        /** the approver approved the content */
        APPROVAL,
        /** the approver takes responsibility for the content */
        RESPONSIBILITY;

        /** @return the word written in the registers */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** @return the meanings as written, for messages */
        public static List<String> words() {
            return java.util.Arrays.stream(values()).map(Meaning::word).toList();
        }
    }

    /**
     * @param referenceDate the date the build judges dates against
     * @return whether the approval is dated after it: it cannot have approved what this build judges (a typo, or a
     *         date written ahead), so it approves nothing
     */
    public boolean datedAfter(java.time.LocalDate referenceDate) {
        try {
            return date != null && java.time.LocalDate.parse(date).isAfter(referenceDate);
        } catch (java.time.format.DateTimeParseException e) {
            return false; // the readers refuse a date that is not ISO
        }
    }

    /** @return e.g. {@code approval by A. Weber (Quality manager) on 2026-11-20} */
    public String describe() {
        return meaning.word() + " by " + by + " (" + role + ") on " + date;
    }
}
