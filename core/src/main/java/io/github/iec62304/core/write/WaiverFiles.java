package io.github.iec62304.core.write;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.evaluate.Waivers;
import io.github.iec62304.core.model.approval.Approval;
import io.github.iec62304.core.model.waiver.Waiver;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code waivers.json/.csv}: every waiver of the register with what became of it in this build (APPLIED, EXPIRED,
 * UNUSED, NOT_APPLICABLE) and the violations it covers. Written only when the project has a waiver register.
 */
final class WaiverFiles {

    private WaiverFiles() {
    }

    /**
     * @param w        the waiver
     * @param approval the approval it holds by, or {@code null} (not in force)
     * @return the waiver as the manifest's violations and {@code waivers.json} state it
     */
    static Map<String, Object> waiver(Waiver w, Approval approval) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", w.id());
        m.put("rationale", w.rationale());
        m.put("approvedBy", approval == null ? null : approval.by());
        m.put("role", approval == null ? null : approval.role());
        m.put("date", approval == null ? null : approval.date());
        m.put("expires", w.expires().toString());
        return m;
    }

    /**
     * @param judged the date the build judges dates against
     * @return every approval of the waiver as written, with whether it names the content now on a date not after
     *         {@code judged} (one dated later approves nothing, as everywhere else)
     */
    static List<Object> approvals(Waivers.Outcome o, java.time.LocalDate judged) {
        List<Object> list = new ArrayList<>();
        for (Approval a : o.waiver().approvals()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("by", a.by());
            m.put("role", a.role());
            m.put("date", a.date());
            m.put("meaning", a.meaning().word());
            m.put("fingerprint", a.fingerprint());
            m.put("current", a.fingerprint().equals(o.fingerprint()) && !a.datedAfter(judged));
            list.add(m);
        }
        return list;
    }

    static byte[] json(Evidence evidence, GateReport report) {
        List<Waivers.Outcome> outcomes = Waivers.outcomes(evidence, report.violations());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("register", evidence.waivers().source());
        root.put("referenceDate", evidence.release().referenceDate().date().toString());
        Map<Waivers.Status, Long> counts = counts(outcomes);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("waivers", outcomes.size());
        counts.forEach((status, n) -> summary.put(status == Waivers.Status.NOT_APPLICABLE ? "notApplicable"
                : status.name().toLowerCase(java.util.Locale.ROOT), n));
        summary.put("violationsWaived", report.waived());
        root.put("summary", summary);
        List<Object> list = new ArrayList<>();
        for (Waivers.Outcome o : outcomes) {
            Waiver w = o.waiver();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", w.id());
            m.put("rule", w.rule());
            m.put("subject", w.subject());
            m.putAll(waiver(w, o.approval()));
            m.put("fingerprint", o.fingerprint());
            m.put("approvals", approvals(o, evidence.release().referenceDate().date()));
            m.put("status", o.status().name());
            List<Object> violations = new ArrayList<>();
            for (Violation v : o.violations()) {
                Map<String, Object> vm = new LinkedHashMap<>();
                vm.put("rule", v.ruleId());
                vm.put("clause", v.clause());
                vm.put("level", (v.waived() == null ? v.level() : v.waived().level()).name());
                vm.put("subject", v.subject());
                vm.put("message", v.message());
                violations.add(vm);
            }
            m.put("violations", violations);
            list.add(m);
        }
        root.put("waivers", list);
        return Json.bytes(root);
    }

    static byte[] csv(Evidence evidence, GateReport report) {
        Csv csv = new Csv("id", "rule", "subject", "status", "approvedBy", "role", "date", "expires", "rationale",
                "violations", "findings", "fingerprint");
        for (Waivers.Outcome o : Waivers.outcomes(evidence, report.violations())) {
            Waiver w = o.waiver();
            Approval a = o.approval();
            csv.row(List.of(w.id(), w.rule(), w.subject(), o.status().name(), a == null ? "" : a.by(),
                    a == null ? "" : a.role(), a == null ? "" : a.date(), w.expires().toString(), w.rationale(),
                    Integer.toString(o.violations().size()),
                    o.violations().stream().map(Violation::message).collect(Collectors.joining(" | ")),
                    o.fingerprint()));
        }
        return csv.bytes();
    }

    /** @return how many waivers have each status, every status named (zero included) */
    static Map<Waivers.Status, Long> counts(List<Waivers.Outcome> outcomes) {
        Map<Waivers.Status, Long> counts = new EnumMap<>(Waivers.Status.class);
        for (Waivers.Status s : Waivers.Status.values()) {
            counts.put(s, outcomes.stream().filter(o -> o.status() == s).count());
        }
        return counts;
    }
}
