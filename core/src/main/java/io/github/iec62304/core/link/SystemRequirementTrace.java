package io.github.iec62304.core.link;

import io.github.iec62304.core.model.SystemRequirement;
import java.util.List;

/**
 * One system requirement rolled up from the software requirements derived from it: it is verified only when every one
 * of them is verified in this build, so a failing test shows at the system level too.
 *
 * @param requirement the system requirement
 * @param derived     the trace rows of the software requirements derived from it, in catalog order: those whose
 *                    {@code parents} name it, and, transitively, those whose parents name one of these
 */
public record SystemRequirementTrace(SystemRequirement requirement, List<RequirementTrace> derived) {

    /** Verification status of a system requirement in this build. */
    public enum Status {
        /** At least one software requirement derives from it, and every one of them is VERIFIED. */
        VERIFIED,
        /** A software requirement derived from it is not VERIFIED (see {@link #notVerified()}). */
        NOT_VERIFIED,
        /** No software requirement derives from it, and the catalog says it is met outside the software. */
        NOT_SOFTWARE,
        /** No software requirement derives from it and nothing says it is met outside the software: a finding. */
        NO_SOFTWARE_REQUIREMENT
    }

    public SystemRequirementTrace {
        derived = List.copyOf(derived);
    }

    /** @return the roll-up of its derived requirements' status */
    public Status status() {
        if (derived.isEmpty()) {
            return requirement.markedNotSoftware() ? Status.NOT_SOFTWARE : Status.NO_SOFTWARE_REQUIREMENT;
        }
        return notVerified().isEmpty() ? Status.VERIFIED : Status.NOT_VERIFIED;
    }

    /** @return the derived requirements that are not VERIFIED in this build, in catalog order */
    public List<RequirementTrace> notVerified() {
        return derived.stream().filter(r -> r.status() != RequirementTrace.Status.VERIFIED).toList();
    }
}
