package io.github.iec62304.plugin;

import io.github.iec62304.core.ConsoleText;
import io.github.iec62304.core.validation.CaseFiles;
import io.github.iec62304.core.validation.CaseResult;
import io.github.iec62304.core.validation.ShippedManifest;
import io.github.iec62304.core.validation.ToolArtifact;
import io.github.iec62304.core.validation.ToolValidation;
import io.github.iec62304.core.validation.ValidationEnvironment;
import io.github.iec62304.core.validation.ValidationRecord;
import io.github.iec62304.core.validation.ValidationRecordWriter;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.rtinfo.RuntimeInformation;

/**
 * Validates the plugin in this environment (installation and operational qualification, IEC 62304 5.1.10 and 8.1,
 * ISO 13485 4.1.6): runs every reference case shipped in the plugin through the real check, compares each verdict
 * and violation set with the expected one, and writes a validation record ({@code validation-record.json} and
 * {@code validation-record.md}) to file in the QMS. Fails when any case differs or is not the shipped one. Needs no
 * project: {@code mvn io.github.iec62304:iec62304-maven-plugin:<version>:validate} in an empty directory.
 */
@Mojo(name = "validate", requiresProject = false, threadSafe = true)
public class ValidateMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Component
    private RuntimeInformation runtimeInformation;

    /**
     * Where the validation record is written. Default: {@code target/iec62304-validation} in a project,
     * {@code ./iec62304-validation} without one. The goal refuses (BUILD ERROR, before running anything) a directory
     * holding any file it did not write.
     */
    @Parameter(property = "iec62304.validationDirectory")
    private File validationDirectory;

    /**
     * A directory of reference cases to run instead of the shipped ones (one folder per case, as in the plugin jar
     * under {@code io/github/iec62304/core/validation/cases}). They are judged against the manifest shipped in the
     * plugin: a case whose files differ is reported as not the shipped case and the validation fails. Meant to show
     * that tampering is detected, not to validate anything.
     */
    @Parameter(property = "iec62304.validationCases")
    private File validationCases;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path out = outputDirectory();
        String refused = ValidationRecordWriter.whyNotOurs(out);
        if (refused != null) {
            throw new MojoExecutionException(ConsoleText.line(refused));
        }
        AbstractSoupMojo.quietSchemaValidator();
        if (validationCases != null && !validationCases.isDirectory()) {
            throw new MojoExecutionException("iec62304.validationCases: " + validationCases + " is not a directory. "
                    + "Point it at a folder holding the reference cases (one folder per case, as in the plugin's core "
                    + "jar under io/github/iec62304/core/validation/cases), or leave it unset to run the shipped ones.");
        }
        ValidationRecord record;
        Path work = null;
        try {
            ShippedManifest manifest = ShippedManifest.shipped(); // a jar without it is broken: BUILD ERROR, no record
            CaseFiles cases = validationCases == null ? CaseFiles.shipped(manifest)
                    : CaseFiles.directory(validationCases.toPath());
            work = Files.createTempDirectory("iec62304-validation");
            record = ToolValidation.run(cases, manifest, ValidationEnvironment.current(runtimeInformation == null
                    ? null : runtimeInformation.getMavenVersion()), List.of(ToolArtifact.of("plugin", getClass()),
                    ToolArtifact.of("core", ToolValidation.class)), pluginVersion, work);
            ValidationRecordWriter.write(record, out);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new MojoExecutionException(ConsoleText.line("Validation could not run: " + e.getMessage()));
        } finally {
            deleteWorkDirectory(work);
        }
        for (CaseResult c : record.cases()) {
            if (c.passed()) {
                getLog().info("PASS " + c.name());
            } else {
                getLog().error(ConsoleText.line("FAIL " + c.name() + ": " + String.join("; ",
                        Stream.concat(c.integrity().stream(), c.differences().stream()).toList())));
            }
        }
        getLog().info(record.uncovered().size() + " of " + record.rules().size()
                + " rules are not covered by a reference case (listed with the reason in the record)");
        String where = out.resolve(ValidationRecordWriter.MARKDOWN).toString();
        if (!record.passed()) {
            throw new MojoFailureException(ConsoleText.line("Validation FAILED: " + record.failures().size() + " of "
                    + record.cases().size() + " reference case(s) failed ("
                    + record.failures().stream().map(CaseResult::name).collect(Collectors.joining(", "))
                    + "). The plugin is not validated in this environment; see " + where + "."));
        }
        getLog().info("Validation PASSED: " + record.cases().size() + " reference cases gave their expected verdicts. "
                + "File the record in your QMS: " + where);
    }

    private Path outputDirectory() {
        if (validationDirectory != null) {
            return validationDirectory.toPath().toAbsolutePath().normalize();
        }
        boolean inProject = project != null && project.getFile() != null;
        if (inProject) {
            return Path.of(project.getBuild().getDirectory(), "iec62304-validation");
        }
        String cwd = session != null && session.getExecutionRootDirectory() != null
                ? session.getExecutionRootDirectory() : System.getProperty("user.dir");
        return Path.of(cwd, "iec62304-validation");
    }

    /** Removes the directory the cases ran in: created by this goal, holding only what it wrote. */
    private void deleteWorkDirectory(Path work) {
        if (work == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(work)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException | UncheckedIOException e) {
            getLog().warn("Could not remove the temporary directory " + work + ": " + e.getMessage());
        }
    }
}
