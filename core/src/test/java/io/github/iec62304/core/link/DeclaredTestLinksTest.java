package io.github.iec62304.core.link;

import static io.github.iec62304.core.link.TraceLinkerTest.passed;
import static io.github.iec62304.core.link.TraceLinkerTest.record;
import static io.github.iec62304.core.link.TraceLinkerTest.result;
import static io.github.iec62304.core.link.TraceLinkerTest.scan;
import static io.github.iec62304.core.link.TraceLinkerTest.verifies;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.model.CodeLink;
import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.TestRecord;
import io.github.iec62304.core.model.TestSelector;
import io.github.iec62304.core.model.release.TestKey;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Catalog {@code tests:} selectors link reported test cases to a requirement as {@code @Verifies} does. */
@Verifies("TOOL-TRACE-DECLARED-LINKS")
class DeclaredTestLinksTest {

    private static final String CATALOG = "src/iec62304/requirements.yaml";
    private static final String IT_REPORT = "target/invoker-reports/TEST-plugin-it.xml";

    private static RequirementCatalog catalog(String... selectors) {
        List<TestSelector> tests = Arrays.stream(selectors).map(s -> new TestSelector(s, 7)).toList();
        return new RequirementCatalog(CATALOG, List.of(new Requirement("REQ-1", "One", "The first.", null, List.of(),
                List.of(), 2, Requirement.DEFAULT_VERIFICATION, tests)));
    }

    private static RequirementTrace row(RequirementCatalog catalog, List<CodeLink> links, TestRecord record) {
        return TraceLinker.link(catalog, SafetyClass.C, scan(links, Set.of(), Map.of()), record).rows().get(0);
    }

    private static TestCaseResult it(String cls, String name, TestOutcome outcome) {
        return new TestCaseResult(cls, name, outcome, 3.0, 0, outcome == TestOutcome.PASSED ? "" : "The build failed.",
                List.of(IT_REPORT));
    }

    private static TestRecord withIds(TestCaseResult... cases) {
        List<TestKey.Reported> reported = Arrays.stream(cases).map(c -> new TestKey.Reported(c.className(), c.name(),
                1)).toList();
        List<String> ids = TestKey.identities(reported);
        TestCaseResult[] withIds = new TestCaseResult[cases.length];
        for (int i = 0; i < cases.length; i++) {
            withIds[i] = cases[i].withId(ids.get(i));
        }
        return record(withIds);
    }

    @Test
    void aClassSelectorLinksEveryMethodOfTheClassAndItsNestedClasses() {
        RequirementTrace row = row(catalog("com.acme.PumpIT"), List.of(), record(passed("com.acme.PumpIT#starts"),
                passed("com.acme.PumpIT$WhenOccluded#alarms"), passed("com.acme.PumpITOther#unrelated")));

        TestLink link = new TestLink(CATALOG, 7, "com.acme.PumpIT");
        assertEquals(List.of("com.acme.PumpIT#starts", "com.acme.PumpIT$WhenOccluded#alarms"),
                row.verifiedBy().stream().map(t -> t.test().toString()).toList());
        assertEquals(List.of(List.of(link), List.of(link)), row.verifiedBy().stream().map(VerifyingTest::links).toList());
        assertEquals(RequirementTrace.Status.VERIFIED, row.status());
    }

    @Test
    void aMethodSelectorTakesEveryInvocationAndTheWorstOutcome() {
        RequirementTrace row = row(catalog("tests.test_dose#test_rate"), List.of(), withIds(
                it("tests.test_dose", "test_rate[1-2]", TestOutcome.PASSED),
                it("tests.test_dose", "test_rate[3-4]", TestOutcome.FAILED),
                it("tests.test_dose", "test_other", TestOutcome.PASSED)));

        VerifyingTest t = row.verifiedBy().get(0);
        assertEquals(1, row.verifiedBy().size());
        assertEquals(new CodeLocation("tests.test_dose", "test_rate"), t.test());
        assertEquals(TestOutcome.FAILED, t.outcome());
        assertEquals(2, t.invocations());
        assertEquals(RequirementTrace.Status.NOT_VERIFIED, row.status());
    }

