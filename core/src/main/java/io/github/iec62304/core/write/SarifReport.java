package io.github.iec62304.core.write;

import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.RuleVerdict;
import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.model.approval.Approval;
import io.github.iec62304.core.model.waiver.Waiver;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@value #NAME}: the violations as SARIF 2.1.0 (OASIS), the format GitHub code scanning, GitLab and IDEs read.
 *
 * <p>{@code runs[0].tool.driver} lists every rule of the build with its clause, title and site page, whether it
 * reported anything or not, so a reader of the file knows what was checked. Each violation is one result: ERROR is
 * {@code error}, WARN {@code warning}; a WAIVED one is a {@code note} with a {@code suppressions} entry of kind
 * {@code external} (the waiver register is outside the code) and status {@code accepted}, whose justification names
 * the waiver, its approval and expiry: code scanning then lists it as dismissed, not as open. A result has a location
 * only when the rule knows one (a register line, see {@link Violation#location()}); SARIF allows results without.
 *
 * <p>Paths are relative to the project directory under the base id {@value #ROOT}, never absolute: the file is part
 * of a reproducible bundle and must not carry the build machine's paths. Deterministic: no time stamps and no
 * {@code invocations} (they would need the wall clock).
 */
final class SarifReport {

    /** Name of the file in the bundle. */
    static final String NAME = "iec62304.sarif";

    /** Base id of every location: the project (or, for a multi-module device, the reactor) directory. */
    static final String ROOT = "PROJECTROOT";

    static final String SITE = "https://iec62304.github.io/iec62304-maven-plugin/";

    private SarifReport() {
    }

    /**
     * @param report      the gate outcome
     * @param toolVersion the plugin's version, or {@code null} when unknown (tests)
     */
    static void write(OutputStream out, GateReport report, String toolVersion) throws IOException {
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "iec62304-maven-plugin");
        if (toolVersion != null) {
            driver.put("version", toolVersion);
        }
        driver.put("informationUri", SITE);
        List<Object> rules = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (RuleVerdict r : report.rules()) {
            index.put(r.id(), rules.size());
            rules.add(rule(r));
        }
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("originalUriBaseIds", Map.of(ROOT, Map.of("description", Map.of("text",
                "The directory of the project the check ran in (of the reactor root for a multi-module device)"))));
        run.put("columnKind", "utf16CodeUnits");
        run.put("results", new Json.Each<>(report.violations(), v -> result(v, index.get(v.ruleId()))));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        Json.write(out, root);
    }

    private static Map<String, Object> rule(RuleVerdict r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("shortDescription", Map.of("text", r.title()));
        m.put("fullDescription", Map.of("text", r.title() + " (IEC 62304 " + r.clause() + ")"));
        m.put("helpUri", SITE + "rules/" + r.id() + ".html");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("clause", r.clause());
        properties.put("verdict", r.verdict());
        properties.put("tags", List.of("iec62304", "compliance"));
        m.put("properties", properties);
        return m;
    }

    private static Object result(Violation v, Integer ruleIndex) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", v.ruleId());
        if (ruleIndex != null) {
            m.put("ruleIndex", ruleIndex);
        }
        m.put("level", v.level() == Level.ERROR ? "error" : v.level() == Level.WARN ? "warning" : "note");
        m.put("message", Map.of("text", v.subject() + ": " + v.message() + " [IEC 62304 " + v.clause() + "]"));
        if (v.location() != null) {
            Map<String, Object> artifact = new LinkedHashMap<>();
            String file = v.location().file();
            if (file.startsWith("/") || file.matches("[A-Za-z]:/.*")) { // a register outside the project
                artifact.put("uri", file.startsWith("/") ? "file://" + uri(file)
                        : "file:///" + file.substring(0, 2) + uri(file.substring(2)));
            } else {
                artifact.put("uri", uri(file));
                artifact.put("uriBaseId", ROOT);
            }
            Map<String, Object> physical = new LinkedHashMap<>();
            physical.put("artifactLocation", artifact);
            if (v.location().line() > 0) {
                physical.put("region", Map.of("startLine", v.location().line()));
            }
            m.put("locations", List.of(Map.of("physicalLocation", physical)));
        }
        // the same finding keeps its fingerprint across builds (rule and subject, not the wording or the line), so
        // code scanning tracks one alert instead of opening a new one when a message or a line changes
        m.put("partialFingerprints", Map.of("iec62304/v1", v.ruleId() + "|" + v.subject()));
        if (v.waived() != null) {
            Waiver w = v.waived().waiver();
            Approval a = v.waived().approval();
            Map<String, Object> suppression = new LinkedHashMap<>();
            suppression.put("kind", "external");
            suppression.put("status", "accepted");
            suppression.put("justification", "Waiver " + w.id() + " (approved by " + a.by() + ", " + a.role()
                    + ", on " + a.date() + "; expires " + w.expires() + "; the rule reported " + v.waived().level()
                    + "): " + w.rationale());
            m.put("suppressions", List.of(suppression));
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("subject", v.subject());
        properties.put("clause", v.clause());
        properties.put("level", v.level().name());
        m.put("properties", properties);
        return m;
    }

    /** @return the path as a relative URI reference: each segment percent-encoded where URIs need it */
    static String uri(String path) {
        StringBuilder b = new StringBuilder();
        for (byte c : path.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int u = c & 0xFF;
            if (u >= 'a' && u <= 'z' || u >= 'A' && u <= 'Z' || u >= '0' && u <= '9' || "-._~/".indexOf(u) >= 0) {
                b.append((char) u);
            } else {
                b.append('%').append(String.format("%02X", u));
            }
        }
        return b.toString();
    }
}
