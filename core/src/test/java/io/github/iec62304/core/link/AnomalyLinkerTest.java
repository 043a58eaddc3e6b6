package io.github.iec62304.core.link;

import static io.github.iec62304.core.link.ReleaseProject.evaluated;
import static io.github.iec62304.core.link.ReleaseProject.unevaluated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.iec62304.core.link.AnomalyModel.Kind;
import io.github.iec62304.core.link.AnomalyModel.Residual;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.release.AnomalyRecord;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The residual anomaly list: open problem reports, tests that did not pass, unanalysed vulnerabilities. */
class AnomalyLinkerTest {

    private static final String T = "com.acme.RateTest";
    private static final String LIB = "org.acme:lib";

    private static ReleaseProject project() {
        return new ReleaseProject(SafetyClass.C);
    }

    private static List<Residual> residual(ReleaseProject p) {
        return p.anomalyModel().residual();
    }

    /** @return kind, subject and detail of each residual anomaly */
    private static List<String> summary(ReleaseProject p) {
        return residual(p).stream().map(r -> r.kind() + " " + r.subject() + ": " + r.detail()).toList();
    }

    private static Residual only(ReleaseProject p) {
        List<Residual> all = residual(p);
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    /** REQ-RATE verified by RateTest#rate with the given outcome. */
    private static ReleaseProject verifying(TestOutcome outcome, String message) {
        return project().now(p -> p.requirement("REQ-RATE", null).verifies("REQ-RATE", T, "rate")
                .ran(T, "rate", outcome, message));
    }

    // problem reports

    @ParameterizedTest(name = "{0}")
    @CsvSource({"open, true", "deferred, true", "resolved, false", "closed, false"})
    void openAndDeferredRecordsAreResidual(String status, boolean residual) {
        List<String> expected = residual ? List.of("PROBLEM_REPORT PR-1: " + status) : List.of();
        assertEquals(expected, summary(project().anomaly(unevaluated("PR-1", status, List.of(), List.of()))));
    }

    @Test
    void aProblemReportIsItsOwnRecord() {
        AnomalyRecord pr = evaluated("PR-1", "open", true, List.of(), List.of());
        Residual r = only(project().anomaly(pr));

        assertEquals(new Residual(Kind.PROBLEM_REPORT, "PR-1", "Title of PR-1", "open", "PR-1", pr), r);
        assertEquals("ACCEPTABLE", r.verdict());
    }

    // tests

    @Test
    void aPassingVerifyingTestIsNoAnomaly() {
        assertEquals(List.of(), residual(verifying(TestOutcome.PASSED, "")));
    }

    @Test
    void aFailingVerifyingTest() {
        assertEquals(new Residual(Kind.TEST, T + "#rate", "test " + T + "#rate", "FAILED (expected 2 but was 3)",
                T + "#rate", null), only(verifying(TestOutcome.FAILED, "expected 2 but was 3")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"SKIPPED, SKIPPED", "ERROR, ERROR"})
    void aVerifyingTestThatDidNotPass(TestOutcome outcome, String detail) {
        assertEquals(detail, only(verifying(outcome, "")).detail());
    }

    @Test
    void aVerifyingTestThatDidNotRun() {
        assertEquals(List.of("TEST " + T + "#rate: NOT RUN"), summary(project().now(p -> p
                .requirement("REQ-RATE", null).verifies("REQ-RATE", T, "rate"))));
    }

    @Test
    void aFailingTestThatVerifiesNothingAndIsNoUnitTestIsNotResidual() {
        assertEquals(List.of(), residual(project().now(p -> p.ran("com.acme.other.LooseTest", "m",
                TestOutcome.FAILED, "no"))));
    }

    @Test
    void aUnitTestThatFailedIsOneEntryPerMethodWithTheWorstOutcome() {
        assertEquals(List.of("TEST com.acme.PumpTest#rate: ERROR (boom)"), summary(project().now(p -> p
                .cls("com.acme.Pump").testClass("com.acme.PumpTest")
                .ran("com.acme.PumpTest", "rate(int)[1]", TestOutcome.FAILED, "no")
                .ran("com.acme.PumpTest", "rate(int)[2]", TestOutcome.ERROR, "boom")
                .ran("com.acme.PumpTest", "rate(int)[3]", TestOutcome.SKIPPED, "")
                .ran("com.acme.PumpTest", "works", TestOutcome.PASSED, ""))));
    }

    @Test
    void aUnitTestClassThatDidNotRun() {
        assertEquals(List.of("TEST com.acme.PumpTest: NOT RUN"), summary(project().now(p -> p
                .cls("com.acme.Pump").testClass("com.acme.PumpTest"))));
    }

    @Test
    void aTestThatIsBothVerifyingAndAUnitTestIsListedOnce() {
        assertEquals(List.of("TEST com.acme.PumpTest#rate: FAILED (no)"), summary(project().now(p -> p
                .cls("com.acme.Pump").requirement("REQ-RATE", null)
                .verifies("REQ-RATE", "com.acme.PumpTest", "rate")
                .ran("com.acme.PumpTest", "rate", TestOutcome.FAILED, "no"))));
    }

    @Test
    void aRecordOfTheTestClassExplainsItsMethods() {
        AnomalyRecord pr = evaluated("PR-7", "resolved", true, List.of(T), List.of());

        assertEquals(pr, only(verifying(TestOutcome.FAILED, "x").anomaly(pr)).record());
    }

    @Test
    void aRecordOfTheMethodExplainsIt() {
        AnomalyRecord pr = evaluated("PR-7", "closed", false, List.of(T + "#rate"), List.of());
        Residual r = only(verifying(TestOutcome.FAILED, "x").anomaly(pr));

        assertEquals(List.of("PR-7", "UNACCEPTABLE"), List.of(r.record().id(), r.verdict()));
    }

    @Test
    void aRecordOfAnotherMethodDoesNot() {
        assertNull(only(verifying(TestOutcome.FAILED, "x").anomaly(evaluated("PR-7", "closed", true,
                List.of(T + "#other"), List.of()))).record());
    }

    @Test
    void anEvaluatedRecordWinsOverAnEarlierUnevaluatedOne() {
        ReleaseProject p = verifying(TestOutcome.SKIPPED, "").anomaly(unevaluated("PR-1", "resolved", List.of(T),
                List.of())).anomaly(evaluated("PR-2", "resolved", true, List.of(T + "#rate"), List.of()));

        assertEquals(List.of("PR-2", "ACCEPTABLE"), List.of(only(p).record().id(), only(p).verdict()));
    }

    @Test
    void anUnevaluatedRecordIsKeptButNotEvaluated() {
        Residual r = only(verifying(TestOutcome.SKIPPED, "").anomaly(unevaluated("PR-1", "resolved", List.of(T),
                List.of())));

        assertEquals(List.of("PR-1", "NOT_EVALUATED"), List.of(r.record().id(), r.verdict()));
    }

    @Test
    void aPartlyEvaluatedRecordIsNotEvaluated() {
        AnomalyRecord partial = new AnomalyRecord("PR-1", "T", "resolved", List.of(T), List.of(), "impact",
                "evaluation", "J. Doe", null, true, 2);

        assertEquals("NOT_EVALUATED", only(verifying(TestOutcome.SKIPPED, "").anomaly(partial)).verdict());
    }

    // vulnerabilities

    private static ReleaseProject vulnerable(String state) {
        return project().soup(s -> s.ships(LIB, "1.0").vulnerability("CVE-1", state,
                SoupProject.ref(LIB, "1.0")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"exploitable | exploitable", "in_triage | in_triage",
            "'' | no analysis state"})
    void anUnanalysedOrExploitableVulnerabilityIsResidual(String state, String detail) {
        assertEquals(new Residual(Kind.VULNERABILITY, "CVE-1 (org.acme:lib:1.0)", "vulnerability CVE-1 "
                + "(org.acme:lib:1.0)", detail, "CVE-1", null), only(vulnerable(state)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"not_affected", "false_positive", "resolved", "resolved_with_pedigree"})
    void anAnalysedHarmlessVulnerabilityIsNot(String state) {
        assertEquals(List.of(), residual(vulnerable(state)));
    }

    @Test
    void aVulnerabilityOfATestDependencyIsNot() {
        assertEquals(List.of(), residual(project().soup(s -> s.component(SoupProject.component("junit:junit",
                "4.13.2"), "test").vulnerability("CVE-2", "exploitable", SoupProject.ref("junit:junit", "4.13.2")))));
    }

    @Test
    void aRecordOfTheVulnerabilityEvaluatesIt() {
        AnomalyRecord pr = evaluated("PR-9", "deferred", true, List.of(), List.of("CVE-1"));
        List<Residual> all = residual(vulnerable("exploitable").anomaly(pr));

        assertEquals(List.of("PROBLEM_REPORT PR-9 ACCEPTABLE", "VULNERABILITY CVE-1 (org.acme:lib:1.0) ACCEPTABLE"),
                all.stream().map(r -> r.kind() + " " + r.subject() + " " + r.verdict()).toList());
    }

    @Test
    void aRecordOfAnotherVulnerabilityDoesNot() {
        assertNull(only(vulnerable("exploitable").anomaly(evaluated("PR-9", "closed", true, List.of(),
                List.of("CVE-2")))).record());
    }

    @Test
    void residualAnomaliesAreSortedByKindThenSubject() {
        ReleaseProject p = vulnerable("in_triage").anomaly(unevaluated("PR-2", "open", List.of(), List.of()))
                .anomaly(unevaluated("PR-1", "deferred", List.of(), List.of()))
                .now(x -> x.requirement("REQ-RATE", null).verifies("REQ-RATE", T, "rate")
                        .ran(T, "rate", TestOutcome.FAILED, ""));

        assertEquals(List.of("PROBLEM_REPORT PR-1: deferred", "PROBLEM_REPORT PR-2: open", "TEST " + T
                + "#rate: FAILED", "VULNERABILITY CVE-1 (org.acme:lib:1.0): in_triage"), summary(p));
    }
}
