package io.github.iec62304.core.read.catalog;

import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.SystemRequirement;
import io.github.iec62304.core.model.TestSelector;
import io.github.iec62304.core.read.FieldCheck;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.StrictYaml;
import io.github.iec62304.core.model.verification.VerificationMethod;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the requirements catalog ({@code src/iec62304/requirements.yaml}):
 *
 * <pre>
 * requirements:
 *   - id: REQ-DOSE-001
 *     title: Dose from prescription
 *     text: The pump shall compute the hourly rate as dose / duration.
 *     safetyClass: C            # optional, default: the system class
 *     riskControls: [RC-01]     # optional
 *     parents: [SYS-004]        # optional
 *     verification: [test, inspection]   # optional, default [test]
 *     tests:                    # optional: reported test cases that verify it, for tests without @Verifies
 *       - com.acme.it.PumpSystemIT           # a class (with its nested classes)
 *       - plugin-it.all-traced-passes#all-traced-passes   # class#method: every invocation
 *       - tests.test_dose#test_rate[2]      # class#method[n]: one invocation (see test-identity.html)
 * systemRequirements:           # optional; when present, every parents id must resolve
 *   - id: SYS-004
 *     title: Dose delivery
 *     text: The pump shall deliver the prescribed dose.   # optional
 *   - id: SYS-009
 *     title: Flow accuracy of the mechanism
 *     notSoftware: "hardware: peristaltic mechanism"      # optional: met outside the software, and why
 * </pre>
 *
 * Every problem is an {@link InputException} naming the file, the line and the field. Whether each {@code parents}
 * id resolves is judged later (TRACE-PARENT), so that every dangling parent is reported at once.
 */
public final class RequirementCatalogReader {

    private static final StrictYaml.ListField<RequirementEntry> REQUIREMENTS = new StrictYaml.ListField<>(
            "requirements", "requirement", RequirementEntry.class, "id, title and text");
    private static final StrictYaml.ListField<SystemRequirementEntry> SYSTEM_REQUIREMENTS =
            new StrictYaml.ListField<>("systemRequirements", "system requirement", SystemRequirementEntry.class,
                    "id and title");

    private final StrictYaml yaml = new StrictYaml();

    /**
     * @param in     the catalog bytes (UTF-8)
     * @param source the file name to use in messages
     * @return the validated catalog
     * @throws InputException naming file, line and field for every kind of bad input
     */
    public RequirementCatalog read(InputStream in, String source) {
        Map<String, List<StrictYaml.Located<?>>> lists = yaml.read(in, source,
                List.of(REQUIREMENTS, SYSTEM_REQUIREMENTS), "the catalog has: requirements, systemRequirements");
        List<StrictYaml.Located<?>> entries = lists.get(REQUIREMENTS.name());
        if (entries == null) {
            throw new InputException(source, 0, "field 'requirements' is missing");
        }
        if (entries.isEmpty()) {
            throw new InputException(source, 0, "the catalog declares no requirements; list them under "
                    + "'requirements:' (IEC 62304 5.2.1)");
        }
        List<Requirement> result = StrictYaml.unique(entries,
                (RequirementEntry e, int line) -> validate(e, source, line), Requirement::id,
                (id, first) -> "duplicate requirement id '" + id + "' (first defined at line " + first
                        + "); ids must be unique (IEC 62304 5.2.6)", source);
        return new RequirementCatalog(source, result, systemRequirements(lists.get(SYSTEM_REQUIREMENTS.name()),
                result, source));
    }

    /** The declared system requirements: unique ids, none shared with a software requirement. */
    private static List<SystemRequirement> systemRequirements(List<StrictYaml.Located<?>> entries,
                                                              List<Requirement> software, String source) {
        if (entries == null) {
            return List.of();
        }
        if (entries.isEmpty()) {
            throw new InputException(source, 0, "field 'systemRequirements' is an empty list; list the system "
                    + "requirements the software requirements' parents name, or remove the field (then parents "
                    + "are not checked)");
        }
        List<SystemRequirement> result = StrictYaml.unique(entries,
                (SystemRequirementEntry e, int line) -> validate(e, source, line), SystemRequirement::id,
                (id, first) -> "duplicate system requirement id '" + id + "' (first defined at line " + first
                        + "); ids must be unique (IEC 62304 5.2.6)", source);
        Map<String, Integer> softwareLines = new HashMap<>();
        software.forEach(r -> softwareLines.put(r.id(), r.line()));
        for (SystemRequirement s : result) {
            Integer line = softwareLines.get(s.id());
            if (line != null) {
                throw new InputException(source, s.line(), "system requirement id '" + s.id() + "' is also the id of "
                        + "the software requirement at line " + line + "; ids must be unique across the catalog, "
                        + "or a parent could not tell which is meant (IEC 62304 5.2.6)");
            }
        }
        return result;
    }

