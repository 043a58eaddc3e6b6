package io.github.iec62304.core.write;

import io.github.iec62304.core.link.JudgedRecord;
import io.github.iec62304.core.link.VerificationModel;
import io.github.iec62304.core.model.verification.VerificationRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The executed verification records as {@code verification-records.json} and {@code verification-records.csv}:
 * every record as written (method, protocol and revision, requirements, version, who, when, result, deviations), the
 * files kept with it (SHA-256 and name in the bundle) and how this build judged it.
 */
final class VerificationRecordFiles {

    private VerificationRecordFiles() {
    }

    static byte[] json(VerificationModel model) {
        List<List<String>> names = RecordAttachments.names(model.register());
        List<Object> records = new ArrayList<>();
        Map<String, Long> summary = new LinkedHashMap<>();
        summary.put("records", (long) model.records().size());
        for (JudgedRecord.Verdict v : JudgedRecord.Verdict.values()) {
            summary.put(v.name().toLowerCase(java.util.Locale.ROOT),
                    model.records().stream().filter(r -> r.verdict() == v).count());
        }
        for (int i = 0; i < model.records().size(); i++) {
            JudgedRecord j = model.records().get(i);
            VerificationRecord r = j.record();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("method", r.method().label());
            m.put("protocol", r.protocol());
            m.put("protocolRevision", r.protocolRevision());
            m.put("requirements", r.requirements());
            m.put("version", r.version());
            m.put("commit", r.commit());
            m.put("executedBy", r.executedBy());
            m.put("date", r.date());
            m.put("result", r.result().label());
            m.put("deviations", r.deviations());
            List<Object> files = new ArrayList<>();
            for (int k = 0; k < r.attachments().size(); k++) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("path", r.attachments().get(k).path());
                f.put("sha256", r.attachments().get(k).sha256());
                f.put("bundleFile", names.get(i).get(k));
                files.add(f);
            }
            m.put("attachments", files);
            if (j.justification() == null) {
                m.put("justifiedBy", null);
            } else {
                Map<String, Object> kept = new LinkedHashMap<>();
                kept.put("change", j.justification().change());
                kept.put("rationale", j.justification().rationale());
                kept.put("approvedBy", j.justification().approvedBy());
                m.put("justifiedBy", kept);
            }
            m.put("verdict", j.verdict().name());
            m.put("why", j.why(model.version()));
            m.put("unknownRequirements", model.dangling().getOrDefault(r.id(), List.of()));
            records.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("register", model.register().source());
        root.put("releaseBuild", model.releaseBuild());
        root.put("version", model.version());
        root.put("commit", model.commit());
        root.put("summary", summary);
        root.put("records", records);
        return Json.bytes(root);
    }

    /**
     * {@code verification-records.csv}: one row per record (a register; the requirement links are in
     * {@code trace-matrix.csv}, one row each); its {@code requirements}, {@code deviations} and {@code attachments}
     * cells are lists joined with {@code ; }.
     */
    static byte[] csv(VerificationModel model) {
        List<List<String>> names = RecordAttachments.names(model.register());
        Csv csv = new Csv("record", "method", "protocol", "revision", "requirements", "version", "commit",
                "executed by", "date", "result", "deviations", "attachments", "verdict", "why", "justified by");
        for (int i = 0; i < model.records().size(); i++) {
            JudgedRecord j = model.records().get(i);
            VerificationRecord r = j.record();
            csv.row(List.of(r.id(), r.method().label(), r.protocol(), r.protocolRevision(),
                    Csv.list(r.requirements()), r.version(), r.commit() == null ? "" : r.commit(),
                    r.executedBy(), r.date(), r.result().label(), Csv.list(r.deviations()),
                    Csv.list(names.get(i)), j.verdict().name(), j.why(model.version()),
                    j.justification() == null ? "" : j.justification().change()));
        }
        return csv.bytes();
    }
}
