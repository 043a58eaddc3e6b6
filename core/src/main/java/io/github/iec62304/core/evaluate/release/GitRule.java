package io.github.iec62304.core.evaluate.release;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.model.release.ReleaseFacts;

/**
 * RELEASE-GIT: a release is built from a git commit with no uncommitted change below the project (IEC 62304
 * 5.1.11), unless {@code releaseWithoutGit} says configuration management is elsewhere (a dirty tree still fails).
 */
public final class GitRule extends ReleaseRule {

    public GitRule() {
        super("RELEASE-GIT", "5.1.11", "A release is built from a committed tree and records its commit", true);
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        ReleaseFacts release = evidence.release();
        if (release.git() == null && !release.withoutGit()) {
            findings.report(evidence.systemClass(), release.subject(), "is not built from a git work tree, so no "
                    + "commit can be recorded. Build from the release tag, or set <releaseWithoutGit>true"
                    + "</releaseWithoutGit> and record the revision in your configuration management.");
        } else if (release.git() != null && release.git().dirty()) {
            findings.report(evidence.systemClass(), release.subject(), "has uncommitted changes below the project "
                    + "(git status). Commit them: evidence must come from a committed tree.");
        }
    }
}
