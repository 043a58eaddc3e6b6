package io.github.iec62304.core;

import io.github.iec62304.core.evaluate.RuleLevels;
import io.github.iec62304.core.model.Architecture;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.InputFile;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.SoftwareItem;
import io.github.iec62304.core.model.TestRecord;
import io.github.iec62304.core.model.release.AnomalyRegister;
import io.github.iec62304.core.model.release.Baseline;
import io.github.iec62304.core.model.release.ChangeLog;
import io.github.iec62304.core.model.approval.ReleaseApprovals;
import io.github.iec62304.core.read.release.ReleaseApprovalReader;
import io.github.iec62304.core.model.risk.RiskFile;
import io.github.iec62304.core.read.risk.RiskFileReader;
import io.github.iec62304.core.evaluate.Gates;
import io.github.iec62304.core.evaluate.Waivers;
import io.github.iec62304.core.model.waiver.WaiverRegister;
import io.github.iec62304.core.read.waiver.WaiverRegisterReader;
import io.github.iec62304.core.model.verification.VerificationRecord;
import io.github.iec62304.core.model.verification.VerificationRegister;
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
import io.github.iec62304.core.read.verification.VerificationRecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The read stage: every input of the check, each read once. The inputs do not depend on each other until they are
 * linked, so each is read on a thread of its own ({@link ReadAhead}) and joined in input order: the problem the
 * check reports is the one it would meet reading them one after the other. Most of a small project's check is
 * loading and starting the readers' libraries (Jackson and SnakeYAML, the CycloneDX schema, JaCoCo and ASM,
 * Woodstox); side by side they start on every core.
 *
 * @param catalog        the requirements catalog
 * @param architecture   the architecture registry, or the implicit one when the file does not exist
 * @param changes        the change records (empty when the file does not exist)
 * @param anomalyRecords the anomaly register (empty when the file does not exist)
 * @param baseline       the baseline bundle, or {@code null} when none is compared
 * @param coverage       the JaCoCo execution data
 * @param scan           the class files, with their coverage
 * @param tests          the test record (in a multi-module device: of every module)
 * @param soup           the SOUP register and SBOM, joined when they are linked
 * @param verificationRecords the executed verification records, with their attachments read (empty when the file
 *                       does not exist)
 * @param risks          the risk extract (empty when the file does not exist)
 * @param waivers        the waiver register (empty when the file does not exist)
 * @param releaseApprovals the release approvals (empty when the file does not exist)
 * @param inputs         every file read, in input order, with its digest (the SOUP files are added when linked)
 */
