package io.github.iec62304.core.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.link.ApprovalModel;
import io.github.iec62304.core.link.ReleaseProject;
import io.github.iec62304.core.link.SoupProject;
import io.github.iec62304.core.model.Fingerprint;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.approval.Approval;
import io.github.iec62304.core.model.release.ChangeRecord;
import io.github.iec62304.core.model.soup.SoupEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * APPROVAL-STALE and RELEASE-APPROVED: an approval names the fingerprint of what was approved; a change of the record
 * or of a requirement it names makes it stale, and a release needs an approval of exactly its version and content.
 */
class ApprovalRulesTest {

    private static final String T = "com.acme.RateTest";
    private static final String TEXT = "The pump shall REQ-RATE.";

    private static ReleaseProject project(SafetyClass cls) {
        return new ReleaseProject(cls).declared(ReleaseProject.BaselineDeclared.NONE)
                .now(p -> p.requirement("REQ-RATE", null).implemented("REQ-RATE", "com.acme.Rate", null)
                        .verifies("REQ-RATE", T, "rate").ran(T, "rate", TestOutcome.PASSED, "")
                        .cls("com.acme.Rate", 10, 10, 2, 2).testClass(T));
    }

    /** CR-7 of release 1.1.0, approved when REQ-RATE read {@code approvedText}. */
    private static ChangeRecord approvedWhen(String approvedText) {
        ChangeRecord unapproved = ReleaseProject.requirementChange("CR-7", "1.1.0", "REQ-RATE");
        String print = Fingerprint.changeRecord(unapproved, id -> Fingerprint.requirement("REQ-RATE title",
                approvedText, List.of()));
        return new ChangeRecord(unapproved.id(), unapproved.release(), unapproved.description(), "CCB",
                unapproved.date(), unapproved.tests(), unapproved.requirements(), unapproved.units(),
                unapproved.soup(), 2, List.of(), List.of(), List.of(), List.of(new Approval("A. Weber",
                "Head of quality", "2026-01-20", Approval.Meaning.APPROVAL, print, 9)));
    }

    @Verifies("TOOL-APPROVAL-STALE")
    @Test
    void anApprovalOfTheContentAsItIsIsCurrent() {
        ReleaseProject p = project(SafetyClass.B).change(approvedWhen(TEXT)).approved();

        assertEquals(List.of(), p.evaluate().violations());
        assertEquals("PASSED", p.verdict("APPROVAL-STALE").verdict());
        assertEquals(List.of("CURRENT", "CURRENT"), p.evidence().approvals().approvals().stream()
                .map(ApprovalModel.Bound::status).toList());
    }

    @Verifies("TOOL-APPROVAL-STALE")
    @Test
    void aRequirementChangedAfterTheApprovalMakesItStale() {
        ReleaseProject p = project(SafetyClass.C).change(approvedWhen("The pump shall limit the rate.")).approved();
        ApprovalModel.Bound b = p.evidence().approvals().recordApprovals().get(0);

        assertEquals(List.of("APPROVAL-STALE CR-7: change record CR-7 (src/iec62304/changes.yaml line 9): the approval "
                + "by A. Weber (Head of quality) on 2026-01-20 approved content fingerprint " + b.approval().fingerprint()
                + ", but the content is now " + b.now() + " (the record, or a requirement it names, changed after the "
                + "approval), so it approves something that no longer exists. Review the change record as it is now "
                + "and re-approve it: copy " + b.now() + " into the approval with the date of the new review. "
                + "[IEC 62304 8.2.1; 5.8.3]"), p.lines("APPROVAL-STALE"));
        assertEquals(Level.ERROR, p.evaluate().violations().stream().filter(v -> v.ruleId().equals("APPROVAL-STALE"))
                .findFirst().orElseThrow().level());
    }

    @Verifies("TOOL-APPROVAL-STALE")
    @Test
    void anApprovalDatedAfterTheDateTheBuildJudgesApprovesNothing() {
        ChangeRecord current = approvedWhen(TEXT);
        Approval a = current.approvals().get(0);
        ChangeRecord later = new ChangeRecord(current.id(), current.release(), current.description(), "CCB",
                current.date(), current.tests(), current.requirements(), current.units(), current.soup(), 2, List.of(),
                List.of(), List.of(), List.of(new Approval(a.by(), a.role(), "2026-02-01", a.meaning(),
                a.fingerprint(), 9)));
        ReleaseProject p = project(SafetyClass.C).change(later).approved();

        assertEquals(List.of("APPROVAL-STALE CR-7: change record CR-7 (src/iec62304/changes.yaml line 9): the approval "
                + "by A. Weber (Head of quality) on 2026-02-01 is dated after the date this build judges dates against "
                + "(2026-01-31, project.build.outputTimestamp of this release build), so it approves nothing yet. "
                + "Correct its date; the content it must name is " + a.fingerprint() + ". [IEC 62304 8.2.1; 5.8.3]"),
                p.lines("APPROVAL-STALE"));
        assertEquals("DATED_LATER", p.evidence().approvals().recordApprovals().get(0).status());
    }

