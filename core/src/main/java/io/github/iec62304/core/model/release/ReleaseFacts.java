package io.github.iec62304.core.model.release;

import io.github.iec62304.core.project.GitRevision;
import io.github.iec62304.core.project.ReferenceDate;
import java.time.Instant;
import java.util.List;

/**
 * What the release gate judges about the build itself.
 *
 * @param releaseBuild     whether the release gate is active
 * @param why              why it is or is not (for the checklist)
 * @param subject          the project as {@code groupId:artifactId:version}
 * @param version          the project version
 * @param baselineDeclared whether {@code <baseline>} is declared ({@code none} counts)
 * @param snapshots        the SNAPSHOTs the build uses
 * @param git              the commit, or {@code null} outside git
 * @param withoutGit       a release outside git is allowed
 * @param reproducible     {@code project.build.outputTimestamp} is set
 * @param attached         the bundle is attached to the build
 * @param environment      how the build is made
 * @param referenceDate    the date this build judges other dates against, and why that one
 * @param timestampOfBaseline {@code true} when {@code project.build.outputTimestamp} is the same instant the
 *                         baseline (the previous release) was built with: the release did not update it
 * @param outputTimestamp  {@code project.build.outputTimestamp}, or {@code null} when not set
 */
public record ReleaseFacts(boolean releaseBuild, String why, String subject, String version,
                           boolean baselineDeclared, List<SnapshotUse> snapshots, GitRevision git,
                           boolean withoutGit, boolean reproducible, boolean attached, BuildEnvironment environment,
                           ReferenceDate referenceDate, boolean timestampOfBaseline,
                           Instant outputTimestamp) {

    public ReleaseFacts {
        snapshots = List.copyOf(snapshots);
    }
}
