package io.github.iec62304.core.model;

/**
 * A justified deviation from the pom's criteria for one item or unit; absent fields keep the base value.
 *
 * @param lineCoverage    minimum line coverage, or {@code null}
 * @param branchCoverage  minimum branch coverage, or {@code null}
 * @param ownTestRequired or {@code null}
 * @param testsMustPass   or {@code null}
 * @param rationale       why the deviation is acceptable (required)
 */
public record CriteriaOverride(Double lineCoverage, Double branchCoverage, Boolean ownTestRequired,
                               Boolean testsMustPass, String rationale) {

    /** @return the base criteria with this override's fields applied */
    public UnitCriteria applyTo(UnitCriteria base) {
        return new UnitCriteria(lineCoverage != null ? lineCoverage : base.lineCoverage(),
                branchCoverage != null ? branchCoverage : base.branchCoverage(),
                ownTestRequired != null ? ownTestRequired : base.ownTestRequired(),
                testsMustPass != null ? testsMustPass : base.testsMustPass());
    }
}
