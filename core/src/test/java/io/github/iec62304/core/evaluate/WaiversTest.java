package io.github.iec62304.core.evaluate;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.model.Fingerprint;
import io.github.iec62304.core.model.approval.Approval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.core.link.ReleaseProject;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.waiver.Waiver;
import io.github.iec62304.core.model.waiver.WaiverRegister;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Waivers applied to the gates: a waiver in force accepts its violation (WAIVED, not counted by RELEASE-VERIFIED),
 * an expired one accepts nothing and is an error, an unused one warns, one whose rule does not apply is not judged.
 */
class WaiversTest {

    static final String FILE = "src/iec62304/waivers.yaml";
    private static final String T = "com.acme.RateTest";

    /**
     * A class B release (reference date 2026-01-31): REQ-RATE verified and passing, REQ-ALARM implemented but not
     * tested (TRACE-TESTED), so RELEASE-VERIFIED fails unless a waiver accepts it.
     */
    static ReleaseProject project() {
        return new ReleaseProject(SafetyClass.B).declared(ReleaseProject.BaselineDeclared.NONE)
                .now(p -> p.requirement("REQ-RATE", null).requirement("REQ-ALARM", null)
                        .implemented("REQ-RATE", "com.acme.Rate", null).implemented("REQ-ALARM", "com.acme.Rate", null)
                        .verifies("REQ-RATE", T, "rate").ran(T, "rate", TestOutcome.PASSED, "")
                        .cls("com.acme.Rate", 10, 10, 2, 2).testClass(T)).approved();
    }

    private static final String UNTESTED = "TRACE-TESTED REQ-ALARM: \"REQ-ALARM title\" (class B) has no verifying "
            + "test. Add @Verifies(\"REQ-ALARM\") to the test that checks it. [IEC 62304 5.1.1 c; 5.7.1]";

    /** @return the waiver, approved on 2026-01-10 for the violations {@link #project()} reports of it */
    static Waiver waiver(String id, String rule, String subject, String expires) {
        Waiver w = unapproved(id, rule, subject, expires);
        return approved(w, "2026-01-10", Fingerprint.waiver(w, messages(project(), rule, subject)));
    }

    static Waiver unapproved(String id, String rule, String subject, String expires) {
        return new Waiver(id, rule, subject, "Alarm test rig rebuilt by March; inspected (VR-7) until then.",
                List.of(), LocalDate.parse(expires), 2);
    }

    static Waiver approved(Waiver w, String date, String fingerprint) {
        return new Waiver(w.id(), w.rule(), w.subject(), w.rationale(), List.of(new Approval("Dr. Jane Roe",
                "Quality manager", date, Approval.Meaning.APPROVAL, fingerprint, 3)), w.expires(), w.line());
    }

    /** @return the messages of the violations of this rule and subject the project reports without waivers */
    static List<String> messages(ReleaseProject p, String rule, String subject) {
        return Gates.evaluate(Gates.all(), p.evidence(), RuleLevels.defaults()).violations().stream()
                .filter(v -> v.ruleId().equals(rule) && v.subject().equals(subject)).map(Violation::message).toList();
    }

    static GateReport evaluate(ReleaseProject p, Waiver... waivers) {
        return Gates.evaluate(Gates.all(), p.evidence().withWaivers(new WaiverRegister(FILE, List.of(waivers), true)),
                RuleLevels.defaults());
    }

    private static List<String> lines(GateReport report) {
        return report.violations().stream().map(Violation::format).toList();
    }

    private static String verdict(GateReport report, String rule) {
        RuleVerdict v = report.rules().stream().filter(r -> r.id().equals(rule)).findFirst().orElseThrow();
        return v.verdict() + " " + v.errors() + "/" + v.warnings() + "/" + v.waived();
    }

    @Verifies({"TOOL-RELEASE-VERIFIED", "TOOL-TRACE-TESTED"})
    @Test
    void withoutAWaiverTheUntestedRequirementFailsTheRelease() {
        GateReport report = evaluate(project());

        assertEquals(List.of("RELEASE-VERIFIED com.acme:pump:1.1.0: 1 violation at ERROR level remains "
                + "(TRACE-TESTED 1): verification is not complete. [IEC 62304 5.8.1]", UNTESTED), lines(report));
    }

