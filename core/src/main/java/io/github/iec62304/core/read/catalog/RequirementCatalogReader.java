package io.github.iec62304.core.read.catalog;

import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.read.FieldCheck;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.StrictYaml;
import io.github.iec62304.core.model.verification.VerificationMethod;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * </pre>
 *
 * Every problem is an {@link InputException} naming the file, the line and the field.
 */
public final class RequirementCatalogReader {

    private static final StrictYaml.ListField<RequirementEntry> REQUIREMENTS = new StrictYaml.ListField<>(
            "requirements", "requirement", RequirementEntry.class, "id, title and text");

    private final StrictYaml yaml = new StrictYaml();

    /**
     * @param in     the catalog bytes (UTF-8)
     * @param source the file name to use in messages
     * @return the validated catalog
     * @throws InputException naming file, line and field for every kind of bad input
     */
    public RequirementCatalog read(InputStream in, String source) {
        Map<String, List<StrictYaml.Located<?>>> lists = yaml.read(in, source, List.of(REQUIREMENTS),
                "the catalog has one field, 'requirements' (a list)");
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
        return new RequirementCatalog(source, result);
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
                verification(e.verification(), where, source, line));
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
