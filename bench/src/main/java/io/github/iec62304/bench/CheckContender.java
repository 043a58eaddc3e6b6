package io.github.iec62304.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.iec62304.core.CheckResult;
import io.github.iec62304.core.CheckSettings;
import io.github.iec62304.core.DeviceModule;
import io.github.iec62304.core.ReleaseSettings;
import io.github.iec62304.core.Iec62304Check;
import io.github.iec62304.core.SoupSettings;
import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.project.GitRevision;
import io.github.iec62304.core.project.ProjectInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Our contender: the whole check (every gate, the evidence bundle) on a generated project through the core API,
 * with the settings the {@code check} goal builds for that project's pom (class C, {@code target/jacoco.exec}, the
 * SOUP resolved in compile scope). Writes the verdict and the violations per rule and level as JSON.
 *
 * <p>{@code CheckContender <project-dir> <result-json> [reactor]}: with {@code reactor}, the project split by
 * {@link ReactorSplit} is judged as a multi-module device, with the settings {@code check-aggregate} builds.
 */
public final class CheckContender {

    private CheckContender() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]).toAbsolutePath();
        boolean reactor = args.length > 2 && args[2].equals("reactor");
        String size = dir.getFileName().toString().replace("-reactor", "");
        String artifactId = ProjectPom.artifactId(Size.parse(size));
        Map<String, String> scopes = new HashMap<>();
        DeviceModel.soupOf(Size.parse(size)).forEach(s -> scopes.put(s.group() + ":" + s.artifact(), "compile"));
        ProjectInfo info = new ProjectInfo("com.example.bench", artifactId, "1.0.0-SNAPSHOT",
                "Synthetic device (size " + size + ")", ProjectPom.pluginVersion(),
                Instant.parse("2026-11-01T00:00:00Z"), GitRevision.of(dir).orElse(null));
        SoupSettings soup = new SoupSettings(List.of(Path.of("target/bom.json"), Path.of("target/bom.xml")),
                Path.of("src/iec62304/soup.yaml"), scopes, Set.of("com.example.bench:" + artifactId),
                SoupSettings.DEFAULT_REVIEW_MAX_AGE, true);
        List<DeviceModule> modules = new ArrayList<>();
        if (reactor) {
            for (int i = 0; i < ReactorSplit.MODULES; i++) {
                Path m = Path.of(ReactorSplit.module(i));
                modules.add(new DeviceModule(m.toString(), m.resolve("target/classes"), m.resolve("target/test-classes"),
                        List.of(m.resolve("target/surefire-reports"), m.resolve("target/failsafe-reports")),
                        List.of(m.resolve("target/jacoco.exec"))));
            }
        } else {
            modules.add(new DeviceModule(null, Path.of("target/classes"), Path.of("target/test-classes"),
                    List.of(Path.of("target/surefire-reports"), Path.of("target/failsafe-reports")),
                    List.of(Path.of("target/jacoco.exec"))));
        }
        CheckSettings settings = new CheckSettings(dir, info, SafetyClass.C, Path.of("src/iec62304/requirements.yaml"),
                Path.of("src/iec62304/architecture.yaml"), modules, List.of(), CheckSettings.defaultCriteria(), soup,
                ReleaseSettings.development(), ProjectGenerator.BUILD_START, Map.of(), Path.of("target/iec62304"),
                Path.of("target/" + artifactId + "-1.0.0-SNAPSHOT-iec62304-evidence.zip"));
        CheckResult result = Iec62304Check.run(settings);

        Map<String, Map<String, Integer>> byRule = new TreeMap<>();
        for (Violation v : result.report().violations()) {
            byRule.computeIfAbsent(v.ruleId(), k -> new TreeMap<>()).merge(v.level().name(), 1, Integer::sum);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("verdict", result.report().passed() ? "PASSED" : "FAILED");
        out.put("errors", result.report().errors());
        out.put("warnings", result.report().warnings());
        out.put("violations_by_rule", byRule);
        out.put("first_violations", result.report().violations().stream().limit(5).map(Violation::format).toList());
        out.put("requirements", result.evidence().catalog().requirements().size());
        out.put("test_cases", result.evidence().tests().cases().size());
        out.put("units", result.evidence().units().units().size());
        out.put("shipped_soup", result.evidence().soup().shipped().size() + result.evidence().soup().runtime().size());
        out.put("bundle_bytes", Files.size(result.bundleFile()));
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(Path.of(args[1]).toFile(), out);
        System.out.println("check: " + out.get("verdict") + " (" + out.get("errors") + " errors, "
                + out.get("warnings") + " warnings)");
    }
}
