package io.github.iec62304.core.read.surefire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.read.InputException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One report file at a time, from the real surefire corpus and the hostile files. */
@Verifies("TOOL-READ-TEST-REPORTS")
class TestReportReaderTest {

    static List<ReportedCase> read(String resource) throws Exception {
        try (InputStream in = TestReportReaderTest.class.getResourceAsStream(resource)) {
            return new TestReportReader().read(in, label(resource));
        }
    }

    static String label(String resource) {
        return "target/surefire-reports/" + resource.substring(resource.lastIndexOf('/') + 1);
    }

    private static List<ReportedCase> readXml(String xml) {
        return new TestReportReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                "TEST-x.xml");
    }

    private static long count(List<ReportedCase> cases, TestOutcome outcome) {
        return cases.stream().filter(c -> c.outcome() == outcome).count();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // file, cases, passed, skipped, failed, error
            "TEST-AntUnit.xml, 1, 1, 0, 0, 0",
            "TEST-NoPackageTest.xml, 3, 0, 0, 3, 0",
            "TEST-NoTimeTestCaseTest.xml, 8, 8, 0, 0, 0",
            "TEST-classWithNoTests.NoMethodsTestCase.xml, 0, 0, 0, 0, 0",
            "TEST-com.shape.CircleTest.xml, 8, 6, 0, 1, 1",
            "TEST-com.shape.PointTest.xml, 3, 2, 0, 1, 0",
            "TEST-junit.twoTestCaseSuite.WrapperTestSuite.xml, 2, 2, 0, 0, 0",
            "TEST-junit.twoTestCases.BasicTest.xml, 1, 1, 0, 0, 0",
            "TEST-junit.twoTestCases.TestTwo.xml, 1, 1, 0, 0, 0",
            "TEST-org.acme.FlakyTest.xml, 2, 2, 0, 0, 0",
            "TEST-org.apache.maven.surefire.test.FailingTest.xml, 2, 0, 0, 2, 0",
            "TEST-org.apache.maven.surefireReport.surefireReportTest.MyClassTest.xml, 2, 1, 0, 1, 0",
            "TEST-surefire.MyTest-enclosed-trimStackTrace.xml, 1, 0, 0, 0, 1",
            "TEST-surefire.MyTest-enclosed.xml, 1, 0, 0, 0, 1",
            "TEST-surefire.MyTest-nestedClass-trimStackTrace.xml, 1, 0, 0, 0, 1",
            "TEST-surefire.MyTest-nestedClass.xml, 1, 0, 0, 0, 1",
            "TEST-surefire.MyTest.xml, 1, 0, 0, 0, 1",
    })
    void readsEveryCorpusReport(String file, int cases, int passed, int skipped, int failed, int error)
            throws Exception {
        List<ReportedCase> read = read("/corpus/surefire/" + file);

        assertEquals(cases, read.size());
        assertEquals(passed, count(read, TestOutcome.PASSED));
        assertEquals(skipped, count(read, TestOutcome.SKIPPED));
        assertEquals(failed, count(read, TestOutcome.FAILED));
        assertEquals(error, count(read, TestOutcome.ERROR));
        read.forEach(c -> assertEquals(label("/" + file), c.source()));
    }

    @Test
    void flakyTestPassesWithRerunsAndItsFirstFailedAttemptNoted() throws Exception {
        assertEquals(List.of(
                new ReportedCase("org.acme.FlakyTest", "testFlaky", TestOutcome.PASSED, 0.034, 4,
                        "failed attempt: expected: <1> but was: <0>",
                        label("/TEST-org.acme.FlakyTest.xml")),
                new ReportedCase("org.acme.FlakyTest", "testStable", TestOutcome.PASSED, 0.001, 0, "",
                        label("/TEST-org.acme.FlakyTest.xml"))),
                read("/corpus/surefire/TEST-org.acme.FlakyTest.xml"));
    }

    @Test
    void failingTestKeepsTheMessageOnOneLine() throws Exception {
        // XML attribute normalisation turns the message's literal line breaks into spaces
        List<ReportedCase> cases = read("/corpus/surefire/TEST-org.apache.maven.surefire.test.FailingTest.xml");

        assertEquals(List.of("defaultTestValueIs_Value", "setTestAndRetrieveValue"),
                cases.stream().map(ReportedCase::name).toList());
        assertEquals(List.of("Expected: \"wrong\"      got: \"value\"", "Expected: \"bar\"      got: \"foo\""),
                cases.stream().map(ReportedCase::message).toList());
        cases.forEach(c -> assertEquals(TestOutcome.FAILED, c.outcome()));
        cases.forEach(c -> assertEquals("org.apache.maven.surefire.test.FailingTest", c.className()));
    }

    @Test
    void enclosedRunnerReportsTheInnerClass() throws Exception {
        assertEquals(List.of(new ReportedCase("surefire.MyTest$A", "t", TestOutcome.ERROR, 0, 0,
                        "java.lang.IndexOutOfBoundsException", label("/TEST-surefire.MyTest-enclosed.xml"))),
                read("/corpus/surefire/TEST-surefire.MyTest-enclosed.xml"));
    }

    @Test
    void caseWithoutClassnameBelongsToItsSuite() throws Exception {
        List<ReportedCase> cases = read("/corpus/surefire/TEST-NoPackageTest.xml");

        assertEquals(List.of("NoPackageTest#testQuote \"", "NoPackageTest#testLower <", "NoPackageTest#testGreater >"),
                cases.stream().map(c -> c.className() + "#" + c.name() + " " + c.message()).toList());
    }

    @Test
    void antUnitReportTakesSuiteNameAndTimeElement() throws Exception {
        assertEquals(List.of(new ReportedCase("tests.changebase_xml", "testNegativeValue", TestOutcome.PASSED,
                        0.378, 0, "", label("/TEST-AntUnit.xml"))),
                read("/corpus/surefire/TEST-AntUnit.xml"));
    }

    @Test
    void missingTimeReadsAsZero() throws Exception {
        List<ReportedCase> cases = read("/corpus/surefire/TEST-NoTimeTestCaseTest.xml");

        assertEquals(0, cases.stream().filter(c -> c.name().equals("test7")).findFirst().orElseThrow()
                .timeSeconds());
        assertEquals(0.5, cases.stream().filter(c -> c.name().equals("test6")).findFirst().orElseThrow()
                .timeSeconds());
    }

    @Test
    void suiteClassnamesWin() throws Exception {
        assertEquals(List.of("junit.twoTestCaseSuite.TestTwo#testTwo", "junit.twoTestCaseSuite.BasicTest#testSetUp"),
                read("/corpus/surefire/TEST-junit.twoTestCaseSuite.WrapperTestSuite.xml").stream()
                        .map(c -> c.className() + "#" + c.name()).toList());
    }

    @Test
    void skippedAndAlwaysFailingReruns() {
        List<ReportedCase> cases = readXml("""
                <testsuite name="a.B">
                  <testcase classname="a.B" name="multiline"><error message="first&#10;second"/></testcase>
                  <testcase classname="a.B" name="skipped"><skipped/></testcase>
                  <testcase classname="a.B" name="assumed"><skipped message="assumption failed"/></testcase>
                  <testcase classname="a.B" name="alwaysFails" time="1,234.5">
                    <failure message="boom">trace</failure>
                    <rerunFailure message="boom again">trace</rerunFailure>
                    <rerunFailure message="boom again">trace</rerunFailure>
                  </testcase>
                </testsuite>
                """);

        assertEquals(List.of(
                new ReportedCase("a.B", "multiline", TestOutcome.ERROR, 0, 0, "first", "TEST-x.xml"),
                new ReportedCase("a.B", "skipped", TestOutcome.SKIPPED, 0, 0, "", "TEST-x.xml"),
                new ReportedCase("a.B", "assumed", TestOutcome.SKIPPED, 0, 0, "assumption failed", "TEST-x.xml"),
                new ReportedCase("a.B", "alwaysFails", TestOutcome.FAILED, 1234.5, 2, "boom", "TEST-x.xml")),
                cases);
    }

    @Verifies("TOOL-READ-NO-XXE")
    @Test
    void rejectsXxeWithoutReadingTheFile() {
        String resource = "/corpus/hostile/TEST-com.example.XxeTest.xml";
        InputException e = assertThrows(InputException.class, () -> read(resource));

        // the line where the DOCTYPE starts
        assertEquals(label(resource) + ":2: contains a DOCTYPE, which surefire and failsafe never write; refusing "
                + "it (external entities are not read)", e.getMessage());
        assertFalse(e.getMessage().contains("root:"), e.getMessage());
    }

    @Verifies("TOOL-READ-NO-XXE")
    @Test
    void rejectsXxeInAttributeOfInlineReport() {
        InputException e = assertThrows(InputException.class, () -> readXml("""
                <?xml version="1.0"?>
                <!DOCTYPE testsuite [<!ENTITY leak SYSTEM "file:///etc/passwd">]>
                <testsuite name="a.B"><testcase classname="a.B" name="t"><failure message="&leak;"/></testcase></testsuite>
                """));

        assertFalse(e.getMessage().contains("root:"), e.getMessage());
        assertTrue(e.getMessage().startsWith("TEST-x.xml:"), e.getMessage());
    }

    @Test
    void rejectsBillionLaughsFast() {
        String resource = "/corpus/hostile/TEST-com.example.LaughsTest.xml";
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(3),
                () -> assertThrows(InputException.class, () -> read(resource)));

        assertEquals(label(resource) + ":2: contains a DOCTYPE, which surefire and failsafe never write; refusing "
                + "it (external entities are not read)", e.getMessage());
    }

    @Test
    void rejectsTruncatedReportNamingFileAndLine() {
        String resource = "/corpus/hostile/TEST-com.example.TruncatedTest.xml";
        InputException e = assertThrows(InputException.class, () -> read(resource));

        // the parser's own text is localised by the JDK: assert the frame, and that it is not the bare position
        String m = e.getMessage();
        assertTrue(m.startsWith(label(resource) + ":2: is not a well-formed test report ("), m);
        assertTrue(m.endsWith("); delete it and re-run the tests"), m);
        assertFalse(m.contains("ParseError at"), m);
        assertEquals(1, m.lines().count(), m);
    }

    @Test
    void rejectsXmlThatIsNotATestReport() {
        assertEquals("TEST-x.xml:1: is not a JUnit XML test report (root element <bom>, expected <testsuite>)",
                assertThrows(InputException.class, () -> readXml("<bom><components/></bom>")).getMessage());
    }

    @Test
    void readsARealReportWhoseFailureMessageIsOverHalfAMebibyteKeepingATruncatedMessage() throws Exception {
        // surefire 3.6.0, a failing assertEquals on two 300,000-character strings (surefire-versions/README.md):
        // the message attribute is about 600 KiB, over Woodstox's default limit of 512 KiB
        String resource = "/surefire-versions/3.6.0/long-message/TEST-org.acme.monitor.LongMessageTest.xml.gz";
        List<ReportedCase> cases;
        try (InputStream in = new java.util.zip.GZIPInputStream(getClass().getResourceAsStream(resource))) {
            cases = new TestReportReader().read(in, "TEST-org.acme.monitor.LongMessageTest.xml");
        }

        assertEquals(1, cases.size());
        ReportedCase c = cases.get(0);
        assertEquals(TestOutcome.FAILED, c.outcome());
        assertEquals(2, c.reruns());
        assertTrue(c.message().startsWith("expected: <AAAA"), c.message());
        assertTrue(c.message().endsWith("... (message truncated: the report's message has 600024 characters)"),
                c.message());
        assertTrue(c.message().length() < 400, c.message());
    }

    @Test
    void longFirstLineOfAnOrdinaryMessageSaysItWasTruncated() {
        String longLine = "x".repeat(1000);
        List<ReportedCase> cases = readXml("<testsuite name=\"a.B\"><testcase classname=\"a.B\" name=\"t\">"
                + "<failure message=\"" + longLine + "\"/></testcase></testsuite>");

        assertEquals("x".repeat(300) + "... (message truncated: the report's message has 1000 characters)",
                cases.get(0).message());
    }
}
