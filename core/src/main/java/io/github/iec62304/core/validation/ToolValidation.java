package io.github.iec62304.core.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.iec62304.core.evaluate.Gates;
import io.github.iec62304.core.read.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Validates the tool in its user's environment: runs every reference case through the real pipeline, checks that
 * each case is the shipped one (against the manifest in the tool's jar) and compares each verdict and violation set
 * with the expected one. See the site page "Tool validation".
 */
public final class ToolValidation {

    private ToolValidation() {
    }

    /**
     * @param files       where the cases are read from ({@link CaseFiles#shipped} normally)
     * @param manifest    the shipped manifest, which judges whether each case is the shipped one
     * @param environment the environment to record
     * @param artifacts   the tool's jars to record
     * @param toolVersion the tool's version
     * @param workDir     an empty directory the cases are run in
     * @return the record: every case with expected and actual outcome, and per rule the cases that exercise it
     */
    public static ValidationRecord run(CaseFiles files, ShippedManifest manifest, ValidationEnvironment environment,
                                       List<ToolArtifact> artifacts, String toolVersion, Path workDir) {
        Instant date = Instant.now();
        SortedSet<String> names = new TreeSet<>(manifest.cases().keySet());
        Map<String, SortedSet<String>> listing = files.listing();
        names.addAll(listing.keySet());
        Map<String, ReferenceCase> cases = new TreeMap<>();
        Map<String, String> unreadable = new TreeMap<>();
        for (String name : names) {
            try {
                cases.put(name, ReferenceCase.read(name, files.read(name, "case.yaml"),
                        files.read(name, "expected.yaml")));
            } catch (IllegalArgumentException e) {
                unreadable.put(name, e.getMessage());
            }
        }
        Map<String, List<String>> integrity = new TreeMap<>();
        for (String name : names) {
            integrity.put(name, Integrity.of(name, manifest, listing.getOrDefault(name, new TreeSet<>()), files));
        }
        CaseRunner runner = new CaseRunner(files, cases, toolVersion);
        List<CaseResult> results = new ArrayList<>();
        for (String name : names) {
            ReferenceCase c = cases.get(name);
            List<String> problems = new ArrayList<>(integrity.get(name));
            if (c == null) {
                results.add(new CaseResult(name, "", problems, null, null, List.of(unreadable.get(name))));
                continue;
            }
            Outcome actual = null;
            List<String> differences;
            try {
                for (ReferenceCase base : runner.chain(c)) {
                    if (!base.name().equals(name) && !integrity.get(base.name()).isEmpty()) {
                        problems.add("not the shipped case: its base case " + base.name() + " is not the shipped one");
                    }
                }
                actual = runner.run(c, workDir);
                differences = c.expected().differences(actual);
            } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
                differences = List.of("could not run: " + e.getMessage());
            }
            results.add(new CaseResult(name, c.description(), problems, c.expected(), actual, differences));
        }
        return new ValidationRecord(date, toolVersion, artifacts, environment, manifest.sha256(), files.origin(),
                results, coverage(results));
    }

    /** Every rule of the tool with the cases that expect a violation of it, or why none does. */
    private static List<RuleCoverage> coverage(List<CaseResult> results) {
        Map<String, String> reasons = uncoveredReasons();
        List<RuleCoverage> out = new ArrayList<>();
        for (String rule : new TreeSet<>(Gates.ids())) {
            List<String> by = results.stream().filter(r -> r.expected() != null && r.expected().findings().stream()
                    .anyMatch(f -> f.rule().equals(rule))).map(CaseResult::name).toList();
            out.add(new RuleCoverage(rule, by, by.isEmpty() ? reasons.getOrDefault(rule,
                    "no reference case exercises it yet") : null, by.isEmpty() ? null : reasons.get(rule)));
        }
        return out;
    }

    /**
     * @return rule id to what the bundled cases do not exercise of it ({@code limits.yaml} in the tool's jar): why
     *         none does, or the part of the rule none reaches
     */
    static Map<String, String> uncoveredReasons() {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = ToolValidation.class.getResourceAsStream(ShippedManifest.RESOURCES + "limits.yaml")) {
            if (in != null) {
                JsonNode n = new ObjectMapper(new YAMLFactory()).readTree(in);
                if (n != null) {
                    n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Whether a case's files are exactly the shipped ones. */
    static final class Integrity {

        private Integrity() {
        }

        static List<String> of(String name, ShippedManifest manifest, SortedSet<String> present, CaseFiles files) {
            Map<String, String> shipped = manifest.filesOf(name);
            if (shipped.isEmpty()) {
                return List.of("not the shipped case: the shipped manifest (manifest.sha256) has no case " + name);
            }
            List<String> out = new ArrayList<>();
            for (Map.Entry<String, String> f : shipped.entrySet()) {
                byte[] bytes = files.read(name, f.getKey());
                if (bytes == null) {
                    out.add("not the shipped case: " + name + "/" + f.getKey() + " is missing");
                } else if (!Sha256.of(bytes).equals(f.getValue())) {
                    out.add("not the shipped case: " + name + "/" + f.getKey() + " differs from the shipped file (sha256 "
                            + Sha256.of(bytes) + ", shipped " + f.getValue() + ")");
                }
            }
            for (String p : present) {
                if (!shipped.containsKey(p)) {
                    out.add("not the shipped case: " + name + "/" + p + " is not a file of the shipped case");
                }
            }
            return out;
        }
    }
}
