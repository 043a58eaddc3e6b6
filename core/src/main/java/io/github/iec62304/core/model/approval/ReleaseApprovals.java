package io.github.iec62304.core.model.approval;

import java.util.List;

/**
 * The release approvals ({@code src/iec62304/release-approval.yaml}); empty when the project has none.
 *
 * @param source    the file, as named in messages (where approvals go, also when it does not exist)
 * @param approvals the approvals, in file order
 * @param present   whether the file exists
 */
public record ReleaseApprovals(String source, List<ReleaseApproval> approvals, boolean present) {

    public ReleaseApprovals {
        approvals = List.copyOf(approvals);
    }

    /** @return the approvals of a project that has no release approval file */
    public static ReleaseApprovals empty(String source) {
        return new ReleaseApprovals(source, List.of(), false);
    }
}