    @Test
    void theWholeReportedNameOfAPytestCaseMatchesItWhetherItRanOnceOrOften() {
        TestRecord once = withIds(it("tests.test_alarm.TestAlarm", "test_threshold[300-True]", TestOutcome.PASSED));
        TestRecord twice = withIds(it("tests.test_alarm.TestAlarm", "test_threshold[300-True]", TestOutcome.PASSED),
                it("tests.test_alarm.TestAlarm", "test_threshold[299-False]", TestOutcome.FAILED));
        String selector = "tests.test_alarm.TestAlarm#test_threshold[300-True]";

        assertEquals("tests.test_alarm.TestAlarm#test_threshold", once.cases().get(0).id());
        for (TestRecord record : List.of(once, twice)) {
            RequirementTrace row = row(catalog(selector), List.of(), record);
            assertEquals(List.of("tests.test_alarm.TestAlarm#test_threshold PASSED 1"), row.verifiedBy().stream()
                    .map(t -> t.test() + " " + t.outcome() + " " + t.invocations()).toList());
        }
    }

    @Test
    void anIndexedSelectorTakesOnlyThatInvocation() {
        RequirementTrace row = row(catalog("com.acme.DoseIT#rate[2]"), List.of(), withIds(
                it("com.acme.DoseIT", "rate(int)[1]", TestOutcome.FAILED),
                it("com.acme.DoseIT", "rate(int)[2]", TestOutcome.PASSED)));

        assertEquals(List.of(new VerifyingTest(new CodeLocation("com.acme.DoseIT", "rate"), TestOutcome.PASSED, 1, 0,
                "", "", List.of(IT_REPORT), List.of(new TestLink(CATALOG, 7, "com.acme.DoseIT#rate[2]")))),
                row.verifiedBy());
    }

    @Test
    void twoSelectorsOfOneMethodKeepTheFailingInvocation() {
        TestRecord record = withIds(it("tests.test_alarm.TestAlarm", "test_threshold[300-True]", TestOutcome.PASSED),
                it("tests.test_alarm.TestAlarm", "test_threshold[299-False]", TestOutcome.FAILED));
        for (String[] order : List.of(new String[] {"[300-True]", "[299-False]"},
                new String[] {"[299-False]", "[300-True]"})) {
            RequirementTrace row = row(catalog("tests.test_alarm.TestAlarm#test_threshold" + order[0],
                    "tests.test_alarm.TestAlarm#test_threshold" + order[1]), List.of(), record);

            assertEquals(List.of("tests.test_alarm.TestAlarm#test_threshold FAILED 2"), row.verifiedBy().stream()
                    .map(t -> t.test() + " " + t.outcome() + " " + t.invocations()).toList(), order[0]);
            assertEquals(2, row.verifiedBy().get(0).links().size());
            assertEquals(RequirementTrace.Status.NOT_VERIFIED, row.status(), order[0]);
        }
    }

    @Test
    void anInvokerItIsMatchedByItsReportedClassAndName() {
        RequirementTrace row = row(catalog("plugin-it.all-traced-passes#all-traced-passes"), List.of(), record(
                it("plugin-it.all-traced-passes", "all-traced-passes", TestOutcome.PASSED),
                it("plugin-it.untested-requirement-fails", "untested-requirement-fails", TestOutcome.PASSED)));

        assertEquals(List.of("plugin-it.all-traced-passes#all-traced-passes PASSED"), row.verifiedBy().stream()
                .map(t -> t.test() + " " + t.outcome()).toList());
    }

    @Test
    void aSelectorThatMatchesNothingIsAVerifyingTestThatDidNotRun() {
        RequirementTrace row = row(catalog("com.acme.PumpIT#start"), List.of(), record(passed("com.acme.PumpIT#starts"),
                passed("com.acme.PumpIT#stops"), passed("org.other.Far#away")));

        VerifyingTest t = row.verifiedBy().get(0);
        assertEquals(new CodeLocation("com.acme.PumpIT", "start"), t.test());
        assertEquals(TestOutcome.NOT_RUN, t.outcome());
        assertEquals("no test case in this build's test reports matches the selector 'com.acme.PumpIT#start' that "
                + CATALOG + ":7 declares (tests:); nearest reported: com.acme.PumpIT#starts, com.acme.PumpIT#stops; "
                + "run that test in this build so its JUnit XML report is read, or fix the selector to the report's "
                + "classname#name (see test-identity.html)", t.notRunReason());
        assertEquals(RequirementTrace.Status.NOT_VERIFIED, row.status());
    }