    @Test
    void aWaiverInForceAcceptsItsViolationAndTheReleasePasses() {
        GateReport report = evaluate(project(), waiver("W-1", "TRACE-TESTED", "REQ-ALARM", "2026-01-31"));

        Violation waived = report.violations().get(0);
        assertEquals(List.of(Level.WAIVED, Level.ERROR, "W-1"), List.of(waived.level(), waived.waived().level(),
                waived.waived().waiver().id()));
        assertEquals(1, report.violations().size(), lines(report).toString());
        assertEquals(List.of(0L, 0L, 1L, true), List.of(report.errors(), report.warnings(), report.waived(),
                report.passed()));
        assertEquals("WAIVED 0/0/1", verdict(report, "TRACE-TESTED"));
        assertEquals("PASSED 0/0/0", verdict(report, "RELEASE-VERIFIED"));
        assertEquals("PASSED 0/0/0", verdict(report, "WAIVER-EXPIRED"));
        assertEquals("PASSED 0/0/0", verdict(report, "WAIVER-UNUSED"));
        String line = waived.format();
        assertEquals("WAIVED TRACE-TESTED REQ-ALARM: ", line.substring(0, line.indexOf(": ") + 2));
        assertEquals(" Waiver W-1 (approved by Dr. Jane Roe, Quality manager, on 2026-01-10; expires 2026-01-31): "
                + "Alarm test rig rebuilt by March; inspected (VR-7) until then.", line.substring(line.indexOf("]")
                + 1));
    }

    @Verifies({"TOOL-APPROVAL-STALE", "TOOL-TRACE-TESTED"})
    @Test
    void aWaiverApprovedForAnotherViolationOfTheSameSubjectAcceptsNothing() {
        Waiver w = unapproved("W-1", "TRACE-TESTED", "REQ-ALARM", "2026-12-31");
        String other = Fingerprint.waiver(w, List.of("\"REQ-ALARM title\" (class A) has no verifying test."));
        GateReport report = evaluate(project(), approved(w, "2026-01-10", other));

        assertEquals("FAILED 1/0/0", verdict(report, "TRACE-TESTED"));
        assertEquals(0, report.waived());
        String now = Fingerprint.waiver(w, messages(project(), "TRACE-TESTED", "REQ-ALARM"));
        assertEquals(List.of("APPROVAL-STALE W-1: waiver W-1 (TRACE-TESTED REQ-ALARM, " + FILE + " line 2) is not "
                + "approved for what it would accept now: the approval by Dr. Jane Roe (Quality manager) on "
                + "2026-01-10 (line 3) approved " + other + " (the waiver or the violation it accepts changed after "
                + "the approval). Its content fingerprint with the 1 violation it names in this build is " + now
                + ". It accepts nothing, so the violation counts. Review the violation as it is now (waivers.json, "
                + "index.html) and, if it is still acceptable, approve the waiver: an approval with meaning "
                + "'approval' and fingerprint " + now + ". [IEC 62304 8.2.1; 5.8.3]"), lines(report).stream()
                .filter(l -> l.startsWith("APPROVAL-STALE")).toList());
        assertEquals(List.of(Waivers.Status.UNAPPROVED), Waivers.outcomes(project().evidence().withWaivers(
                new WaiverRegister(FILE, List.of(w), true)), report.violations()).stream()
                .map(Waivers.Outcome::status).toList());
    }

    @Verifies({"TOOL-APPROVAL-STALE", "TOOL-TRACE-TESTED"})
    @Test
    void aWaiverWithoutApprovalAcceptsNothingAndSaysWhatToApprove() {
        Waiver w = unapproved("W-1", "TRACE-TESTED", "REQ-ALARM", "2026-12-31");
        GateReport report = evaluate(project(), w);

        assertEquals("FAILED 1/0/0", verdict(report, "TRACE-TESTED"));
        String stale = lines(report).stream().filter(l -> l.startsWith("APPROVAL-STALE")).findFirst().orElseThrow();
        assertEquals(true, stale.contains("is not approved for what it would accept now: it has no approval. Its "
                + "content fingerprint with the 1 violation it names in this build is " + Fingerprint.waiver(w,
                messages(project(), "TRACE-TESTED", "REQ-ALARM"))), stale);
        assertEquals("FAILED 1/0/0", verdict(report, "APPROVAL-STALE")); // a class B release
    }

