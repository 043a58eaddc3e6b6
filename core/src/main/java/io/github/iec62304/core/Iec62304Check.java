package io.github.iec62304.core;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.evaluate.Gates;
import io.github.iec62304.core.evaluate.RuleLevels;
import io.github.iec62304.core.link.TraceLinker;
import io.github.iec62304.core.link.TraceMatrix;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.InputFile;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.TestRecord;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.Sha256;
import io.github.iec62304.core.read.catalog.RequirementCatalogReader;
import io.github.iec62304.core.read.classes.CodeScanner;
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

/**
 * The whole check behind one call: read -> link -> evaluate -> write. Used by the Maven goal; usable from any
 * other front end. Throws {@link InputException} for unusable input and {@link SettingsException} for wrong
 * configuration, before anything is written; otherwise writes the bundle, including when rules fail.
 */
public final class Iec62304Check {

    private Iec62304Check() {
    }

    /** Runs every gate and writes the evidence bundle. */
    public static CheckResult run(CheckSettings settings) {
        RuleLevels levels = ruleLevels(settings);
        List<InputFile> inputs = new ArrayList<>();
        RequirementCatalog catalog = readCatalog(settings, inputs);
        CodeScan scan = CodeScanner.scan(settings.classDirectories().stream()
                .map(d -> new CodeScanner.Directory(settings.projectDir().resolve(d), settings.label(d))).toList());
        inputs.addAll(scan.inputs());
        TestRecord tests = TestReports.read(settings.reportDirectories().stream()
                .map(d -> new TestReports.Directory(settings.projectDir().resolve(d), settings.label(d))).toList(),
                scan.newestClass());
        inputs.addAll(tests.inputs());

        TraceMatrix trace = TraceLinker.link(catalog, settings.effectiveClass(), scan, tests);
        Evidence evidence = new Evidence(settings.effectiveClass(), catalog, scan, tests, trace);
        GateReport report = Gates.evaluate(Gates.all(), evidence, levels);

        Path dir = settings.projectDir().resolve(settings.evidenceDirectory());
        Path zip = settings.projectDir().resolve(settings.bundleFile());
        EvidenceBundleWriter.write(new BundleContent(settings.project(), settings.safetyClass() != null, evidence,
                report, inputs), dir, zip);
        return new CheckResult(evidence, report, zip, dir);
    }

    private static RuleLevels ruleLevels(CheckSettings settings) {
        try {
            return RuleLevels.parse(settings.ruleLevels(), Gates.ids());
        } catch (IllegalArgumentException e) {
            throw new SettingsException(e.getMessage());
        }
    }

    private static RequirementCatalog readCatalog(CheckSettings settings, List<InputFile> inputs) {
        Path file = settings.projectDir().resolve(settings.requirementsFile());
        String label = settings.label(settings.requirementsFile());
        try (InputStream raw = Files.newInputStream(file);
             Sha256.DigestingStream in = new Sha256.DigestingStream(raw)) {
            RequirementCatalog catalog = new RequirementCatalogReader().read(in, label);
            inputs.add(new InputFile(label, in.finish(), 1));
            return catalog;
        } catch (NoSuchFileException e) {
            throw new InputException(label, 0, "requirements catalog not found. Create it (format: "
                    + "https://iec62304.github.io/iec62304-maven-plugin/requirements-catalog.html) or point "
                    + "<requirementsFile> / -Diec62304.requirementsFile at it");
        } catch (IOException e) {
            throw new InputException(label, 0, "cannot be read: " + e, e);
        }
    }
}
