package io.github.iec62304.core.read.surefire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.model.InputFile;
import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.TestRecord;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.Sha256;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding report files and merging their cases by class and name across files and directories. */
@Verifies("TOOL-READ-TEST-REPORTS")
class TestReportsTest {

    private static final String SUREFIRE = "target/surefire-reports";
    private static final String FAILSAFE = "target/failsafe-reports";

    @TempDir
    Path tmp;

    private static Path corpus(String folder) throws Exception {
        return Path.of(TestReportsTest.class.getResource("/corpus/" + folder).toURI());
    }

    private static TestCaseResult find(TestRecord record, String cls, String name) {
        return record.cases().stream().filter(c -> c.className().equals(cls) && c.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no case " + cls + "#" + name));
    }

    private static String suite(String cls, String cases) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"" + cls + "\">\n" + cases
                + "\n</testsuite>\n";
    }

    private Path write(String dir, String file, String content) throws Exception {
        Path d = Files.createDirectories(tmp.resolve(dir));
        return Files.writeString(d.resolve(file), content, StandardCharsets.UTF_8);
    }

    @Test
    void readsTheWholeSurefireCorpus() throws Exception {
        TestRecord record = TestReports.read(List.of(new TestReports.Directory(corpus("surefire"), SUREFIRE)), FileTime.fromMillis(0));

        assertEquals(17, record.inputs().size());
        assertEquals(35, record.cases().size());
        assertEquals(List.of(), record.casesOf("classWithNoTests.NoMethodsTestCase"));

        TestCaseResult flaky = find(record, "org.acme.FlakyTest", "testFlaky");
        assertEquals(TestOutcome.PASSED, flaky.outcome());
        assertEquals(4, flaky.reruns());
        assertTrue(flaky.isFlaky());
        assertEquals(List.of(SUREFIRE + "/TEST-org.acme.FlakyTest.xml"), flaky.sources());

        TestCaseResult enclosed = find(record, "surefire.MyTest$A", "t");
        assertEquals(TestOutcome.ERROR, enclosed.outcome());
        assertEquals(List.of(SUREFIRE + "/TEST-surefire.MyTest-enclosed-trimStackTrace.xml",
                SUREFIRE + "/TEST-surefire.MyTest-enclosed.xml"), enclosed.sources());

        TestCaseResult inThreeFiles = find(record, "surefire.MyTest", "test");
        assertEquals(TestOutcome.ERROR, inThreeFiles.outcome());
        assertEquals(3, inThreeFiles.sources().size());
        assertEquals(0.1, inThreeFiles.timeSeconds(), 1e-9);

        assertEquals(TestOutcome.FAILED, find(record, "com.shape.CircleTest", "testRadius").outcome());
        assertEquals("expected:<20> but was:<10>", find(record, "com.shape.CircleTest", "testRadius").message());
        assertEquals(TestOutcome.ERROR, find(record, "com.shape.CircleTest", "testProperties").outcome());
        assertEquals(TestOutcome.PASSED, find(record, "tests.changebase_xml", "testNegativeValue").outcome());
        assertEquals(3, record.casesOf("NoPackageTest").size());
    }

    @Test
    void casesAreSortedByClassAndName() throws Exception {
        TestRecord record = TestReports.read(List.of(new TestReports.Directory(corpus("surefire"), SUREFIRE)), FileTime.fromMillis(0));

        assertEquals(record.cases().stream().sorted().toList(), record.cases());
        assertEquals("NoPackageTest", record.cases().get(0).className());
    }

    @Test
    void recordsEveryReportWithItsDigest() throws Exception {
        write("sf", "TEST-a.B.xml", suite("a.B", "<testcase classname=\"a.B\" name=\"t\" time=\"0.2\"/>"));

        TestRecord record = TestReports.read(List.of(new TestReports.Directory(tmp.resolve("sf"), SUREFIRE)), FileTime.fromMillis(0));

        assertEquals(List.of(new InputFile(SUREFIRE + "/TEST-a.B.xml", Sha256.of("a.B#t PASSED 0 \n"
                .getBytes(StandardCharsets.UTF_8)), 1, InputFile.DigestOf.TEST_RESULTS)), record.inputs());
    }

