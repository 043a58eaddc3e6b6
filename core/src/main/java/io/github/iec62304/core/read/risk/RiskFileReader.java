package io.github.iec62304.core.read.risk;

import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.risk.Hazard;
import io.github.iec62304.core.model.risk.RiskControl;
import io.github.iec62304.core.model.risk.RiskFile;
import io.github.iec62304.core.read.FieldCheck;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.StrictYaml;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the risk extract ({@code src/iec62304/risks.yaml}): the team's scale (severities with the class each demands,
 * probabilities, the acceptability matrix), the hazardous situations with their causes, controls and residual risk
 * evaluation, and the risk control measures. Everything that can be checked within the file is checked here (every
 * id unique, every severity, probability and control a hazard names declared, the matrix complete); what names other
 * registers (items, SOUP, requirements) is linked later. Every problem is an {@link InputException} with file and
 * line.
 */
public final class RiskFileReader {

    private static final StrictYaml.ListField<SeverityEntry> SEVERITIES = new StrictYaml.ListField<>("severities",
            "severity", SeverityEntry.class, "id, description and safetyClass");
    private static final StrictYaml.ListField<ProbabilityEntry> PROBABILITIES = new StrictYaml.ListField<>(
            "probabilities", "probability", ProbabilityEntry.class, "id and description");
    private static final StrictYaml.ListField<AcceptabilityEntry> ACCEPTABILITY = new StrictYaml.ListField<>(
            "acceptability", "row", AcceptabilityEntry.class, "severity and acceptable");
    private static final StrictYaml.ListField<HazardEntry> HAZARDS = new StrictYaml.ListField<>("hazards", "hazard",
            HazardEntry.class, "id, title, harm, severity and causes");
    private static final StrictYaml.ListField<ControlEntry> CONTROLS = new StrictYaml.ListField<>("controls",
            "control", ControlEntry.class, "id, title, kind and implementedIn");

    record SeverityEntry(String id, String description, String safetyClass) {
    }

    record ProbabilityEntry(String id, String description) {
    }

    record AcceptabilityEntry(String severity, List<String> acceptable) {
    }

    record CauseEntry(String item, String soup, String notSoftware, String description) {
    }

    record ResidualEntry(String acceptable, String rationale, String benefitRisk) {
    }

    record HazardEntry(String id, String title, String harm, String severity, List<CauseEntry> causes,
                       List<String> controls, String before, String after, String afterExternal,
                       ResidualEntry residual) {
    }

    record ControlEntry(String id, String title, String kind, String implementedIn, String reference) {
    }

    private final StrictYaml yaml = new StrictYaml();

    /**
     * @param in     the file
     * @param source its name in messages
     */
    public RiskFile read(InputStream in, String source) {
        Map<String, List<StrictYaml.Located<?>>> lists = yaml.read(in, source, List.of(SEVERITIES, PROBABILITIES,
                ACCEPTABILITY, HAZARDS, CONTROLS), "the file has: severities, probabilities, acceptability, hazards, "
                + "controls");
        List<RiskFile.Severity> severities = StrictYaml.unique(required(lists, SEVERITIES, source),
                (SeverityEntry e, int line) -> severity(e, source, line), RiskFile.Severity::id,
                (id, first) -> "duplicate severity '" + id + "' (first at line " + first + ")", source);
        List<String> probabilities = StrictYaml.unique(required(lists, PROBABILITIES, source),
                (ProbabilityEntry e, int line) -> {
                    FieldCheck.required(e.description(), "'description' of probability " + e.id(), source, line);
                    return FieldCheck.id(e.id(), source, line, "remote");
                }, p -> p, (id, first) -> "duplicate probability '" + id + "' (first at line " + first + ")",
                source);
        Map<String, List<String>> acceptable = acceptability(required(lists, ACCEPTABILITY, source), severities,
                probabilities, source);
        RiskFile.Scale scale = new RiskFile.Scale(severities, probabilities, acceptable);
        List<RiskControl> controls = StrictYaml.unique(lists.getOrDefault(CONTROLS.name(), List.of()),
                (ControlEntry e, int line) -> control(e, source, line), RiskControl::id,
                (id, first) -> "duplicate risk control '" + id + "' (first at line " + first + ")", source);
        List<Hazard> hazards = StrictYaml.unique(lists.getOrDefault(HAZARDS.name(), List.of()),
                (HazardEntry e, int line) -> hazard(e, source, line, scale, controls), Hazard::id,
                (id, first) -> "duplicate hazard '" + id + "' (first at line " + first + ")", source);
        return new RiskFile(source, scale, hazards, controls);
    }