    @Verifies({"TOOL-APPROVAL-STALE", "TOOL-TRACE-TESTED"})
    @Test
    void aWaiverApprovedAfterTheReferenceDateAcceptsNothing() {
        Waiver w = unapproved("W-1", "TRACE-TESTED", "REQ-ALARM", "2026-12-31");
        GateReport report = evaluate(project(), approved(w, "2026-02-01", Fingerprint.waiver(w,
                messages(project(), "TRACE-TESTED", "REQ-ALARM"))));

        assertEquals("FAILED 1/0/0", verdict(report, "TRACE-TESTED"));
        assertEquals(true, lines(report).stream().anyMatch(l -> l.startsWith("APPROVAL-STALE W-1:") && l.contains(
                "2026-02-01 (line 3) is dated after the date this build judges dates against (2026-01-31)")),
                lines(report).toString());
    }

    /**
     * Review finding: the waiver's fingerprint covers the messages of its violations, and a date-judged rule writes the
     * build's reference date into its message ("judged against 2026-11-01, the day the build ran"). A waiver of such a
     * violation, approved for the fingerprint the build printed, stops holding the next day although nothing changed.
     */
    @Verifies({"TOOL-APPROVAL-STALE", "TOOL-SOUP-END-OF-SUPPORT"})
    @Test
    void aWaiverOfADateJudgedViolationStillHoldsTheNextDayWhenNothingChanged() {
        java.util.function.Function<LocalDate, io.github.iec62304.core.link.SoupProject> pump = day ->
                new io.github.iec62304.core.link.SoupProject(SafetyClass.C).buildDate(day)
                        .ships("org.slf4j:slf4j-api", "1.7.36").entry(io.github.iec62304.core.link.SoupProject.Entry
                                .component("org.slf4j:slf4j-api", "1.7.36").endOfSupport(
                                        new io.github.iec62304.core.model.soup.SoupEntry.EndOfSupport(
                                                LocalDate.of(2026, 10, 31))));
        String subject = "org.slf4j:slf4j-api:1.7.36";
        LocalDate approvedOn = LocalDate.of(2026, 11, 1);
        Waiver w = unapproved("W-1", "SOUP-END-OF-SUPPORT", subject, "2026-12-31");
        // the fingerprint the build prints for the unapproved waiver (APPROVAL-STALE, waivers.json) on the day
        io.github.iec62304.core.evaluate.Evidence first = pump.apply(approvedOn).evidence().withWaivers(
                new WaiverRegister(FILE, List.of(w), true));
        String printed = Waivers.outcomes(first, Gates.evaluate(Gates.all(), first, RuleLevels.defaults())
                .violations()).get(0).fingerprint();
        Waiver approved = approved(w, approvedOn.toString(), printed);

        GateReport sameDay = Gates.evaluate(Gates.all(), pump.apply(approvedOn).evidence().withWaivers(
                new WaiverRegister(FILE, List.of(approved), true)), RuleLevels.defaults());
        GateReport nextDay = Gates.evaluate(Gates.all(), pump.apply(approvedOn.plusDays(1)).evidence().withWaivers(
                new WaiverRegister(FILE, List.of(approved), true)), RuleLevels.defaults());

        assertEquals("WAIVED 0/0/1", verdict(sameDay, "SOUP-END-OF-SUPPORT"));
        assertEquals("WAIVED 0/0/1", verdict(nextDay, "SOUP-END-OF-SUPPORT"), lines(nextDay).toString());
    }

    /**
     * Review finding: waivers.json says an approval dated after the reference date is {@code current} (it names the
     * fingerprint) while the waiver is UNAPPROVED; everywhere else such an approval is DATED_LATER, not current.
     */
    @Verifies("TOOL-TRACE-TESTED")
    @Test
    void waiversJsonDoesNotCallAnApprovalDatedLaterCurrent() throws Exception {
        Waiver w = unapproved("W-1", "TRACE-TESTED", "REQ-ALARM", "2026-12-31");
        Waiver later = approved(w, "2026-02-01", Fingerprint.waiver(w, messages(project(), "TRACE-TESTED",
                "REQ-ALARM")));
        Evidence evidence = project().evidence().withWaivers(new WaiverRegister(FILE, List.of(later), true));
        GateReport report = Gates.evaluate(Gates.all(), evidence, RuleLevels.defaults());
        var files = io.github.iec62304.core.write.EvidenceBundleWriter.render(
                new io.github.iec62304.core.write.BundleContent(new io.github.iec62304.core.project.ProjectInfo(
                        "com.acme", "pump", "1.1.0", "Pump", "0.1.0", java.time.Instant.parse("2026-01-31T10:00:00Z"),
                        null), true, evidence, report, List.of(), java.util.Map.of()));
        var waiver = new com.fasterxml.jackson.databind.ObjectMapper().readTree(files.get("waivers.json"))
                .get("waivers").get(0);

        assertEquals("UNAPPROVED false", waiver.get("status").asText() + " "
                + waiver.get("approvals").get(0).get("current").asBoolean(), waiver.toString());
    }