    @Test
    void reportDigestCoversOnlyItsOwnCasesNotTheMergedResult() throws Exception {
        // the same test in surefire's and failsafe's reports: the merged result is the worst, but each report's
        // digest is what the documented recipe gives for that file alone, so failsafe cannot change surefire's
        write("sf", "TEST-a.B.xml", suite("a.B", """
                <testcase classname="a.B" name="t" time="0.2"/>
                <testcase classname="a.B" name="u" time="0.1"><flakyFailure message="first"/></testcase>
                <testcase classname="a.B" name="t" time="0.3"><skipped message="twice"/></testcase>"""));
        Path failsafe = write("fs", "TEST-a.B.xml", suite("a.B", "<testcase classname=\"a.B\" name=\"t\"/>"));
        List<TestReports.Directory> dirs = List.of(new TestReports.Directory(tmp.resolve("sf"), SUREFIRE),
                new TestReports.Directory(tmp.resolve("fs"), FAILSAFE));
        TestRecord passed = TestReports.read(dirs, FileTime.fromMillis(0));
        Files.writeString(failsafe, suite("a.B",
                "<testcase classname=\"a.B\" name=\"t\"><failure message=\"boom\"/></testcase>"));

        TestRecord failed = TestReports.read(dirs, FileTime.fromMillis(0));

        assertEquals(TestOutcome.FAILED, find(failed, "a.B", "t").outcome());
        String surefire = Sha256.of(("a.B#t PASSED 0 \n" + "a.B#t SKIPPED 0 twice\n"
                + "a.B#u PASSED 1 failed attempt: first\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new InputFile(SUREFIRE + "/TEST-a.B.xml", surefire, 1, InputFile.DigestOf.TEST_RESULTS),
                new InputFile(FAILSAFE + "/TEST-a.B.xml", Sha256.of("a.B#t PASSED 0 \n".getBytes(StandardCharsets.UTF_8)),
                        1, InputFile.DigestOf.TEST_RESULTS)), passed.inputs());
        assertEquals(List.of(new InputFile(SUREFIRE + "/TEST-a.B.xml", surefire, 1, InputFile.DigestOf.TEST_RESULTS),
                new InputFile(FAILSAFE + "/TEST-a.B.xml", Sha256.of("a.B#t FAILED 0 boom\n"
                        .getBytes(StandardCharsets.UTF_8)), 1, InputFile.DigestOf.TEST_RESULTS)), failed.inputs());
    }

    @Verifies("TOOL-READ-STALE-INPUT")
    @Test
    void reportOlderThanTheCompiledClassesIsIgnoredAndNamed() throws Exception {
        Path old = write("sf", "TEST-a.Old.xml", suite("a.Old", "<testcase classname=\"a.Old\" name=\"t\"/>"));
        write("sf", "TEST-a.New.xml", suite("a.New", "<testcase classname=\"a.New\" name=\"t\"/>"));
        FileTime compiled = FileTime.fromMillis(Files.getLastModifiedTime(old).toMillis());
        Files.setLastModifiedTime(old, FileTime.fromMillis(compiled.toMillis() - 60_000));

        TestRecord record = TestReports.read(List.of(new TestReports.Directory(tmp.resolve("sf"), SUREFIRE)), compiled);

        assertEquals(List.of("a.New"), record.cases().stream().map(TestCaseResult::className).toList());
        assertEquals(Map.of("a.Old", SUREFIRE + "/TEST-a.Old.xml"), record.staleReports());
        assertEquals(List.of(SUREFIRE + "/TEST-a.New.xml"), record.inputs().stream().map(InputFile::path).toList());
    }

    /**
     * Issue 14: in a reactor each module is compiled and tested before the next is compiled, so the first module's
     * reports are older than the last module's classes. Judged against the newest class of the device, every module
     * but the last would have counted as not run; each module's reports are judged against its own classes.
     */
    @Test
    void inAReactorEachModulesReportsAreJudgedAgainstItsOwnClasses() throws Exception {
        Path first = write("a", "TEST-a.First.xml", suite("a.First", "<testcase classname=\"a.First\" name=\"t\"/>"));
        write("b", "TEST-b.Second.xml", suite("b.Second", "<testcase classname=\"b.Second\" name=\"t\"/>"));
        long tested = Files.getLastModifiedTime(first).toMillis();
        Files.setLastModifiedTime(first, FileTime.fromMillis(tested - 60_000)); // module a tested a minute earlier
        Map<String, FileTime> compiled = Map.of("core", FileTime.fromMillis(tested - 120_000),
                "ui", FileTime.fromMillis(tested - 1_000)); // module b compiled after a's tests ran

        TestRecord record = TestReports.parse(List.of(
                new TestReports.Directory(tmp.resolve("a"), "core/" + SUREFIRE, "core", true),
                new TestReports.Directory(tmp.resolve("b"), "ui/" + SUREFIRE, "ui", true))).record(compiled::get);

        assertEquals(List.of("a.First", "b.Second"), record.cases().stream().map(TestCaseResult::className).toList());
        assertEquals(Map.of(), record.staleReports());
    }

