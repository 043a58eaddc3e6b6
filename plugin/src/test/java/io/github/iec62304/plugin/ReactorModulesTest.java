package io.github.iec62304.plugin;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.annotations.Verifies;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review finding: a module listed in {@code <excludedModules>} is dropped from the device even when it ships with the
 * device (a compile dependency of a device module, so in the aggregate module's resolved artifacts in compile
 * scope). Its classes are then not judged, and as an own reactor module it is never SOUP either: code that ships is
 * judged by no gate. Expected: a BUILD ERROR naming the module (an excluded module must not ship).
 */
@Verifies("TOOL-GOAL-CHECK-AGGREGATE")
class ReactorModulesTest {

    @TempDir
    Path root;

    private MavenProject project(String artifactId) {
        return project(artifactId, artifactId);
    }

    private MavenProject project(String artifactId, String folder) {
        MavenProject p = new MavenProject();
        p.setGroupId("com.example");
        p.setArtifactId(artifactId);
        p.setVersion("1.0.0-SNAPSHOT");
        p.setPackaging("jar");
        File dir = root.resolve(folder).toFile();
        p.setFile(new File(dir, "pom.xml"));
        p.getBuild().setDirectory(new File(dir, "target").getPath());
        p.getBuild().setOutputDirectory(new File(dir, "target/classes").getPath());
        p.getBuild().setTestOutputDirectory(new File(dir, "target/test-classes").getPath());
        return p;
    }

    private static Artifact artifact(String artifactId, String scope) {
        return new DefaultArtifact("com.example", artifactId, "1.0.0-SNAPSHOT", scope, "jar", null,
                new DefaultArtifactHandler("jar"));
    }

    @Test
    void anExcludedModuleThatShipsWithTheDeviceIsABuildError() {
        MavenProject device = project("device");
        MavenProject app = project("app");
        MavenProject tool = project("tool"); // app depends on it in compile scope: it ships
        device.setArtifacts(Set.of(artifact("app", "compile"), artifact("tool", "compile")));
        List<MavenProject> all = List.of(app, tool, device);

        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> ReactorModules.of(device, all,
                all, List.of("tool")), "tool ships (compile scope in the device) but is excluded: its code would be "
                + "judged by no gate");
        assertEquals("<excludedModules> names tool (compile), but the device ships it: device resolves it in that "
                + "scope, directly or through a device module. Code that ships is device software and is judged: "
                + "remove it from <excludedModules>, or stop shipping it.", e.getMessage());
    }

    /**
     * Review finding: the "reactor root" that evidence paths, shard folders and the git status are relative to is the
     * deepest folder holding the device modules and the aggregate module, not the reactor's root. With the modules in
     * a subfolder (parent pom in the repository root, modules in modules/), it is modules/: shard folders uploaded
     * with the workspace layout (modules/a/target/...) are not found, and {@code git status -- .} no longer sees the
     * parent pom, which holds the gate's configuration (safety class, criteria, rule levels).
     */
    @Test
    void theRootIsTheReactorsRootEvenWhenTheModulesAreInASubfolder() throws Exception {
        MavenProject parent = project("parent", ".");
        parent.setPackaging("pom");
        MavenProject app = project("app", "modules/app");
        MavenProject device = project("device", "modules/device");
        device.setArtifacts(Set.of(artifact("app", "compile")));
        List<MavenProject> all = List.of(parent, app, device);

        ReactorModules.of(device, all, all, List.of());

        // as CheckAggregateMojo.layout() does: every project of the reactor, the parent's folder included
        org.junit.jupiter.api.Assertions.assertEquals(root.toAbsolutePath().normalize(),
                ReactorModules.root(device, all));
    }

    /** A module with production classes that reaches the device only in test scope would ship code outside the SBOM. */
    @Test
    void aModuleWithProductionCodeReachingTheDeviceOnlyInTestScopeIsABuildError() throws Exception {
        MavenProject device = project("device");
        MavenProject fixtures = project("fixtures");
        java.nio.file.Files.createDirectories(root.resolve("fixtures/target/classes/com/example"));
        java.nio.file.Files.write(root.resolve("fixtures/target/classes/com/example/Fixture.class"), new byte[] {1});
        device.setArtifacts(Set.of(artifact("fixtures", "test")));
        List<MavenProject> all = List.of(fixtures, device);

        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> ReactorModules.of(device, all, all, List.of()));
        assertEquals("Device module(s) fixtures have production classes but reach device only in test scope, so their "
                + "dependencies are not in the device's SBOM. If the code ships, depend on the module in compile or "
                + "runtime scope; if it is not device software (a test fixture), list it in <excludedModules>.",
                e.getMessage());
    }

    @Test
    void twoDeviceModulesWithOneArtifactIdAreABuildError() {
        MavenProject device = project("device");
        MavenProject a = project("core", "a/core");
        MavenProject b = project("core", "b/core");
        b.setGroupId("org.other");
        device.setArtifacts(Set.of(artifact("core", "compile"), new DefaultArtifact("org.other", "core",
                "1.0.0-SNAPSHOT", "compile", "jar", null, new DefaultArtifactHandler("jar"))));
        List<MavenProject> all = List.of(a, b, device);

        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> ReactorModules.of(device, all, all, List.of()));
        assertEquals(true, e.getMessage().startsWith("Device modules share the artifactId core"), e.getMessage());
    }
}
