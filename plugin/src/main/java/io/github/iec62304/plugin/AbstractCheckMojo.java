package io.github.iec62304.plugin;

import io.github.iec62304.core.CheckResult;
import io.github.iec62304.core.CheckSettings;
import io.github.iec62304.core.ConsoleText;
import io.github.iec62304.core.DeviceModule;
import io.github.iec62304.core.ReleaseSettings;
import io.github.iec62304.core.Iec62304Check;
import io.github.iec62304.core.SettingsException;
import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.link.ApprovalModel;
import io.github.iec62304.core.link.RegressionModel;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.UnitCriteria;
import io.github.iec62304.core.model.release.BuildEnvironment;
import io.github.iec62304.core.project.BuildTimestamp;
import io.github.iec62304.core.project.GitRevision;
import io.github.iec62304.core.project.ProjectInfo;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.write.BundleLocation;
import io.github.iec62304.core.write.StepSummary;
import io.github.iec62304.core.write.UnsafeBundlePathException;
import java.io.File;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.apache.maven.rtinfo.RuntimeInformation;
import org.eclipse.aether.RepositorySystem;

/**
 * What the two check goals share: every gate, the registers, the rules, the bundle and the release settings. A
 * goal says only which modules the device consists of ({@link #layout()}): {@code check} the project it runs in,
 * {@code check-aggregate} every module of a multi-module device.
 */
public abstract class AbstractCheckMojo extends AbstractSoupMojo {

    /**
     * The device's modules as the check reads them.
     *
     * @param root     the directory paths in messages and the bundle are relative to
     * @param modules  where each module keeps what the gates read, in a fixed order
     * @param projects the Maven projects the device consists of (for source roots, dependencies and SNAPSHOTs)
     */
    protected record Layout(Path root, List<DeviceModule> modules, List<MavenProject> projects) {
    }

    /** @return the modules the device consists of; a BUILD ERROR when the build did not produce what they need */
    protected abstract Layout layout() throws MojoExecutionException;

    /** Classifier of the attached evidence bundle. */
    public static final String CLASSIFIER = "iec62304-evidence";

    private static final int MAX_VIOLATIONS_IN_SUMMARY = 50;

    @Component
    private MavenProjectHelper projectHelper;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    /**
     * Software safety class of the system (IEC 62304 4.3): {@code A}, {@code B} or {@code C}. When not set, the
     * system is treated as class C, as the standard requires, and the build log says so.
     */
    @Parameter(property = "iec62304.safetyClass")
    private String safetyClass;

    /** The requirements catalog (YAML). See the site page "Requirements catalog" for its format. */
    @Parameter(property = "iec62304.requirementsFile", defaultValue = "${project.basedir}/src/iec62304/requirements.yaml")
    private File requirementsFile;

    /**
     * The architecture registry: software items with their safety class, and optionally units, criteria overrides
     * and class C (5.5.4) records. When the file does not exist, the whole system is one item at the system's
     * class and every top-level class is a unit.
     */
    @Parameter(property = "iec62304.architectureFile", defaultValue = "${project.basedir}/src/iec62304/architecture.yaml")
    private File architectureFile;

    /**
     * Acceptance criteria of class B units: {@code lineCoverage} (default 80%), {@code branchCoverage} (70%),
     * {@code ownTestRequired} (true), {@code testsMustPass} (true). The standard names no number: these are your
     * plan's values.
     */
    @Parameter
    private UnitCriteriaParameter classB;

    /**
     * Acceptance criteria of class C units: {@code lineCoverage} (default 90%), {@code branchCoverage} (85%),
     * {@code ownTestRequired} (true), {@code testsMustPass} (true).
     */
    @Parameter
    private UnitCriteriaParameter classC;

    /**
     * Rule levels that override the defaults, by rule id: {@code ERROR}, {@code WARN}, {@code OFF}, or per class
     * such as {@code B=ERROR,C=ERROR}. Example:
     * {@code <rules><TRACE-IMPLEMENTED>B=ERROR,C=ERROR</TRACE-IMPLEMENTED></rules>}.
     */
    @Parameter
    private Map<String, String> rules;

