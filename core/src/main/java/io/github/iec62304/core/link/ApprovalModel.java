package io.github.iec62304.core.link;

import io.github.iec62304.core.model.approval.Approval;
import io.github.iec62304.core.model.approval.ReleaseApprovals;
import java.util.List;

/**
 * The approvals of this build, each compared with the content it approves (IEC 62304 8.2.1; 21 CFR 11.50 for what an
 * approval states).
 *
 * @param contentFingerprint the release content fingerprint of this build (requirements, units, shipped SOUP)
 * @param version            the version the release approval must name ({@code 1.1.0} for {@code 1.1.0-SNAPSHOT})
 * @param approvals          every approval of a change record of this release, of an anomaly record, of a SOUP
 *                           register entry, and of this version's release, with the fingerprint of the content now;
 *                           in that order, file order within each
 * @param release            the release approval file (empty when it does not exist)
 * @param contents           the content fingerprint of every record an approval may approve, for the approver to
 *                           copy: every change record of this release, every anomaly record that is residual or
 *                           has approvals, and every SOUP register entry that has approvals; in file order
 */
public record ApprovalModel(String contentFingerprint, String version, List<Bound> approvals,
                            ReleaseApprovals release, List<Content> contents) {

    public ApprovalModel {
        approvals = List.copyOf(approvals);
        contents = List.copyOf(contents);
    }

    /**
     * A record and the fingerprint of its content now.
     *
     * @param kind        a change record, an anomaly record or a SOUP register entry
     * @param subject     its id
     * @param fingerprint what an approval of it must name
     */
    public record Content(Kind kind, String subject, String fingerprint) {
    }

    /** @return for the record, e.g. {@code 1 current, 1 stale}, or {@code none} */
    public String approvalsOf(Kind kind, String subject) {
        List<Bound> of = approvals.stream().filter(b -> b.kind() == kind && b.subject().equals(subject)).toList();
        long current = of.stream().filter(Bound::current).count();
        long later = of.stream().filter(Bound::future).count();
        return of.isEmpty() ? "none" : current + " current, " + (of.size() - current - later) + " stale"
                + (later > 0 ? ", " + later + " dated later" : "");
    }

    /** What an approval approves. */
    public enum Kind {
        /** a change record of this release ({@code changes.yaml}) */
        CHANGE_RECORD("change record"),
        /** the evaluation of an anomaly ({@code anomalies.yaml}) */
        ANOMALY("anomaly record"),
        /** a SOUP register entry ({@code soup.yaml}): its anomaly review, risk, requirements and support */
        SOUP_ENTRY("SOUP register entry"),
        /** the release content ({@code release-approval.yaml}) */
        RELEASE("release");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** @return how messages name it */
        public String label() {
            return label;
        }
    }

    /** Whether a release approval of this version and content exists. */
    public enum ReleaseStatus {
        /** an approval with meaning {@code approval} names this version and this content fingerprint */
        CURRENT,
        /**
         * approvals with meaning {@code approval} name this version, but another content fingerprint, or are dated
         * after the date the build judges dates against
         */
        STALE,
        /** no approval with meaning {@code approval} names this version */
        MISSING
    }

    /**
     * One approval and the content it approves.
     *
     * @param kind     what it approves
     * @param subject  the record id, or the version for a release approval
     * @param source   the file it is written in
     * @param approval as written
     * @param now      the fingerprint of the content now
     * @param future   whether the approval is dated after the date the build judges dates against: then it approves
     *                 nothing, whatever fingerprint it names
     */
    public record Bound(Kind kind, String subject, String source, Approval approval, String now, boolean future) {

        /** @return {@code true} when the content is still what was approved, on a date not after the build's */
        public boolean current() {
            return !future && approval.fingerprint().equals(now);
        }

        /** @return {@code CURRENT}, {@code STALE} (the content changed) or {@code DATED_LATER} */
        public String status() {
            return future ? "DATED_LATER" : current() ? "CURRENT" : "STALE";
        }
    }

    /** @return whether the project records approvals anywhere (change records, anomaly records or releases) */
    public boolean used() {
        return !approvals.isEmpty() || release.present();
    }

    /** @return the approvals of this version's release */
    public List<Bound> releaseApprovals() {
        return approvals.stream().filter(b -> b.kind() == Kind.RELEASE).toList();
    }

    /** @return the approvals of records (change records, anomaly records and SOUP register entries) */
    public List<Bound> recordApprovals() {
        return approvals.stream().filter(b -> b.kind() != Kind.RELEASE).toList();
    }

    /** @return whether this version and content is approved, approved for other content, or not at all */
    public ReleaseStatus releaseStatus() {
        List<Bound> approving = releaseApprovals().stream()
                .filter(b -> b.approval().meaning() == Approval.Meaning.APPROVAL).toList();
        return approving.stream().anyMatch(Bound::current) ? ReleaseStatus.CURRENT
                : approving.isEmpty() ? ReleaseStatus.MISSING : ReleaseStatus.STALE;
    }
}
