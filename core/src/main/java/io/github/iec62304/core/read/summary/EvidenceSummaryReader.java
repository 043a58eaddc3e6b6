package io.github.iec62304.core.read.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.iec62304.core.read.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an {@link EvidenceSummary} from the evidence directory the check wrote ({@code manifest.json}, and
 * {@code conformity.json} when present). For a site report: it never runs the gates.
 */
public final class EvidenceSummaryReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvidenceSummaryReader() {
    }

    /**
     * @return the summary, or empty when {@code directory} holds no {@code manifest.json} (the check has not run)
     * @throws InputException when a file is there but is not a manifest this version reads
     */
    public static Optional<EvidenceSummary> read(Path directory) {
        Path manifest = directory.resolve("manifest.json");
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        JsonNode m = tree(manifest);
        if (!m.path("format").asText().startsWith("iec62304-evidence/")) {
            throw new InputException(manifest.toString(), 0, "is not the manifest of an IEC 62304 evidence bundle "
                    + "(format '" + m.path("format").asText() + "')");
        }
        JsonNode p = m.path("project");
        String project = p.path("groupId").asText() + ":" + p.path("artifactId").asText() + ":"
                + p.path("version").asText();
        List<EvidenceSummary.Rule> rules = new ArrayList<>();
        m.path("rules").forEach(r -> rules.add(new EvidenceSummary.Rule(r.path("id").asText(),
                r.path("clause").asText(), r.path("verdict").asText(), r.path("errors").asInt(),
                r.path("warnings").asInt())));
        List<EvidenceSummary.Violation> violations = new ArrayList<>();
        m.path("violations").forEach(v -> violations.add(new EvidenceSummary.Violation(v.path("rule").asText(),
                v.path("clause").asText(), v.path("level").asText(), v.path("subject").asText(),
                v.path("message").asText())));
        List<EvidenceSummary.Clause> clauses = new ArrayList<>();
        Path conformity = directory.resolve("conformity.json");
        if (Files.isRegularFile(conformity)) {
            tree(conformity).path("clauses").forEach(c -> clauses.add(new EvidenceSummary.Clause(
                    c.path("clause").asText(), c.path("title").asText(), c.path("result").asText(),
                    c.path("reason").asText())));
        }
        JsonNode timestamp = m.path("buildTimestamp");
        return Optional.of(new EvidenceSummary(project, p.path("name").asText(),
                m.path("safetyClass").path("class").asText(), m.path("verdict").asText(),
                timestamp.isTextual() ? timestamp.asText() : null, rules, violations, clauses));
    }

    private static JsonNode tree(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode node = JSON.readTree(in);
            if (node == null || !node.isObject()) {
                throw new InputException(file.toString(), 0, "is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InputException(file.toString(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, "cannot be read: " + e.getMessage(), e);
        }
    }
}
