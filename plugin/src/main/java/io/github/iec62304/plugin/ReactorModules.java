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
        Map<String, String> shippingScope = new LinkedHashMap<>();
        for (Artifact a : aggregate.getArtifacts()) {
            dependencies.add(a.getGroupId() + ":" + a.getArtifactId());
            if (Artifact.SCOPE_COMPILE.equals(a.getScope()) || Artifact.SCOPE_RUNTIME.equals(a.getScope())
                    || Artifact.SCOPE_SYSTEM.equals(a.getScope())) {
                shippingScope.put(a.getGroupId() + ":" + a.getArtifactId(), a.getScope());
            }
        }
        List<String> shippedButExcluded = excludedKeys.stream().filter(shippingScope::containsKey)
                .map(k -> reactor.get(k).getArtifactId() + " (" + shippingScope.get(k) + ")").toList();
        if (!shippedButExcluded.isEmpty()) {
            throw new MojoExecutionException("<excludedModules> names " + String.join(", ", shippedButExcluded)
                    + ", but the device ships it: " + aggregate.getArtifactId() + " resolves it in that scope, "
                    + "directly or through a device module. Code that ships is device software and is judged: "
                    + "remove it from <excludedModules>, or stop shipping it.");
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
        List<String> names = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        modules.forEach(p -> (names.contains(p.getArtifactId()) ? twice : names).add(p.getArtifactId()));
        if (!twice.isEmpty()) {
            throw new MojoExecutionException("Device modules share the artifactId " + String.join(", ", twice)
                    + " (in other groups): the evidence names modules by artifactId, and 'modules:' in "
                    + "architecture.yaml owns them by it. Give each device module its own artifactId.");
        }
        List<String> productionOnlyInTests = modules.stream().filter(p -> p != aggregate
                && !shippingScope.containsKey(key(p)) && hasFile(Path.of(p.getBuild().getOutputDirectory()),
                ".class")).map(MavenProject::getArtifactId).toList();
        if (!productionOnlyInTests.isEmpty()) {
            throw new MojoExecutionException("Device module(s) " + String.join(", ", productionOnlyInTests)
                    + " have production classes but reach " + aggregate.getArtifactId() + " only in test scope, so "
                    + "their dependencies are not in the device's SBOM. If the code ships, depend on the module in "
                    + "compile or runtime scope; if it is not device software (a test fixture), list it in "
                    + "<excludedModules>.");
        }
        List<MavenProject> withAggregate = new ArrayList<>(modules);
        withAggregate.add(aggregate);
        Path root = root(aggregate, all);
        for (MavenProject p : withAggregate) {
            requireCompiledTests(p, root);
        }
        return modules;
    }

    /**
     * @return the reactor's root: the deepest folder holding every project of the reactor (the parent pom too, also
     *         when the modules sit in a subfolder), which evidence paths, shard folders and the git state are
     *         relative to
     */
    static Path root(MavenProject aggregate, List<MavenProject> all) {
        List<MavenProject> projects = new ArrayList<>(all);
        projects.add(aggregate);
        return root(projects);
    }

    /** @return per device module, the device modules it depends on (any scope, transitively), by artifactId */
    static Map<String, List<String>> upstream(List<MavenProject> modules) {
        Map<String, String> names = new LinkedHashMap<>();
        modules.forEach(p -> names.put(key(p), p.getArtifactId()));
        Map<String, List<String>> upstream = new LinkedHashMap<>();
        for (MavenProject p : modules) {
            List<String> of = new ArrayList<>();
            for (Artifact a : p.getArtifacts()) {
                String name = names.get(a.getGroupId() + ":" + a.getArtifactId());
                if (name != null && !name.equals(p.getArtifactId())) {
                    of.add(name);
                }
            }
            upstream.put(p.getArtifactId(), of.stream().sorted().toList());
        }
        return upstream;
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
