package io.github.iec62304.core.link;

import io.github.iec62304.core.ReleaseSettings;
import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.evaluate.Gates;
import io.github.iec62304.core.evaluate.RuleLevels;
import io.github.iec62304.core.evaluate.RuleVerdict;
import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.model.Counter;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.release.AnomalyRecord;
import io.github.iec62304.core.model.release.AnomalyRegister;
import io.github.iec62304.core.model.release.Baseline;
import io.github.iec62304.core.model.release.BuildEnvironment;
import io.github.iec62304.core.model.release.ChangeLog;
import io.github.iec62304.core.model.release.ChangeRecord;
import io.github.iec62304.core.model.release.ReleaseFacts;
import io.github.iec62304.core.model.release.SnapshotUse;
import io.github.iec62304.core.project.GitRevision;
import io.github.iec62304.core.project.ReferenceDate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds the evidence of the regression and release gates, one fact at a time: the baseline's tests, requirements,
 * units and SOUP, the change and anomaly records, and the facts of the build. The current build's tests,
 * requirements and units come from a {@link UnitProject}, its SOUP from a {@link SoupProject}. By default: a clean,
 * reproducible, attached release build of {@code com.acme:pump:1.1.0} from git, compared with baseline 1.0.0.
 */
public final class ReleaseProject {

    public static final String CHANGES = "src/iec62304/changes.yaml";
    public static final String ANOMALIES = "src/iec62304/anomalies.yaml";
    public static final String SUBJECT_GA = "com.acme:pump";
    public static final BuildEnvironment ENVIRONMENT = new BuildEnvironment("17.0.15", "Eclipse Adoptium",
            "OpenJDK 64-Bit Server VM", "3.9.16", "Linux", "6.8.0", "amd64",
            List.of("org.apache.maven.plugins:maven-surefire-plugin:3.6.1"));
    public static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
    /** When {@link #COMMIT} was committed: before the build's outputTimestamp, as with mvn release:prepare. */
    public static final Instant COMMITTED = Instant.parse("2026-11-01T09:00:00Z");

    /** Whether and how a baseline is declared. */
    public enum BaselineDeclared { BUNDLE, NONE, NOT_DECLARED }

    private final SafetyClass systemClass;
    private final UnitProject project;
    private final SoupProject soup;
    private final Map<String, String> baselineTests = new HashMap<>();
    private final Map<String, Baseline.BaselineRequirement> baselineRequirements = new HashMap<>();
    private final Map<String, Baseline.BaselineUnit> baselineUnits = new HashMap<>();
    private Map<String, String> baselineSoup = new HashMap<>();
    private BaselineDeclared declared = BaselineDeclared.BUNDLE;
    private String version = "1.1.0";
    private boolean releaseBuild = true;
    private BigDecimal tolerance = ReleaseSettings.DEFAULT_COVERAGE_TOLERANCE;
    private final List<ChangeRecord> changes = new ArrayList<>();
    private final List<AnomalyRecord> anomalies = new ArrayList<>();
    private final List<SnapshotUse> snapshots = new ArrayList<>();
    private GitRevision git = new GitRevision(COMMIT, false, COMMITTED);
    private boolean withoutGit;
    private boolean reproducible = true;
    private boolean attached = true;
    private boolean timestampOfBaseline;
    private Instant outputTimestamp;
    private final List<io.github.iec62304.core.model.approval.ReleaseApproval> releaseApprovals = new ArrayList<>();

    public ReleaseProject(SafetyClass systemClass) {
        this.systemClass = systemClass;
        this.project = new UnitProject(systemClass);
        this.soup = new SoupProject(systemClass);
    }

    /** The current build's requirements, tests and units. */
    public ReleaseProject now(Consumer<UnitProject> build) {
        build.accept(project);
        return this;
    }

    /** The current build's SOUP (the SBOM is read). */
    public ReleaseProject soup(Consumer<SoupProject> build) {
        build.accept(soup);
        soupSbom = true;
        return this;
    }

    /** This build reads an SBOM (with whatever {@link #soup} added). */
    public ReleaseProject withSbom() {
        soupSbom = true;
        return this;
    }

    private boolean soupSbom;

    /** A test of the baseline ({@code class#name} as the baseline bundle names it, normalized) and its outcome. */
    public ReleaseProject baselineTest(String key, String outcome) {
        baselineTests.put(key, outcome);
        return this;
    }

    public ReleaseProject baselineRequirement(String id, String status, SafetyClass cls) {
        baselineRequirements.put(id, new Baseline.BaselineRequirement(status, cls));
        return this;
    }