    @Verifies("TOOL-APPROVAL-STALE")
    @Test
    void aSoupEntryApprovedBeforeItsReviewChangedIsStale() {
        SoupProject.Entry entry = SoupProject.Entry.component("org.x:y", "1.0");
        String approvedPrint = Fingerprint.soupEntry(entry.build(2));
        entry.approvals(new Approval("S. Eng", "Safety engineer", "2026-01-10", Approval.Meaning.APPROVAL,
                approvedPrint, 12));
        ReleaseProject current = project(SafetyClass.C).soup(s -> s.ships("org.x:y", "1.0").entry(entry)).approved();

        assertEquals(List.of(), current.lines("APPROVAL-STALE"));
        assertEquals(List.of("SOUP_ENTRY org.x:y " + approvedPrint), current.evidence().approvals().contents().stream()
                .filter(c -> c.kind() == ApprovalModel.Kind.SOUP_ENTRY).map(c -> c.kind() + " " + c.subject() + " "
                        + c.fingerprint()).toList());

        entry.review(new SoupEntry.AnomalyReview("1.0", java.time.LocalDate.of(2026, 1, 15), "J. Doe",
                "Issue 42 now affects the parser we use; mitigated by input limits."));
        ReleaseProject changed = project(SafetyClass.C).soup(s -> s.ships("org.x:y", "1.0").entry(entry)).approved();
        String now = Fingerprint.soupEntry(entry.build(2));

        assertEquals(List.of("APPROVAL-STALE org.x:y: SOUP register entry org.x:y (src/iec62304/soup.yaml line 12): "
                + "the approval by S. Eng (Safety engineer) on 2026-01-10 approved content fingerprint "
                + approvedPrint + ", but the content is now " + now + " (the entry, e.g. its anomaly review, version "
                + "or risk, changed after the approval), so it approves something that no longer exists. Review the "
                + "SOUP register entry as it is now and re-approve it: copy " + now + " into the approval with the "
                + "date of the new review. [IEC 62304 8.2.1; 5.8.3]"), changed.lines("APPROVAL-STALE"));
    }

    @Verifies("TOOL-RELEASE-APPROVED")
    @Test
    void aChangeRecordOfTheReleaseWithoutAnApprovalIsReportedByReleaseApproved() {
        ChangeRecord unapproved = ReleaseProject.requirementChange("CR-7", "1.1.0", "REQ-RATE");
        ReleaseProject p = project(SafetyClass.C).change(unapproved).approved();
        String print = Fingerprint.changeRecord(unapproved, id -> Fingerprint.requirement("REQ-RATE title", TEXT,
                List.of()));

        assertEquals(List.of("RELEASE-APPROVED CR-7: change record CR-7 of release 1.1.0 has no approval with meaning "
                + "'approval' (none): nothing records that the change was approved for what it says. Its content "
                + "fingerprint is " + print + ". Review the change record, then add to it in "
                + "src/iec62304/changes.yaml: 'approvals:' with by, role, date, 'meaning: approval', 'fingerprint: "
                + print + "'. [IEC 62304 5.8.1; 5.8.4; 8.2.1]"), p.lines("RELEASE-APPROVED"));
        assertEquals(List.of(), project(SafetyClass.C).change(approvedWhen(TEXT)).approved()
                .lines("RELEASE-APPROVED"));
        assertEquals(List.of(), project(SafetyClass.C).development().change(unapproved).lines("RELEASE-APPROVED"));
    }

    @Test
    void aStaleApprovalWarnsInADevelopmentBuildAndForClassA() {
        assertEquals(List.of(Level.WARN), levels(project(SafetyClass.C).development()
                .change(approvedWhen("Old text."))));
        assertEquals(List.of(Level.WARN), levels(project(SafetyClass.A).change(approvedWhen("Old text."))));
    }

    private static List<Level> levels(ReleaseProject p) {
        return p.evaluate().violations().stream().filter(v -> v.ruleId().equals("APPROVAL-STALE"))
                .map(Violation::level).toList();
    }

    @Verifies("TOOL-APPROVAL-STALE")
    @Test
    void withoutApprovalsOnRecordsTheRuleDoesNotApply() {
        RuleVerdict v = project(SafetyClass.C).change(ReleaseProject.requirementChange("CR-7", "1.1.0", "REQ-RATE"))
                .verdict("APPROVAL-STALE");

        assertEquals("NOT_APPLICABLE: no change record of this release, no anomaly record and no SOUP entry has approvals, and there are no waivers",
                v.verdict() + ": " + v.reason());
    }

    @Verifies("TOOL-RELEASE-APPROVED")
    @Test
    void aReleaseWithoutApprovalIsReportedAsAWarningByDefault() {
        ReleaseProject p = project(SafetyClass.C);
        String print = p.evidence().approvals().contentFingerprint();

        assertEquals(List.of("RELEASE-APPROVED com.acme:pump:1.1.0: release 1.1.0 is not approved: no approval with "
                + "meaning 'approval' in src/iec62304/release-approval.yaml names version 1.1.0. Its release content "
                + "fingerprint is " + print + ". Review this build's evidence, then add to "
                + "src/iec62304/release-approval.yaml: '- version: 1.1.0', by, role, date, 'meaning: approval', "
                + "'fingerprint: " + print + "'. [IEC 62304 5.8.1; 5.8.4; 8.2.1]"), p.lines("RELEASE-APPROVED"));
        assertEquals(List.of("WARNED", "MISSING"), List.of(p.verdict("RELEASE-APPROVED").verdict(),
                p.evidence().approvals().releaseStatus().name()));
    }

