package io.github.iec62304.core.read.waiver;

import io.github.iec62304.core.model.approval.Approval;
import io.github.iec62304.core.model.waiver.Waiver;
import io.github.iec62304.core.model.waiver.WaiverRegister;
import io.github.iec62304.core.read.FieldCheck;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.StrictYaml;
import io.github.iec62304.core.read.release.ApprovalEntry;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the waiver register ({@code src/iec62304/waivers.yaml}): each waiver names one rule and one subject, why the
 * violation is acceptable for now, the day it expires, and its approvals (name, role, date, meaning and the content
 * fingerprint approved; none yet is allowed: the waiver then accepts nothing). Strict like every
 * register: an unknown field, a missing field, a duplicate id, two waivers of the same violation, a rule that does
 * not exist or may never be waived, an unreadable date or an expiry before the approval is an
 * {@link InputException} with file and line.
 */
public final class WaiverRegisterReader {

    private static final StrictYaml.ListField<Entry> WAIVERS = new StrictYaml.ListField<>("waivers", "waiver",
            Entry.class, "id, rule, subject, rationale, expires and approvals");

    record Entry(String id, String rule, String subject, String rationale, String expires,
                 List<ApprovalEntry> approvals) {
    }

    private final StrictYaml yaml = new StrictYaml();
    private final Set<String> knownRules;
    private final Set<String> neverWaivable;

    /**
     * @param knownRules    the ids of the plugin's rules
     * @param neverWaivable the ids of the rules no waiver may name
     */
    public WaiverRegisterReader(Set<String> knownRules, Set<String> neverWaivable) {
        this.knownRules = Set.copyOf(knownRules);
        this.neverWaivable = Set.copyOf(neverWaivable);
    }

    /**
     * @param in     the file
     * @param source its name in messages
     */
    public WaiverRegister read(InputStream in, String source) {
        Map<String, List<StrictYaml.Located<?>>> lists = yaml.read(in, source, List.of(WAIVERS),
                "the file has one field, 'waivers' (a list)");
        List<Waiver> waivers = StrictYaml.unique(lists.getOrDefault(WAIVERS.name(), List.of()),
                (Entry e, int line) -> waiver(e, source, line), Waiver::id,
                (id, first) -> "duplicate waiver '" + id + "' (first at line " + first + ")", source);
        Map<String, Waiver> byViolation = new HashMap<>();
        for (Waiver w : waivers) {
            Waiver first = byViolation.putIfAbsent(w.rule() + " " + w.subject(), w);
            if (first != null) {
                throw new InputException(source, w.line(), "waiver " + w.id() + " names the same violation ("
                        + w.rule() + " " + w.subject() + ") as waiver " + first.id() + " (line " + first.line()
                        + "); keep one waiver per violation");
            }
        }
        return new WaiverRegister(source, waivers, true);
    }

    private Waiver waiver(Entry e, String source, int line) {
        String id = FieldCheck.id(e.id(), source, line, "W-2026-003");
        String of = " of waiver " + id;
        String rule = FieldCheck.required(e.rule(), "'rule'" + of, source, line);
        if (!knownRules.contains(rule)) {
            throw new InputException(source, line, "field 'rule'" + of + ": '" + rule + "' is not a rule of the "
                    + "plugin; known rules: " + String.join(", ", new TreeSet<>(knownRules)));
        }
        if (neverWaivable.contains(rule)) {
            throw new InputException(source, line, "field 'rule'" + of + ": " + rule + " can never be waived: it "
                    + "decides whether the evidence itself can be trusted (never waivable: "
                    + String.join(", ", new TreeSet<>(neverWaivable)) + "). Fix the build instead");
        }
        LocalDate expires = date(e.expires(), "'expires'" + of + " (every waiver ends; no open-ended waivers)",
                source, line);
        List<Approval> approvals = ApprovalEntry.approvals(e.approvals(), of, source, line);
        for (Approval a : approvals) {
            if (a.date() != null && expires.isBefore(LocalDate.parse(a.date()))) {
                throw new InputException(source, line, "field 'expires'" + of + ": " + expires + " is before the "
                        + "date of its " + a.describe());
            }
        }
        return new Waiver(id, rule, FieldCheck.required(e.subject(), "'subject'" + of, source, line),
                FieldCheck.required(e.rationale(), "'rationale'" + of, source, line), approvals, expires, line);
    }

    private static LocalDate date(String value, String field, String source, int line) {
        String text = FieldCheck.required(value, field, source, line);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InputException(source, line, "field " + field + ": '" + text + "' is not a date; write it "
                    + "as YYYY-MM-DD");
        }
    }
}
