package io.github.iec62304.core.model.approval;

/**
 * One approval of a release ({@code src/iec62304/release-approval.yaml}): the version it approves and the approval of
 * that version's release content fingerprint.
 *
 * @param version  the released version, e.g. {@code 1.1.0}
 * @param approval who approved it, when, what it means and the release content fingerprint approved
 */
public record ReleaseApproval(String version, Approval approval) {
}
