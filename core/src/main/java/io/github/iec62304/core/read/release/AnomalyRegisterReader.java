package io.github.iec62304.core.read.release;

import io.github.iec62304.core.model.release.AnomalyRecord;
import io.github.iec62304.core.model.release.AnomalyRegister;
import io.github.iec62304.core.read.FieldCheck;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.StrictYaml;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the known anomalies ({@code src/iec62304/anomalies.yaml}): problem reports with their status, the tests and
 * vulnerabilities they explain, and their evaluation (IEC 62304 5.8.2, 5.8.3), with the approvals of the evaluation
 * bound to the record's content fingerprint.
 */
public final class AnomalyRegisterReader {

    private static final StrictYaml.ListField<Entry> ANOMALIES = new StrictYaml.ListField<>("anomalies",
            "anomaly", Entry.class, "id, title and status");

    record Entry(String id, String title, String status, List<String> tests, List<String> vulnerabilities,
                 String safetyImpact, String evaluation, String evaluatedBy, String date, String acceptable,
                 List<ApprovalEntry> approvals) {
    }

    private final StrictYaml yaml = new StrictYaml();

    /**
     * @param in     the file
     * @param source its name in messages
     */
    public AnomalyRegister read(InputStream in, String source) {
        Map<String, List<StrictYaml.Located<?>>> lists = yaml.read(in, source, List.of(ANOMALIES),
                "the file has one field, 'anomalies' (a list)");
        return new AnomalyRegister(source, StrictYaml.unique(lists.getOrDefault(ANOMALIES.name(), List.of()),
                (Entry e, int line) -> record(e, source, line), AnomalyRecord::id,
                (id, first) -> "duplicate anomaly '" + id + "' (first at line " + first + ")", source));
    }

    private static AnomalyRecord record(Entry e, String source, int line) {
        String id = FieldCheck.id(e.id(), source, line, "PR-112");
        String of = " of anomaly " + id;
        String status = FieldCheck.required(e.status(), "'status'" + of, source, line).toLowerCase(Locale.ROOT);
        if (!AnomalyRecord.STATUSES.contains(status)) {
            throw new InputException(source, line, "field 'status'" + of + ": '" + e.status() + "' is not one of "
                    + String.join(", ", AnomalyRecord.STATUSES));
        }
        return new AnomalyRecord(id, FieldCheck.required(e.title(), "'title'" + of, source, line), status,
                strings(e.tests(), "tests", of, source, line), strings(e.vulnerabilities(), "vulnerabilities", of,
                source, line), optional(e.safetyImpact()), optional(e.evaluation()), optional(e.evaluatedBy()),
                Dates.optional(e.date(), "'date'" + of, source, line), acceptable(e.acceptable(), of, source, line),
                line, ApprovalEntry.approvals(e.approvals(), of, source, line));
    }

    private static Boolean acceptable(String value, String of, String source, int line) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> Boolean.TRUE;
            case "no", "false" -> Boolean.FALSE;
            default -> throw new InputException(source, line, "field 'acceptable'" + of + ": '" + value
                    + "' must be yes or no");
        };
    }

    private static List<String> strings(List<String> values, String field, String of, String source, int line) {
        List<String> result = new ArrayList<>();
        for (String v : values == null ? List.<String>of() : values) {
            result.add(FieldCheck.required(v, "'" + field + "'" + of + " (an empty item)", source, line));
        }
        return result;
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