    /**
     * Review guard: APPROVAL-STALE judges the waivers against the violations of the rules before it, so a rule after it
     * in {@link Gates#all()} must never be waivable (its waiver would be reported as unused, never as unapproved).
     */
    @Verifies("TOOL-APPROVAL-STALE")
    @Test
    void everyRuleAfterApprovalStaleIsNeverWaivable() {
        List<String> ids = Gates.all().stream().map(Rule::id).toList();
        assertEquals(List.of(), ids.subList(ids.indexOf("APPROVAL-STALE"), ids.size()).stream()
                .filter(id -> !Waivers.NEVER_WAIVABLE.contains(id)).toList());
    }

    @Verifies("TOOL-APPROVAL-STALE")
    @Test
    void noWaiverMayAcceptAStaleApproval() {
        assertEquals(true, Waivers.NEVER_WAIVABLE.contains("APPROVAL-STALE"));
    }

    @Verifies({"TOOL-RELEASE-VERIFIED", "TOOL-TRACE-TESTED", "TOOL-WAIVER-EXPIRED"})
    @Test
    void anExpiredWaiverIsAnErrorAndItsViolationCountsAgain() {
        GateReport report = evaluate(project(), waiver("W-1", "TRACE-TESTED", "REQ-ALARM", "2026-01-30"));

        assertEquals(List.of("RELEASE-VERIFIED com.acme:pump:1.1.0: 2 violations at ERROR level remain "
                        + "(TRACE-TESTED 1, WAIVER-EXPIRED 1): verification is not complete. [IEC 62304 5.8.1]",
                "WAIVER-EXPIRED W-1: waiver W-1 (TRACE-TESTED REQ-ALARM) expired on 2026-01-30, before this build's "
                        + "reference date 2026-01-31 (project.build.outputTimestamp of this release build); it no "
                        + "longer accepts the violation (1 "
                        + "finding), which counts again. Fix the violation, or renew the waiver in " + FILE + " with a "
                        + "new approval and a later expiry date. [IEC 62304 8.2.1; 9.2]"),
                lines(report).stream().filter(l -> !l.equals(UNTESTED)).toList());
        assertEquals(1, lines(report).stream().filter(l -> l.equals(UNTESTED)).count());
        assertEquals("FAILED 1/0/0", verdict(report, "TRACE-TESTED"));
        assertEquals(0, report.waived());
    }

    @Verifies({"TOOL-TRACE-TESTED", "TOOL-WAIVER-EXPIRED"})
    @Test
    void anExpiredWaiverThatMatchesNothingSaysRemoveIt() {
        GateReport report = evaluate(project(), waiver("W-1", "TRACE-TESTED", "REQ-ALARM", "2026-01-31"),
                waiver("W-2", "TRACE-TESTED", "REQ-RATE", "2026-01-11"));

        assertEquals(List.of("WAIVER-EXPIRED W-2: waiver W-2 (TRACE-TESTED REQ-RATE) expired on 2026-01-11, before "
                + "this build's reference date 2026-01-31 (project.build.outputTimestamp of this release build); it "
                + "matches no violation any more. Remove "
                + "it from " + FILE + ". [IEC 62304 8.2.1; 9.2]"), lines(report).stream()
                .filter(l -> l.startsWith("WAIVER")).toList());
    }

    @Verifies({"TOOL-TRACE-TESTED", "TOOL-WAIVER-UNUSED"})
    @Test
    void aWaiverThatMatchesNothingWarnsThatItIsStale() {
        GateReport report = evaluate(project(), waiver("W-1", "TRACE-TESTED", "REQ-ALARM", "2026-12-31"),
                waiver("W-3", "TRACE-TESTED", "REQ-RATE", "2026-12-31"));

        assertEquals(List.of("WAIVER-UNUSED W-3: waiver W-3 (TRACE-TESTED REQ-RATE) matches no violation: "
                + "TRACE-TESTED reports nothing about 'REQ-RATE' in this build. If the problem is resolved, remove "
                + "the waiver from " + FILE + "; if the subject was renamed, correct it. [IEC 62304 8.2.4; 9.5]"),
                lines(report).stream().filter(l -> l.startsWith("WAIVER")).toList());
        assertEquals(List.of(0L, 1L, 1L, true), List.of(report.errors(), report.warnings(), report.waived(),
                report.passed()));
    }