    /**
     * Directory of the unpacked evidence bundle; replaced on each run. The plugin refuses (BUILD ERROR, before
     * touching anything) a directory it did not create, the project directory or a folder above it, and a source or
     * resource root or a folder in or above one.
     */
    @Parameter(property = "iec62304.evidenceDirectory", defaultValue = "${project.build.directory}/iec62304")
    private File evidenceDirectory;

    /**
     * The evidence bundle zip, attached to the project with classifier {@code iec62304-evidence}. The plugin
     * refuses (BUILD ERROR, before touching anything) to overwrite a file that is not an evidence zip it wrote.
     */
    @Parameter(property = "iec62304.bundleFile",
            defaultValue = "${project.build.directory}/${project.build.finalName}-iec62304-evidence.zip")
    private File bundleFile;

    /**
     * Build time recorded in the evidence and used for every zip entry, so the same inputs give a byte-identical
     * bundle. Not set: no time is recorded and entries get a fixed date.
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    /**
     * The previous release's evidence, which the regression gate compares with: {@code none} for the first
     * release, a version of this artifact ({@code 1.0.0}), {@code groupId:artifactId:version} (resolved with
     * classifier {@code iec62304-evidence}, type {@code zip}, from the project's repositories), or a zip file. A
     * release build of class B or C without it fails REGRESSION-BASELINE.
     */
    @Parameter(property = "iec62304.baseline")
    private String baseline;

    /** Change records: what each release retires or changes, and why (optional file). */
    @Parameter(property = "iec62304.changesFile", defaultValue = "${project.basedir}/src/iec62304/changes.yaml")
    private File changesFile;

    /**
     * Executed verification records: manual test protocols, inspections, analyses and demonstrations, with who
     * executed them on which version and their result (optional file). See the site page "Verification methods and
     * manual records".
     */
    @Parameter(property = "iec62304.verificationRecordsFile",
            defaultValue = "${project.basedir}/src/iec62304/verification-records.yaml")
    private File verificationRecordsFile;

    /**
     * The risk extract: the software part of the ISO 14971 risk management file, with the team's severity scale and
     * acceptability matrix, the hazardous situations the software can contribute to, their causes, the risk control
     * measures and the residual risk evaluations (optional file). See the site page "Risk management".
     */
    @Parameter(property = "iec62304.riskFile", defaultValue = "${project.basedir}/src/iec62304/risks.yaml")
    private File riskFile;

    /**
     * The waiver register: violations the team accepts until a date, each named by rule id and subject, with its
     * rationale, approver, role, approval date and expiry (optional file). A waived violation does not fail the
     * build and is listed as WAIVED in the evidence; an expired waiver is an error (WAIVER-EXPIRED), an unused one a
     * warning (WAIVER-UNUSED). The release-integrity rules can never be waived. See the site page "Waivers".
     */
    @Parameter(property = "iec62304.waiversFile", defaultValue = "${project.basedir}/src/iec62304/waivers.yaml")
    private File waiversFile;

    /**
     * The release approvals: each names a version and approves its release content fingerprint (which every build
     * logs and writes to {@code manifest.json}), with who, role, date and meaning (optional file). A release build
     * without a current approval of its version and content is reported by RELEASE-APPROVED. See the site page
     * "Approvals".
     */
    @Parameter(property = "iec62304.releaseApprovalFile",
            defaultValue = "${project.basedir}/src/iec62304/release-approval.yaml")
    private File releaseApprovalFile;

    /**
     * A CycloneDX JSON VEX document (spec 1.4-1.6) with the team's analyses of vulnerabilities of the SBOM's
     * components ({@code vulnerabilities[]} with {@code affects[].ref}, a bom-ref or purl of the SBOM, and
     * {@code analysis.state}). Its analysis replaces the SBOM's for the same vulnerability and component; a
     * vulnerability only the VEX lists is added. Optional: without it, analyses come from the SBOM only. A
     * configured file that is missing or invalid is a BUILD ERROR. See the site page "SOUP".
     */
    @Parameter(property = "iec62304.vexFile")
    private File vexFile;