record CheckInputs(RequirementCatalog catalog, Architecture architecture, ChangeLog changes,
                   AnomalyRegister anomalyRecords, Baseline baseline, ExecutionDataFiles.Read coverage, CodeScan scan,
                   TestRecord tests, SoupRead soup, List<InputFile> inputs,
                   VerificationRegister verificationRecords, RiskFile risks, WaiverRegister waivers,
                   ReleaseApprovals releaseApprovals) {

    private static final String CATALOG_MISSING = "requirements catalog not found. Create it (format: "
            + "https://iec62304.github.io/iec62304-maven-plugin/requirements-catalog.html) or point "
            + "<requirementsFile> / -Diec62304.requirementsFile at it";
    private static final int MAX_NAMED = 10;

    /** A register and the file it was read from (none when the file does not exist). */
    private record Register<T>(T value, List<InputFile> inputs) {
    }

    /** The class files and their coverage, read together (coverage is analysed from the same bytes). */
    private record Code(ExecutionDataFiles.Read coverage, CodeScan scan) {
    }

    /** Reads every input; the SOUP files only where a SOUP rule is in force. */
    static CheckInputs read(CheckSettings settings, RuleLevels levels) {
        ReleaseSettings release = settings.release();
        SoupRead soup = SoupRead.start(settings, levels);
        ReadAhead<Register<RequirementCatalog>> catalog = ReadAhead.start(() -> yaml(settings,
                settings.requirementsFile(), (in, label) -> new RequirementCatalogReader().read(in, label),
                CATALOG_MISSING));
        ReadAhead<Register<Architecture>> architecture = ReadAhead.start(() ->
                Files.exists(settings.projectDir().resolve(settings.architectureFile()))
                        ? yaml(settings, settings.architectureFile(), (in, l) -> new ArchitectureReader().read(in, l),
                        "architecture registry not found")
                        : new Register<>(Architecture.implicit(), List.of()));
        ReadAhead<Register<ChangeLog>> changes = ReadAhead.start(() -> optionalYaml(settings, release.changesFile(),
                (in, l) -> new ChangeLogReader().read(in, l), ChangeLog::empty));
        ReadAhead<Register<AnomalyRegister>> anomalies = ReadAhead.start(() -> optionalYaml(settings,
                release.anomaliesFile(), (in, l) -> new AnomalyRegisterReader().read(in, l), AnomalyRegister::empty));
        ReadAhead<Register<Baseline>> baseline = ReadAhead.start(() -> baseline(settings));
        ReadAhead<Register<VerificationRegister>> records = ReadAhead.start(() -> verificationRecords(settings));
        ReadAhead<Register<RiskFile>> risks = ReadAhead.start(() -> optionalYaml(settings, settings.riskFile(),
                (in, l) -> new RiskFileReader().read(in, l), RiskFile::empty));
        ReadAhead<Register<WaiverRegister>> waivers = ReadAhead.start(() -> optionalYaml(settings,
                settings.waiversFile(), (in, l) -> new WaiverRegisterReader(Gates.ids(), Waivers.NEVER_WAIVABLE)
                        .read(in, l), WaiverRegister::empty));
        ReadAhead<Register<ReleaseApprovals>> approvals = ReadAhead.start(() -> optionalYaml(settings,
                release.releaseApprovalFile(), (in, l) -> new ReleaseApprovalReader().read(in, l),
                ReleaseApprovals::empty));
        ModuleSources sources = ModuleSources.of(settings);
        ReadAhead<Code> code = ReadAhead.start(() -> code(settings, sources));
        ReadAhead<TestReports.Parsed> reports = ReadAhead.start(() -> TestReports.parse(sources.reports()));
        List<ReadAhead<?>> all = List.of(catalog, architecture, changes, anomalies, baseline, records, risks, waivers,
                approvals, code, reports);
        try {
            List<InputFile> inputs = new ArrayList<>();
            RequirementCatalog catalogRead = join(catalog, inputs);
            Architecture architectureRead = join(architecture, inputs);
            requireKnownModules(architectureRead, settings);
            ChangeLog changesRead = join(changes, inputs);
            AnomalyRegister anomaliesRead = join(anomalies, inputs);
            Baseline baselineRead = join(baseline, inputs);
            VerificationRegister recordsRead = join(records, inputs);
            RiskFile risksRead = join(risks, inputs);
            WaiverRegister waiversRead = join(waivers, inputs);
            ReleaseApprovals approvalsRead = join(approvals, inputs);
            Code codeRead = code.join();
            inputs.addAll(codeRead.coverage().inputs());
            inputs.addAll(codeRead.scan().inputs());
            TestReports.Parsed parsed = reports.join();
            sources.requireReports(parsed.reportsPerDirectory(), codeRead.scan());
            CodeScan scan = codeRead.scan();
            TestRecord tests = parsed.record(module -> sources.compiledLast(module, scan));
            inputs.addAll(tests.inputs()); // each with the digest of its own results
            if (settings.multiModule()) {
                inputs.replaceAll(sources::inModule);
            }
            return new CheckInputs(catalogRead, architectureRead, changesRead, anomaliesRead, baselineRead,
                    codeRead.coverage(), codeRead.scan(), tests, soup, inputs, recordsRead, risksRead,
                    waiversRead, approvalsRead);
        } catch (RuntimeException | Error e) {
            all.forEach(ReadAhead::cancel);
            soup.cancel();
            throw e;
        }
    }

    /** An item that names a module the device does not have would silently own nothing. */
    private static void requireKnownModules(Architecture architecture, CheckSettings settings) {
        List<String> names = settings.modules().stream().map(DeviceModule::name).filter(n -> n != null).toList();
        for (SoftwareItem item : architecture.items()) {
            for (String module : item.modules()) {
                if (!names.contains(module)) {
                    throw new InputException(architecture.source(), item.line(), "item " + item.id() + " names module '"
                            + module + "', " + (names.isEmpty() ? "but this build judges a single module: 'modules' "
                            + "is for a multi-module device judged by the check-aggregate goal; use 'packages' here"
                            : "which is not a module of this device (its modules: " + String.join(", ", names)
                            + ")"));
                }
            }
        }
    }

    private static <T> T join(ReadAhead<Register<T>> read, List<InputFile> inputs) {
        Register<T> register = read.join();
        inputs.addAll(register.inputs());
        return register.value();
    }

    private static Code code(CheckSettings settings, ModuleSources sources) {
        ExecutionDataFiles.Read coverage = ExecutionDataFiles.read(sources.executionData());
        CodeScan scan = CodeScanner.scan(sources.production(), sources.tests(), coverage.store());
        requireMatchingCoverage(coverage, scan, sources);
        Set<String> judged = new HashSet<>();
        scan.production().forEach(c -> judged.add(c.className().replace('.', '/')));
        return new Code(coverage.digestedOver(judged::contains), scan);
    }

    /**
     * Coverage must describe the compiled code: no class recompiled after the tests ran (its id no longer
     * matches), and no session recorded before the last compilation (the JaCoCo agent appends to its file across
     * builds, so a deleted or changed test could still count).
     */
    private static void requireMatchingCoverage(ExecutionDataFiles.Read coverage, CodeScan scan,
                                                ModuleSources sources) {
        if (!scan.staleCoverage().isEmpty()) {
            List<String> stale = scan.staleCoverage();
            String named = String.join(", ", stale.subList(0, Math.min(MAX_NAMED, stale.size())))
                    + (stale.size() > MAX_NAMED ? " and " + (stale.size() - MAX_NAMED) + " more" : "");
            throw new InputException(String.join(", ", coverage.inputs().stream().map(InputFile::path).toList()), 0,
                    "execution data does not match the compiled classes " + named + " (they were recompiled after "
                            + "the tests ran). Run mvn clean verify.");
        }
        for (ExecutionDataFiles.Session s : coverage.sessions()) {
            if (sources.judgeAge()
                    && s.dumpTime() < sources.compiledLast(sources.moduleOfExecutionData(s.file()), scan).toMillis()) {
                throw new InputException(s.file(), 0, "holds coverage recorded before the classes were last "
                        + "compiled (session " + s.id() + "); the JaCoCo agent appends to this file across builds, "
                        + "so tests that changed or no longer exist could still count. Run mvn clean verify.");
            }
        }
    }

    /** Reads the verification records, when the file exists, and each attachment (its digest is an input too). */
    private static Register<VerificationRegister> verificationRecords(CheckSettings settings) {
        Path file = settings.projectDir().resolve(settings.verificationRecordsFile());
        Register<VerificationRegister> register = optionalYaml(settings, settings.verificationRecordsFile(),
                (in, label) -> new VerificationRecordReader().read(in, label,
                        file.toAbsolutePath().normalize().getParent()), VerificationRegister::empty);
        List<InputFile> inputs = new ArrayList<>(register.inputs());
        for (VerificationRecord r : register.value().records()) {
            r.attachments().forEach(a -> inputs.add(new InputFile(settings.label(a.file()), a.sha256(), 1)));
        }
        return new Register<>(register.value(), inputs);
    }

    /** Reads the baseline bundle, when one is declared; it is untrusted input, checked before anything is used. */
    private static Register<Baseline> baseline(CheckSettings settings) {
        ReleaseSettings.BaselineSource source = settings.release().baseline();
        if (source.kind() != ReleaseSettings.BaselineSource.Kind.BUNDLE) {
            return new Register<>(null, List.of());
        }
        Baseline baseline = BaselineReader.read(settings.projectDir().resolve(source.file()), source.label(),
                settings.project().groupId(), settings.project().artifactId());
        return new Register<>(baseline, List.of(new InputFile(source.label(), baseline.sha256(), 1)));
    }

    /** Reads an optional register; when the file does not exist, {@code absent} gives the empty value. */
    private static <T> Register<T> optionalYaml(CheckSettings settings, Path path,
                                                BiFunction<InputStream, String, T> reader,
                                                Function<String, T> absent) {
        if (!Files.exists(settings.projectDir().resolve(path))) {
            return new Register<>(absent.apply(settings.label(path)), List.of());
        }
        return yaml(settings, path, reader, "not found");
    }

    private static <T> Register<T> yaml(CheckSettings settings, Path path, BiFunction<InputStream, String, T> reader,
                                        String whenMissing) {
        Path file = settings.projectDir().resolve(path);
        String label = settings.label(path);
        try (InputStream raw = Files.newInputStream(file);
             Sha256.DigestingStream in = new Sha256.DigestingStream(raw)) {
            T value = reader.apply(in, label);
            return new Register<>(value, List.of(new InputFile(label, in.finish(), 1)));
        } catch (NoSuchFileException e) {
            throw new InputException(label, 0, whenMissing);
        } catch (IOException e) {
            throw new InputException(label, 0, "cannot be read: " + e, e);
        }
    }
}