    /** A CI shard's reports were written on another machine before this build compiled: their age says nothing. */
    @Test
    void reportsCollectedFromAShardAreNotJudgedByAge() throws Exception {
        Path shard = write("shard", "TEST-a.B.xml", suite("a.B", "<testcase classname=\"a.B\" name=\"t\"/>"));
        Files.setLastModifiedTime(shard, FileTime.fromMillis(0));

        TestRecord record = TestReports.parse(List.of(new TestReports.Directory(tmp.resolve("shard"),
                "shards/1/" + SUREFIRE, null, false))).record(FileTime.fromMillis(System.currentTimeMillis()));

        assertEquals(List.of("a.B"), record.cases().stream().map(TestCaseResult::className).toList());
        assertEquals(Map.of(), record.staleReports());
    }

    @Test
    void mergesTheSameCaseAcrossDirectoriesWorstOutcomeWins() throws Exception {
        write("sf", "TEST-a.B.xml", suite("a.B", """
                <testcase classname="a.B" name="t" time="0.25"/>
                <testcase classname="a.B" name="u" time="1"/>"""));
        write("fs", "TEST-a.B.xml", suite("a.B", """
                <testcase classname="a.B" name="t" time="0.5">
                  <failure message="expected: &lt;5&gt; but was: &lt;7&gt;">trace</failure>
                  <rerunFailure message="again"/>
                </testcase>"""));

        TestRecord record = TestReports.read(List.of(new TestReports.Directory(tmp.resolve("sf"), SUREFIRE),
                new TestReports.Directory(tmp.resolve("fs"), FAILSAFE)), FileTime.fromMillis(0));

        assertEquals(List.of(
                new TestCaseResult("a.B", "t", TestOutcome.FAILED, 0.75, 1, "expected: <5> but was: <7>",
                        List.of(FAILSAFE + "/TEST-a.B.xml", SUREFIRE + "/TEST-a.B.xml")),
                new TestCaseResult("a.B", "u", TestOutcome.PASSED, 1, 0, "", List.of(SUREFIRE + "/TEST-a.B.xml"))),
                record.cases());
    }

    @Test
    void mergesAcrossFilesInOneDirectoryWhateverTheFileName() throws Exception {
        // surefire 3.0-3.5 put @Nested results in the wrong file: never trust file or suite names
        write("sf", "TEST-a.Outer.xml", suite("a.Outer", """
                <testcase classname="a.Other" name="t"><flakyFailure message="once"/></testcase>"""));
        write("sf", "TEST-a.Outer$Inner.xml", suite("a.Outer$Inner", """
                <testcase classname="a.Other" name="t"><failure message="twice"/></testcase>"""));

        TestRecord record = TestReports.read(List.of(new TestReports.Directory(tmp.resolve("sf"), SUREFIRE)), FileTime.fromMillis(0));

        TestCaseResult t = find(record, "a.Other", "t");
        assertEquals(TestOutcome.FAILED, t.outcome());
        assertEquals("twice", t.message());
        assertEquals(1, t.reruns());
        assertEquals(1, record.cases().size());
    }

    @Test
    void nestedSplitFailedFirstAttemptThenPassedReRunIsFlakyAndPassed() throws Exception {
        // surefire 3.0-3.5: first attempt in the nested class's file, the re-run in the outer class's file
        write("sf", "TEST-a.Outer.xml", suite("a.Outer", """
                <testcase classname="a.Outer$Inner" name="t"><flakyFailure message="once"/></testcase>"""));
        write("sf", "TEST-a.Outer$Inner.xml", suite("a.Outer$Inner", """
                <testcase classname="a.Outer$Inner" name="t"><failure message="twice"/></testcase>"""));

        TestRecord record = TestReports.read(List.of(new TestReports.Directory(tmp.resolve("sf"), SUREFIRE)), FileTime.fromMillis(0));

        TestCaseResult t = find(record, "a.Outer$Inner", "t");
        assertEquals(TestOutcome.PASSED, t.outcome());
        assertEquals("failed attempt: twice", t.message());
        assertEquals(2, t.reruns());
        assertEquals(1, record.cases().size());
    }