    /** Known anomalies and their evaluations (optional file). */
    @Parameter(property = "iec62304.anomaliesFile", defaultValue = "${project.basedir}/src/iec62304/anomalies.yaml")
    private File anomaliesFile;

    /**
     * How far a class C unit's line or branch coverage may fall below the baseline's before REGRESSION-COVERAGE
     * reports it, in percentage points: {@code 1%} or {@code 0.01}; {@code 0} reports any fall.
     */
    @Parameter(property = "iec62304.coverageTolerance", defaultValue = "1%")
    private String coverageTolerance;

    /**
     * Whether the release gate judges this build. Not set: a release build when the version is not a SNAPSHOT.
     * {@code true}: a release build whatever the version (a dry run). {@code false}: a development build, recorded
     * as such in the checklist; meant for maven-release-plugin's preparation build, which runs before the release
     * commit exists (the release itself, built from the tag by release:perform, is then judged in full).
     */
    @Parameter(property = "iec62304.release")
    private Boolean release;

    /**
     * Allow a release build outside a git work tree (configuration management in another system); the checklist
     * says so. A git tree with uncommitted changes still fails RELEASE-GIT.
     */
    @Parameter(property = "iec62304.releaseWithoutGit", defaultValue = "false")
    private boolean releaseWithoutGit;

    /**
     * {@code groupId:artifactId} patterns ({@code *} allowed) of SNAPSHOTs a release may use; each stays listed as
     * allowed in the release checklist. Comma-separated on the command line.
     */
    @Parameter(property = "iec62304.allowedSnapshots")
    private List<String> allowedSnapshots;

    @Component
    private RepositorySystem repositorySystem;

    @Component
    private RuntimeInformation runtimeInformation;

    /**
     * Directories of test reports and JaCoCo execution data collected from CI shards (comma-separated on the command
     * line, relative to the directory Maven runs in): each holds them at the paths the build writes them to,
     * relative to the project (in a multi-module device: to the reactor root), e.g.
     * {@code shard-1/target/surefire-reports}. When given, they are read instead of this build's own; a shard with
     * no test report is a BUILD ERROR. See the site page "Multi-module devices".
     */
    @Parameter(property = "iec62304.shards")
    private List<String> shards;

    /**
     * Whether a failed gate fails the build. {@code false} makes the check report-only, like
     * {@code jacoco.haltOnFailure=false}: the evidence bundle is written and still says FAILED, the log says in one
     * WARNING line that the build was not failed on purpose, and the build goes on. Meant for development builds while
     * violations are being fixed. A release build refuses it and fails anyway: a release cannot be made report-only.
     */
    @Parameter(property = "iec62304.failOnError", defaultValue = "true")
    private boolean failOnError = true;

    /** Skip the check (logged). */
    @Parameter(property = "iec62304.skip", defaultValue = "false")
    private boolean skip;

