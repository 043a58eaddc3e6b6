package io.github.iec62304.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.core.model.CodeLink;
import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.LinkKind;
import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.TestRecord;
import io.github.iec62304.core.read.classes.CodeScanner;
import io.github.iec62304.core.read.classes.fixture.InfusionPump;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TraceLinkerTest {

    private static final String NO_REPORT = "no report has a result for it";
    private static final String UNRECOGNISED_NAMES = "its class has results under other names: the 'phrased' "
            + "reporter or display names hide method names, so it cannot be matched";

    private static final String REPORTS = "target/surefire-reports/";

    static Requirement req(String id, SafetyClass cls) {
        return new Requirement(id, "Title of " + id, "Text of " + id, cls, List.of(), List.of(), 1);
    }

    static RequirementCatalog catalog(String... ids) {
        return new RequirementCatalog("src/iec62304/requirements.yaml",
                Arrays.stream(ids).map(id -> req(id, null)).toList());
    }

    static CodeLocation loc(String location) {
        int hash = location.indexOf('#');
        return hash < 0 ? new CodeLocation(location, null)
                : new CodeLocation(location.substring(0, hash), location.substring(hash + 1));
    }

    static CodeLink verifies(String id, String location) {
        return new CodeLink(LinkKind.VERIFIES, id, loc(location));
    }

    static CodeLink implementsReq(String id, String location) {
        return new CodeLink(LinkKind.IMPLEMENTS, id, loc(location));
    }

    static CodeScan scan(List<CodeLink> links, Set<String> tests, Map<String, String> superClasses) {
        return new CodeScan(links.stream().sorted().toList(),
                tests.stream().map(TraceLinkerTest::loc).collect(java.util.stream.Collectors.toSet()), superClasses,
                List.of(), java.nio.file.attribute.FileTime.fromMillis(0), List.of(), List.of(), java.util.Set.of());
    }

    static TestCaseResult result(String test, TestOutcome outcome, String message) {
        CodeLocation l = loc(test);
        return new TestCaseResult(l.className(), l.methodName(), outcome, 0.5, 0, message,
                List.of(REPORTS + "TEST-" + l.className() + ".xml"));
    }

    static TestCaseResult passed(String test) {
        return result(test, TestOutcome.PASSED, "");
    }

    static TestRecord record(TestCaseResult... cases) {
        return new TestRecord(List.of(cases), List.of(), Map.of());
    }

    static VerifyingTest verifying(String test, TestOutcome outcome, int invocations, String message,
                                   String... sources) {
        return new VerifyingTest(loc(test), outcome, invocations, 0, message, "", List.of(sources));
    }

    private static RequirementTrace only(TraceMatrix matrix) {
        assertEquals(1, matrix.rows().size());
        return matrix.rows().get(0);
    }

    @Test
    void methodLevelVerifiesMatchesPlainName() {
        TraceMatrix m = TraceLinker.link(catalog("REQ-1"), SafetyClass.B,
                scan(List.of(verifies("REQ-1", "a.PumpTest#rate")), Set.of("a.PumpTest#rate", "a.PumpTest#rateX"),
                        Map.of()),
                record(passed("a.PumpTest#rate"), result("a.PumpTest#rateX", TestOutcome.FAILED, "not mine")));

        RequirementTrace row = only(m);
        assertEquals(List.of(verifying("a.PumpTest#rate", TestOutcome.PASSED, 1, "",
                REPORTS + "TEST-a.PumpTest.xml")), row.verifiedBy());
        assertEquals(RequirementTrace.Status.VERIFIED, row.status());
        assertEquals(SafetyClass.B, row.safetyClass());
    }

    @Test
    void classLevelVerifiesExpandsToItsAndNestedClassesTestMethods() {
        TraceMatrix m = TraceLinker.link(catalog("REQ-1"), SafetyClass.C,
                scan(List.of(verifies("REQ-1", "a.PumpTest")),
                        Set.of("a.PumpTest#rate", "a.PumpTest$WhenOccluded#alarms", "a.PumpTestOther#other",
                                "a.Pump#notATestClassMethod"),
                        Map.of()),
                record(passed("a.PumpTest#rate"), passed("a.PumpTest$WhenOccluded#alarms"),
                        passed("a.PumpTestOther#other")));

        assertEquals(List.of(
                verifying("a.PumpTest#rate", TestOutcome.PASSED, 1, "", REPORTS + "TEST-a.PumpTest.xml"),
                verifying("a.PumpTest$WhenOccluded#alarms", TestOutcome.PASSED, 1, "",
                        REPORTS + "TEST-a.PumpTest$WhenOccluded.xml")),
                only(m).verifiedBy());
    }

    @Test
    void verifiesOnNestedClassCoversOnlyThatClass() {
        TraceMatrix m = TraceLinker.link(catalog("REQ-1"), SafetyClass.C,
                scan(List.of(verifies("REQ-1", "a.PumpTest$WhenOccluded")),
                        Set.of("a.PumpTest#rate", "a.PumpTest$WhenOccluded#alarms"), Map.of()),
                record(passed("a.PumpTest#rate"), passed("a.PumpTest$WhenOccluded#alarms")));

        assertEquals(List.of(loc("a.PumpTest$WhenOccluded#alarms")),
                only(m).verifiedBy().stream().map(VerifyingTest::test).toList());
    }

    @Test
    void classWithoutRecognisedTestMethodsMatchesAllItsReportedCases() {
        // e.g. TestNG's class-level @Test: no method carries a test annotation
        TraceMatrix m = TraceLinker.link(catalog("REQ-1"), SafetyClass.C,
                scan(List.of(verifies("REQ-1", "a.NgTest")), Set.of(), Map.of()),
                record(passed("a.NgTest#one"), result("a.NgTest$Inner#two", TestOutcome.SKIPPED, "later"),
                        passed("a.NgTestOther#three")));

        assertEquals(List.of(new VerifyingTest(loc("a.NgTest"), TestOutcome.SKIPPED, 2, 0, "later", "",
                        List.of(REPORTS + "TEST-a.NgTest$Inner.xml", REPORTS + "TEST-a.NgTest.xml"))),
                only(m).verifiedBy());
    }

    @Test
    void inheritedTestMethodIsMatchedThroughTheSubclassReport() {
        TraceMatrix m = TraceLinker.link(catalog("REQ-1"), SafetyClass.C,
                scan(List.of(verifies("REQ-1", "a.AbstractAlarmTest#sounds")), Set.of("a.AbstractAlarmTest#sounds"),
                        Map.of("a.AudibleAlarmTest", "a.AbstractAlarmTest",
                                "a.LoudAlarmTest", "a.AudibleAlarmTest")),
                record(passed("a.AudibleAlarmTest#sounds"), result("a.LoudAlarmTest#sounds", TestOutcome.FAILED,
                        "too quiet")));

        assertEquals(List.of(verifying("a.AbstractAlarmTest#sounds", TestOutcome.FAILED, 2, "too quiet",
                        REPORTS + "TEST-a.AudibleAlarmTest.xml", REPORTS + "TEST-a.LoudAlarmTest.xml")),
                only(m).verifiedBy());
    }

    @Test
    void testWithoutAnyReportIsNotRun() {
        TraceMatrix m = TraceLinker.link(catalog("REQ-1"), SafetyClass.C,
                scan(List.of(verifies("REQ-1", "a.PumpTest#rate")), Set.of("a.PumpTest#rate"), Map.of()),
                record(passed("a.OtherTest#rate")));

        RequirementTrace row = only(m);
        assertEquals(List.of(new VerifyingTest(loc("a.PumpTest#rate"), TestOutcome.NOT_RUN, 0, 0, "", NO_REPORT,
                List.of())), row.verifiedBy());
        assertEquals(RequirementTrace.Status.NOT_VERIFIED, row.status());
    }

    @Test
    void notRunButClassReportedUnderOtherNames() {
        TraceMatrix m = TraceLinker.link(catalog("REQ-1"), SafetyClass.C,
                scan(List.of(verifies("REQ-1", "a.PumpTest#rate")), Set.of("a.PumpTest#rate"), Map.of()),
                record(passed("a.PumpTest#Computes the hourly rate")));

        assertEquals(List.of(new VerifyingTest(loc("a.PumpTest#rate"), TestOutcome.NOT_RUN, 0, 0, "", UNRECOGNISED_NAMES,
                List.of())), only(m).verifiedBy());
    }

    @Test
    void notRunWhileOtherTestsOfItsClassRanIsNotBlamedOnDisplayNames() {
        // e.g. -Dtest=PumpTest#other: the class has results, all under names of known test methods
        TraceMatrix m = TraceLinker.link(catalog("REQ-1"), SafetyClass.C,
                scan(List.of(verifies("REQ-1", "a.PumpTest#rate")), Set.of("a.PumpTest#rate", "a.PumpTest#other"),
                        Map.of()),
                record(passed("a.PumpTest#other(int)[1]")));

        assertEquals(List.of(new VerifyingTest(loc("a.PumpTest#rate"), TestOutcome.NOT_RUN, 0, 0, "", NO_REPORT,
                List.of())), only(m).verifiedBy());
    }

    @Test
    void worstOutcomeOfAllInvocationsWins() {
        TraceMatrix m = TraceLinker.link(catalog("REQ-1"), SafetyClass.C,
                scan(List.of(verifies("REQ-1", "a.PumpTest#rejects")), Set.of("a.PumpTest#rejects"), Map.of()),
                record(passed("a.PumpTest#rejects(int)[1]"),
                        result("a.PumpTest#rejects(int)[2]", TestOutcome.SKIPPED, "assumption"),
                        result("a.PumpTest#rejects(int)[3]", TestOutcome.FAILED, "expected: <5> but was: <7>"),
                        passed("a.PumpTest#rejects(int)[4]")));

        assertEquals(List.of(verifying("a.PumpTest#rejects", TestOutcome.FAILED, 4, "expected: <5> but was: <7>",
                REPORTS + "TEST-a.PumpTest.xml")), only(m).verifiedBy());
    }

    @Test
    void rerunsAddUpOverInvocations() {
        TestCaseResult flaky1 = new TestCaseResult("a.T", "m[1]", TestOutcome.PASSED, 0, 2, "", List.of("r1"));
        TestCaseResult flaky2 = new TestCaseResult("a.T", "m[2]", TestOutcome.PASSED, 0, 1, "", List.of("r2"));
        TraceMatrix m = TraceLinker.link(catalog("REQ-1"), SafetyClass.C,
                scan(List.of(verifies("REQ-1", "a.T#m")), Set.of("a.T#m"), Map.of()), record(flaky1, flaky2));

        assertEquals(List.of(new VerifyingTest(loc("a.T#m"), TestOutcome.PASSED, 2, 3, "", "",
                List.of("r1", "r2"))), only(m).verifiedBy());
        assertEquals(RequirementTrace.Status.VERIFIED, only(m).status());
    }

    @Test
    void untestedAndImplementedRowsInCatalogOrder() {
        RequirementCatalog catalog = new RequirementCatalog("req.yaml",
                List.of(req("REQ-Z", SafetyClass.A), req("REQ-A", null)));
        TraceMatrix m = TraceLinker.link(catalog, SafetyClass.B,
                scan(List.of(implementsReq("REQ-Z", "a.Pump#start"), implementsReq("REQ-Z", "a.Pump"),
                        implementsReq("REQ-Z", "a.Alarm")), Set.of(), Map.of()),
                record());

        assertEquals(List.of("REQ-Z", "REQ-A"), m.rows().stream().map(r -> r.requirement().id()).toList());
        assertEquals(List.of(loc("a.Alarm"), loc("a.Pump"), loc("a.Pump#start")), m.rows().get(0).implementedBy());
        assertEquals(SafetyClass.A, m.rows().get(0).safetyClass());
        assertEquals(SafetyClass.B, m.rows().get(1).safetyClass());
        assertEquals(RequirementTrace.Status.UNTESTED, m.rows().get(1).status());
        assertEquals(List.of(), m.rows().get(1).implementedBy());
    }

    @Test
    void danglingIdsAreListedAndLinkNothing() {
        List<CodeLink> links = List.of(verifies("REQ-1", "a.PumpTest#rate"), verifies("REQ-9", "a.PumpTest#rate"),
                implementsReq("REQ-0", "a.Pump"), verifies("req-1", "a.PumpTest"));
        TraceMatrix m = TraceLinker.link(catalog("REQ-1"), SafetyClass.C,
                scan(links, Set.of("a.PumpTest#rate"), Map.of()), record(passed("a.PumpTest#rate")));

        assertEquals(List.of(implementsReq("REQ-0", "a.Pump"), verifies("REQ-9", "a.PumpTest#rate"),
                verifies("req-1", "a.PumpTest")), m.dangling());
        assertEquals(1, only(m).verifiedBy().size());
    }

    @Test
    void scannedFixturesLinkToReports() throws Exception {
        Path classes = Path.of(InfusionPump.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("io/github/iec62304/core/read/classes/fixture");
        CodeScan scan = CodeScanner.scan(new CodeScanner.Directory(classes, "target/test-classes"), new CodeScanner.Directory(java.nio.file.Path.of("target/absent-test-classes"), "target/test-classes"), new org.jacoco.core.data.ExecutionDataStore());
        String p = "io.github.iec62304.core.read.classes.fixture.";
        List<TestCaseResult> cases = new ArrayList<>(List.of(
                passed(p + "InfusionPumpChecks#computesRate"),
                passed(p + "InfusionPumpChecks#rejects(int)[1]"),
                passed(p + "InfusionPumpChecks#rejects(int)[2]"),
                passed(p + "InfusionPumpChecks#repeats()[1]"),
                passed(p + "InfusionPumpChecks#repeats()[2]"),
                passed(p + "InfusionPumpChecks$WhenOccluded#alarms"),
                result(p + "AudibleAlarmChecks#soundsAlarm", TestOutcome.FAILED, "silent")));

        TraceMatrix m = TraceLinker.link(catalog("REQ-RATE", "REQ-ALARM"), SafetyClass.C, scan,
                new TestRecord(cases, List.of(), Map.of()));

        RequirementTrace rate = m.rows().get(0);
        assertEquals(List.of(
                p + "DanglingChecks#checksSomething NOT_RUN 0",
                p + "InfusionPumpChecks#computesRate PASSED 1",
                p + "InfusionPumpChecks#rejects PASSED 2",
                p + "InfusionPumpChecks#repeats PASSED 2",
                p + "InfusionPumpChecks$WhenOccluded#alarms PASSED 1"),
                rate.verifiedBy().stream().map(t -> t.test() + " " + t.outcome() + " " + t.invocations()).toList());
        assertEquals(List.of(loc(p + "InfusionPump")), rate.implementedBy());
        RequirementTrace alarm = m.rows().get(1);
        assertEquals(List.of(
                p + "AbstractAlarmChecks#soundsAlarm FAILED 1",
                p + "InfusionPumpChecks$WhenOccluded#alarms PASSED 1"),
                alarm.verifiedBy().stream().map(t -> t.test() + " " + t.outcome() + " " + t.invocations()).toList());
        assertEquals(List.of(loc(p + "InfusionPump#alarm")), alarm.implementedBy());
        assertEquals(List.of("REQ-CTOR", "REQ-LIMIT", "REQ-NONE"),
                m.dangling().stream().map(CodeLink::requirementId).toList());
    }
}
