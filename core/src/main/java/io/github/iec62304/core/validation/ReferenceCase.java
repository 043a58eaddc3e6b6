package io.github.iec62304.core.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One reference case: a small evidence set with the verdict and the exact violations the check must give on it.
 * Its directory holds {@code case.yaml} (what it shows, the build settings, and optionally the case it is based on
 * and files of that base it removes), {@code expected.yaml} and {@code project/} (its files; a case based on
 * another adds to or replaces the base's files).
 *
 * @param name        the directory name
 * @param description what the case shows
 * @param base        the case whose files and settings this one starts from, or {@code null}
 * @param remove      paths of the base's files this case does not have
 * @param settings    the build settings (a base's settings are merged in by {@link CaseRunner})
 * @param expected    the verdict and violations the check must report
 */
public record ReferenceCase(String name, String description, String base, List<String> remove, ObjectNode settings,
                            Outcome expected) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * @throws IllegalArgumentException naming the file and what is wrong
     */
    public static ReferenceCase read(String name, byte[] caseYaml, byte[] expectedYaml) {
        if (caseYaml == null || expectedYaml == null) {
            throw new IllegalArgumentException(name + ": has no " + (caseYaml == null ? "case.yaml" : "expected.yaml"));
        }
        JsonNode c = tree(name + "/case.yaml", caseYaml);
        JsonNode e = tree(name + "/expected.yaml", expectedYaml);
        ObjectNode settings = c.path("settings").isObject() ? (ObjectNode) c.get("settings") : YAML.createObjectNode();
        List<String> remove = new ArrayList<>();
        c.path("remove").forEach(n -> remove.add(n.asText()));
        return new ReferenceCase(name, c.path("description").asText(""), c.hasNonNull("base") ? c.get("base").asText()
                : null, List.copyOf(remove), settings, expected(name, e));
    }

    private static Outcome expected(String name, JsonNode e) {
        Verdict verdict;
        try {
            verdict = Verdict.parse(e.path("verdict").asText(null));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(name + "/expected.yaml: " + ex.getMessage());
        }
        Set<Finding> findings = new TreeSet<>();
        Set<Finding> listed = new TreeSet<>(); // rule, level and subject once each
        for (JsonNode v : e.path("violations")) {
            if (!v.hasNonNull("rule") || !v.hasNonNull("level") || !v.hasNonNull("subject")) {
                throw new IllegalArgumentException(name + "/expected.yaml: a violation needs rule, level and subject: "
                        + v);
            }
            int count = v.path("count").asInt(1);
            if (v.has("count") && (!v.get("count").canConvertToExactIntegral() || count < 1)) {
                throw new IllegalArgumentException(name + "/expected.yaml: count of a violation must be 1 or more: "
                        + v);
            }
            Finding f = new Finding(v.get("rule").asText(), v.get("level").asText(), v.get("subject").asText(), count);
            if (!listed.add(new Finding(f.rule(), f.level(), f.subject())) || !findings.add(f)) {
                throw new IllegalArgumentException(name + "/expected.yaml: a violation is listed twice; give it "
                        + "count: <n> instead: " + v);
            }
        }
        String buildError = e.hasNonNull("buildError") ? e.get("buildError").asText() : null;
        if (verdict == Verdict.BUILD_ERROR && (buildError == null || buildError.isBlank())) {
            throw new IllegalArgumentException(name + "/expected.yaml: verdict BUILD ERROR needs buildError, a text "
                    + "the check's message must contain (any BUILD ERROR would match otherwise)");
        }
        return Outcome.of(verdict, findings, buildError);
    }

    private static JsonNode tree(String file, byte[] bytes) {
        try {
            JsonNode n = YAML.readTree(bytes);
            if (n == null || !n.isObject()) {
                throw new IllegalArgumentException(file + ": not a YAML mapping");
            }
            return n;
        } catch (IOException ex) {
            throw new IllegalArgumentException(file + ": not valid YAML: " + ex.getMessage().lines().findFirst()
                    .orElse(""));
        }
    }
}
