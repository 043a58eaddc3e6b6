package io.github.iec62304.core.link;

import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.SafetyClass;
import java.util.List;

/**
 * One row of the trace matrix: a requirement, the code that implements it and the tests that verify it.
 *
 * @param requirement   the requirement
 * @param safetyClass   its effective class (its own, else the system's)
 * @param implementedBy classes and methods annotated {@code @Implements} with its id, sorted
 * @param verifiedBy    tests annotated {@code @Verifies} with its id, with their outcomes, sorted
 */
public record RequirementTrace(Requirement requirement, SafetyClass safetyClass, List<CodeLocation> implementedBy,
                               List<VerifyingTest> verifiedBy) {

    /** Verification status of a requirement in this build. */
    public enum Status {
        /** At least one verifying test, and all of them passed. */
        VERIFIED,
        /** At least one verifying test did not pass or did not run. */
        NOT_VERIFIED,
        /** No test declares that it verifies the requirement. */
        UNTESTED
    }

    public RequirementTrace {
        implementedBy = List.copyOf(implementedBy);
        verifiedBy = List.copyOf(verifiedBy);
    }

    /** @return the status derived from the verifying tests */
    public Status status() {
        if (verifiedBy.isEmpty()) {
            return Status.UNTESTED;
        }
        return verifiedBy.stream().allMatch(VerifyingTest::passed) ? Status.VERIFIED : Status.NOT_VERIFIED;
    }
}
