package io.github.iec62304.core;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.evaluate.Gates;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.RuleLevels;
import io.github.iec62304.core.evaluate.unit.UnitCoverageRule;
import io.github.iec62304.core.link.AnomalyLinker;
import io.github.iec62304.core.link.AnomalyModel;
import io.github.iec62304.core.link.RegressionLinker;
import io.github.iec62304.core.link.RegressionModel;
import io.github.iec62304.core.link.SoupModel;
import io.github.iec62304.core.link.TraceLinker;
import io.github.iec62304.core.link.TraceMatrix;
import io.github.iec62304.core.link.UnitLinker;
import io.github.iec62304.core.link.UnitModel;
import io.github.iec62304.core.model.Architecture;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.InputFile;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.TestRecord;
import io.github.iec62304.core.model.release.AnomalyRegister;
import io.github.iec62304.core.model.release.Baseline;
import io.github.iec62304.core.model.release.ChangeLog;
import io.github.iec62304.core.model.release.ReleaseFacts;
import io.github.iec62304.core.project.ProjectInfo;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.Sha256;
import io.github.iec62304.core.read.architecture.ArchitectureReader;
import io.github.iec62304.core.read.baseline.BaselineReader;
import io.github.iec62304.core.read.catalog.RequirementCatalogReader;
import io.github.iec62304.core.read.classes.CodeScanner;
import io.github.iec62304.core.read.coverage.ExecutionDataFiles;
import io.github.iec62304.core.read.release.AnomalyRegisterReader;
import io.github.iec62304.core.read.release.ChangeLogReader;
import io.github.iec62304.core.read.surefire.TestReports;
import io.github.iec62304.core.write.BundleContent;
import io.github.iec62304.core.write.EvidenceBundleWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The whole check behind one call: read -> link -> evaluate -> write. Used by the Maven goal; usable from any
 * other front end. Throws {@link InputException} for unusable input and {@link SettingsException} for wrong
 * configuration, before anything is written; otherwise writes the bundle, including when rules fail.
 */
public final class Iec62304Check {

    private static final int MAX_NAMED = 10;
    private static final String CATALOG_MISSING = "requirements catalog not found. Create it (format: "
            + "https://iec62304.github.io/iec62304-maven-plugin/requirements-catalog.html) or point "
            + "<requirementsFile> / -Diec62304.requirementsFile at it";

    private Iec62304Check() {
    }

    /** Runs every gate and writes the evidence bundle. */
    public static CheckResult run(CheckSettings settings) {
        RuleLevels levels = ruleLevels(settings);
        // read: the inputs do not depend on each other, so the SOUP files, the class files (with their coverage) and
        // the test reports are read on threads of their own while this one reads the registers and the baseline;
        // joined in input order, so a problem surfaces as it would reading one input after the other
        SoupRead soupRead = SoupRead.start(settings, levels);
        ReadAhead<CodeRead> code = ReadAhead.start(() -> readCode(settings));
        ReadAhead<TestReports.Parsed> reports = ReadAhead.start(() -> TestReports.parse(
                settings.reportDirectories().stream().map(d -> new TestReports.Directory(
                        settings.projectDir().resolve(d), settings.label(d))).toList()));
        try {
            return run(settings, levels, soupRead, code, reports);
        } catch (RuntimeException | Error e) {
            soupRead.cancel();
            code.cancel();
            reports.cancel();
            throw e;
        }
    }

    /** The class files and their coverage, read together (coverage is analysed from the same bytes). */
    private record CodeRead(ExecutionDataFiles.Read coverage, CodeScan scan) {
    }

    private static CodeRead readCode(CheckSettings settings) {
        ExecutionDataFiles.Read coverage = ExecutionDataFiles.read(settings.coverageFiles().stream()
                .map(f -> new ExecutionDataFiles.ExecFile(settings.projectDir().resolve(f), settings.label(f))).toList());
        CodeScan scan = CodeScanner.scan(directory(settings, settings.classesDirectory()),
                directory(settings, settings.testClassesDirectory()), coverage.store());
        requireMatchingCoverage(coverage, scan);
        return new CodeRead(coverage, scan);
    }