    @Verifies("TOOL-ANOMALY-EVALUATED")
    @Test
    void aWaiverOfARuleThatDoesNotApplyIsNeitherUsedNorStale() {
        GateReport report = evaluate(project().development(), waiver("W-4", "ANOMALY-EVALUATED", "PR-1",
                "2026-12-31"));

        assertEquals(List.of(), lines(report).stream().filter(l -> l.startsWith("WAIVER")).toList());
        assertEquals(List.of(Waivers.Status.NOT_APPLICABLE), Waivers.outcomes(project().development().evidence()
                .withWaivers(new WaiverRegister(FILE, List.of(waiver("W-4", "ANOMALY-EVALUATED", "PR-1",
                        "2026-12-31")), true)), report.violations()).stream().map(Waivers.Outcome::status).toList());
    }

    @Verifies({"TOOL-RELEASE-ARCHIVED", "TOOL-TRACE-TESTED"})
    @Test
    void aWaiverNeverAcceptsAReleaseIntegrityViolationEvenWhenBuiltInCode() {
        // the reader refuses such a waiver; this guards the evaluation on its own
        GateReport report = evaluate(project().notAttached(), waiver("W-1", "TRACE-TESTED", "REQ-ALARM",
                "2026-12-31"), waiver("W-5", "RELEASE-ARCHIVED", "com.acme:pump:1.1.0", "2026-12-31"));

        assertEquals("FAILED 1/0/0", verdict(report, "RELEASE-ARCHIVED"));
        assertEquals(List.of("RELEASE-ARCHIVED 1"), report.violations().stream()
                .filter(v -> v.ruleId().startsWith("RELEASE-ARCHIVED")).map(v -> v.ruleId() + " "
                        + (v.level() == Level.ERROR ? 1 : 0)).toList());
    }

    @Verifies("TOOL-WAIVER-EXPIRED")
    @Test
    void theWaiverRulesDoNotApplyWithoutARegister() {
        GateReport report = Gates.evaluate(Gates.all(), project().evidence(), RuleLevels.defaults());

        RuleVerdict expired = report.rules().stream().filter(r -> r.id().equals("WAIVER-EXPIRED")).findFirst()
                .orElseThrow();
        assertEquals(List.of("NOT_APPLICABLE", "no waiver register (" + FILE + ")"), List.of(expired.verdict(),
                expired.reason()));
    }

    @Test
    void waivedIsNeverAConfigurableLevel() {
        assertEquals("level must be ERROR, WARN or OFF, was 'WAIVED'", org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> Level.parse("WAIVED")).getMessage());
    }

    @Verifies("TOOL-TRACE-TESTED")
    @Test
    void thePassingReleasesChecklistSaysWaivedNeverPassed() throws Exception {
        ReleaseProject p = project();
        io.github.iec62304.core.evaluate.Evidence evidence = p.evidence().withWaivers(new WaiverRegister(FILE,
                List.of(waiver("W-1", "TRACE-TESTED", "REQ-ALARM", "2026-06-30")), true));
        GateReport report = Gates.evaluate(Gates.all(), evidence, RuleLevels.defaults());
        var files = io.github.iec62304.core.write.EvidenceBundleWriter.render(
                new io.github.iec62304.core.write.BundleContent(new io.github.iec62304.core.project.ProjectInfo(
                        "com.acme", "pump", "1.1.0", "Pump", "0.1.0", java.time.Instant.parse("2026-01-31T10:00:00Z"),
                        null), true, evidence, report, List.of(), java.util.Map.of()));
        var item = new com.fasterxml.jackson.databind.ObjectMapper().readTree(files.get("release-checklist.json"))
                .get("items").get(0);

        assertEquals(true, report.passed());
        assertEquals("5.8.1 WAIVED", item.get("clause").asText() + " " + item.get("result").asText());
        assertEquals(true, item.get("evidence").asText().endsWith("; 1 violation WAIVED, not counted as remaining, "
                + "accepted by waiver W-1 (waivers.json)"), item.toString());
    }
}
