package io.github.iec62304.core.model.release;

/**
 * A SNAPSHOT the build uses: the project itself, its parent, a dependency, a plugin or a plugin's dependency.
 *
 * @param coordinates {@code groupId:artifactId:version}
 * @param kind        what it is to the build, e.g. {@code dependency (compile)}, {@code plugin}
 * @param allowed     {@code true} when {@code allowedSnapshots} lets the release use it
 */
public record SnapshotUse(String coordinates, String kind, boolean allowed) implements Comparable<SnapshotUse> {

    /** The {@link #kind} of the project's own version. */
    public static final String PROJECT_VERSION = "project version";

    @Override
    public int compareTo(SnapshotUse o) {
        int c = coordinates.compareTo(o.coordinates);
        return c != 0 ? c : kind.compareTo(o.kind);
    }
}
