package io.github.iec62304.core.evaluate.release;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.model.release.SnapshotUse;

/**
 * RELEASE-SNAPSHOT: a release names fixed versions of everything it is built from: the project, its parent,
 * dependencies of every scope, build plugins, their dependencies and extensions (IEC 62304 5.8.4, 8.1.1), except
 * what {@code allowedSnapshots} allows (listed in the checklist).
 */
public final class SnapshotRule extends ReleaseRule {

    public SnapshotRule() {
        super("RELEASE-SNAPSHOT", "5.8.4; 8.1.1", "A release uses no SNAPSHOT version: project, parent, "
                + "dependencies, plugins", false);
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        for (SnapshotUse s : evidence.release().snapshots()) {
            if (!s.allowed() && s.kind().equals(SnapshotUse.PROJECT_VERSION)) {
                findings.report(evidence.systemClass(), s.coordinates(), "is the version being released, and it is "
                        + "a SNAPSHOT. Release a fixed version (maven-release-plugin sets it), or drop "
                        + "-Diec62304.release=true for a development build.");
            } else if (!s.allowed()) {
                findings.report(evidence.systemClass(), s.coordinates(), "is a SNAPSHOT " + s.kind() + " of a "
                        + "release build. Release it or use a released version, or list it in <allowedSnapshots> "
                        + "with your reasons.");
            }
        }
    }
}