    private static SystemRequirement validate(SystemRequirementEntry e, String source, int line) {
        String id = FieldCheck.id(e.id(), source, line, "SYS-REQ-004");
        String where = " of system requirement " + id;
        String notSoftware = e.notSoftware() == null ? null : e.notSoftware().strip();
        if (notSoftware != null && (notSoftware.isEmpty() || List.of("true", "yes", "false", "no")
                .contains(notSoftware.toLowerCase(Locale.ROOT)))) {
            throw new InputException(source, line, "field 'notSoftware'" + where + " must say where the requirement "
                    + "is met instead of the software (e.g. \"hardware: motor driver board\"), not '"
                    + notSoftware + "'; remove the field when software requirements derive from it");
        }
        String text = e.text() == null ? null : FieldCheck.required(e.text(), "'text'" + where, source, line);
        return new SystemRequirement(id, FieldCheck.required(e.title(), "'title'" + where, source, line), text,
                notSoftware, line);
    }

    private static Requirement validate(RequirementEntry e, String source, int line) {
        String id = FieldCheck.id(e.id(), source, line, "REQ-DOSE-001");
        String where = " of requirement " + id;
        return new Requirement(id,
                FieldCheck.required(e.title(), "'title'" + where, source, line),
                FieldCheck.required(e.text(), "'text'" + where, source, line),
                FieldCheck.safetyClass(e.safetyClass(), where, source, line),
                FieldCheck.ids(e.riskControls(), "'riskControls'" + where, source, line),
                FieldCheck.ids(e.parents(), "'parents'" + where, source, line), line,
                verification(e.verification(), where, source, line), tests(e.tests(), where, source, line));
    }

    /** The {@code tests:} selectors: valid syntax, each once; absent means none. */
    private static List<TestSelector> tests(List<SelectorEntry> entries, String where, String source, int line) {
        if (entries == null) {
            return List.of();
        }
        if (entries.isEmpty()) {
            throw new InputException(source, line, "field 'tests'" + where + " is an empty list; name the reported "
                    + "tests that verify it (class, class#method or class#method[n]), or remove the field");
        }
        List<TestSelector> result = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SelectorEntry e : entries) {
            int at = e.line() > 0 ? e.line() : line;
            Optional<String> problem = TestSelector.problem(e.text());
            if (problem.isPresent()) {
                throw new InputException(source, at, "selector '" + e.text() + "' in field 'tests'" + where + " "
                        + problem.get() + " (see requirements-catalog.html#Declared_test_links)");
            }
            String text = e.text().strip();
            Integer first = seen.putIfAbsent(text, at);
            if (first != null) {
                throw new InputException(source, at, "selector '" + text + "' in field 'tests'" + where
                        + " is listed twice (first at line " + first + "); remove one");
            }
            result.add(new TestSelector(text, at));
        }
        return result;
    }

    /** The plan's methods: known names, each once, at least one; absent means automated tests. */
    private static List<VerificationMethod> verification(List<String> names, String where, String source,
                                                         int line) {
        if (names == null) {
            return Requirement.DEFAULT_VERIFICATION;
        }
        if (names.isEmpty()) {
            throw new InputException(source, line, "field 'verification'" + where + " is empty; name the methods "
                    + "its verification plan calls for (" + VerificationMethod.labels() + "), or leave the field out "
                    + "for automated tests");
        }
        List<VerificationMethod> methods = new ArrayList<>();
        for (String name : names) {
            VerificationMethod m = VerificationMethod.of(name).orElseThrow(() -> new InputException(source, line,
                    "field 'verification'" + where + ": '" + name + "' is not one of " + VerificationMethod.labels()));
            if (methods.contains(m)) {
                throw new InputException(source, line, "field 'verification'" + where + " names " + m + " twice");
            }
            methods.add(m);
        }
        return methods;
    }
}
