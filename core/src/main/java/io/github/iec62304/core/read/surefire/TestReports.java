package io.github.iec62304.core.read.surefire;

import io.github.iec62304.core.model.InputFile;
import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.TestRecord;
import io.github.iec62304.core.model.release.TestKey;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.ListedFile;
import io.github.iec62304.core.read.TestResultsDigest;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Finds the {@code TEST-*.xml} reports directly in the report directories (not {@code failsafe-summary.xml},
 * not TestNG's {@code testng-results.xml} or {@code junitreports/}, which would count cases twice), reads each
 * once and merges the cases by class, name and occurrence across all files (see {@link MergedCase}). A report
 * older than the newest compiled class was written before the last compilation: it does not describe the code
 * being judged, so its cases are left out and its tests count as not run.
 */
public final class TestReports {

    /**
     * A report directory and how it is named in messages and the manifest.
     *
     * @param module   the module whose tests it reports, or {@code null} in a single-module build
     * @param judgeAge {@code false} for reports collected from another machine (a CI shard): they are older than
     *                 this build's classes by nature, so their age says nothing
     */
    public record Directory(Path path, String label, String module, boolean judgeAge) {

        /** A directory of this build's own reports, in a single-module build. */
        public Directory(Path path, String label) {
            this(path, label, null, true);
        }
    }

    private TestReports() {
    }

    /**
     * @param directories the report directories; missing ones read as empty
     * @param notBefore   reports last written before this instant are stale (see above)
     * @return the merged test record of all directories
     */
    public static TestRecord read(List<Directory> directories, FileTime notBefore) {
        return parse(directories).record(notBefore);
    }

    /**
     * Reads every report, before the check knows when the code was last compiled (so the reports can be read
     * while the class files are).
     *
     * @param directories the report directories; missing ones read as empty
     */
    public static Parsed parse(List<Directory> directories) {
        List<Report> reports = new ArrayList<>();
        for (Directory dir : directories) {
            for (ListedFile file : reportFiles(dir)) {
                reports.add(new Report(file, dir.label() + "/" + file.path().getFileName(), dir));
            }
        }
        // parsed in parallel (one reader per thread), merged in file order: the same record as one by one
        return new Parsed(reports.parallelStream().map(TestReports::parse).toList());
    }

    /** Every report read, in file order, or the problem of each that could not be. */
    public static final class Parsed {
        private final List<ParsedReport> reports;

        private Parsed(List<ParsedReport> reports) {
            this.reports = reports;
        }

        /**
         * @param notBefore reports last written before this instant are stale (see above)
         * @return the merged test record
         * @throws InputException for the first report, in file order, that could not be read
         */
        public TestRecord record(FileTime notBefore) {
            return record(module -> notBefore);
        }

        /**
         * @param notBefore the instant before which a module's reports are stale: when its classes were last
         *                  compiled (in a reactor each module is compiled and tested before the next)
         * @return the merged test record
         * @throws InputException for the first report, in file order, that could not be read
         */
        public TestRecord record(Function<String, FileTime> notBefore) {
            Map<String, MergedCase> merged = new LinkedHashMap<>();
            List<InputFile> inputs = new ArrayList<>();
            Map<String, String> stale = new TreeMap<>();
            for (ParsedReport p : reports) {
                if (p.problem() != null) {
                    throw p.problem();
                }
                boolean isStale = p.directory().judgeAge()
                        && p.modified().compareTo(notBefore.apply(p.directory().module())) < 0;
                Map<String, Integer> occurrences = new HashMap<>();
                for (ReportedCase c : p.cases()) {
                    if (isStale) {
                        stale.putIfAbsent(c.className(), p.input().path());
                    } else {
                        // identical names in one file are separate invocations (repetitions in surefire 3.0-3.4,
                        // TestNG data provider rows in 2.22), told apart by their order in the file
                        String name = c.className() + '\u0000' + c.name();
                        int occurrence = occurrences.merge(name, 1, Integer::sum);
                        merged.computeIfAbsent(name + '\u0000' + occurrence,
                                k -> new MergedCase(c.className(), c.name(), occurrence)).add(c);
                    }
                }
                if (!isStale) {
                    inputs.add(p.input());
                }
            }
            merged.values().forEach(m -> stale.remove(m.className()));
            List<MergedCase> all = new ArrayList<>(merged.values());
            List<String> ids = TestKey.identities(all.stream().map(MergedCase::reported).toList());
            List<TestCaseResult> cases = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                cases.add(all.get(i).toResult(ids.get(i)));
            }
            return new TestRecord(cases, inputs, stale);
        }

        /** @return how many reports were found in each directory that has any (read or not) */
        public Map<Directory, Integer> reportsPerDirectory() {
            Map<Directory, Integer> counts = new LinkedHashMap<>();
            reports.forEach(r -> counts.merge(r.directory(), 1, Integer::sum));
            return counts;
        }
    }

    private record Report(ListedFile file, String label, Directory directory) {
    }

    /**
     * One report read: when it was written, its cases and its input with the {@link TestResultsDigest} of those
     * cases, or the problem that stops the build.
     */
    private record ParsedReport(Directory directory, FileTime modified, List<ReportedCase> cases, InputFile input,
                                InputException problem) {
    }

    /** Reports up to this size are read in one piece; larger ones (long test output) are streamed. */
    private static final long READ_WHOLE = 4L << 20;
    private static final ThreadLocal<TestReportReader> READER = ThreadLocal.withInitial(TestReportReader::new);

    private static ParsedReport parse(Report report) {
        String label = report.label();
        ListedFile file = report.file();
        try {
            List<ReportedCase> cases;
            if (file.size() <= READ_WHOLE) { // the usual report: one open, one read, parsed from memory
                cases = READER.get().read(new ByteArrayInputStream(file.readAll()), label);
            } else { // a report with megabytes of output: streamed
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file.path()), 1 << 16)) {
                    cases = READER.get().read(in, label);
                }
            }
            return new ParsedReport(report.directory(), file.modified(), cases, new InputFile(label, digest(cases), 1,
                    InputFile.DigestOf.TEST_RESULTS), null);
        } catch (IOException e) {
            return new ParsedReport(report.directory(), file.modified(), List.of(), null,
                    new InputException(label, 0, "cannot be read: " + e, e));
        } catch (InputException e) {
            return new ParsedReport(report.directory(), file.modified(), List.of(), null, e);
        }
    }

    /**
     * @return the report's {@link TestResultsDigest}, over its own cases as read, before they are merged with the
     *         same tests in other reports (so another report never changes this one's digest)
     */
    private static String digest(List<ReportedCase> cases) {
        return TestResultsDigest.of(cases.stream().map(c -> TestResultsDigest.line(c.className(), c.name(),
                c.outcome(), c.reruns(), c.message())).toList());
    }

    private static List<ListedFile> reportFiles(Directory dir) {
        if (!Files.isDirectory(dir.path())) {
            return List.of();
        }
        try {
            return ListedFile.list(dir.path(), 1, name -> name.startsWith("TEST-") && name.endsWith(".xml"));
        } catch (IOException e) {
            throw new InputException(dir.label(), 0, "cannot list test reports: " + e.getMessage(), e);
        }
    }
}
