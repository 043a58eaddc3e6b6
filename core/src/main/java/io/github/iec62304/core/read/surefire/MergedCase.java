package io.github.iec62304.core.read.surefire;

import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.release.TestKey;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Every appearance of one test invocation (class, reported name and its occurrence in a file) in the reports,
 * merged into one result.
 *
 * <p>Usually the worst outcome wins and re-runs add up (the same test in surefire's and failsafe's reports, or a
 * report copied twice). One layout is read as what surefire decided instead: surefire 3.0.0-3.5.2 write the
 * results of a JUnit 5 class with {@code @Nested} classes into the nested class's file ({@code TEST-Outer$Inner.xml})
 * and the re-runs of {@code rerunFailingTestsCount} into the outer class's file ({@code TEST-Outer.xml}). A test of
 * that class that failed in the nested file's first attempt and passed in the outer file's re-run is flaky and
 * passed, as surefire counts it, with the failed attempt noted; one that failed in every attempt stays failed, with
 * every attempt after the first counted as a re-run.
 */
final class MergedCase {

    private final String className;
    private final String name;
    private final int occurrence;
    private final List<Appearance> appearances = new ArrayList<>();

    /** One {@code <testcase>} of one file: its directory and the class the file is named after. */
    private record Appearance(ReportedCase reported, String directory, String fileClass) {
    }

    MergedCase(String className, String name, int occurrence) {
        this.className = className;
        this.name = name;
        this.occurrence = occurrence;
    }

    String className() {
        return className;
    }

    /** @return the invocation as reported, for its canonical identity */
    TestKey.Reported reported() {
        return new TestKey.Reported(className, name, occurrence);
    }

    void add(ReportedCase c) {
        String source = c.source();
        int slash = source.lastIndexOf('/');
        String file = source.substring(slash + 1);
        String fileClass = file.startsWith("TEST-") && file.endsWith(".xml")
                ? file.substring("TEST-".length(), file.length() - ".xml".length()) : file;
        appearances.add(new Appearance(c, slash < 0 ? "" : source.substring(0, slash), fileClass));
    }

    /** @param id the invocation's canonical identity (it depends on the other invocations of its method) */
    TestCaseResult toResult(String id) {
        TreeSet<String> sources = new TreeSet<>();
        double time = 0;
        int reruns = 0;
        for (Appearance a : appearances) {
            sources.add(a.reported().source());
            time += a.reported().timeSeconds();
            reruns += a.reported().reruns();
        }
        List<ReportedCase> firstAttempts = nestedFileFirstAttempts();
        if (firstAttempts.isEmpty()) {
            return worstWins(time, reruns, sources, id);
        }
        ReportedCase rerun = appearances.stream().map(Appearance::reported)
                .filter(c -> !firstAttempts.contains(c)).findFirst().orElseThrow();
        reruns += firstAttempts.size();
        if (rerun.outcome() == TestOutcome.PASSED && firstAttempts.stream().allMatch(MergedCase::failed)) {
            String message = TestReportReader.FAILED_ATTEMPT + firstAttempts.get(0).message();
            return new TestCaseResult(className, name, TestOutcome.PASSED, time, reruns,
                    firstAttempts.get(0).message().isEmpty() ? rerun.message() : message, new ArrayList<>(sources), id);
        }
        return worstWins(time, reruns, sources, id);
    }

    /**
     * @return the appearances in a nested class's file when this is the split layout described above (one
     *         appearance in the outer class's file, the others in files of its nested classes, all in one report
     *         directory), otherwise none
     */
    private List<ReportedCase> nestedFileFirstAttempts() {
        if (appearances.size() < 2) {
            return List.of();
        }
        int dollar = className.indexOf('$');
        String outer = dollar < 0 ? className : className.substring(0, dollar);
        String directory = appearances.get(0).directory();
        List<ReportedCase> nested = new ArrayList<>();
        int inOuterFile = 0;
        for (Appearance a : appearances) {
            if (!a.directory().equals(directory)) {
                return List.of();
            }
            if (a.fileClass().equals(outer)) {
                inOuterFile++;
            } else if (a.fileClass().startsWith(outer + "$")) {
                nested.add(a.reported());
            } else {
                return List.of();
            }
        }
        return inOuterFile == 1 ? nested : List.of();
    }

    private static boolean failed(ReportedCase c) {
        return c.outcome() == TestOutcome.FAILED || c.outcome() == TestOutcome.ERROR;
    }

    private TestCaseResult worstWins(double time, int reruns, TreeSet<String> sources, String id) {
        TestOutcome outcome = appearances.get(0).reported().outcome();
        String message = "";
        for (Appearance a : appearances) {
            ReportedCase c = a.reported();
            if (c.outcome().ordinal() > outcome.ordinal()) {
                message = c.message(); // the worst outcome's own message, even when it has none
            } else if (c.outcome() == outcome && message.isEmpty()) {
                message = c.message();
            }
            outcome = outcome.worst(c.outcome());
        }
        return new TestCaseResult(className, name, outcome, time, reruns, message, new ArrayList<>(sources), id);
    }
}
