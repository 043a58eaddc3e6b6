package io.github.iec62304.core.link;

import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.verification.VerificationMethod;
import java.util.List;

/**
 * One row of the trace matrix: a requirement, the code that implements it and the tests that verify it.
 *
 * @param requirement   the requirement
 * @param safetyClass   its effective class (its own, else the system's)
 * @param implementedBy classes and methods annotated {@code @Implements} with its id, sorted
 * @param verifiedBy    tests annotated {@code @Verifies} with its id or matched by its catalog {@code tests:}
 *                      selectors (a selector that matched nothing is one NOT_RUN test), with their outcomes, sorted
 * @param records       executed verification records (manual tests, inspections, ...) that name it, judged
 */
public record RequirementTrace(Requirement requirement, SafetyClass safetyClass, List<CodeLocation> implementedBy,
                               List<VerifyingTest> verifiedBy, List<JudgedRecord> records) {

    /** Verification status of a requirement in this build. */
    public enum Status {
        /** Every method of its plan has evidence, and all its evidence (tests and records) passed. */
        VERIFIED,
        /** Some evidence did not pass (a test failed or did not run, a record failed or is stale), or a method of
         * its plan has no evidence while another has. */
        NOT_VERIFIED,
        /** No evidence at all: no test declares that it verifies the requirement, and no record names it. */
        UNTESTED
    }

    /** A row with tests only (no verification records). */
    public RequirementTrace(Requirement requirement, SafetyClass safetyClass, List<CodeLocation> implementedBy,
                            List<VerifyingTest> verifiedBy) {
        this(requirement, safetyClass, implementedBy, verifiedBy, List.of());
    }

    public RequirementTrace {
        implementedBy = List.copyOf(implementedBy);
        verifiedBy = List.copyOf(verifiedBy);
        records = List.copyOf(records);
    }

    /** @return the status derived from its plan, its verifying tests and its records */
    public Status status() {
        if (verifiedBy.isEmpty() && records.isEmpty()) {
            return Status.UNTESTED;
        }
        boolean allPassed = verifiedBy.stream().allMatch(VerifyingTest::passed)
                && records.stream().allMatch(JudgedRecord::verifies);
        return allPassed && missingMethods().isEmpty() ? Status.VERIFIED : Status.NOT_VERIFIED;
    }

    /** @return the methods of its plan with no evidence at all, in plan order */
    public List<VerificationMethod> missingMethods() {
        return requirement.verification().stream().filter(m -> m == VerificationMethod.TEST ? verifiedBy.isEmpty()
                : records.stream().noneMatch(r -> r.record().method() == m)).toList();
    }
}