    /** Write the bundle but do not attach it to the project (so install/deploy do not publish it). */
    @Parameter(property = "iec62304.skipAttach", defaultValue = "false")
    private boolean skipAttach;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("IEC 62304 check skipped (iec62304.skip=true): no gates ran, no evidence was written.");
            return;
        }
        quietSchemaValidator();
        // where the bundle goes is checked first, so that a BUILD ERROR of the layout can withdraw an earlier one
        BundleLocation location = location(project.getBasedir().toPath(), protectedRoots(List.of(project)));
        Layout layout;
        try {
            layout = layout();
        } catch (MojoExecutionException e) {
            withdrawEarlierBundle(project.getBasedir().toPath(), location);
            throw e;
        } catch (UncheckedIOException e) { // a module's folder could not be read
            withdrawEarlierBundle(project.getBasedir().toPath(), location);
            throw new MojoExecutionException("Cannot read the device's modules: " + e.getCause().getMessage());
        }
        Path basedir = layout.root();
        List<Path> roots = protectedRoots(layout.projects());
        location = location(basedir, roots);
        CheckSettings settings;
        CheckResult result;
        try {
            settings = settings(layout);
            result = Iec62304Check.run(settings, roots);
        } catch (MojoExecutionException e) {
            withdrawEarlierBundle(basedir, location);
            throw e;
        } catch (InputException | SettingsException | UnsafeBundlePathException | UncheckedIOException e) {
            withdrawEarlierBundle(basedir, location);
            throw new MojoExecutionException(e.getMessage());
        } catch (RuntimeException | Error e) {
            // a defect or out of memory: no bundle was written either, so the earlier one must not stay
            withdrawEarlierBundle(basedir, location);
            throw e;
        }
        report(result, settings);
        if (!skipAttach) {
            projectHelper.attachArtifact(project, "zip", CLASSIFIER, result.bundleFile().toFile());
        }
        decide(result, settings);
    }

    /** Appends the step summary (on GitHub Actions), then passes, fails, or, report-only, warns. */
    private void decide(CheckResult result, CheckSettings settings) throws MojoFailureException {
        GateReport report = result.report();
        boolean releaseBuild = result.evidence().release().releaseBuild();
        GateOutcome outcome = GateOutcome.of(report.passed(), failOnError, releaseBuild);
        String bundle = settings.label(result.bundleFile());
        String problem = StepSummaryFile.append(System.getenv(StepSummaryFile.VARIABLE), StepSummary.markdown(
                report, project.getGroupId() + ":" + project.getArtifactId() + " " + project.getVersion(), bundle,
                outcome == GateOutcome.REPORT_ONLY));
        if (problem != null) {
            getLog().warn(problem);
        }
        if (!failOnError && releaseBuild && outcome == GateOutcome.PASSED) {
            getLog().warn(GateOutcome.ignoredInRelease());
        }
        String failure = failureMessage(report, bundle, settings.label(result.directory()));
        switch (outcome) {
            case PASSED -> { }
            case REPORT_ONLY -> getLog().warn(GateOutcome.reportOnlyWarning(report.errors(), bundle));
            case FAILED -> throw new MojoFailureException(failure);
            case RELEASE_REFUSES_REPORT_ONLY -> throw new MojoFailureException(GateOutcome.releaseRefusal() + "\n"
                    + failure);
        }
    }

    /** @return the bundle's place, refused (BUILD ERROR) where it would replace what the plugin did not write */
    private BundleLocation location(Path basedir, List<Path> roots) throws MojoExecutionException {
        try {
            return BundleLocation.check(basedir, evidenceDirectory.toPath(), bundleFile.toPath(), roots);
        } catch (UnsafeBundlePathException | UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    /** @return the project's production and test source roots: CI reports point into them */
    protected static List<Path> sourceRoots(MavenProject p) {
        List<Path> roots = new ArrayList<>();
        p.getCompileSourceRoots().forEach(r -> roots.add(Path.of(r)));
        p.getTestCompileSourceRoots().forEach(r -> roots.add(Path.of(r)));
        return roots;
    }

    /** Every module's source and resource roots: no evidence may be written in or over them. */
    private static List<Path> protectedRoots(List<MavenProject> projects) {
        List<Path> roots = new ArrayList<>();
        for (MavenProject p : projects) {
            p.getCompileSourceRoots().forEach(r -> roots.add(Path.of(r)));
            p.getTestCompileSourceRoots().forEach(r -> roots.add(Path.of(r)));
            p.getResources().forEach(r -> roots.add(Path.of(r.getDirectory())));
            p.getTestResources().forEach(r -> roots.add(Path.of(r.getDirectory())));
        }
        return roots;
    }

    /** After a BUILD ERROR: the bundle of an earlier run must not pass for this run's evidence. */
    private void withdrawEarlierBundle(Path basedir, BundleLocation location) {
        try {
            String removed = Iec62304Check.withdrawEarlierBundle(basedir, location);
            if (removed != null) {
                getLog().warn(removed);
            }
        } catch (RuntimeException e) {
            getLog().warn("Could not remove the evidence bundle of an earlier run: " + e.getMessage());
        }
    }

    private CheckSettings settings(Layout layout) throws MojoExecutionException {
        Path basedir = layout.root();
        SafetyClass declared = null;
        if (safetyClass == null || safetyClass.isBlank()) {
            getLog().warn("No <safetyClass> declared: the software system is treated as class C (IEC 62304 4.3). "
                    + "Declare <safetyClass>A|B|C</safetyClass> in the plugin configuration.");
        } else {
            try {
                declared = SafetyClass.parse(safetyClass);
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("Invalid <safetyClass> (iec62304.safetyClass): " + e.getMessage());
            }
        }
        Instant timestamp;
        try {
            timestamp = BuildTimestamp.parse(outputTimestamp).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        ProjectInfo info = new ProjectInfo(project.getGroupId(), project.getArtifactId(), project.getVersion(),
                project.getName() == null ? project.getArtifactId() : project.getName(), pluginVersion, timestamp,
                GitRevision.of(basedir).orElse(null));
        Instant buildStart = session == null || session.getRequest().getStartTime() == null ? Instant.now()
                : session.getRequest().getStartTime().toInstant();
        return new CheckSettings(basedir, info, declared, requirementsFile.toPath(), architectureFile.toPath(),
                layout.modules(), shardDirectories(), criteria(),
                soupSettings(layout.projects()).withVex(vexFile == null ? null : vexFile.toPath()),
                releaseSettings(layout), buildStart,
                rules == null ? Map.of() : new LinkedHashMap<>(rules), evidenceDirectory.toPath(), bundleFile.toPath(),
                verificationRecordsFile.toPath(), riskFile.toPath(), waiversFile.toPath());
    }

    /** Shard directories as given, relative to the directory Maven runs in. */
    private List<Path> shardDirectories() {
        if (shards == null) {
            return List.of();
        }
        Path base = session == null || session.getExecutionRootDirectory() == null ? project.getBasedir().toPath()
                : Path.of(session.getExecutionRootDirectory());
        return shards.stream().flatMap(s -> java.util.Arrays.stream(s.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> base.resolve(s).normalize()).toList();
    }

    private ReleaseSettings releaseSettings(Layout layout) throws MojoExecutionException {
        BigDecimal tolerance;
        try {
            tolerance = BigDecimal.valueOf(UnitCriteria.parseRatio(coverageTolerance));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid <coverageTolerance> (iec62304.coverageTolerance): "
                    + e.getMessage());
        }
        return new ReleaseSettings(BaselineResolver.resolve(baseline, project, repositorySystem,
                session.getRepositorySession()), changesFile.toPath(), anomaliesFile.toPath(), tolerance, release,
                releaseWithoutGit, BuildFacts.snapshots(layout.projects(), allowedSnapshots),
                BuildEnvironment.current(runtimeInformation == null ? null : runtimeInformation.getMavenVersion(),
                        BuildFacts.plugins(project)), !skipAttach, releaseApprovalFile.toPath());
    }

    private Map<SafetyClass, UnitCriteria> criteria() throws MojoExecutionException {
        Map<SafetyClass, UnitCriteria> criteria = CheckSettings.defaultCriteria();
        try {
            if (classB != null) {
                criteria.put(SafetyClass.B, classB.toCriteria(UnitCriteria.CLASS_B, "classB"));
            }
            if (classC != null) {
                criteria.put(SafetyClass.C, classC.toCriteria(UnitCriteria.CLASS_C, "classC"));
            }
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        return criteria;
    }

    private void report(CheckResult result, CheckSettings settings) {
        GateReport report = result.report();
        result.warnings().forEach(getLog()::warn);
        getLog().info("IEC 62304 check: software safety class " + result.evidence().systemClass() + ", "
                + (settings.multiModule() ? settings.modules().size()
                + (settings.modules().size() == 1 ? " module (" : " modules (")
                + String.join(", ", settings.modules().stream().map(DeviceModule::name).toList()) + "), " : "")
                + result.evidence().catalog().requirements().size() + " requirements, "
                + result.evidence().tests().cases().size() + " test cases, "
                + result.evidence().units().units().size() + " units, " + (result.evidence().soup().shipped().size()
                + result.evidence().soup().runtime().size()) + " shipped SOUP, " + report.rules().size() + " rules");
        Map<String, String> stale = result.evidence().tests().staleReports();
        if (!stale.isEmpty()) {
            getLog().warn(new java.util.TreeSet<>(stale.values()).size() + " test report(s) are older than the "
                    + "compiled classes and were ignored, so their tests count as not run: "
                    + String.join(", ", new java.util.TreeSet<>(stale.values()))
                    + ". Run the tests in this build (mvn clean verify).");
        }
        for (Violation v : report.violations()) {
            if (v.level() == Level.ERROR) {
                getLog().error(ConsoleText.line(v.format()));
            } else {
                getLog().warn(ConsoleText.line(v.format()));
            }
        }
        RegressionModel regression = result.evidence().regression();
        getLog().info("IEC 62304 regression: " + (regression.baseline() == null
                ? "not compared (" + regression.notApplicable() + ")"
                : "baseline " + regression.baseline().version() + ", " + regression.differences().size()
                + " difference(s), " + regression.differences().stream().filter(d -> d.justification() != null)
                .count() + " justified by change records of release " + regression.release()
                + " (regression-report.csv)"));
        getLog().info("IEC 62304 release build: " + (result.evidence().release().releaseBuild() ? "yes" : "no")
                + " (" + result.evidence().release().why() + ")");
        ApprovalModel approvals = result.evidence().approvals();
        for (ApprovalModel.Content c : approvals.contents()) {
            // for the approver to copy after the review: every change record of this release, and the anomaly records
            // that carry approvals (index.html lists every residual one too; a log line each would be noise)
            if (c.kind() == ApprovalModel.Kind.ANOMALY && approvals.approvalsOf(c.kind(), c.subject()).equals("none")) {
                continue;
            }
            getLog().info("IEC 62304 content fingerprint of " + c.kind().label() + " " + ConsoleText.line(c.subject())
                    + ": " + c.fingerprint() + " (approvals: " + approvals.approvalsOf(c.kind(), c.subject()) + ")");
        }
        getLog().info("IEC 62304 release content fingerprint: " + approvals.contentFingerprint()
                + " (release approval of " + approvals.version() + ": " + approvals.releaseStatus() + ")");
        getLog().info("IEC 62304 evidence bundle: " + settings.label(result.bundleFile()));
        getLog().info("IEC 62304 verdict: " + (report.passed() ? "PASSED" : "FAILED") + " (" + report.errors()
                + " errors, " + report.warnings() + " warnings" + (report.waived() > 0 ? ", " + report.waived()
                + " waived" : "") + ")");
    }

    /** @return the summary, one line a violation: a line feed in a violation (a YAML title) is neutralised too */
    protected static String failureMessage(GateReport report, String bundle, String directory) {
        List<Violation> errors = report.violations().stream().filter(v -> v.level() == Level.ERROR).toList();
        String listed = errors.stream().limit(MAX_VIOLATIONS_IN_SUMMARY).map(v -> "  " + ConsoleText.line(v.format()))
                .collect(Collectors.joining("\n"));
        String more = errors.size() > MAX_VIOLATIONS_IN_SUMMARY
                ? "\n  ... and " + (errors.size() - MAX_VIOLATIONS_IN_SUMMARY) + " more, all listed above" : "";
        return "IEC 62304 gates failed with " + errors.size() + " violation(s) at level ERROR:\n" + listed + more
                + "\nThe evidence bundle documenting this build is " + bundle + " (open " + directory + "/index.html).";
    }
}
