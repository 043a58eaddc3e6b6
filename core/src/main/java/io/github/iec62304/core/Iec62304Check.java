package io.github.iec62304.core;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.evaluate.Gates;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.RuleLevels;
import io.github.iec62304.core.evaluate.unit.UnitCoverageRule;
import io.github.iec62304.core.link.AnomalyLinker;
import io.github.iec62304.core.link.DisplayNameLinker;
import io.github.iec62304.core.link.AnomalyModel;
import io.github.iec62304.core.link.ApprovalLinker;
import io.github.iec62304.core.link.ApprovalModel;
import io.github.iec62304.core.link.RegressionLinker;
import io.github.iec62304.core.link.RegressionModel;
import io.github.iec62304.core.link.SoupModel;
import io.github.iec62304.core.link.TraceLinker;
import io.github.iec62304.core.link.TraceMatrix;
import io.github.iec62304.core.link.UnitLinker;
import io.github.iec62304.core.link.UnitModel;
import io.github.iec62304.core.link.ChangeLinker;
import io.github.iec62304.core.link.RiskChangeLinker;
import io.github.iec62304.core.link.RiskLinker;
import io.github.iec62304.core.link.RiskModel;
import io.github.iec62304.core.link.VerificationLinker;
import io.github.iec62304.core.link.VerificationModel;
import io.github.iec62304.core.model.verification.VerificationRecord;
import io.github.iec62304.core.model.InputFile;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.TestRecord;
import io.github.iec62304.core.model.release.Baseline;
import io.github.iec62304.core.model.release.ChangeLog;
import io.github.iec62304.core.model.release.ReleaseFacts;
import io.github.iec62304.core.project.ProjectInfo;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.coverage.ExecutionDataFiles;
import io.github.iec62304.core.write.BundleAttachment;
import io.github.iec62304.core.write.BundleContent;
import io.github.iec62304.core.write.BundleLocation;
import io.github.iec62304.core.write.RecordAttachments;
import io.github.iec62304.core.write.EvidenceBundleWriter;
import io.github.iec62304.core.write.UnsafeBundlePathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole check behind one call: read -> link -> evaluate -> write. Used by the Maven goal; usable from any
 * other front end. Throws {@link InputException} for unusable input and {@link SettingsException} for wrong
 * configuration, before anything is written; otherwise writes the bundle, including when rules fail.
 */
public final class Iec62304Check {

    private Iec62304Check() {
    }

    /** Runs every gate and writes the evidence bundle; see {@link #run(CheckSettings, List)}. */
    public static CheckResult run(CheckSettings settings) {
        return run(settings, List.of());
    }

    /**
     * Runs every gate and writes the evidence bundle.
     *
     * @param protectedRoots the project's source and resource roots: the bundle may not be written in or over them
     * @throws UnsafeBundlePathException before anything is read or written, when the bundle would replace
     *                                   something the plugin did not write
     */
    public static CheckResult run(CheckSettings settings, List<Path> protectedRoots) {
        BundleLocation location = BundleLocation.check(settings.projectDir(), settings.evidenceDirectory(),
                settings.bundleFile(), protectedRoots);
        RuleLevels levels = ruleLevels(settings);
        CheckInputs read = CheckInputs.read(settings, levels);

        SafetyClass systemClass = settings.effectiveClass();
        TestRecord tests = DisplayNameLinker.link(read.scan(), read.tests());
        VerificationModel records = VerificationLinker.link(read.verificationRecords(), read.catalog(),
                read.anomalyRecords(), read.changes(), settings.project().version(),
                settings.project().git() == null ? null : settings.project().git().commit(), settings.releaseBuild());
        TraceMatrix trace = TraceLinker.link(read.catalog(), systemClass, read.scan(), tests, records);
        UnitModel units = UnitLinker.link(read.architecture(), settings.label(settings.architectureFile()),
                systemClass, settings.criteria(), read.scan(), tests);
        requireCoverageWhereNeeded(read.coverage(), units, levels);
        List<InputFile> inputs = read.inputs();
        List<String> warnings = new ArrayList<>(FutureDates.of(read.changes(), read.anomalyRecords(),
                settings.referenceDate()));
        Map<String, BundleAttachment> attachments = new TreeMap<>();
        List<List<String>> kept = RecordAttachments.names(read.verificationRecords()); // protocols kept with records
        for (int i = 0; i < kept.size(); i++) {
            List<VerificationRecord.Attachment> files = read.verificationRecords().records().get(i).attachments();
            for (int j = 0; j < files.size(); j++) {
                VerificationRecord.Attachment a = files.get(j);
                attachments.put(kept.get(i).get(j), new BundleAttachment(a.file(), settings.label(a.file()),
                        a.sha256()));
            }
        }
        SoupModel soup = read.soup().link(inputs, attachments, warnings);
        RegressionModel regression = regression(settings, read, tests, trace, units, soup);
        AnomalyModel anomalies = AnomalyLinker.link(read.anomalyRecords(), trace, units, soup);
        // an unread register is no register: its SOUP ids are not judged (an empty one would make every SOUP
        // cause of a hazard look dangling)
        RiskModel risks = RiskLinker.link(read.risks(), trace, read.architecture(),
                read.soup().registerRead() ? soup.register() : null);
        if (regression.baseline() != null) {
            regression = regression.with(RiskChangeLinker.differences(regression.baseline(), read.risks(), trace,
                    regression.changes(), settings.project().version(), systemClass));
            regression = ChangeLinker.link(regression, trace, units, read.scan(), settings.project().version());
        }
        ApprovalModel approvals = ApprovalLinker.link(regression.changes(), read.anomalyRecords(),
                read.releaseApprovals(), read.catalog(), units, read.scan(), soup, settings.project().version(),
                settings.referenceDate().date());
        Evidence evidence = new Evidence(systemClass, read.catalog(), read.scan(), tests, trace, units, soup,
                regression, anomalies, releaseFacts(settings, read.baseline()), risks, read.waivers(), approvals);

        GateReport report = Gates.evaluate(Gates.all(), evidence, levels);

        Path dir = location.directory();
        Path zip = location.zipFile();
        List<Path> leftovers = EvidenceBundleWriter.write(new BundleContent(settings.project(),
                settings.safetyClass() != null, evidence, report, inputs, attachments), dir, zip);
        if (!leftovers.isEmpty()) {
            warnings.add("Removed the leftovers of an interrupted earlier run: " + labels(settings.projectDir(),
                    leftovers) + ".");
        }
        return new CheckResult(evidence, report, zip, dir, warnings);
    }

