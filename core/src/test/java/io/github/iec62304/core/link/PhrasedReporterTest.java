package io.github.iec62304.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.TestRecord;
import io.github.iec62304.core.read.surefire.TestReports;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real reports of surefire's "phrased" reporter (surefire-versions/README.md): {@code @Nested} classes and
 * classes with {@code @DisplayName} are reported under display names, and so are methods with one. A result in
 * the reports is never called NOT RUN.
 */
@Verifies("TOOL-READ-TEST-IDENTITY")
class PhrasedReporterTest {

    private static final String HEART = "org.acme.monitor.HeartRateCalculatorTest";
    private static final String INVALID = HEART + "$WhenRrIntervalInvalid";
    private static final String ALARM = "org.acme.monitor.AlarmLimitTest";
    private static final String NEONATES = ALARM + "$ForNeonates";

    private static final Set<CodeLocation> TEST_METHODS = Set.of(new CodeLocation(HEART, "computesBeatsPerMinute"),
            new CodeLocation(HEART, "stableAcrossRepetitions"), new CodeLocation(HEART, "bpmFromRrInterval"),
            new CodeLocation(INVALID, "rejectsZero"), new CodeLocation(INVALID, "rejectsNegative"),
            new CodeLocation(ALARM, "upperLimitRaisesAlarm"), new CodeLocation(NEONATES, "lowerLimitIsHigher"));

    /** What the class scan reads from the generator project's class files. */
    private static final Map<String, String> DISPLAY_NAMES = Map.of(INVALID, "when the RR interval is invalid",
            INVALID + "#rejectsNegative", "rejects a negative interval", ALARM, "Alarm limits",
            NEONATES, "for neonates");

    private static TestRecord record(String version) throws Exception {
        Path dir = Path.of(PhrasedReporterTest.class.getResource("/surefire-versions/" + version + "/phrased").toURI());
        return TestReports.read(List.of(new TestReports.Directory(dir, "target/surefire-reports")),
                FileTime.fromMillis(0));
    }

    private static CodeScan scan(Map<String, String> displayNames) {
        return new CodeScan(List.of(), TEST_METHODS, Map.of(), List.of(), FileTime.fromMillis(0), List.of(),
                List.of(), Set.of(HEART, ALARM), displayNames);
    }

    private static VerifyingTest resolve(TestMatcher matcher, String cls, String method) {
        List<VerifyingTest> found = matcher.resolve(new CodeLocation(cls, method));
        assertEquals(1, found.size());
        return found.get(0);
    }

    @ParameterizedTest(name = "surefire {0}")
    @ValueSource(strings = {"3.0.0", "3.4.0", "3.5.2", "3.6.0", "3.6.1"})
    void testsOfClassesReportedUnderDisplayNamesAreMatchedByTheirDisplayNames(String version) throws Exception {
        TestMatcher matcher = new TestMatcher(scan(DISPLAY_NAMES), record(version));

        for (String[] test : new String[][] {{INVALID, "rejectsZero"}, {INVALID, "rejectsNegative"},
                {ALARM, "upperLimitRaisesAlarm"}, {NEONATES, "lowerLimitIsHigher"}, {HEART, "computesBeatsPerMinute"}}) {
            VerifyingTest t = resolve(matcher, test[0], test[1]);
            assertEquals(TestOutcome.PASSED, t.outcome(), t.toString());
            assertEquals(1, t.invocations(), t.toString());
        }
        assertEquals(3, resolve(matcher, HEART, "stableAcrossRepetitions").invocations());
        assertEquals(2, resolve(matcher, HEART, "bpmFromRrInterval").invocations());
    }