    private static CheckResult run(CheckSettings settings, RuleLevels levels, SoupRead soupRead,
                                   ReadAhead<CodeRead> code, ReadAhead<TestReports.Parsed> reports) {
        List<InputFile> inputs = new ArrayList<>();
        RequirementCatalog catalog = readYaml(settings, settings.requirementsFile(), inputs,
                (in, label) -> new RequirementCatalogReader().read(in, label), CATALOG_MISSING);
        Architecture architecture = Files.exists(settings.projectDir().resolve(settings.architectureFile()))
                ? readYaml(settings, settings.architectureFile(), inputs, (in, l) -> new ArchitectureReader().read(in, l),
                "architecture registry not found")
                : Architecture.implicit();
        ReleaseSettings release = settings.release();
        ChangeLog changes = optionalYaml(settings, release.changesFile(), inputs, new ChangeLogReader()::read,
                ChangeLog::empty);
        AnomalyRegister anomalyRecords = optionalYaml(settings, release.anomaliesFile(), inputs,
                new AnomalyRegisterReader()::read, AnomalyRegister::empty);
        Baseline baseline = readBaseline(settings, inputs);
        CodeRead codeRead = code.join();
        ExecutionDataFiles.Read coverage = codeRead.coverage();
        CodeScan scan = codeRead.scan();
        inputs.addAll(coverage.inputs());
        inputs.addAll(scan.inputs());
        TestRecord tests = reports.join().record(scan.newestClass());
        inputs.addAll(tests.inputs());

        TraceMatrix trace = TraceLinker.link(catalog, settings.effectiveClass(), scan, tests);
        UnitModel units = UnitLinker.link(architecture, settings.label(settings.architectureFile()),
                settings.effectiveClass(), settings.criteria(), scan, tests);
        requireCoverageWhereNeeded(coverage, units, levels);
        List<String> warnings = new ArrayList<>();
        Map<String, byte[]> attachments = new TreeMap<>();
        SoupModel soup = soupRead.link(inputs, attachments, warnings);
        String version = settings.project().version();
        RegressionModel regression = baseline != null
                ? RegressionLinker.link(baseline, version, changes, release.coverageTolerance(),
                settings.effectiveClass(), tests, trace, units, soup)
                : RegressionModel.notCompared(release.baseline().kind() == ReleaseSettings.BaselineSource.Kind.NONE
                ? "baseline none: first release" : "no baseline declared", ChangeLog.releaseOf(version), changes,
                release.coverageTolerance());
        AnomalyModel anomalies = AnomalyLinker.link(anomalyRecords, trace, units, soup);
        Evidence evidence = new Evidence(settings.effectiveClass(), catalog, scan, tests, trace, units, soup,
                regression, anomalies, releaseFacts(settings));
        GateReport report = Gates.evaluate(Gates.all(), evidence, levels);

        Path dir = settings.projectDir().resolve(settings.evidenceDirectory());
        Path zip = settings.projectDir().resolve(settings.bundleFile());
        EvidenceBundleWriter.write(new BundleContent(settings.project(), settings.safetyClass() != null, evidence,
                report, inputs, attachments), dir, zip);
        return new CheckResult(evidence, report, zip, dir, warnings);
    }

