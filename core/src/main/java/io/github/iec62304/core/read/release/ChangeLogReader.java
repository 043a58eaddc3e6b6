package io.github.iec62304.core.read.release;

import io.github.iec62304.core.model.approval.Approval;
import io.github.iec62304.core.model.release.ChangeLog;
import io.github.iec62304.core.model.release.ChangeRecord;
import io.github.iec62304.core.model.release.SoupKey;
import io.github.iec62304.core.read.FieldCheck;
import io.github.iec62304.core.read.StrictYaml;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the change records ({@code src/iec62304/changes.yaml}): each change request names the release it went
 * into, what it retires or changes (tests, requirements, units, SOUP, risk controls, hazards) and why, and who
 * approved it ({@code approvedBy}, or {@code approvals:} bound to the record's content fingerprint).
 */
public final class ChangeLogReader {

    private static final StrictYaml.ListField<Entry> CHANGES = new StrictYaml.ListField<>("changes",
            "change record", Entry.class, "id, release, description and approvedBy");

    record Entry(String id, String release, String description, String approvedBy, String date,
                 List<TestEntry> tests, List<IdEntry> requirements, List<IdEntry> units, List<SoupEntry> soup,
                 List<IdEntry> records, List<IdEntry> riskControls, List<IdEntry> hazards,
                 List<ApprovalEntry> approvals) {
    }

    record TestEntry(String test, String rationale) {
    }

    record IdEntry(String id, String rationale) {
    }

    record SoupEntry(String component, String version, String analysis) {
    }

    private final StrictYaml yaml = new StrictYaml();

    /**
     * @param in     the file
     * @param source its name in messages
     */
    public ChangeLog read(InputStream in, String source) {
        Map<String, List<StrictYaml.Located<?>>> lists = yaml.read(in, source, List.of(CHANGES),
                "the file has one field, 'changes' (a list)");
        return new ChangeLog(source, StrictYaml.unique(lists.getOrDefault(CHANGES.name(), List.of()),
                (Entry e, int line) -> record(e, source, line), ChangeRecord::id,
                (id, first) -> "duplicate change record '" + id + "' (first at line " + first + ")", source));
    }

    private static ChangeRecord record(Entry e, String source, int line) {
        String id = FieldCheck.id(e.id(), source, line, "CR-2026-014");
        String of = " of change record " + id;
        List<ChangeRecord.Reference> tests = new ArrayList<>();
        for (TestEntry t : list(e.tests())) {
            String test = FieldCheck.required(t.test(), "'test' in tests" + of, source, line);
            tests.add(new ChangeRecord.Reference(test, FieldCheck.required(t.rationale(),
                    "'rationale' of test " + test + of, source, line)));
        }
        List<Approval> approvals = ApprovalEntry.approvals(e.approvals(), of, source, line);
        return new ChangeRecord(id, FieldCheck.required(e.release(), "'release'" + of, source, line),
                FieldCheck.required(e.description(), "'description'" + of, source, line),
                approvedBy(e.approvedBy(), approvals, of, source, line),
                Dates.optional(e.date(), "'date'" + of, source, line), tests,
                ids(e.requirements(), "requirements", of, source, line), ids(e.units(), "units", of, source, line),
                soup(e.soup(), of, source, line), line, ids(e.records(), "records", of, source, line),
                ids(e.riskControls(), "riskControls", of, source, line), ids(e.hazards(), "hazards", of, source, line),
                approvals);
    }

    /**
     * {@code approvedBy} is required without {@code approvals:}; with them it may be left out, and then names the
     * approvers whose approval means {@code approval} (else every approver), so the regression report still says who.
     */
    private static String approvedBy(String written, List<Approval> approvals, String of, String source, int line) {
        if (approvals.isEmpty() || written != null && !written.isBlank()) {
            return FieldCheck.required(written, "'approvedBy'" + of + " (or 'approvals')", source, line);
        }
        List<Approval> approving = approvals.stream().filter(a -> a.meaning() == Approval.Meaning.APPROVAL).toList();
        return String.join(", ", (approving.isEmpty() ? approvals : approving).stream()
                .map(a -> a.by() + " (" + a.role() + ")").distinct().toList());
    }

    private static List<ChangeRecord.Reference> ids(List<IdEntry> entries, String field, String of, String source,
                                                    int line) {
        List<ChangeRecord.Reference> refs = new ArrayList<>();
        for (IdEntry entry : list(entries)) {
            String id = FieldCheck.required(entry.id(), "'id' in " + field + of, source, line);
            refs.add(new ChangeRecord.Reference(id, FieldCheck.required(entry.rationale(),
                    "'rationale' of " + id + of, source, line)));
        }
        return refs;
    }

    private static List<ChangeRecord.SoupChange> soup(List<SoupEntry> entries, String of, String source, int line) {
        List<ChangeRecord.SoupChange> changes = new ArrayList<>();
        for (SoupEntry s : list(entries)) {
            String component = component(FieldCheck.required(s.component(), "'component' in soup" + of, source,
                    line));
            String version = FieldCheck.required(s.version(), "'version' of " + component + of
                    + " (the version now shipped, or 'removed')", source, line);
            changes.add(new ChangeRecord.SoupChange(component, version, FieldCheck.required(s.analysis(),
                    "'analysis' of " + component + of, source, line)));
        }
        return changes;
    }

    /** @return {@code group:artifact} from {@code pkg:maven/group/artifact[@v]}, else the text as written */
    static String component(String written) {
        if (written.toLowerCase(Locale.ROOT).startsWith("pkg:maven/")) {
            String rest = written.substring("pkg:maven/".length());
            int end = rest.length();
            for (char c : new char[] {'@', '?', '#'}) {
                int i = rest.indexOf(c);
                end = i >= 0 ? Math.min(end, i) : end;
            }
            return rest.substring(0, end).replace('/', ':');
        }
        return written.startsWith(SoupKey.RUNTIME) ? SoupKey.runtime(written.substring(SoupKey.RUNTIME.length())
                .strip()) : written;
    }

    private static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : value;
    }
}
