package io.github.iec62304.core.validation;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of a validation run: what a device maker files as the tool's installation and operational
 * qualification in their environment.
 *
 * @param date           when it ran
 * @param toolVersion    the plugin version
 * @param artifacts      the jars that ran, with their sha256
 * @param environment    the environment it ran in
 * @param manifestSha256 the digest of the shipped manifest of the reference cases
 * @param casesOrigin    where the cases were read from
 * @param cases          every case, sorted by name
 * @param rules          every rule of the tool, with the cases that exercise it
 */
public record ValidationRecord(Instant date, String toolVersion, List<ToolArtifact> artifacts,
                               ValidationEnvironment environment, String manifestSha256, String casesOrigin,
                               List<CaseResult> cases, List<RuleCoverage> rules) {

    public ValidationRecord {
        artifacts = List.copyOf(artifacts);
        cases = List.copyOf(cases);
        rules = List.copyOf(rules);
    }

    /** @return whether every case is the shipped one and gave its expected outcome (and there was one at all) */
    public boolean passed() {
        return !cases.isEmpty() && cases.stream().allMatch(CaseResult::passed);
    }

    /** @return the cases that failed */
    public List<CaseResult> failures() {
        return cases.stream().filter(c -> !c.passed()).toList();
    }

    /** @return the rules no reference case exercises */
    public List<RuleCoverage> uncovered() {
        return rules.stream().filter(r -> r.cases().isEmpty()).toList();
    }
}