    private static List<StrictYaml.Located<?>> required(Map<String, List<StrictYaml.Located<?>>> lists,
                                                        StrictYaml.ListField<?> field, String source) {
        List<StrictYaml.Located<?>> entries = lists.get(field.name());
        if (entries == null || entries.isEmpty()) {
            throw new InputException(source, 0, "'" + field.name() + ":' is missing or empty: the risk extract "
                    + "declares the team's scale (severities with the class each demands, probabilities, "
                    + "acceptability) before the hazards that use it; there is no built-in scale (ISO 14971)");
        }
        return entries;
    }

    private static RiskFile.Severity severity(SeverityEntry e, String source, int line) {
        String id = FieldCheck.id(e.id(), source, line, "serious");
        String of = " of severity " + id;
        SafetyClass cls = FieldCheck.safetyClass(FieldCheck.required(e.safetyClass(), "'safetyClass'" + of
                + " (the software safety class a harm of this severity demands, IEC 62304 4.3)", source, line), of,
                source, line);
        return new RiskFile.Severity(id, FieldCheck.required(e.description(), "'description'" + of, source, line),
                cls);
    }

    /** Every severity has exactly one row, naming probabilities of the scale. */
    private static Map<String, List<String>> acceptability(List<StrictYaml.Located<?>> rows,
                                                           List<RiskFile.Severity> severities,
                                                           List<String> probabilities, String source) {
        Map<String, List<String>> matrix = new LinkedHashMap<>();
        for (StrictYaml.Located<?> row : rows) {
            AcceptabilityEntry e = (AcceptabilityEntry) row.value();
            String severity = FieldCheck.required(e.severity(), "'severity' of an acceptability row", source,
                    row.line());
            if (severities.stream().noneMatch(s -> s.id().equals(severity))) {
                throw new InputException(source, row.line(), "acceptability row names severity '" + severity
                        + "', which is not under 'severities:'");
            }
            List<String> acceptable = FieldCheck.ids(e.acceptable(), "'acceptable' of severity " + severity, source,
                    row.line());
            for (String p : acceptable) {
                if (!probabilities.contains(p)) {
                    throw new InputException(source, row.line(), "acceptability row of severity " + severity
                            + " names probability '" + p + "', which is not under 'probabilities:'");
                }
            }
            if (matrix.put(severity, acceptable) != null) {
                throw new InputException(source, row.line(), "severity " + severity + " has two acceptability rows");
            }
        }
        for (RiskFile.Severity s : severities) {
            if (!matrix.containsKey(s.id())) {
                throw new InputException(source, 0, "severity " + s.id() + " has no acceptability row; write one "
                        + "(acceptable: [] when no probability is acceptable)");
            }
        }
        return matrix;
    }

    private static RiskControl control(ControlEntry e, String source, int line) {
        String id = FieldCheck.id(e.id(), source, line, "RC-OVERDOSE-01");
        String of = " of risk control " + id;
        String kindName = FieldCheck.required(e.kind(), "'kind'" + of, source, line);
        RiskControl.Kind kind = null;
        for (RiskControl.Kind k : RiskControl.Kind.values()) {
            kind = k.label().equals(kindName.strip().toLowerCase(Locale.ROOT)) ? k : kind;
        }
        if (kind == null) {
            throw new InputException(source, line, "field 'kind'" + of + ": '" + kindName + "' is not one of "
                    + "inherent-safety, protective-measure, information-for-safety (ISO 14971 7.1)");
        }
        String whereName = FieldCheck.required(e.implementedIn(), "'implementedIn'" + of, source, line);
        RiskControl.Where where = RiskControl.Where.of(whereName);
        if (where == null) {
            throw new InputException(source, line, "field 'implementedIn'" + of + ": '" + whereName + "' is not one "
                    + "of software, hardware, external");
        }
        String reference = e.reference() == null || e.reference().isBlank() ? null : e.reference().strip();
        if (where != RiskControl.Where.SOFTWARE && reference == null) {
            throw new InputException(source, line, "field 'reference'" + of + " is missing: a control implemented "
                    + where.label() + " names the document that specifies and verifies it");
        }
        return new RiskControl(id, FieldCheck.required(e.title(), "'title'" + of, source, line), kind, where,
                reference, line);
    }

