package io.github.iec62304.plugin;

import io.github.iec62304.core.model.release.SnapshotUse;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Extension;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;

/**
 * What the release gate needs to know of the Maven build: the SNAPSHOTs it uses (project, parents, resolved
 * dependencies of every scope, build plugins, their dependencies, extensions) and its plugins' versions.
 */
final class BuildFacts {

    private BuildFacts() {
    }

    /** @return every SNAPSHOT the projects use, each once, sorted */
    static List<SnapshotUse> snapshots(List<MavenProject> projects, List<String> allowed) {
        TreeSet<SnapshotUse> uses = new TreeSet<>();
        projects.forEach(p -> uses.addAll(snapshots(p, allowed)));
        return new ArrayList<>(uses);
    }

    /** @return every SNAPSHOT the build uses, each marked allowed when a pattern of {@code allowed} matches it */
    static List<SnapshotUse> snapshots(MavenProject project, List<String> allowed) {
        List<Pattern> patterns = (allowed == null ? List.<String>of() : allowed).stream()
                .flatMap(a -> java.util.Arrays.stream(a.split(","))).map(String::strip).filter(a -> !a.isEmpty())
                .map(BuildFacts::glob).toList();
        TreeSet<SnapshotUse> uses = new TreeSet<>();
        Adder add = (g, a, v, kind) -> {
            if (v != null && v.endsWith("-SNAPSHOT")) {
                uses.add(new SnapshotUse(g + ":" + a + ":" + v, kind,
                        patterns.stream().anyMatch(p -> p.matcher(g + ":" + a).matches())));
            }
        };
        add.add(project.getGroupId(), project.getArtifactId(), project.getVersion(), SnapshotUse.PROJECT_VERSION);
        for (MavenProject p = project.getParent(); p != null; p = p.getParent()) {
            add.add(p.getGroupId(), p.getArtifactId(), p.getVersion(), "parent");
        }
        for (Artifact a : project.getArtifacts()) {
            if (a.isSnapshot()) {
                uses.add(new SnapshotUse(a.getGroupId() + ":" + a.getArtifactId() + ":" + a.getBaseVersion(),
                        "dependency (" + a.getScope() + ")", patterns.stream()
                        .anyMatch(p -> p.matcher(a.getGroupId() + ":" + a.getArtifactId()).matches())));
            }
        }
        for (Plugin plugin : project.getBuildPlugins()) {
            add.add(plugin.getGroupId(), plugin.getArtifactId(), plugin.getVersion(), "plugin");
            for (Dependency d : plugin.getDependencies()) {
                add.add(d.getGroupId(), d.getArtifactId(), d.getVersion(), "plugin dependency");
            }
        }
        for (Extension e : project.getBuildExtensions()) {
            add.add(e.getGroupId(), e.getArtifactId(), e.getVersion(), "extension");
        }
        return new ArrayList<>(uses);
    }

    /** @return the build plugins as {@code groupId:artifactId:version}, sorted */
    static List<String> plugins(MavenProject project) {
        return project.getBuildPlugins().stream().map(p -> p.getGroupId() + ":" + p.getArtifactId() + ":"
                + p.getVersion()).sorted().toList();
    }

    /** @return {@code group:artifact} with {@code *} for any text */
    private static Pattern glob(String pattern) {
        return Pattern.compile(java.util.Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining(".*")));
    }

    @FunctionalInterface
    private interface Adder {
        void add(String groupId, String artifactId, String version, String kind);
    }
}
