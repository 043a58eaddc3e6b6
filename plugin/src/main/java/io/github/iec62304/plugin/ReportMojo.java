package io.github.iec62304.plugin;

import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.summary.EvidenceSummary;
import io.github.iec62304.core.read.summary.EvidenceSummaryReader;
import io.github.iec62304.core.write.EvidenceBundleWriter;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * Puts the IEC 62304 evidence summary under the site's Project Reports: the verdict, the rule counts, the violations
 * and, when the bundle has one, the per-clause conformity table, with a link to the bundle's own {@code index.html}
 * (copied with the bundle's files to {@code iec62304/} in the site). It reads the evidence directory that
 * {@code check} or {@code check-aggregate} wrote and never runs the gates: run {@code mvn verify site}. Without
 * evidence the report is skipped with a log line.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /** The folder of the site that receives a copy of the bundle's files (its {@code index.html} is linked). */
    static final String BUNDLE_FOLDER = "iec62304";

    /** Directory of the unpacked evidence bundle that {@code check} wrote (the same parameter as there). */
    @Parameter(property = "iec62304.evidenceDirectory", defaultValue = "${project.build.directory}/iec62304")
    private File evidenceDirectory;

    /**
     * The check's skip switch: when the check ran no gates, the evidence directory can only hold an earlier build's
     * evidence, which the site must not show as this build's.
     */
    @Parameter(property = "iec62304.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public String getOutputName() {
        return "iec62304";
    }

    @Override
    public String getName(Locale locale) {
        return "IEC 62304 evidence";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Verdict, rule counts, violations and per-clause conformity of the IEC 62304 evidence bundle.";
    }

    @Override
    public boolean canGenerateReport() throws MavenReportException {
        if (skip) {
            getLog().info("IEC 62304 report skipped (iec62304.skip=true): no gates ran, so " + evidenceDirectory
                    + " could only hold an earlier build's evidence.");
            return false;
        }
        Optional<EvidenceSummary> summary = summary();
        if (summary.isEmpty()) {
            getLog().info("No IEC 62304 evidence in " + evidenceDirectory + ": run 'mvn verify' (the check goal) "
                    + "before 'site'; the report goal does not run the gates.");
            return false;
        }
        String built = summary.get().project();
        String current = project.getGroupId() + ":" + project.getArtifactId() + ":" + project.getVersion();
        if (!built.equals("::") && !built.equals(current)) {
            getLog().warn("IEC 62304 report not generated: the evidence in " + evidenceDirectory + " is of " + built
                    + ", not of this project " + current + " (a 'site' after a version change without 'verify'). "
                    + "Run 'mvn verify site' so the site shows this version's evidence.");
            return false;
        }
        return true;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        EvidenceSummary summary = summary().orElseThrow(() -> new MavenReportException("No IEC 62304 evidence in "
                + evidenceDirectory + ": run 'mvn verify' first."));
        boolean copied = copyBundle();
        new EvidenceReportRenderer(getSink(), summary, copied ? BUNDLE_FOLDER + "/index.html" : null).render();
    }

    private Optional<EvidenceSummary> summary() throws MavenReportException {
        try {
            return EvidenceSummaryReader.read(evidenceDirectory.toPath());
        } catch (InputException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    /** @return whether the bundle had an {@code index.html}, now copied with its files beside the report page */
    private boolean copyBundle() throws MavenReportException {
        Path from = evidenceDirectory.toPath();
        if (!Files.isRegularFile(from.resolve("index.html"))) {
            return false;
        }
        Path to = getReportOutputDirectory().toPath().resolve(BUNDLE_FOLDER);
        try {
            removeEarlierCopy(from, to);
        } catch (IOException | UncheckedIOException e) {
            throw new MavenReportException("Cannot remove the earlier copy of the evidence bundle in " + to + ": "
                    + e.getMessage(), e);
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException | UncheckedIOException e) {
            throw new MavenReportException("Cannot copy the evidence bundle " + from + " to " + to + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Removes from the site's copy the files an earlier bundle had and this one has not (a {@code waivers.json} of a
     * build that had waivers), so that the copy is this bundle only. Only files of a name the plugin writes into a
     * bundle are removed: anything else the project put there stays.
     */
    private static void removeEarlierCopy(Path from, Path to) throws IOException {
        if (!Files.isDirectory(to)) {
            return;
        }
        try (Stream<Path> files = Files.list(to)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                if (EvidenceBundleWriter.bundleFileName(name) && !Files.exists(from.resolve(name))) {
                    Files.delete(f);
                }
            }
        }
    }
}