    private static Hazard hazard(HazardEntry e, String source, int line, RiskFile.Scale scale,
                                 List<RiskControl> controls) {
        String id = FieldCheck.id(e.id(), source, line, "HAZ-OVERDOSE");
        String of = " of hazard " + id;
        String severity = FieldCheck.required(e.severity(), "'severity'" + of, source, line);
        if (scale.severity(severity).isEmpty()) {
            throw new InputException(source, line, "field 'severity'" + of + ": '" + severity + "' is not under "
                    + "'severities:'");
        }
        List<Hazard.Cause> causes = new ArrayList<>();
        for (CauseEntry c : e.causes() == null ? List.<CauseEntry>of() : e.causes()) {
            // a blank value names nothing: counted as absent, so a cause that names nothing is refused, not kept as
            // a cause of no kind (which would make the hazard look caused by no software)
            int given = (strip(c.item()) == null ? 0 : 1) + (strip(c.soup()) == null ? 0 : 1)
                    + (strip(c.notSoftware()) == null ? 0 : 1);
            if (given != 1) {
                throw new InputException(source, line, "a cause" + of + " names exactly one of item (an item of "
                        + "architecture.yaml), soup (a SOUP register key) or notSoftware (what it is)");
            }
            String description = c.notSoftware() != null ? strip(c.description()) // it says what it is
                    : FieldCheck.required(c.description(), "'description' of cause " + (c.item() != null
                    ? "item " + c.item() : "soup " + c.soup()) + of + " (how it causes the situation)", source, line);
            causes.add(new Hazard.Cause(strip(c.item()), strip(c.soup()), strip(c.notSoftware()), description));
        }
        if (causes.isEmpty()) {
            throw new InputException(source, line, "field 'causes'" + of + " is missing or empty: name what can cause "
                    + "the situation (item, soup or notSoftware)");
        }
        List<String> controlIds = FieldCheck.ids(e.controls(), "'controls'" + of, source, line);
        for (String c : controlIds) {
            if (controls.stream().noneMatch(rc -> rc.id().equals(c))) {
                throw new InputException(source, line, "hazard " + id + " names control '" + c + "', which is not "
                        + "under 'controls:'");
            }
        }
        String before = probability(e.before(), "'before'" + of, scale, source, line);
        String after = probability(e.after(), "'after'" + of, scale, source, line);
        String afterExternal = probability(e.afterExternal(), "'afterExternal'" + of, scale, source, line);
        order(before, "'before'", after, "'after'" + of, "controls cannot raise the risk", scale, source, line);
        order(before, "'before'", afterExternal, "'afterExternal'" + of, "controls cannot raise the risk", scale,
                source, line);
        if (afterExternal != null && after != null
                && scale.probabilities().indexOf(afterExternal) < scale.probabilities().indexOf(after)) {
            throw new InputException(source, line, "field 'afterExternal'" + of + ": " + afterExternal + " is less "
                    + "probable than 'after' (" + after + "), but the risk after all controls cannot be higher than "
                    + "after the controls outside the software alone; probabilities are listed from the least to the "
                    + "most probable");
        }
        if (afterExternal != null && controlIds.stream().allMatch(c -> controls.stream()
                .anyMatch(rc -> rc.id().equals(c) && rc.inSoftware()))) {
            throw new InputException(source, line, "field 'afterExternal'" + of + " is the risk after the controls "
                    + "outside the software (hardware, external), but the hazard names none; remove it, or name "
                    + "that control under 'controls'");
        }
        return new Hazard(id, FieldCheck.required(e.title(), "'title'" + of, source, line),
                FieldCheck.required(e.harm(), "'harm'" + of, source, line), severity, causes, controlIds, before,
                after, afterExternal, residual(e.residual(), of, source, line), line);
    }

    /** A risk after controls is never more probable than the risk before them (the scale is ordered). */
    private static void order(String lower, String lowerName, String higher, String higherField, String why,
                              RiskFile.Scale scale, String source, int line) {
        if (lower != null && higher != null
                && scale.probabilities().indexOf(higher) > scale.probabilities().indexOf(lower)) {
            throw new InputException(source, line, "field " + higherField + ": " + higher + " is more probable than "
                    + lowerName + " (" + lower + "), but " + why + "; probabilities are listed from the least to the "
                    + "most probable");
        }
    }

    private static String probability(String value, String field, RiskFile.Scale scale, String source, int line) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String p = value.strip();
        if (!scale.probabilities().contains(p)) {
            throw new InputException(source, line, "field " + field + ": '" + p + "' is not under 'probabilities:'");
        }
        return p;
    }

    private static Hazard.Residual residual(ResidualEntry r, String of, String source, int line) {
        if (r == null) {
            return null;
        }
        String value = FieldCheck.required(r.acceptable(), "'residual.acceptable'" + of, source, line).strip()
                .toLowerCase(Locale.ROOT);
        boolean acceptable = switch (value) {
            case "yes", "true" -> true;
            case "no", "false" -> false;
            default -> throw new InputException(source, line, "field 'residual.acceptable'" + of + ": '"
                    + r.acceptable() + "' must be yes or no");
        };
        String benefitRisk = strip(r.benefitRisk());
        return new Hazard.Residual(acceptable, FieldCheck.required(r.rationale(), "'residual.rationale'" + of, source,
                line), benefitRisk);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
