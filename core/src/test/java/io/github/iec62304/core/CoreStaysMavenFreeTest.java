package io.github.iec62304.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core must stay plain Java, usable from a CLI or another build tool: no Maven plugin API, project, execution,
 * model or artifact types and no plexus in its sources. Complements the enforcer rule on dependencies, which
 * cannot see a type that arrives transitively. A library merely in the {@code org.apache.maven} namespace, like
 * the surefire report parser ({@code org.apache.maven.plugins.surefire.report}), is allowed.
 */
@Verifies("TOOL-CORE-MAVEN-FREE")
class CoreStaysMavenFreeTest {

    static final Pattern FORBIDDEN = Pattern.compile(
            "^\\s*import\\s+(?:static\\s+)?(org\\.apache\\.maven\\.(?:plugin|plugins\\.annotations|project|execution|model|artifact)"
                    + "\\b[\\w.*]*|org\\.codehaus\\.plexus\\b[\\w.*]*)\\s*;", Pattern.MULTILINE);

    /** Runs from the module directory (surefire's default working directory). */
    static Path mainSources() {
        Path sources = Path.of("src/main/java");
        assertTrue(Files.isDirectory(sources.resolve("io/github/iec62304/core")),
                "core sources not found from " + Path.of("").toAbsolutePath());
        return sources;
    }

    static List<String> forbiddenImports(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                Matcher m = FORBIDDEN.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    found.add(root.relativize(file).toString().replace('\\', '/') + " imports " + m.group(1));
                }
            }
        }
        return found;
    }

    @Test
    void coreSourcesImportNoMavenApiAndNoPlexus() throws IOException {
        assertEquals(List.of(), forbiddenImports(mainSources()),
                "iec62304-core must not use the Maven API or plexus: keep Maven in plugin/");
    }

    @Test
    void theGuardSeesForbiddenImports(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("a"));
        Files.writeString(tmp.resolve("a/Bad.java"), """
                package a;

                import java.util.List;
                import org.apache.maven.plugin.MojoExecutionException;
                import org.apache.maven.project.*;
                import static org.apache.maven.artifact.Artifact.SCOPE_TEST;
                import org.codehaus.plexus.util.StringUtils;
                import org.apache.maven.plugins.surefire.report.ReportTestSuite;
                import org.apache.maven.plugins.annotations.Mojo;
                import org.apache.maven.surefire.api.report.ReportEntry;
                import org.apache.maven.modelx.Fine;
                """);
        Files.writeString(tmp.resolve("Good.java"), "package x;\nimport java.util.Map;\n");

        assertEquals(List.of(
                "a/Bad.java imports org.apache.maven.plugin.MojoExecutionException",
                "a/Bad.java imports org.apache.maven.project.*",
                "a/Bad.java imports org.apache.maven.artifact.Artifact.SCOPE_TEST",
                "a/Bad.java imports org.codehaus.plexus.util.StringUtils",
                "a/Bad.java imports org.apache.maven.plugins.annotations.Mojo"),
                forbiddenImports(tmp));
    }
}