    @Test
    void aRequirementWhoseOnlySelectorMatchesNothingInAnEmptyRecordIsNotVerified() {
        RequirementTrace row = row(catalog("com.acme.PumpIT"), List.of(), record());

        assertEquals(TestOutcome.NOT_RUN, row.verifiedBy().get(0).outcome());
        assertEquals("no test case in this build's test reports matches the selector 'com.acme.PumpIT' that " + CATALOG
                + ":7 declares (tests:); run that test in this build so its JUnit XML report is read, or fix the "
                + "selector to the report's classname#name (see test-identity.html)",
                row.verifiedBy().get(0).notRunReason());
        assertEquals(RequirementTrace.Status.NOT_VERIFIED, row.status());
    }

    @Test
    void aSelectorWhoseReportIsStaleSaysSo() {
        TestRecord stale = new TestRecord(List.of(), List.of(), Map.of("maven.invoker.it.pump-installs",
                "target/failsafe-reports/TEST-pump-installs.xml"));
        RequirementTrace row = row(catalog("maven.invoker.it.pump-installs"), List.of(), stale);

        assertEquals("no test case in this build's test reports matches the selector 'maven.invoker.it.pump-installs' "
                + "that " + CATALOG + ":7 declares (tests:); its class has results only in "
                + "target/failsafe-reports/TEST-pump-installs.xml, written before the classes were last compiled, "
                + "which do not count (write or copy that report after compiling); run that test in this build so its "
                + "JUnit XML report is read, or fix the selector to the report's classname#name (see "
                + "test-identity.html)", row.verifiedBy().get(0).notRunReason());
    }

    @Test
    void aSelectorOfATestThatAlsoCarriesVerifiesIsOneRowWithBothLinks() {
        RequirementTrace row = row(catalog("com.acme.FooTest"), List.of(verifies("REQ-1", "com.acme.FooTest#bar")),
                record(passed("com.acme.FooTest#bar")));

        assertEquals(1, row.verifiedBy().size());
        assertEquals(List.of(TestLink.ANNOTATION, new TestLink(CATALOG, 7, "com.acme.FooTest")),
                row.verifiedBy().get(0).links());
        assertEquals(List.of("@Verifies", CATALOG + ":7 tests: com.acme.FooTest"), row.verifiedBy().get(0).links()
                .stream().map(TestLink::label).toList());
    }

    @Test
    void aFailingDeclaredTestBesidesAPassingAnnotatedOneLeavesTheRequirementNotVerified() {
        RequirementTrace row = row(catalog("robot.Pump Tests#Dose Is Computed"),
                List.of(verifies("REQ-1", "com.acme.FooTest#bar")), record(passed("com.acme.FooTest#bar"),
                        result("robot.Pump Tests#Dose Is Computed", TestOutcome.FAILED, "expected 5 but was 6")));

        assertEquals(List.of("com.acme.FooTest#bar PASSED", "robot.Pump Tests#Dose Is Computed FAILED"),
                row.verifiedBy().stream().map(t -> t.test() + " " + t.outcome()).toList());
        assertEquals(RequirementTrace.Status.NOT_VERIFIED, row.status());
    }

    @Test
    void nearestNamesAreWithinAThirdOfTheLengthNearestFirst() {
        assertEquals(List.of("com.acme.PumpIT", "com.acme.PumpITs"), NearestNames.of("com.acme.PumpiT",
                List.of("com.acme.PumpITs", "com.acme.PumpIT", "org.other.Thing"), 3));
        assertEquals(List.of(), NearestNames.of("abc", List.of("xyzw"), 3));
    }
}
