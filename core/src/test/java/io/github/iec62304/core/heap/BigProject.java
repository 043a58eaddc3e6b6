package io.github.iec62304.core.heap;

import io.github.iec62304.core.CheckSettings;
import io.github.iec62304.core.ReleaseSettings;
import io.github.iec62304.core.SoupSettings;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.project.ProjectInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A class A project whose SBOM ({@link BigSbom}) ships {@code n} components, all resolved at compile scope, and
 * whose SOUP register is empty: the whole check, with a SOUP-REGISTERED violation a component.
 */
final class BigProject {

    private BigProject() {
    }

    static Path write(Path dir, int n) throws IOException {
        Files.createDirectories(dir.resolve("src/iec62304"));
        Files.writeString(dir.resolve("src/iec62304/requirements.yaml"), """
                requirements:
                  - id: REQ-RATE
                    title: Hourly rate
                    text: The pump shall compute the hourly rate.
                    safetyClass: A
                """);
        Files.writeString(dir.resolve("src/iec62304/soup.yaml"), "soup: []\n");
        BigSbom.write(dir.resolve("target/bom.json"), n);
        Files.writeString(dir.resolve("target/components"), Integer.toString(n));
        return dir;
    }

    static CheckSettings settings(Path dir) throws IOException {
        int n = Integer.parseInt(Files.readString(dir.resolve("target/components")).strip());
        Map<String, String> scopes = new HashMap<>();
        for (int i = 0; i < n; i++) {
            scopes.put("org.example.group" + (i % 500) + ":library-" + i, "compile");
        }
        return new CheckSettings(dir, new ProjectInfo("com.acme", "pump", "1.0-SNAPSHOT", "Pump", "0.1.0-SNAPSHOT",
                Instant.parse("2026-10-31T10:00:00Z"), null), SafetyClass.A, Path.of("src/iec62304/requirements.yaml"),
                Path.of("src/iec62304/architecture.yaml"), Path.of("target/classes"), Path.of("target/test-classes"),
                List.of(Path.of("target/surefire-reports")), List.of(Path.of("target/jacoco.exec")),
                CheckSettings.defaultCriteria(), new SoupSettings(List.of(Path.of("target/bom.json")),
                        Path.of("src/iec62304/soup.yaml"), scopes, Set.of("com.acme:pump"),
                        SoupSettings.DEFAULT_REVIEW_MAX_AGE, false), ReleaseSettings.development(),
                Instant.parse("2026-11-01T10:00:00Z"), Map.of(), Path.of("target/iec62304"),
                Path.of("target/iec62304.zip"));
    }
}
