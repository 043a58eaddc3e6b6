package io.github.iec62304.core.evaluate;

import io.github.iec62304.core.link.AnomalyModel;
import io.github.iec62304.core.link.ApprovalLinker;
import io.github.iec62304.core.link.ApprovalModel;
import io.github.iec62304.core.model.approval.ReleaseApprovals;
import io.github.iec62304.core.link.RegressionModel;
import io.github.iec62304.core.link.RiskModel;
import io.github.iec62304.core.link.SoupModel;
import io.github.iec62304.core.link.TraceMatrix;
import io.github.iec62304.core.link.UnitModel;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.TestRecord;
import io.github.iec62304.core.model.release.AnomalyRegister;
import io.github.iec62304.core.model.release.BuildEnvironment;
import io.github.iec62304.core.model.release.ChangeLog;
import io.github.iec62304.core.model.release.ReleaseFacts;
import io.github.iec62304.core.model.waiver.WaiverRegister;
import io.github.iec62304.core.project.ReferenceDate;
import io.github.iec62304.core.ReleaseSettings;
import java.util.List;
import java.util.EnumSet;
import java.util.Set;

/**
 * Everything the gates judge, read and linked. Later gates add their linked inputs here (units and coverage,
 * SOUP, baseline), so rules keep one signature.
 *
 * @param systemClass the software system's safety class
 * @param catalog     the requirements
 * @param scan        what the compiled classes declare
 * @param tests       the merged test results
 * @param trace       the trace matrix
 * @param units       the architecture linked to the code: units with coverage and tests
 * @param soup        the SBOM joined with the SOUP register
 * @param regression  this build compared with the previous release
 * @param anomalies   the residual anomalies and their evaluations
 * @param release     what the release gate judges about the build itself
 * @param risks       the risk extract linked to the catalog and the architecture
 * @param waivers     the waivers: violations the team accepts until a date ({@link Waivers})
 * @param approvals   the release content fingerprint and every approval compared with what it approves
 */
public record Evidence(SafetyClass systemClass, RequirementCatalog catalog, CodeScan scan, TestRecord tests,
                       TraceMatrix trace, UnitModel units, SoupModel soup, RegressionModel regression,
                       AnomalyModel anomalies, ReleaseFacts release, RiskModel risks, WaiverRegister waivers,
                       ApprovalModel approvals) {

    /** Evidence of a project without a release approval file: its record approvals are linked here. */
    public Evidence(SafetyClass systemClass, RequirementCatalog catalog, CodeScan scan, TestRecord tests,
                    TraceMatrix trace, UnitModel units, SoupModel soup, RegressionModel regression,
                    AnomalyModel anomalies, ReleaseFacts release, RiskModel risks, WaiverRegister waivers) {
        this(systemClass, catalog, scan, tests, trace, units, soup, regression, anomalies, release, risks, waivers,
                ApprovalLinker.link(regression.changes(), anomalies.register(),
                        ReleaseApprovals.empty("src/iec62304/release-approval.yaml"), catalog, units, scan, soup,
                        release.version(), release.referenceDate().date()));
    }

    /** Evidence of a project without a waiver register. */
    public Evidence(SafetyClass systemClass, RequirementCatalog catalog, CodeScan scan, TestRecord tests,
                    TraceMatrix trace, UnitModel units, SoupModel soup, RegressionModel regression,
                    AnomalyModel anomalies, ReleaseFacts release, RiskModel risks) {
        this(systemClass, catalog, scan, tests, trace, units, soup, regression, anomalies, release, risks,
                WaiverRegister.empty("src/iec62304/waivers.yaml"));
    }

    /** @return the same evidence with these waivers */
    public Evidence withWaivers(WaiverRegister register) {
        return new Evidence(systemClass, catalog, scan, tests, trace, units, soup, regression, anomalies, release,
                risks, register, approvals);
    }

    /** Evidence of a project without a risk extract. */
    public Evidence(SafetyClass systemClass, RequirementCatalog catalog, CodeScan scan, TestRecord tests,
                    TraceMatrix trace, UnitModel units, SoupModel soup, RegressionModel regression,
                    AnomalyModel anomalies, ReleaseFacts release) {
        this(systemClass, catalog, scan, tests, trace, units, soup, regression, anomalies, release,
                RiskModel.none("src/iec62304/risks.yaml"));
    }

    /** Evidence of a development build with no baseline, no anomaly records and no release (tests, tools). */
    public Evidence(SafetyClass systemClass, RequirementCatalog catalog, CodeScan scan, TestRecord tests,
                    TraceMatrix trace, UnitModel units, SoupModel soup) {
        this(systemClass, catalog, scan, tests, trace, units, soup,
                RegressionModel.notCompared("no baseline declared", "", ChangeLog.empty("src/iec62304/changes.yaml"),
                        ReleaseSettings.DEFAULT_COVERAGE_TOLERANCE),
                new AnomalyModel(AnomalyRegister.empty("src/iec62304/anomalies.yaml"), List.of()),
                new ReleaseFacts(false, "not a release build", "", "", false, List.of(), null, false, false, true,
                        BuildEnvironment.current(null, List.of()),
                        new ReferenceDate(soup.buildDate(), ReferenceDate.Basis.BUILD_DAY), false, null));
    }

    /** @return the safety classes present: the system's, and those of its requirements and items */
    public Set<SafetyClass> classesInPlay() {
        Set<SafetyClass> classes = EnumSet.of(systemClass);
        catalog.requirements().forEach(r -> classes.add(r.effectiveClass(systemClass)));
        units.architecture().items().forEach(i -> classes.add(i.effectiveClass(systemClass)));
        return classes;
    }

    /** @return where the annotated method or class is in the sources, when the scan could tell; else {@code null} */
    public Violation.Location sourceOf(io.github.iec62304.core.model.CodeLocation at) {
        io.github.iec62304.core.model.SourceLine s = scan.sourceLines().get(at);
        return s == null ? null : new Violation.Location(s.file(), s.line());
    }
}
