package io.github.iec62304.core;

import io.github.iec62304.core.model.release.BuildEnvironment;
import io.github.iec62304.core.model.release.SnapshotUse;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * What the regression and release gates read.
 *
 * @param baseline          the previous release's evidence: not declared, {@code none}, or a bundle zip
 * @param changesFile       the change records ({@code src/iec62304/changes.yaml}); may not exist
 * @param anomaliesFile     the known anomalies ({@code src/iec62304/anomalies.yaml}); may not exist
 * @param coverageTolerance how far (a ratio, 0.01 = 1 percentage point) a class C unit's coverage may fall
 * @param release           {@code iec62304.release}: {@code true} judges the build as a release whatever its version,
 *                          {@code false} as a development build (e.g. maven-release-plugin's preparation build,
 *                          before the release commit exists); {@code null}: a release when the version is not a
 *                          SNAPSHOT
 * @param releaseWithoutGit a release outside a git work tree is allowed
 * @param snapshots         the SNAPSHOTs the build uses, with whether {@code allowedSnapshots} allows each
 * @param environment       how the build is made
 * @param attached          the bundle is attached to the build (not {@code skipAttach})
 * @param releaseApprovalFile the release approvals ({@code src/iec62304/release-approval.yaml}); may not exist
 */
public record ReleaseSettings(BaselineSource baseline, Path changesFile, Path anomaliesFile,
                             BigDecimal coverageTolerance, Boolean release, boolean releaseWithoutGit,
                             List<SnapshotUse> snapshots, BuildEnvironment environment, boolean attached,
                             Path releaseApprovalFile) {

    /** Settings whose release approval file, if any, is beside the change records. */
    public ReleaseSettings(BaselineSource baseline, Path changesFile, Path anomaliesFile,
                           BigDecimal coverageTolerance, Boolean release, boolean releaseWithoutGit,
                           List<SnapshotUse> snapshots, BuildEnvironment environment, boolean attached) {
        this(baseline, changesFile, anomaliesFile, coverageTolerance, release, releaseWithoutGit, snapshots,
                environment, attached, changesFile.resolveSibling("release-approval.yaml"));
    }

    /** Default {@link #coverageTolerance}: one percentage point. */
    public static final BigDecimal DEFAULT_COVERAGE_TOLERANCE = new BigDecimal("0.01");

    public ReleaseSettings {
        snapshots = List.copyOf(snapshots);
    }

    /** @return the settings of a development build: no baseline, the default files, nothing forced, attached */
    public static ReleaseSettings development() {
        return new ReleaseSettings(BaselineSource.notDeclared(), Path.of("src/iec62304/changes.yaml"),
                Path.of("src/iec62304/anomalies.yaml"), DEFAULT_COVERAGE_TOLERANCE, null, false, List.of(),
                BuildEnvironment.current(null, List.of()), true);
    }

    /**
     * Where the baseline comes from.
     *
     * @param kind  not declared, none, or a bundle
     * @param label how messages name it (coordinates with the file, or the file)
     * @param file  the bundle zip, for {@link Kind#BUNDLE}
     */
    public record BaselineSource(Kind kind, String label, Path file) {

        /** How the baseline is declared. */
        public enum Kind {
            /** No {@code <baseline>}: fine for development builds, a violation for B/C release builds. */
            NOT_DECLARED,
            /** {@code <baseline>none</baseline>}: the first release. */
            NONE,
            /** A previous release's bundle zip. */
            BUNDLE
        }

        public static BaselineSource notDeclared() {
            return new BaselineSource(Kind.NOT_DECLARED, null, null);
        }

        public static BaselineSource none() {
            return new BaselineSource(Kind.NONE, "none", null);
        }

        public static BaselineSource bundle(String label, Path file) {
            return new BaselineSource(Kind.BUNDLE, label, file);
        }
    }
}