    @Test
    void nestedSplitLayoutAcrossTwoDirectoriesIsNotReadAsAReRun() throws Exception {
        write("sf", "TEST-a.Outer.xml", suite("a.Outer", "<testcase classname=\"a.Outer\" name=\"t\"/>"));
        write("fs", "TEST-a.Outer$Inner.xml", suite("a.Outer$Inner", """
                <testcase classname="a.Outer" name="t"><failure message="broken"/></testcase>"""));

        TestRecord record = TestReports.read(List.of(new TestReports.Directory(tmp.resolve("sf"), SUREFIRE),
                new TestReports.Directory(tmp.resolve("fs"), FAILSAFE)), FileTime.fromMillis(0));

        assertEquals(TestOutcome.FAILED, find(record, "a.Outer", "t").outcome());
    }

    @Test
    void readsOnlyTestXmlFilesDirectlyInTheDirectory() throws Exception {
        String one = suite("a.B", "<testcase classname=\"a.B\" name=\"t\"/>");
        write("sf", "TEST-a.B.xml", one);
        write("sf", "failsafe-summary.xml", "<failsafe-summary result=\"255\"><completed>9</completed></failsafe-summary>");
        write("sf", "testng-results.xml", "<testng-results><suite name=\"x\"/></testng-results>");
        write("sf", "TEST-a.B.txt", "a.B t passed");
        write("sf", "a.B.txt", "not xml");
        write("sf/junitreports", "TEST-a.B.xml", one.replace("name=\"t\"", "name=\"twice\""));
        Files.createDirectories(tmp.resolve("sf/TEST-dir.xml"));

        TestRecord record = TestReports.read(List.of(new TestReports.Directory(tmp.resolve("sf"), SUREFIRE)), FileTime.fromMillis(0));

        assertEquals(List.of("a.B#t"), record.cases().stream().map(TestCaseResult::displayName).toList());
        assertEquals(List.of(SUREFIRE + "/TEST-a.B.xml"), record.inputs().stream().map(InputFile::path).toList());
    }

    @Test
    void missingDirectoryReadsAsEmpty() {
        TestRecord record = TestReports.read(List.of(new TestReports.Directory(tmp.resolve("absent"), FAILSAFE)), FileTime.fromMillis(0));

        assertEquals(List.of(), record.cases());
        assertEquals(List.of(), record.inputs());
    }

    @Test
    void oneHostileFileFailsTheReadNamingIt() throws Exception {
        write("sf", "TEST-a.B.xml", suite("a.B", "<testcase classname=\"a.B\" name=\"t\"/>"));
        Files.copy(corpus("hostile").resolve("TEST-com.example.XxeTest.xml"),
                tmp.resolve("sf/TEST-com.example.XxeTest.xml"));

        InputException e = assertThrows(InputException.class, () -> TestReports.read(
                List.of(new TestReports.Directory(tmp.resolve("sf"), SUREFIRE)), FileTime.fromMillis(0)));

        assertEquals(SUREFIRE + "/TEST-com.example.XxeTest.xml:2: contains a DOCTYPE, which surefire and failsafe "
                + "never write; refusing it (external entities are not read)", e.getMessage());
    }

    @Test
    void truncatedFileNamesFileAndLine() throws Exception {
        Files.createDirectories(tmp.resolve("sf"));
        Files.copy(corpus("hostile").resolve("TEST-com.example.TruncatedTest.xml"),
                tmp.resolve("sf/TEST-com.example.TruncatedTest.xml"));

        InputException e = assertThrows(InputException.class, () -> TestReports.read(
                List.of(new TestReports.Directory(tmp.resolve("sf"), SUREFIRE)), FileTime.fromMillis(0)));

        assertTrue(e.getMessage().startsWith(SUREFIRE + "/TEST-com.example.TruncatedTest.xml:2: is not a "
                + "well-formed test report ("), e.getMessage());
    }
}
