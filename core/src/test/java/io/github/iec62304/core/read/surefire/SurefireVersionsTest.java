package io.github.iec62304.core.read.surefire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.TestRecord;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same test project's reports as written by surefire 2.22.2-3.6.1 (core/src/test/resources/surefire-versions,
 * see its README.md): every version must give the same results.
 */
@Verifies("TOOL-READ-TEST-REPORTS")
class SurefireVersionsTest {

    static final String HEART = "org.acme.monitor.HeartRateCalculatorTest";
    static final String SUREFIRE = "target/surefire-reports";

    static TestRecord record(String versionAndScenario) throws Exception {
        Path dir = Path.of(SurefireVersionsTest.class.getResource("/surefire-versions/" + versionAndScenario).toURI());
        return TestReports.read(List.of(new TestReports.Directory(dir, SUREFIRE)), FileTime.fromMillis(0));
    }

    private static TestCaseResult find(TestRecord record, String cls, String name) {
        List<TestCaseResult> found = record.cases().stream()
                .filter(c -> c.className().equals(cls) && c.name().equals(name)).toList();
        assertEquals(1, found.size(), cls + "#" + name + " in " + record.cases());
        return found.get(0);
    }

    @ParameterizedTest(name = "surefire {0}")
    @ValueSource(strings = {"3.0.0", "3.4.0", "3.5.2", "3.6.0", "3.6.1"})
    void flakyTestOfTheOuterClassIsPassedAndFlakyWithItsFailedAttemptNoted(String version) throws Exception {
        TestCaseResult flaky = find(record(version + "/rerun"), HEART, "flakyOnFirstAttempt");

        assertEquals(TestOutcome.PASSED, flaky.outcome(), flaky.toString());
        assertEquals(1, flaky.reruns());
        assertTrue(flaky.isFlaky());
        assertEquals("failed attempt: first attempt fails ==> expected: <true> but was: <false>", flaky.message());
    }

    @ParameterizedTest(name = "surefire {0}")
    @ValueSource(strings = {"3.0.0", "3.4.0", "3.5.2", "3.6.0", "3.6.1"})
    void testFailingInEveryAttemptStaysFailedWithItsReruns(String version) throws Exception {
        TestCaseResult failing = find(record(version + "/rerun"), HEART, "alwaysFails");

        assertEquals(TestOutcome.FAILED, failing.outcome());
        assertEquals(2, failing.reruns());
        assertEquals("always fails ==> expected: <61> but was: <60>", failing.message());
    }

    @Test
    void surefire2222IgnoresRerunsForJUnit5SoTheFlakyTestIsAFailure() throws Exception {
        TestCaseResult flaky = find(record("2.22.2/rerun"), HEART, "flakyOnFirstAttempt");

        assertEquals(TestOutcome.FAILED, flaky.outcome());
        assertEquals(0, flaky.reruns());
    }

    @ParameterizedTest(name = "surefire {0}")
    @ValueSource(strings = {"2.22.2", "3.0.0", "3.4.0", "3.5.2", "3.6.0", "3.6.1"})
    void everyInvocationIsCountedInEveryVersion(String version) throws Exception {
        TestRecord record = record(version + "/rerun");

        // 10 in HeartRateCalculatorTest (3 repetitions, 2 parameter sets, 2 nested), 2 in AlarmLimitTest, 2 rows of
        // the TestNG data provider: identical names in one file (3.0-3.4 repetitions, 2.22 TestNG rows) are
        // separate invocations, not one
        assertEquals(14, record.cases().size(), record.cases().toString());
        assertEquals(8, record.casesOf(HEART).size());
        assertEquals(2, record.casesOf("org.acme.monitor.DoseTableTest").size());
    }
}
