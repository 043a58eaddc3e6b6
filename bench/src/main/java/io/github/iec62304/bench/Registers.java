package io.github.iec62304.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.github.iec62304.bench.DeviceModel.Item;
import io.github.iec62304.bench.DeviceModel.Requirement;
import io.github.iec62304.bench.DeviceModel.Soup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three registers a device team writes by hand, in the plugin's formats: {@code requirements.yaml},
 * {@code architecture.yaml} (items at classes A, B and C, declared units for every other item) and
 * {@code soup.yaml} (one complete entry per SBOM component, and the Java runtime).
 */
final class Registers {

    /** Build date of the synthetic project; the SOUP reviews are a month older. */
    static final String REVIEW_DATE = "2026-10-01";

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR).build());

    private Registers() {
    }

    static void write(DeviceModel model, Path dir) throws IOException {
        Files.createDirectories(dir);
        YAML.writeValue(dir.resolve("requirements.yaml").toFile(), Map.of("requirements", requirements(model)));
        Map<String, Object> architecture = new LinkedHashMap<>();
        architecture.put("items", items(model));
        architecture.put("units", units(model));
        YAML.writeValue(dir.resolve("architecture.yaml").toFile(), architecture);
        YAML.writeValue(dir.resolve("soup.yaml").toFile(), Map.of("soup", soup(model)));
    }

    private static List<Map<String, Object>> requirements(DeviceModel model) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Requirement r : model.requirements()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("title", r.title());
            m.put("text", r.text());
            if (r.safetyClass() != 'C') { // C is the system's class
                m.put("safetyClass", String.valueOf(r.safetyClass()));
            }
            int n = Integer.parseInt(r.id().substring(4));
            if (n % 3 == 0) {
                m.put("riskControls", List.of(String.format("RC-%04d", n / 3)));
            }
            m.put("parents", List.of(String.format("SYS-REQ-%03d", n % 200 + 1)));
            list.add(m);
        }
        return list;
    }

    private static List<Map<String, Object>> items(DeviceModel model) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Item item : model.items()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", item.id());
            m.put("title", "Synthetic item " + (item.index() + 1));
            if (item.safetyClass() != 'C') {
                m.put("safetyClass", String.valueOf(item.safetyClass()));
                m.put("rationale", "No path from this item reaches the pump motor or the dose: it only reads values "
                        + "the class C items computed and checked (segregation by data flow, separate packages, no "
                        + "shared state).");
            }
            m.put("packages", List.of(item.pkg()));
            if (item.safetyClass() == 'C') {
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("applicable", List.of("b", "d", "h"));
                Map<String, String> reasons = new LinkedHashMap<>();
                reasons.put("a", "no events are handled; every call is a function of its arguments");
                reasons.put("c", "nothing is allocated or released: no threads, timers, files or pools");
                reasons.put("e", "every field is final and set in the constructor");
                reasons.put("f", "self-diagnostics run in the pump firmware, outside this software system");
                reasons.put("g", "no buffers and no manual memory management (JVM heap)");
                record.put("notApplicable", reasons);
                m.put("classC", record);
            }
            list.add(m);
        }
        return list;
    }

    private static List<Map<String, Object>> units(DeviceModel model) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Item item : model.items()) {
            if (!item.declaresUnits()) {
                continue; // every top-level class of the item is a unit of its own
            }
            for (String pkg : model.packagesOf(item)) {
                Map<String, Object> m = new LinkedHashMap<>();
                String p = pkg.substring(pkg.lastIndexOf('.') + 1).toUpperCase(java.util.Locale.ROOT);
                m.put("id", "UNIT-" + item.id().substring(5) + "-" + p);
                m.put("item", item.id());
                m.put("classes", List.of(pkg + ".*"));
                if (p.endsWith("0") && item.safetyClass() != 'A') {
                    Map<String, Object> criteria = new LinkedHashMap<>();
                    criteria.put("lineCoverage", "95%");
                    criteria.put("branchCoverage", "90%");
                    criteria.put("rationale", "carries a risk control: stricter than the plan");
                    m.put("criteria", criteria);
                }
                list.add(m);
            }
        }
        return list;
    }

    private static List<Map<String, Object>> soup(DeviceModel model) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Soup s : model.soup()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("component", "pkg:maven/" + s.group() + "/" + s.artifact());
            m.put("title", "Library " + s.artifact() + " of " + s.group());
            if (s.supplier().isEmpty()) { // the SBOM names none
                m.put("manufacturer", "community");
            }
            m.put("website", "https://" + s.group().substring(12) + ".example.org/" + s.artifact());
            m.put("version", s.version());
            m.put("functionalRequirements", "Parse and format the pump's configuration values; a call returns "
                    + "within 1 ms and never blocks the control loop.");
            m.put("systemRequirements", "Java 17 or later; pure Java, no native code, no threads of its own.");
            Map<String, Object> risk = new LinkedHashMap<>();
            risk.put("level", s.index() % 3 == 0 ? "medium" : "low");
            risk.put("rationale", "Only configuration screens call it; the dose path does not depend on it.");
            m.put("risk", risk);
            m.put("anomalyList", "https://" + s.group().substring(12) + ".example.org/" + s.artifact() + "/issues");
            Map<String, Object> review = new LinkedHashMap<>();
            review.put("version", s.version());
            review.put("date", REVIEW_DATE);
            review.put("reviewer", "Synthetic reviewer");
            review.put("result", "Read the open issues of " + s.version() + "; none touches the functions used.");
            m.put("anomalyReview", review);
            m.put("support", "supported");
            m.put("endOfSupport", "none announced");
            list.add(m);
        }
        Map<String, Object> jre = new LinkedHashMap<>();
        jre.put("runtime", "Eclipse Temurin JRE");
        jre.put("title", "Eclipse Temurin Java runtime");
        jre.put("manufacturer", "Eclipse Foundation (Adoptium working group)");
        jre.put("website", "https://adoptium.net");
        jre.put("version", "17.0.15");
        jre.put("functionalRequirements", "Run the pump software compiled for Java 17 (java.base only).");
        jre.put("systemRequirements", "A platform Temurin 17 supports.");
        jre.put("risk", ordered("level", "medium", "rationale", "A stalled runtime delays the control loop; the pump "
                + "firmware's watchdog stops the motor."));
        jre.put("anomalyList", "https://bugs.openjdk.org");
        jre.put("anomalyReview", ordered("version", "17.0.15", "date", REVIEW_DATE, "reviewer", "Synthetic reviewer",
                "result", "Read the release notes and advisories of 17.0.15."));
        jre.put("support", "supported");
        jre.put("endOfSupport", "none announced");
        list.add(jre);
        return list;
    }

    private static Map<String, Object> ordered(String... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
