package io.github.iec62304.core.link;

import static io.github.iec62304.core.link.ReleaseProject.change;
import static io.github.iec62304.core.link.ReleaseProject.requirementChange;
import static io.github.iec62304.core.link.ReleaseProject.soupChange;
import static io.github.iec62304.core.link.ReleaseProject.testChange;
import static io.github.iec62304.core.link.ReleaseProject.unitChange;
import static io.github.iec62304.core.link.UnitProject.item;
import static io.github.iec62304.core.link.UnitProject.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.iec62304.core.link.RegressionModel.Difference;
import io.github.iec62304.core.link.RegressionModel.Kind;
import io.github.iec62304.core.model.Counter;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.release.ChangeLog;
import io.github.iec62304.core.model.release.ChangeRecord;
import io.github.iec62304.core.model.verification.VerificationMethod;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** This build against the baseline: every kind of difference, and only this release's records justify one. */
class RegressionLinkerTest {

    private static final String T = "com.acme.RateTest";
    private static final String SLF4J = "org.slf4j:slf4j-api";

    private static ReleaseProject project() {
        return new ReleaseProject(SafetyClass.B);
    }

    private static List<Difference> differences(ReleaseProject p) {
        return p.regression().differences();
    }

    private static Difference only(ReleaseProject p) {
        List<Difference> all = differences(p);
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    private static Difference test(String subject, String now, String detail) {
        return new Difference(Kind.TEST, subject, SafetyClass.B, "PASSED", now, detail, null);
    }

    // tests

    @Test
    void aTestThatStillPassesIsNoDifference() {
        assertEquals(List.of(), differences(project().baselineTest(T + "#rate", "PASSED")
                .now(p -> p.ran(T, "rate", TestOutcome.PASSED, ""))));
    }

    @Test
    void aSurefireUpgradeIsNoRegression() {
        assertEquals(List.of(), differences(project().baselineTest(T + "#rate[3]", "PASSED")
                .baselineTest(T + "#rep[1]", "PASSED")
                .now(p -> p.ran(T, "rate{int, Zone}[3]", TestOutcome.PASSED, "")
                        .ran(T, "rep()[1]", TestOutcome.PASSED, ""))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"FAILED", "ERROR", "SKIPPED"})
    void aTestThatPassedAndNowDoesNotIsADifference(String outcome) {
        assertEquals(test(T + "#rate[2]", outcome, "expected 2 but was 3"), only(project()
                .baselineTest(T + "#rate[2]", "PASSED")
                .now(p -> p.ran(T, "rate(int)[2]", TestOutcome.valueOf(outcome), "expected 2 but was 3"))));
    }

    @Test
    void aTestThatIsGoneIsADifference() {
        assertEquals(test(T + "#rate", "GONE", ""), only(project().baselineTest(T + "#rate", "PASSED")));
    }

    @Test
    void aTestThatDidNotPassInTheBaselineIsNoDifference() {
        assertEquals(List.of(), differences(project().baselineTest(T + "#a", "FAILED").baselineTest(T + "#b", "SKIPPED")
                .baselineTest(T + "#c", "ERROR").now(p -> p.ran(T, "a", TestOutcome.FAILED, "")
                        .ran(T, "b", TestOutcome.ERROR, ""))));
    }

    @Test
    void theWorstInvocationOfOneKeyDecides() {
        // TestNG prints the arguments and the invocation count; every invocation reads as the method
        assertEquals(test(T + "#rate", "FAILED", "no"), only(project().baselineTest(T + "#rate", "PASSED")
                .now(p -> p.ran(T, "rate[1, A](1)", TestOutcome.PASSED, "")
                        .ran(T, "rate[2, B](2)", TestOutcome.FAILED, "no")
                        .ran(T, "rate[3, C](3)", TestOutcome.PASSED, ""))));
    }

    @Test
    void aTestOfTheClassSystemClassIsJudgedAtTheSystemClass() {
        ReleaseProject p = new ReleaseProject(SafetyClass.C).baselineTest(T + "#rate", "PASSED");

        assertEquals(SafetyClass.C, only(p).safetyClass());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {T, T + "#rate", "com.acme"})
    void aRecordOfThisReleaseRetiresATest(String reference) {
        Difference d = only(project().baselineTest(T + "#rate[1]", "PASSED")
                .change(testChange("CR-1", "1.1.0", reference)));

        assertEquals(reference.equals("com.acme") ? null : new ChangeLog.Justification("CR-1", "Retired with CR-1.",
                "CCB"), d.justification());
    }

    @Test
    void aRecordOfTheOuterClassRetiresItsNestedTests() {
        assertEquals("CR-1", only(project().baselineTest(T + "$WhenOccluded#alarms", "PASSED")
                .change(testChange("CR-1", "1.1.0", T))).justification().change());
    }

    @Test
    void aSnapshotBuildOfTheReleaseUsesItsRecords() {
        assertEquals("CR-1", only(project().version("1.1.0-SNAPSHOT").baselineTest(T + "#rate", "PASSED")
                .change(testChange("CR-1", "1.1.0", T))).justification().change());
    }

    @Test
    void aRecordOfAnEarlierReleaseJustifiesNothing() {
        assertNull(only(project().baselineTest(T + "#rate", "PASSED").change(testChange("CR-0", "1.0.0", T)))
                .justification());
    }

    @Test
    void aRecordOfALaterReleaseJustifiesNothing() {
        assertNull(only(project().baselineTest(T + "#rate", "PASSED").change(testChange("CR-2", "1.1.1", T)))
                .justification());
    }

    @Test
    void theFirstRecordOfThisReleaseThatCoversItJustifies() {
        assertEquals("CR-2", only(project().baselineTest(T + "#rate", "PASSED")
                .change(testChange("CR-0", "1.0.0", T)).change(testChange("CR-1", "1.1.0", T + "#other"))
                .change(testChange("CR-2", "1.1.0", T)).change(testChange("CR-3", "1.1.0", T)))
                .justification().change());
    }

    @Test
    void summaryCountsBothSides() {
        RegressionModel m = project().baselineTest(T + "#a", "PASSED").baselineTest(T + "#b", "FAILED")
                .baselineTest(T + "#gone", "PASSED").baselineRequirement("REQ-1", "VERIFIED", SafetyClass.B)
                .now(p -> p.ran(T, "a", TestOutcome.PASSED, "").ran(T, "b", TestOutcome.PASSED, "")
                        .ran(T, "new[1]", TestOutcome.PASSED, "").ran(T, "new()[2]", TestOutcome.PASSED, "")
                        .requirement("REQ-1", SafetyClass.B).requirement("REQ-2", SafetyClass.B))
                .regression();

        assertEquals(new RegressionModel.Summary(2, 4, 2, 1, 1), m.summary());
    }

    @Test
    void summaryCountsWhatTheBaselinePassedAndVerified() {
        RegressionModel m = project().baselineTest(T + "#a", "PASSED").baselineTest(T + "#b", "SKIPPED")
                .baselineTest(T + "#c", "FAILED").baselineRequirement("REQ-1", "VERIFIED", SafetyClass.B)
                .baselineRequirement("REQ-2", "NOT_VERIFIED", SafetyClass.B)
                .baselineRequirement("REQ-3", "UNTESTED", SafetyClass.B).regression();

        assertEquals(List.of(1, 1), List.of(m.summary().baselineTests(), m.summary().baselineRequirements()));
    }

    // requirements

    @Test
    void aVerifiedRequirementNowNotVerified() {
        assertEquals(new Difference(Kind.REQUIREMENT, "REQ-1", SafetyClass.C, "VERIFIED", "NOT_VERIFIED", "", null),
                only(project().baselineRequirement("REQ-1", "VERIFIED", SafetyClass.B)
                        .baselineTest(T + "#rate", "FAILED")
                        .now(p -> p.requirement("REQ-1", SafetyClass.C).verifies("REQ-1", T, "rate")
                                .ran(T, "rate", TestOutcome.FAILED, "no"))));
    }

    @Test
    void aVerifiedRequirementNowUntested() {
        assertEquals(new Difference(Kind.REQUIREMENT, "REQ-1", SafetyClass.B, "VERIFIED", "UNTESTED", "", null),
                only(project().baselineRequirement("REQ-1", "VERIFIED", SafetyClass.B)
                        .now(p -> p.requirement("REQ-1", SafetyClass.B))));
    }

    @Test
    void aVerifiedRequirementRemovedKeepsItsBaselineClass() {
        assertEquals(new Difference(Kind.REQUIREMENT, "REQ-1", SafetyClass.C, "VERIFIED", "REMOVED", "", null),
                only(project().baselineRequirement("REQ-1", "VERIFIED", SafetyClass.C)));
    }

    @Test
    void aRequirementStillVerifiedIsNoDifference() {
        assertEquals(List.of(), differences(project().baselineRequirement("REQ-1", "VERIFIED", SafetyClass.B)
                .baselineTest(T + "#rate", "PASSED").now(p -> p.requirement("REQ-1", SafetyClass.B)
                        .verifies("REQ-1", T, "rate").ran(T, "rate", TestOutcome.PASSED, ""))));
    }

    @ParameterizedTest(name = "{0} then")
    @ValueSource(strings = {"NOT_VERIFIED", "UNTESTED"})
    void aRequirementNotVerifiedInTheBaselineIsNoDifference(String then) {
        assertEquals(List.of(), differences(project().baselineRequirement("REQ-1", then, SafetyClass.B)
                .now(p -> p.requirement("REQ-1", SafetyClass.B))));
    }

    @ParameterizedTest(name = "{0} then")
    @ValueSource(strings = {"NOT_VERIFIED", "UNTESTED"})
    void aRequirementNotVerifiedInTheBaselineIsStillARemoval(String then) {
        assertEquals(List.of(new Difference(Kind.REQUIREMENT, "REQ-1", SafetyClass.B, then, "REMOVED", "", null)),
                differences(project().baselineRequirement("REQ-1", then, SafetyClass.B)));
    }

    @Test
    void aRecordOfThisReleaseCoversARequirement() {
        assertEquals(new ChangeLog.Justification("CR-1", "Withdrawn.", "CCB"), only(project()
                .baselineRequirement("REQ-1", "VERIFIED", SafetyClass.B)
                .change(requirementChange("CR-1", "1.1.0", "REQ-1"))).justification());
    }

    @Test
    void aRecordOfAnotherRequirementDoesNot() {
        assertNull(only(project().baselineRequirement("REQ-1", "VERIFIED", SafetyClass.B)
                .change(requirementChange("CR-1", "1.1.0", "REQ-10"))).justification());
    }

    /** Issue 16: a method dropped from a requirement's verification plan since the baseline lowers its verification. */
    @Test
    void aMethodDroppedFromTheVerificationPlanIsADifference() {
        assertEquals(new Difference(Kind.REQUIREMENT, "REQ-1", SafetyClass.C, "verification [test, manual-test]",
                "verification [test]", "dropped from its verification plan: manual-test", null),
                only(verifiedByTest(List.of("test", "manual-test"))));
    }

    @Test
    void aMethodDroppedFromThePlanIsCoveredByARecordOfTheRequirement() {
        assertEquals(new ChangeLog.Justification("CR-1", "Withdrawn.", "CCB"),
                only(verifiedByTest(List.of("test", "manual-test"))
                        .change(requirementChange("CR-1", "1.1.0", "REQ-1"))).justification());
    }

    @Test
    void aMethodAddedToThePlanIsNoDifference() {
        assertEquals(List.of(), differences(project()
                .baselineRequirement("REQ-1", "UNTESTED", SafetyClass.C, List.of("test"))
                .now(p -> p.requirement("REQ-1", SafetyClass.C, VerificationMethod.TEST,
                        VerificationMethod.MANUAL_TEST))));
        assertEquals(List.of(), differences(verifiedByTest(List.of("Test"))), "the same plan, as an older writer spelt it");
    }

    /** A baseline bundle written before plans has no 'verification': the reader keeps it unknown, not [test]. */
    @Test
    void aBaselineWithoutPlansIsNotCompared() {
        assertEquals(List.of(), differences(verifiedByTest(null)));
    }

    private static ReleaseProject verifiedByTest(List<String> planThen) {
        return new ReleaseProject(SafetyClass.C).baselineRequirement("REQ-1", "VERIFIED", SafetyClass.C, planThen)
                .baselineTest(T + "#rate", "PASSED").now(p -> p.requirement("REQ-1", SafetyClass.C)
                        .verifies("REQ-1", T, "rate").ran(T, "rate", TestOutcome.PASSED, ""));
    }

    // unit coverage

    private static ReleaseProject calc(int coveredLines, int coveredBranches) {
        return new ReleaseProject(SafetyClass.C)
                .baselineUnit("CALC", SafetyClass.C, new Counter(95, 100), new Counter(90, 100))
                .now(p -> p.item(item("DOSING", null, null, "com.acme.dosing"))
                        .unit(unit("CALC", "DOSING", "com.acme.dosing.Dose*"))
                        .cls("com.acme.dosing.DoseCalc", coveredLines, 100, coveredBranches, 100));
    }

    @ParameterizedTest(name = "lines {0}, branches {1}")
    @CsvSource({"95, 90", "96, 91", "94, 89"})
    void coverageWithinTheToleranceIsNoDifference(int lines, int branches) {
        assertEquals(List.of(), differences(calc(lines, branches)));
    }

    @Test
    void lineCoverageThatFellByMoreThanTheTolerance() {
        assertEquals(new Difference(Kind.UNIT_COVERAGE, "CALC", SafetyClass.C, "lines 95.00%, branches 90.00%",
                "lines 93.00%, branches 90.00%", "line coverage fell from 95.00% to 93.00%", null), only(calc(93, 90)));
    }

    @Test
    void branchCoverageThatFell() {
        assertEquals("branch coverage fell from 90.00% to 88.00%", only(calc(95, 88)).detail());
    }

    @Test
    void bothFell() {
        assertEquals("line coverage fell from 95.00% to 90.00% and branch coverage fell from 90.00% to 80.00%",
                only(calc(90, 80)).detail());
    }

    @Test
    void withToleranceZeroAnyFallCounts() {
        assertEquals("line coverage fell from 95.00% to 94.00%", only(calc(94, 90).tolerance("0")).detail());
    }

    @Test
    void aFallOfExactlyTheToleranceIsNoFall() {
        assertEquals(List.of(), differences(calc(93, 90).tolerance("0.02")));
    }

    @Test
    void fellComparesExactly() {
        assertEquals(List.of(false, true, false, false), List.of(
                RegressionLinker.fell(new Counter(2, 3), new Counter(197, 300), new java.math.BigDecimal("0.01")),
                RegressionLinker.fell(new Counter(2, 3), new Counter(196, 300), new java.math.BigDecimal("0.01")),
                RegressionLinker.fell(Counter.EMPTY, new Counter(0, 10), java.math.BigDecimal.ZERO),
                RegressionLinker.fell(new Counter(5, 10), Counter.EMPTY, java.math.BigDecimal.ZERO)));
    }

    @Test
    void percentagesRoundDownSoAFallNeverPrintsAsNone() {
        assertEquals("lines 66.66%, branches 0.00%", RegressionLinker.coverage(new Counter(2, 3), new Counter(0, 7)));
    }

    @Test
    void aUnitNotInTheBaselineIsNoDifference() {
        assertEquals(List.of(), differences(calc(10, 10).baselineUnit("CALC", SafetyClass.C, Counter.EMPTY,
                Counter.EMPTY).now(p -> { })));
    }

    @Test
    void aRecordOfThisReleaseCoversAUnit() {
        assertEquals(new ChangeLog.Justification("CR-1", "Legacy code removed.", "CCB"),
                only(calc(50, 50).change(unitChange("CR-1", "1.1.0", "CALC"))).justification());
    }

    // SOUP

    private static ReleaseProject slf4j(String then, String now) {
        ReleaseProject p = project();
        if (then != null) {
            p.baselineSoup(SLF4J, then);
        }
        return p.soup(s -> {
            if (now != null) {
                s.ships(SLF4J, now);
            }
        });
    }

    @Test
    void anUnchangedSoupIsNoDifference() {
        assertEquals(List.of(), differences(slf4j("2.0.16", "2.0.16")));
    }

    @Test
    void aSoupChangedInVersion() {
        assertEquals(new Difference(Kind.SOUP, SLF4J, SafetyClass.B, "2.0.16", "2.0.17", "", null),
                only(slf4j("2.0.16", "2.0.17")));
    }

    @Test
    void anAddedSoup() {
        assertEquals(new Difference(Kind.SOUP, SLF4J, SafetyClass.B, null, "2.0.17", "", null),
                only(slf4j(null, "2.0.17")));
    }

    @Test
    void aRemovedSoup() {
        assertEquals(new Difference(Kind.SOUP, SLF4J, SafetyClass.B, "2.0.16", null, "", null),
                only(slf4j("2.0.16", null)));
    }

    @Test
    void aTestScopedComponentIsNoSoup() {
        assertEquals(List.of(), differences(project().soup(s -> s.component(SoupProject.component("junit:junit",
                "4.13.2"), "test"))));
    }

    @Test
    void aRuntimeEntryThatChanged() {
        assertEquals(new Difference(Kind.SOUP, "runtime:Java runtime", SafetyClass.B, "17.0.14", "17.0.15", "",
                null), only(project().baselineSoup("runtime:Java runtime", "17.0.14")
                .soup(s -> s.entry(SoupProject.Entry.runtime("Java runtime", "17.0.15")))));
    }

    @Test
    void aRecordWithTheVersionNowShippedJustifiesAChange() {
        assertEquals(new ChangeLog.Justification("CR-1", "Release notes read.", "CCB"), only(slf4j("2.0.16",
                "2.0.17").change(soupChange("CR-1", "1.1.0", SLF4J, "2.0.17"))).justification());
    }

    @Test
    void aRecordOfAnotherVersionDoesNot() {
        assertNull(only(slf4j("2.0.16", "2.0.18").change(soupChange("CR-1", "1.1.0", SLF4J, "2.0.17")))
                .justification());
    }

    @Test
    void aRecordOfAnEarlierReleaseDoesNot() {
        assertNull(only(slf4j("2.0.16", "2.0.17").change(soupChange("CR-1", "1.0.0", SLF4J, "2.0.17")))
                .justification());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"removed", "Removed", "REMOVED"})
    void aRemovedRecordJustifiesARemoval(String version) {
        assertEquals("CR-1", only(slf4j("2.0.16", null).change(soupChange("CR-1", "1.1.0", SLF4J, version)))
                .justification().change());
    }

    @Test
    void aRecordOfARuntimeEntryJustifiesIt() {
        assertEquals("CR-1", only(project().baselineSoup("runtime:Java runtime", "17.0.14")
                .soup(s -> s.entry(SoupProject.Entry.runtime("Java runtime", "17.0.15")))
                .change(soupChange("CR-1", "1.1.0", "runtime:Java runtime", "17.0.15"))).justification().change());
    }

    @Test
    void againstABaselineWithoutSbomEveryShippedSoupIsAdded() {
        RegressionModel m = slf4j(null, "2.0.17").baselineWithoutSbom().soup(s -> s.ships("com.x:y", "1"))
                .regression();

        assertEquals(List.of("com.x:y", SLF4J), m.of(Kind.SOUP).stream().map(Difference::subject).toList());
        assertEquals("the baseline recorded no SBOM (its SOUP gate was off): every shipped SOUP counts as added",
                m.soupNote());
    }

    @Test
    void withoutSbomInThisBuildSoupIsNotCompared() {
        RegressionModel m = project().baselineSoup(SLF4J, "2.0.16").regression();

        assertEquals(List.of(), m.differences());
        assertEquals("SOUP not compared: this build read no SBOM (its SOUP rules are off)", m.soupNote());
    }

    @Test
    void withBothSbomsThereIsNoNote() {
        assertNull(slf4j("2.0.16", "2.0.16").regression().soupNote());
    }

    @Test
    void differencesAreSortedByKindThenSubject() {
        RegressionModel m = slf4j("2.0.16", "2.0.17").baselineRequirement("REQ-B", "VERIFIED", SafetyClass.B)
                .baselineRequirement("REQ-A", "VERIFIED", SafetyClass.B).baselineTest(T + "#z", "PASSED")
                .baselineTest(T + "#a", "PASSED").regression();

        assertEquals(List.of(T + "#a", T + "#z", "REQ-A", "REQ-B", SLF4J), m.differences().stream()
                .map(Difference::subject).toList());
    }

    @Test
    void theReleaseIsTheVersionWithoutSnapshot() {
        assertEquals("1.1.0", project().version("1.1.0-SNAPSHOT").regression().release());
    }

    @Test
    void aRecordMayCoverSeveralKinds() {
        ChangeRecord all = change("CR-9", "1.1.0", List.of(new ChangeRecord.Reference(T, "t")),
                List.of(new ChangeRecord.Reference("REQ-1", "r")), List.of(), List.of(
                        new ChangeRecord.SoupChange(SLF4J, "2.0.17", "s")));
        List<Difference> d = differences(slf4j("2.0.16", "2.0.17").baselineTest(T + "#m", "PASSED")
                .baselineRequirement("REQ-1", "VERIFIED", SafetyClass.B).change(all));

        assertEquals(List.of("t", "r", "s"), d.stream().map(x -> x.justification().rationale()).toList());
    }
}