    @Verifies("TOOL-RELEASE-APPROVED")
    @Test
    void aReleaseApprovalOfOtherContentIsStaleAndAnErrorWhereTheTeamRaisedTheRule() {
        String other = "v1:" + "cd".repeat(32);
        ReleaseProject p = project(SafetyClass.C).releaseApproval("1.1.0", new Approval("A. Weber",
                "Head of quality", "2026-01-21", Approval.Meaning.APPROVAL, other, 2));
        String print = p.evidence().approvals().contentFingerprint();
        GateReport raised = p.evaluate(RuleLevels.parse(java.util.Map.of("RELEASE-APPROVED", "ERROR"),
                Gates.ids()));

        assertEquals(List.of("ERROR RELEASE-APPROVED com.acme:pump:1.1.0: release 1.1.0 was approved for other "
                + "content: the approval by A. Weber (Head of quality) on 2026-01-21 (line 2) approved " + other
                + ", but this build's release content fingerprint is " + print + " (a requirement, a unit's code or "
                + "the shipped SOUP changed after the approval). Review this build's evidence, then add to "
                + "src/iec62304/release-approval.yaml: '- version: 1.1.0', by, role, date, 'meaning: approval', "
                + "'fingerprint: " + print + "'."), raised.violations().stream()
                .filter(v -> v.ruleId().equals("RELEASE-APPROVED")).map(v -> v.level() + " " + v.ruleId() + " "
                        + v.subject() + ": " + v.message()).toList());
        assertEquals("STALE", p.evidence().approvals().releaseStatus().name());
    }

    /**
     * Review finding: a release approval that names exactly this content but is dated after the reference date was
     * reported as "approved for other content ... (a requirement, a unit's code or the shipped SOUP changed after the
     * approval)": nothing changed, only the date is wrong.
     */
    @Verifies("TOOL-RELEASE-APPROVED")
    @Test
    void aReleaseApprovalOfThisContentDatedLaterDoesNotSayTheContentChanged() {
        ReleaseProject p = project(SafetyClass.C);
        String print = p.evidence().approvals().contentFingerprint();
        p.releaseApproval("1.1.0", new Approval("A. Weber", "Head of quality", "2026-02-01", Approval.Meaning.APPROVAL,
                print, 2));

        assertEquals("STALE", p.evidence().approvals().releaseStatus().name());
        assertEquals(List.of("RELEASE-APPROVED com.acme:pump:1.1.0: release 1.1.0 is not approved on its date: the "
                + "approval by A. Weber (Head of quality) on 2026-02-01 (line 2) is dated after the date this build "
                + "judges dates against (2026-01-31), so it approves nothing; this build's release content "
                + "fingerprint is " + print + ". Review this build's evidence, then add to "
                + "src/iec62304/release-approval.yaml: '- version: 1.1.0', by, role, date, 'meaning: approval', "
                + "'fingerprint: " + print + "'. [IEC 62304 5.8.1; 5.8.4; 8.2.1]"), p.lines("RELEASE-APPROVED"));
    }

    @Verifies("TOOL-RELEASE-APPROVED")
    @Test
    void aReviewOrAnApprovalOfAnotherVersionIsNoReleaseApproval() {
        ReleaseProject p = project(SafetyClass.C);
        String print = p.evidence().approvals().contentFingerprint();
        p.releaseApproval("1.1.0", new Approval("B. Kim", "Tester", "2026-01-21", Approval.Meaning.REVIEW, print, 2))
                .releaseApproval("1.0.0", new Approval("A. Weber", "QA", "2026-10-01", Approval.Meaning.APPROVAL,
                        print, 8));

        assertEquals("MISSING", p.evidence().approvals().releaseStatus().name());
        assertEquals(1, p.lines("RELEASE-APPROVED").size());
    }

    @Test
    void theReleaseContentFingerprintFollowsTheRequirementsText() {
        String before = project(SafetyClass.C).evidence().approvals().contentFingerprint();
        String changed = new ReleaseProject(SafetyClass.C).declared(ReleaseProject.BaselineDeclared.NONE)
                .now(p -> p.requirement("REQ-RATE", null).requirement("REQ-NEW", null)
                        .implemented("REQ-RATE", "com.acme.Rate", null).verifies("REQ-RATE", T, "rate")
                        .ran(T, "rate", TestOutcome.PASSED, "").cls("com.acme.Rate", 10, 10, 2, 2).testClass(T))
                .evidence().approvals().contentFingerprint();

        assertEquals(List.of(true, false), List.of(before.startsWith("v1:"), before.equals(changed)));
    }
}