    /**
     * After a BUILD ERROR: removes the bundle an earlier run left (only what the plugin wrote), so that it cannot
     * be taken for the evidence of this run, which wrote none.
     *
     * @return the line to log, or {@code null} when there was nothing to remove
     */
    public static String withdrawEarlierBundle(Path projectDir, BundleLocation location) {
        List<Path> removed = EvidenceBundleWriter.withdraw(location.directory(), location.zipFile());
        return removed.isEmpty() ? null : "Removed the evidence bundle of an earlier run (" + labels(projectDir,
                removed) + "): this run wrote none, so it cannot be taken for this run's evidence.";
    }

    private static String labels(Path projectDir, List<Path> paths) {
        Path base = BundleLocation.canonical(projectDir);
        return String.join(", ", paths.stream().map(p -> (p.startsWith(base) ? base.relativize(p) : p).toString()
                .replace('\\', '/')).toList());
    }

    /** The comparison with the baseline, or why there is none. */
    private static RegressionModel regression(CheckSettings settings, CheckInputs read, TestRecord tests,
                                              TraceMatrix trace, UnitModel units, SoupModel soup) {
        ReleaseSettings release = settings.release();
        String version = settings.project().version();
        if (read.baseline() != null) {
            return RegressionLinker.link(read.baseline(), version, read.changes(), release.coverageTolerance(),
                    settings.effectiveClass(), tests, trace, units, soup);
        }
        return RegressionModel.notCompared(release.baseline().kind() == ReleaseSettings.BaselineSource.Kind.NONE
                ? "baseline none: first release" : "no baseline declared", ChangeLog.releaseOf(version),
                read.changes(), release.coverageTolerance());
    }

    /** What the release gate judges about the build itself. */
    private static ReleaseFacts releaseFacts(CheckSettings settings, Baseline baseline) {
        ProjectInfo p = settings.project();
        ReleaseSettings release = settings.release();
        boolean snapshot = p.version().endsWith("-SNAPSHOT");
        boolean releaseBuild = settings.releaseBuild();
        String why = release.release() != null ? "iec62304.release=" + release.release()
                + (snapshot ? "" : " (version " + p.version() + " is not a SNAPSHOT)")
                : !snapshot ? "version " + p.version() + " is not a SNAPSHOT"
                : p.version() + " is a SNAPSHOT and iec62304.release is not set";
        return new ReleaseFacts(releaseBuild, why,
                p.groupId() + ":" + p.artifactId() + ":" + p.version(), p.version(),
                release.baseline().kind() != ReleaseSettings.BaselineSource.Kind.NOT_DECLARED, release.snapshots(),
                p.git(), release.releaseWithoutGit(), p.buildTimestamp() != null, release.attached(),
                release.environment(), settings.referenceDate(), sameInstant(p.buildTimestamp(), baseline),
                p.buildTimestamp());
    }

    /** @return whether the build's outputTimestamp is the instant the baseline was built with */
    private static boolean sameInstant(Instant timestamp, Baseline baseline) {
        if (timestamp == null || baseline == null || baseline.buildTimestamp() == null) {
            return false;
        }
        try {
            return Instant.parse(baseline.buildTimestamp()).equals(timestamp);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Execution data is required where UNIT-COVERAGE is in force for a unit with code. */
    private static void requireCoverageWhereNeeded(ExecutionDataFiles.Read coverage, UnitModel units,
                                                   RuleLevels levels) {
        UnitCoverageRule rule = new UnitCoverageRule();
        long needing = units.units().stream().filter(u -> u.criteria() != null && u.hasCode()
                && levels.levelOf(rule, u.safetyClass()) != Level.OFF).count();
        if (!coverage.present() && needing > 0) {
            throw new InputException(coverage.labels().isEmpty() ? "coverageFiles" : coverage.labels().get(0), 0,
                    "no JaCoCo execution data, but " + needing + " unit(s) of class B or C need coverage (IEC 62304 "
                            + "5.5.5). Bind jacoco-maven-plugin's prepare-agent goal before the tests, or point "
                            + "<coverageFiles> at your .exec files.");
        }
    }

    private static RuleLevels ruleLevels(CheckSettings settings) {
        try {
            return RuleLevels.parse(settings.ruleLevels(), Gates.ids());
        } catch (IllegalArgumentException e) {
            throw new SettingsException(e.getMessage());
        }
    }
}