    /** A requirement of the baseline with its verification plan then ({@code null}: a bundle before plans). */
    public ReleaseProject baselineRequirement(String id, String status, SafetyClass cls, List<String> plan) {
        baselineRequirements.put(id, new Baseline.BaselineRequirement(status, cls, id + " title",
                "The pump shall " + id + ".", List.of(), plan, List.of()));
        return this;
    }

    public ReleaseProject baselineUnit(String id, SafetyClass cls, Counter lines, Counter branches) {
        baselineUnits.put(id, new Baseline.BaselineUnit(cls, lines, branches));
        return this;
    }

    public ReleaseProject baselineSoup(String key, String soupVersion) {
        baselineSoup.put(key, soupVersion);
        return this;
    }

    /** The baseline bundle recorded no SBOM. */
    public ReleaseProject baselineWithoutSbom() {
        baselineSoup = null;
        return this;
    }

    public ReleaseProject declared(BaselineDeclared value) {
        declared = value;
        return this;
    }

    public ReleaseProject version(String value) {
        version = value;
        return this;
    }

    /** A development build (a SNAPSHOT without iec62304.release). */
    public ReleaseProject development() {
        releaseBuild = false;
        if (!version.endsWith("-SNAPSHOT")) {
            version = version + "-SNAPSHOT";
        }
        return this;
    }

    public ReleaseProject tolerance(String value) {
        tolerance = new BigDecimal(value);
        return this;
    }

    public ReleaseProject change(ChangeRecord record) {
        changes.add(record);
        return this;
    }

    public ReleaseProject anomaly(AnomalyRecord record) {
        anomalies.add(record);
        return this;
    }

    public ReleaseProject snapshot(String coordinates, String kind, boolean allowed) {
        snapshots.add(new SnapshotUse(coordinates, kind, allowed));
        return this;
    }

    public ReleaseProject git(GitRevision value) {
        git = value;
        return this;
    }

    public ReleaseProject withoutGit() {
        withoutGit = true;
        return this;
    }

    public ReleaseProject notReproducible() {
        reproducible = false;
        return this;
    }

    /** The release kept the baseline's {@code project.build.outputTimestamp}. */
    public ReleaseProject timestampOfBaseline() {
        timestampOfBaseline = true;
        return this;
    }

    /**
     * The release's {@code project.build.outputTimestamp}; the date judged against then follows from it and the
     * commit date, as in a real build (otherwise it is the SOUP project's build date).
     */
    public ReleaseProject outputTimestamp(Instant value) {
        outputTimestamp = value;
        return this;
    }

    public ReleaseProject notAttached() {
        attached = false;
        return this;
    }

    /** @return a change record of release {@code release}, approved by the CCB, with the given references */
    public static ChangeRecord change(String id, String release, List<ChangeRecord.Reference> tests,
                                      List<ChangeRecord.Reference> requirements, List<ChangeRecord.Reference> units,
                                      List<ChangeRecord.SoupChange> soup) {
        return new ChangeRecord(id, release, "Change " + id, "CCB", "2026-11-02", tests, requirements, units, soup,
                2);
    }

    public static ChangeRecord testChange(String id, String release, String test) {
        return change(id, release, List.of(new ChangeRecord.Reference(test, "Retired with " + id + ".")), List.of(),
                List.of(), List.of());
    }

    public static ChangeRecord requirementChange(String id, String release, String requirement) {
        return change(id, release, List.of(), List.of(new ChangeRecord.Reference(requirement, "Withdrawn.")),
                List.of(), List.of());
    }

    public static ChangeRecord unitChange(String id, String release, String unit) {
        return change(id, release, List.of(), List.of(), List.of(new ChangeRecord.Reference(unit, "Legacy code "
                + "removed.")), List.of());
    }

    public static ChangeRecord soupChange(String id, String release, String component, String soupVersion) {
        return change(id, release, List.of(), List.of(), List.of(), List.of(new ChangeRecord.SoupChange(component,
                soupVersion, "Release notes read.")));
    }

    /** @return an anomaly record with a complete evaluation */
    public static AnomalyRecord evaluated(String id, String status, boolean acceptable, List<String> tests,
                                          List<String> vulnerabilities) {
        return new AnomalyRecord(id, "Title of " + id, status, tests, vulnerabilities, "None.", "Within limits.",
                "J. Doe", "2026-11-10", acceptable, 2);
    }

    /** @return an anomaly record without evaluation */
    public static AnomalyRecord unevaluated(String id, String status, List<String> tests,
                                            List<String> vulnerabilities) {
        return new AnomalyRecord(id, "Title of " + id, status, tests, vulnerabilities, null, null, null, null, null,
                2);
    }

    public Baseline baseline() {
        return new Baseline("com.acme:pump:1.0.0 (iec62304-evidence zip)", "ab".repeat(32), "com.acme", "pump",
                "1.0.0", "f".repeat(40), "2026-10-01T10:00:00Z", baselineTests, baselineRequirements, baselineUnits,
                baselineSoup);
    }