    /** What the release gate judges about the build itself. */
    private static ReleaseFacts releaseFacts(CheckSettings settings) {
        ProjectInfo p = settings.project();
        ReleaseSettings release = settings.release();
        boolean snapshot = p.version().endsWith("-SNAPSHOT");
        boolean releaseBuild = release.release() != null ? release.release() : !snapshot;
        String why = release.release() != null ? "iec62304.release=" + release.release()
                + (snapshot ? "" : " (version " + p.version() + " is not a SNAPSHOT)")
                : !snapshot ? "version " + p.version() + " is not a SNAPSHOT"
                : p.version() + " is a SNAPSHOT and iec62304.release is not set";
        return new ReleaseFacts(releaseBuild, why,
                p.groupId() + ":" + p.artifactId() + ":" + p.version(), p.version(),
                release.baseline().kind() != ReleaseSettings.BaselineSource.Kind.NOT_DECLARED, release.snapshots(),
                p.git(), release.releaseWithoutGit(), p.buildTimestamp() != null, release.attached(),
                release.environment());
    }

    /** Reads the baseline bundle, when one is declared; it is untrusted input, checked before anything is used. */
    private static Baseline readBaseline(CheckSettings settings, List<InputFile> inputs) {
        ReleaseSettings.BaselineSource source = settings.release().baseline();
        if (source.kind() != ReleaseSettings.BaselineSource.Kind.BUNDLE) {
            return null;
        }
        Baseline baseline = BaselineReader.read(settings.projectDir().resolve(source.file()), source.label(),
                settings.project().groupId(), settings.project().artifactId());
        inputs.add(new InputFile(source.label(), baseline.sha256(), 1));
        return baseline;
    }

    private static CodeScanner.Directory directory(CheckSettings settings, Path dir) {
        return new CodeScanner.Directory(settings.projectDir().resolve(dir), settings.label(dir));
    }

    /**
     * Coverage must describe the compiled code: no class recompiled after the tests ran (its id no longer
     * matches), and no session recorded before the last compilation (the JaCoCo agent appends to its file across
     * builds, so a deleted or changed test could still count).
     */
    private static void requireMatchingCoverage(ExecutionDataFiles.Read coverage, CodeScan scan) {
        if (!scan.staleCoverage().isEmpty()) {
            List<String> stale = scan.staleCoverage();
            String named = String.join(", ", stale.subList(0, Math.min(MAX_NAMED, stale.size())))
                    + (stale.size() > MAX_NAMED ? " and " + (stale.size() - MAX_NAMED) + " more" : "");
            throw new InputException(String.join(", ", coverage.inputs().stream().map(InputFile::path).toList()), 0,
                    "execution data does not match the compiled classes " + named + " (they were recompiled after "
                            + "the tests ran). Run mvn clean verify.");
        }
        long compiled = scan.newestClass().toMillis();
        for (ExecutionDataFiles.Session s : coverage.sessions()) {
            if (s.dumpTime() < compiled) {
                throw new InputException(s.file(), 0, "holds coverage recorded before the classes were last "
                        + "compiled (session " + s.id() + "); the JaCoCo agent appends to this file across builds, "
                        + "so tests that changed or no longer exist could still count. Run mvn clean verify.");
            }
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

    /** Reads an optional register; when the file does not exist, {@code absent} gives the empty value. */
    private static <T> T optionalYaml(CheckSettings settings, Path path, List<InputFile> inputs,
                                      BiFunction<InputStream, String, T> reader, Function<String, T> absent) {
        if (!Files.exists(settings.projectDir().resolve(path))) {
            return absent.apply(settings.label(path));
        }
        return readYaml(settings, path, inputs, reader, "not found");
    }

    private static <T> T readYaml(CheckSettings settings, Path path, List<InputFile> inputs,
                                  BiFunction<InputStream, String, T> reader, String whenMissing) {
        Path file = settings.projectDir().resolve(path);
        String label = settings.label(path);
        try (InputStream raw = Files.newInputStream(file);
             Sha256.DigestingStream in = new Sha256.DigestingStream(raw)) {
            T value = reader.apply(in, label);
            inputs.add(new InputFile(label, in.finish(), 1));
            return value;
        } catch (NoSuchFileException e) {
            throw new InputException(label, 0, whenMissing);
        } catch (IOException e) {
            throw new InputException(label, 0, "cannot be read: " + e, e);
        }
    }
}
