package io.github.iec62304.core.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.iec62304.core.CheckSettings;
import io.github.iec62304.core.DeviceModule;
import io.github.iec62304.core.ReleaseSettings;
import io.github.iec62304.core.SoupSettings;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.UnitCriteria;
import io.github.iec62304.core.model.release.BuildEnvironment;
import io.github.iec62304.core.model.release.SnapshotUse;
import io.github.iec62304.core.project.ProjectInfo;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The build settings of a reference case ({@code settings:} of its {@code case.yaml}) as the check's
 * {@link CheckSettings}: what the Maven goal would take from the pom, the command line and the build. Every value
 * that depends on the day or the machine is fixed here (the build start, no git work tree), so a case gives the same
 * verdict wherever it runs.
 */
final class CaseSettings {

    /** When a case's build started, unless it says otherwise. */
    static final String DEFAULT_BUILD_START = "2026-12-01T08:00:00Z";

    private CaseSettings() {
    }

    static Instant buildStart(JsonNode s) {
        return Instant.parse(s.path("buildStart").asText(DEFAULT_BUILD_START));
    }

    static CheckSettings of(Path dir, JsonNode s, String toolVersion) {
        String timestamp = s.path("outputTimestamp").asText(null);
        ProjectInfo info = new ProjectInfo(s.path("groupId").asText("com.example.infusion"),
                s.path("artifactId").asText("infusion-pump-software"), s.path("version").asText("1.1.0-SNAPSHOT"),
                s.path("name").asText("Infusion Pump Software"), toolVersion,
                timestamp == null ? null : Instant.parse(timestamp), null);
        SafetyClass safetyClass = s.hasNonNull("safetyClass") ? SafetyClass.parse(s.get("safetyClass").asText()) : null;
        DeviceModule module = new DeviceModule(null, Path.of("target/classes"), Path.of("target/test-classes"),
                paths(s.path("reportDirectories"), "target/surefire-reports", "target/failsafe-reports"),
                paths(s.path("coverageFiles"), "target/jacoco.exec"));
        SoupSettings soup = new SoupSettings(List.of(Path.of("target/bom.json"), Path.of("target/bom.xml")),
                Path.of("src/iec62304/soup.yaml"), strings(s.path("resolvedScopes")),
                new TreeSet<>(list(s.path("ownModules"))),
                SoupSettings.parseAge(s.path("soupReviewMaxAge").asText("12 months")), true)
                .withVex(s.hasNonNull("vexFile") ? Path.of(s.get("vexFile").asText()) : null);
        return new CheckSettings(dir, info, safetyClass, Path.of("src/iec62304/requirements.yaml"),
                Path.of("src/iec62304/architecture.yaml"), List.of(module), List.of(), criteria(s.path("criteria")),
                soup, release(s), buildStart(s), strings(s.path("rules")), Path.of("target/iec62304"),
                Path.of("target/iec62304-evidence.zip"), Path.of("src/iec62304/verification-records.yaml"),
                Path.of("src/iec62304/risks.yaml"), Path.of("src/iec62304/waivers.yaml"));
    }

    private static ReleaseSettings release(JsonNode s) {
        String baseline = s.path("baseline").asText(null);
        ReleaseSettings.BaselineSource source = baseline == null ? ReleaseSettings.BaselineSource.notDeclared()
                : baseline.equals("none") ? ReleaseSettings.BaselineSource.none()
                : ReleaseSettings.BaselineSource.bundle(baseline, Path.of(baseline));
        List<SnapshotUse> snapshots = new ArrayList<>();
        for (JsonNode n : s.path("snapshots")) {
            snapshots.add(new SnapshotUse(n.path("coordinates").asText(), n.path("kind").asText("dependency"),
                    n.path("allowed").asBoolean(false)));
        }
        Boolean release = s.hasNonNull("release") ? s.get("release").asBoolean() : null;
        return new ReleaseSettings(source, Path.of("src/iec62304/changes.yaml"), Path.of("src/iec62304/anomalies.yaml"),
                new BigDecimal(s.path("coverageTolerance").asText("0.01")), release,
                s.path("releaseWithoutGit").asBoolean(false), snapshots,
                BuildEnvironment.current(null, list(s.path("plugins"))), s.path("attached").asBoolean(true),
                Path.of("src/iec62304/release-approval.yaml"));
    }

    private static Map<SafetyClass, UnitCriteria> criteria(JsonNode c) {
        Map<SafetyClass, UnitCriteria> map = CheckSettings.defaultCriteria();
        c.fields().forEachRemaining(e -> {
            SafetyClass cls = SafetyClass.parse(e.getKey());
            UnitCriteria d = map.getOrDefault(cls, UnitCriteria.CLASS_C);
            JsonNode v = e.getValue();
            map.put(cls, new UnitCriteria(v.path("lineCoverage").asDouble(d.lineCoverage()),
                    v.path("branchCoverage").asDouble(d.branchCoverage()),
                    v.path("ownTestRequired").asBoolean(d.ownTestRequired()),
                    v.path("testsMustPass").asBoolean(d.testsMustPass())));
        });
        return map;
    }

    private static List<Path> paths(JsonNode n, String... defaults) {
        List<String> given = list(n);
        return (given.isEmpty() && !n.isArray() ? List.of(defaults) : given).stream().map(Path::of).toList();
    }

    private static List<String> list(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static Map<String, String> strings(JsonNode n) {
        Map<String, String> out = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    static Set<String> keys() {
        return Set.of("groupId", "artifactId", "version", "name", "outputTimestamp", "safetyClass", "buildStart",
                "reportDirectories", "coverageFiles", "resolvedScopes", "ownModules", "soupReviewMaxAge", "vexFile",
                "criteria", "rules", "baseline", "snapshots", "release", "coverageTolerance", "releaseWithoutGit",
                "plugins", "attached");
    }
}