    public ChangeLog changeLog() {
        return new ChangeLog(CHANGES, changes);
    }

    public AnomalyRegister register() {
        return new AnomalyRegister(ANOMALIES, anomalies);
    }

    public SoupModel soupModel() {
        return soupSbom ? soup.model() : SoupModel.none(SoupProject.REGISTER, SoupProject.BUILD_DATE,
                io.github.iec62304.core.SoupSettings.DEFAULT_REVIEW_MAX_AGE);
    }

    public RegressionModel regression() {
        Evidence e = project.evidence();
        return switch (declared) {
            case BUNDLE -> ChangeLinker.link(RegressionLinker.link(baseline(), version, changeLog(), tolerance,
                    systemClass, e.tests(), e.trace(), e.units(), soupModel()), e.trace(), e.units(), e.scan(), version);
            case NONE -> RegressionModel.notCompared("baseline none: first release", ChangeLog.releaseOf(version),
                    changeLog(), tolerance);
            case NOT_DECLARED -> RegressionModel.notCompared("no baseline declared", ChangeLog.releaseOf(version),
                    changeLog(), tolerance);
        };
    }

    public AnomalyModel anomalyModel() {
        Evidence e = project.evidence();
        return AnomalyLinker.link(register(), e.trace(), e.units(), soupModel());
    }

    public ReleaseFacts facts() {
        String why = releaseBuild ? (version.endsWith("-SNAPSHOT") ? "iec62304.release=true"
                : "version " + version + " is not a SNAPSHOT") : version + " is a SNAPSHOT and iec62304.release is "
                + "not set";
        return new ReleaseFacts(releaseBuild, why, SUBJECT_GA + ":" + version, version,
                declared != BaselineDeclared.NOT_DECLARED, snapshots, git, withoutGit, reproducible, attached,
                ENVIRONMENT, outputTimestamp != null && reproducible ? ReferenceDate.of(releaseBuild, outputTimestamp,
                        git == null ? null : git.committed(), project.evidence().soup().buildDate()
                                .atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
                        : new ReferenceDate(project.evidence().soup().buildDate(), releaseBuild && reproducible
                        ? ReferenceDate.Basis.RELEASE_TIMESTAMP : ReferenceDate.Basis.BUILD_DAY), timestampOfBaseline,
                !reproducible ? null : outputTimestamp != null ? outputTimestamp
                        : Instant.parse("2026-11-01T10:00:00Z"));
    }

    /** Adds a release approval of this file's {@code version}. */
    public ReleaseProject releaseApproval(String approvedVersion, io.github.iec62304.core.model.approval.Approval a) {
        releaseApprovals.add(new io.github.iec62304.core.model.approval.ReleaseApproval(approvedVersion, a));
        return this;
    }

    /** Approves this version's release content as it is now (meaning approval). */
    public ReleaseProject approved() {
        return releaseApproval(ChangeLog.releaseOf(version), new io.github.iec62304.core.model.approval.Approval(
                "A. Weber", "Head of quality", "2026-01-20", io.github.iec62304.core.model.approval.Approval.Meaning
                .APPROVAL, evidence().approvals().contentFingerprint(), 2));
    }

    public Evidence evidence() {
        Evidence e = project.evidence();
        Evidence built = new Evidence(systemClass, e.catalog(), e.scan(), e.tests(), e.trace(), e.units(),
                soupModel(), regression(), anomalyModel(), facts());
        ApprovalModel approvals = ApprovalLinker.link(built.regression().changes(), built.anomalies().register(),
                new io.github.iec62304.core.model.approval.ReleaseApprovals("src/iec62304/release-approval.yaml",
                        releaseApprovals, !releaseApprovals.isEmpty()), built.catalog(), built.units(), built.scan(),
                built.soup(), built.release().version(), built.release().referenceDate().date());
        return new Evidence(built.systemClass(), built.catalog(), built.scan(), built.tests(), built.trace(),
                built.units(), built.soup(), built.regression(), built.anomalies(), built.release(), built.risks(),
                built.waivers(), approvals);
    }

    public GateReport evaluate(RuleLevels levels) {
        return Gates.evaluate(Gates.all(), evidence(), levels);
    }

    public GateReport evaluate() {
        return evaluate(RuleLevels.defaults());
    }

    /** @return the log lines of the violations of the rule {@code id} */
    public List<String> lines(String id) {
        return evaluate().violations().stream().filter(v -> v.ruleId().equals(id)).map(Violation::format).toList();
    }

    /** @return the verdict of the rule {@code id} */
    public RuleVerdict verdict(String id) {
        return evaluate().rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