    @ParameterizedTest(name = "surefire {0}")
    @ValueSource(strings = {"3.0.0", "3.4.0", "3.5.2", "3.6.0", "3.6.1"})
    void aWholeNestedClassReportedUnderItsDisplayNameHasItsResults(String version) throws Exception {
        TestMatcher matcher = new TestMatcher(scan(DISPLAY_NAMES), record(version));

        List<VerifyingTest> tests = matcher.resolve(new CodeLocation(INVALID, null));

        assertEquals(2, tests.size());
        tests.forEach(t -> assertEquals(TestOutcome.PASSED, t.outcome(), t.toString()));
    }

    @ParameterizedTest(name = "surefire {0}")
    @ValueSource(strings = {"3.0.0", "3.5.2", "3.6.0"})
    void withoutTheDisplayNamesTheReasonSaysWhyNotThatItDidNotRun(String version) throws Exception {
        TestMatcher matcher = new TestMatcher(scan(Map.of()), record(version));

        VerifyingTest t = resolve(matcher, INVALID, "rejectsZero");

        assertEquals(TestOutcome.NOT_RUN, t.outcome());
        assertTrue(t.notRunReason().startsWith("no report has a result under its class name, and the reports hold "
                + "results under display names (the 'phrased' reporter) that match no single test class's "
                + "@DisplayName: "), t.notRunReason());
        assertTrue(t.notRunReason().contains("'when the RR interval is invalid'")
                || t.notRunReason().contains("'HeartRateCalculatorTest when the RR interval is invalid'"),
                t.notRunReason());
    }

    @ParameterizedTest(name = "surefire {0}")
    @ValueSource(strings = {"3.0.0", "3.4.0", "3.5.2", "3.6.0", "3.6.1"})
    void identitiesOfPhrasedReportsAreThoseOfTheDefaultReporter(String version) throws Exception {
        // so that switching the reporter or upgrading 3.5 -> 3.6 (which renamed @Nested classes) is no regression
        Path plain = Path.of(PhrasedReporterTest.class.getResource("/surefire-versions/3.6.1/rerun").toURI());
        TestRecord expected = TestReports.read(List.of(new TestReports.Directory(plain, "target/surefire-reports")),
                FileTime.fromMillis(0));

        TestRecord identified = PhrasedClassNames.identified(scan(DISPLAY_NAMES), record(version));

        assertEquals(expected.cases().stream().map(c -> c.id()).sorted().toList(),
                identified.cases().stream().map(c -> c.id()).sorted().toList());
    }

    @ParameterizedTest(name = "surefire {0}")
    @ValueSource(strings = {"3.0.0", "3.6.0"})
    void aClassWithoutKnownTestMethodsHasTheResultsOfItsDisplayNames(String version) throws Exception {
        // a test class annotated as a whole whose test methods the scan does not know (another engine): its results
        // under its own @DisplayName ("Alarm limits") are found
        CodeScan scan = new CodeScan(List.of(), Set.of(), Map.of(), List.of(), FileTime.fromMillis(0), List.of(),
                List.of(), Set.of(HEART, ALARM), DISPLAY_NAMES);

        VerifyingTest t = resolve(new TestMatcher(scan, record(version)), ALARM, null);

        assertEquals(TestOutcome.PASSED, t.outcome(), t.toString());
        assertEquals(1, t.invocations(), t.toString());
    }

    @org.junit.jupiter.api.Test
    void aBareSimpleNameIsNotTakenForAClassOfAnotherPackage() {
        // a class in the default package is reported under its binary name, which is a simple name
        TestRecord record = new TestRecord(List.of(new io.github.iec62304.core.model.TestCaseResult(
                "HeartRateCalculatorTest", "computesBeatsPerMinute", TestOutcome.PASSED, 0, 0, "", List.of("r"))),
                List.of(), Map.of());

        VerifyingTest t = resolve(new TestMatcher(scan(DISPLAY_NAMES), record), HEART, "computesBeatsPerMinute");

        assertEquals(TestOutcome.NOT_RUN, t.outcome());
        assertEquals("HeartRateCalculatorTest#computesBeatsPerMinute",
                PhrasedClassNames.identified(scan(DISPLAY_NAMES), record).cases().get(0).id());
    }
}
