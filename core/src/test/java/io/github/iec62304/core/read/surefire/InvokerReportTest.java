package io.github.iec62304.core.read.surefire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.model.TestOutcome;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JUnit reports maven-invoker-plugin 3.10.1 writes with {@code writeJunitReport=true} (corpus/invoker). */
@Verifies("TOOL-READ-TEST-REPORTS")
class InvokerReportTest {

    private static final String DIR = "target/invoker-reports/";

    private static List<ReportedCase> read(String file) throws Exception {
        try (InputStream in = InvokerReportTest.class.getResourceAsStream("/corpus/invoker/" + file)) {
            return new TestReportReader().read(in, DIR + file);
        }
    }

    private static List<ReportedCase> readXml(String xml) {
        return new TestReportReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                "TEST-x.xml");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "all-traced-passes | PASSED  | 18.473 | ''",
        "passes            | PASSED  | 2.072  | ''",
        "build-fails       | FAILED  | 3.35   | The build exited with code 1. See /build/invgen/target/it/build-fails/"
                + "build.log for details.",
        "verify-false      | FAILED  | 3.341  | The post-build script returned false.",
        "verify-throws     | FAILED  | 2.897  | java.lang.IllegalStateException: boom from verify",
        "is-skipped        | SKIPPED | 0.0    | Skipped due to OS"})
    void oneCasePerItNamedByPackageAndDirectory(String it, TestOutcome outcome, double time, String message)
            throws Exception {
        assertEquals(List.of(new ReportedCase("maven.invoker.it." + it, it, outcome, time, 0, message,
                DIR + "TEST-" + it + ".xml")), read("TEST-" + it + ".xml"));
    }

    /** No false PASS: invoker writes a build that ended in an error as errors="1" and a testcase without a child. */
    @Test
    void anErrorCountedOnlyByTheSuiteIsAnError() throws Exception {
        assertEquals(List.of(new ReportedCase("maven.invoker.it.build-error", "build-error", TestOutcome.ERROR, 0.412,
                0, "its <testsuite> counts 1 error(s) and failure(s), but none of its test cases has a <failure> or "
                + "<error> (maven-invoker-plugin reports a build that ended in an error this way)",
                DIR + "TEST-build-error.xml")), read("TEST-build-error.xml"));
    }

    @Test
    void nestedSuitesWhoseCasesNameTheirFailuresAreReadAsWritten() {
        List<ReportedCase> cases = readXml("""
                <testsuite name="Tests" tests="2" failures="1" errors="0">
                  <testsuite name="Tests.Dose" tests="2" failures="1" errors="0">
                    <testcase classname="Tests.Dose" name="Rate Is Computed" time="0.1"/>
                    <testcase classname="Tests.Dose" name="Limit Is Enforced" time="0.1">
                      <failure message="6 != 5" type="AssertionError">6 != 5</failure>
                    </testcase>
                  </testsuite>
                </testsuite>""");
        assertEquals(List.of(TestOutcome.PASSED, TestOutcome.FAILED), cases.stream().map(ReportedCase::outcome).toList());
    }

    @Test
    void aSuiteCountingFailuresItsCasesDoNotNameMarksEachOfItsCases() {
        List<ReportedCase> cases = readXml("""
                <testsuites>
                  <testsuite name="a" tests="2" failures="2" errors="0">
                    <testcase classname="a" name="one"/>
                    <testcase classname="a" name="two"><skipped/></testcase>
                  </testsuite>
                  <testsuite name="b" tests="1" failures="0" errors="0">
                    <testcase classname="b" name="three"/>
                  </testsuite>
                </testsuites>""");
        assertEquals(List.of(TestOutcome.ERROR, TestOutcome.ERROR, TestOutcome.PASSED),
                cases.stream().map(ReportedCase::outcome).toList());
    }

    /** No false PASS: a suite that counts more failures than its cases name hides one; which, it does not say. */
    @Test
    void aSuiteCountingMoreFailuresThanItsCasesNameMarksTheOthers() {
        List<ReportedCase> cases = readXml("""
                <testsuites>
                  <testsuite name="a" tests="3" failures="0" errors="2">
                    <testcase classname="a" name="one"><error message="boom"/></testcase>
                    <testcase classname="a" name="two"/>
                    <testcase classname="a" name="three"><skipped/></testcase>
                  </testsuite>
                  <testsuite name="b" tests="1" failures="1" errors="0">
                    <testcase classname="b" name="four"><flakyFailure message="first"/></testcase>
                  </testsuite>
                </testsuites>""");
        assertEquals(List.of(TestOutcome.ERROR, TestOutcome.ERROR, TestOutcome.ERROR, TestOutcome.PASSED),
                cases.stream().map(ReportedCase::outcome).toList());
        assertEquals("its <testsuite> counts 2 error(s) and failure(s), but only 1 of its test cases has a <failure>, "
                + "an <error> or a re-run: the others are not trusted to have passed or been skipped", cases.get(1).message());
        assertEquals("boom", cases.get(0).message());
    }

    /** pytest counts a test that fails in its call and errors in its teardown twice; its neighbours passed. */
    @Test
    void aCaseWithAFailureAndAnErrorCountsTwice() {
        List<ReportedCase> cases = readXml("""
                <testsuites>
                  <testsuite name="pytest" tests="2" failures="1" errors="1">
                    <testcase classname="tests.test_dose" name="test_rate">
                      <failure message="assert 6 == 5"/><error message="teardown failed"/>
                    </testcase>
                    <testcase classname="tests.test_dose" name="test_limit"/>
                  </testsuite>
                </testsuites>""");
        assertEquals(List.of(TestOutcome.ERROR, TestOutcome.PASSED), cases.stream().map(ReportedCase::outcome)
                .toList());
    }

    @Test
    void aFlakyTestCountedAsAFailureByTheJunit4ProviderStaysPassed() {
        List<ReportedCase> cases = readXml("""
                <testsuite name="a" tests="1" failures="1" errors="0">
                  <testcase classname="a" name="flaky"><flakyFailure message="first"/></testcase>
                </testsuite>""");
        assertEquals(List.of(TestOutcome.PASSED), cases.stream().map(ReportedCase::outcome).toList());
    }
}
