package io.github.iec62304.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * The modules of a multi-module device, found the way {@code jacoco:report-aggregate} finds them: the reactor
 * projects among the aggregate module's dependencies (any scope, transitive), plus the aggregate module itself when
 * it has classes of its own. What
 * the gate must not do is judge part of the device without a word, so each of these is a BUILD ERROR naming the
 * module: a reactor module that is neither such a dependency nor excluded; a device module not built in this run
 * ({@code -pl}); a device module whose test sources were not compiled ({@code -Dmaven.test.skip}); an excluded
 * module that does not exist.
 */
final class ReactorModules {

    private ReactorModules() {
    }

    /**
     * @param aggregate the module the device gate runs in
     * @param all       every project of the reactor, also those left out of this run by {@code -pl}
     * @param built     the projects of this run
     * @param excluded  artifactIds (or {@code groupId:artifactId}) of reactor modules that are not device software
     * @return the device modules by artifactId, the aggregate module first when it has classes of its own
     */
    static List<MavenProject> of(MavenProject aggregate, List<MavenProject> all, List<MavenProject> built,
                                 List<String> excluded) throws MojoExecutionException {
        Map<String, MavenProject> reactor = new LinkedHashMap<>();
        all.forEach(p -> reactor.put(key(p), p));
        Set<String> excludedKeys = new TreeSet<>();
        for (String e : excluded == null ? List.<String>of() : excluded) {
            for (String name : e.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                MavenProject p = find(reactor, name.strip());
                if (p == null) {
                    throw new MojoExecutionException("<excludedModules> names '" + name.strip() + "', which is not a "
                            + "module of this reactor (its modules: " + String.join(", ", reactor.values().stream()
                            .map(MavenProject::getArtifactId).sorted().toList()) + ")");
                }
                excludedKeys.add(key(p));
            }
        }
        Set<String> dependencies = new TreeSet<>();
        for (Artifact a : aggregate.getArtifacts()) {
            dependencies.add(a.getGroupId() + ":" + a.getArtifactId());
        }
        for (Dependency d : aggregate.getDependencies()) {
            dependencies.add(d.getGroupId() + ":" + d.getArtifactId());
        }
        List<MavenProject> modules = new ArrayList<>();
        List<String> unseen = new ArrayList<>();
        for (MavenProject p : reactor.values()) {
            String k = key(p);
            if (k.equals(key(aggregate)) || excludedKeys.contains(k) || "pom".equals(p.getPackaging())) {
                continue;
            }
            if (dependencies.contains(k)) {
                modules.add(p);
            } else {
                unseen.add(p.getArtifactId());
            }
        }
        if (!unseen.isEmpty()) {
            throw new MojoExecutionException("The device gate in " + aggregate.getArtifactId() + " does not see "
                    + "reactor module(s) " + String.join(", ", unseen) + ": add each as a dependency of "
                    + aggregate.getArtifactId() + " (so Maven builds it first and the gate judges it; an "
                    + "integration-test module with <scope>test</scope>), or list it in <excludedModules> when it is "
                    + "not device software.");
        }
        Set<String> inThisRun = new TreeSet<>();
        built.forEach(p -> inThisRun.add(key(p)));
        List<String> notBuilt = modules.stream().filter(p -> !inThisRun.contains(key(p)))
                .map(MavenProject::getArtifactId).sorted().toList();
        if (!notBuilt.isEmpty()) {
            throw new MojoExecutionException("Device module(s) " + String.join(", ", notBuilt) + " were not built "
                    + "in this run (a partial build with -pl or -rf?), so their classes, tests and coverage are not "
                    + "this build's. The device gate judges the whole device: build the whole reactor, or add them "
                    + "with -pl ... -am.");
        }
        modules.sort(Comparator.comparing(MavenProject::getArtifactId));
        if (hasClasses(aggregate)) { // usually it has no code; when it has, that code is judged too
            modules.add(0, aggregate);
        }
        List<MavenProject> withAggregate = new ArrayList<>(modules);
        withAggregate.add(aggregate);
        Path root = root(withAggregate);
        for (MavenProject p : withAggregate) {
            requireCompiledTests(p, root);
        }
        return modules;
    }

    /** @return whether the module compiled any class, production or test */
    private static boolean hasClasses(MavenProject module) {
        return hasFile(Path.of(module.getBuild().getOutputDirectory()), ".class")
                || hasFile(Path.of(module.getBuild().getTestOutputDirectory()), ".class");
    }

    /** {@code -Dmaven.test.skip} compiles no test and runs none: the module's tests would vanish without a word. */
    private static void requireCompiledTests(MavenProject module, Path root) throws MojoExecutionException {
        Path testClasses = Path.of(module.getBuild().getTestOutputDirectory());
        if (Files.isDirectory(testClasses)) {
            return;
        }
        for (String sources : module.getTestCompileSourceRoots()) {
            if (hasFile(Path.of(sources), ".java")) {
                Path dir = Path.of(sources).toAbsolutePath().normalize();
                throw new MojoExecutionException("The test sources of device module " + module.getArtifactId()
                        + " (" + (dir.startsWith(root) ? root.relativize(dir).toString().replace('\\', '/') : dir)
                        + ") were not compiled in this build (-Dmaven.test.skip?), so its tests "
                        + "neither ran nor can be traced. Build without -Dmaven.test.skip; in the final job of a "
                        + "sharded CI use -DskipTests instead.");
            }
        }
    }

    private static boolean hasFile(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(suffix) && Files.isRegularFile(f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MavenProject find(Map<String, MavenProject> reactor, String name) {
        MavenProject byKey = reactor.get(name);
        if (byKey != null) {
            return byKey;
        }
        return reactor.values().stream().filter(p -> p.getArtifactId().equals(name)).findFirst().orElse(null);
    }

    private static String key(MavenProject p) {
        return p.getGroupId() + ":" + p.getArtifactId();
    }

    /** @return the deepest directory that holds every project's base directory: the reactor root */
    static Path root(List<MavenProject> projects) {
        Path root = null;
        for (MavenProject p : projects) {
            Path dir = p.getBasedir().toPath().toAbsolutePath().normalize();
            if (root == null) {
                root = dir;
            }
            while (!dir.startsWith(root)) {
                root = root.getParent();
            }
        }
        return root;
    }
}
