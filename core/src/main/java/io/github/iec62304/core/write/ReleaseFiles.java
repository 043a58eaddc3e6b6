package io.github.iec62304.core.write;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.link.AnomalyModel;
import io.github.iec62304.core.link.ApprovalModel;
import io.github.iec62304.core.link.ChangeImpact;
import io.github.iec62304.core.link.JudgedRecord;
import io.github.iec62304.core.link.RegressionModel;
import io.github.iec62304.core.link.RequirementTrace;
import io.github.iec62304.core.link.VerifyingTest;
import io.github.iec62304.core.model.release.AnomalyRecord;
import io.github.iec62304.core.model.release.Baseline;
import io.github.iec62304.core.model.release.ChangeLog;
import io.github.iec62304.core.model.release.SnapshotUse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of the regression and release gates: {@code regression-report.json/.csv} (every difference from the
 * baseline and its justification), {@code anomalies.json/.csv} (the residual anomaly list and the records) and
 * {@code release-checklist.json/.csv} (IEC 62304 5.8, one line per activity).
 */
final class ReleaseFiles {

    private ReleaseFiles() {
    }

    static byte[] regressionJson(RegressionModel r, ApprovalModel approvals) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("baseline", baseline(r.baseline()));
        root.put("notApplicable", r.notApplicable());
        root.put("release", r.release());
        root.put("coverageTolerance", r.tolerance());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("baselineTests", r.summary().baselineTests());
        summary.put("tests", r.summary().tests());
        summary.put("testsAdded", r.summary().testsAdded());
        summary.put("baselineRequirements", r.summary().baselineRequirements());
        summary.put("requirementsAdded", r.summary().requirementsAdded());
        summary.put("differences", r.differences().size());
        summary.put("justified", r.differences().stream().filter(d -> d.justification() != null).count());
        root.put("summary", summary);
        List<Object> differences = new ArrayList<>();
        for (RegressionModel.Difference d : r.differences()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", d.kind().name());
            m.put("subject", d.subject());
            m.put("before", d.before());
            m.put("now", d.now());
            m.put("rule", d.kind().rule());
            if (d.kind().described()) {
                m.put("detail", d.detail());
            }
            m.put("justification", justification(d.justification()));
            differences.add(m);
        }
        root.put("differences", differences);
        if (approvals.used()) { // the approvals of this release's change records; a project without keeps the shape
            root.put("approvals", ApprovalFiles.of(approvals, ApprovalModel.Kind.CHANGE_RECORD, null));
        }
        if (r.baseline() != null) {
            root.put("impact", impact(r.impact()));
        }
        return Json.bytes(root);
    }

    /** The change impact: changed unit, the requirements it implements, their risk controls, tests and outcomes. */
    private static Map<String, Object> impact(ChangeImpact impact) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("notComputed", impact.notComputed());
        m.put("units", impact.units().stream().map(u -> {
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("id", u.id());
            unit.put("item", u.item());
            unit.put("safetyClass", u.safetyClass().name());
            unit.put("change", u.change());
            unit.put("before", u.before());
            unit.put("now", u.now());
            unit.put("riskControls", u.riskControls());
            unit.put("requirements", u.requirements().stream().map(r -> {
                Map<String, Object> req = new LinkedHashMap<>();
                req.put("id", r.requirement().id());
                req.put("status", r.status().name());
                req.put("riskControls", r.requirement().riskControls());
                req.put("tests", r.verifiedBy().stream().map(t -> {
                    Map<String, Object> test = new LinkedHashMap<>();
                    test.put("test", t.test().toString());
                    test.put("outcome", t.outcome().name());
                    return test;
                }).toList());
                req.put("records", r.records().stream().map(j -> {
                    Map<String, Object> record = new LinkedHashMap<>();
                    record.put("record", j.record().id());
                    record.put("method", j.record().method().label());
                    record.put("verdict", j.verdict().name());
                    return record;
                }).toList());
                return req;
            }).toList());
            return unit;
        }).toList());
        return m;
    }

    /**
     * One row per changed unit, requirement and test or verification record (its {@code test} cell reads
     * {@code record VR-7 (inspection)}, its outcome is the record's verdict), so a spreadsheet can filter each level;
     * the requirement's {@code risk controls} are a list joined with {@code ; }.
     */
    static byte[] impactCsv(RegressionModel r) {
        Csv csv = new Csv("unit", "item", "safety class", "change", "requirement", "requirement status",
                "risk controls", "test", "outcome");
        for (ChangeImpact.Unit u : r.impact().units()) {
            if (u.requirements().isEmpty()) {
                csv.row(List.of(u.id(), u.item(), u.safetyClass().name(), u.change(), "", "", "", "", ""));
            }
            for (RequirementTrace req : u.requirements()) {
                String controls = Csv.list(req.requirement().riskControls());
                if (req.verifiedBy().isEmpty() && req.records().isEmpty()) {
                    csv.row(List.of(u.id(), u.item(), u.safetyClass().name(), u.change(), req.requirement().id(),
                            req.status().name(), controls, "", ""));
                }
                for (VerifyingTest t : req.verifiedBy()) {
                    csv.row(List.of(u.id(), u.item(), u.safetyClass().name(), u.change(), req.requirement().id(),
                            req.status().name(), controls, t.test().toString(), t.outcome().name()));
                }
                for (JudgedRecord j : req.records()) { // manual verification (issue 19): the record and its verdict
                    csv.row(List.of(u.id(), u.item(), u.safetyClass().name(), u.change(), req.requirement().id(),
                            req.status().name(), controls, "record " + j.record().id() + " ("
                                    + j.record().method().label() + ")", j.verdict().name()));
                }
            }
        }
        return csv.bytes();
    }

    static byte[] regressionCsv(RegressionModel r) {
        Csv csv = new Csv("kind", "subject", "before", "now", "rule", "change", "rationale", "approvedBy");
        for (RegressionModel.Difference d : r.differences()) {
            ChangeLog.Justification j = d.justification();
            csv.row(List.of(d.kind().name(), d.subject(), text(d.before()), text(d.now()),
                    d.kind().rule(), j == null ? "" : j.change(), j == null ? "" : j.rationale(),
                    j == null ? "" : j.approvedBy()));
        }
        return csv.bytes();
    }

    /** @return the baseline's identity, as the manifest and the regression report state it */
    static Map<String, Object> baseline(Baseline b) {
        if (b == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", b.source());
        m.put("sha256", b.sha256());
        m.put("groupId", b.groupId());
        m.put("artifactId", b.artifactId());
        m.put("version", b.version());
        m.put("commit", b.commit());
        m.put("buildTimestamp", b.buildTimestamp());
        return m;
    }

    private static Map<String, Object> justification(ChangeLog.Justification j) {
        if (j == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("change", j.change());
        m.put("rationale", j.rationale());
        m.put("approvedBy", j.approvedBy());
        return m;
    }

    static byte[] anomaliesJson(AnomalyModel a, boolean releaseBuild, ApprovalModel approvals) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("register", a.register().present() ? a.register().source() : null);
        root.put("releaseBuild", releaseBuild);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("residual", a.residual().size());
        summary.put("evaluated", a.residual().stream().filter(AnomalyModel.Residual::evaluated).count());
        summary.put("notEvaluated", a.residual().stream().filter(r -> !r.evaluated()).count());
        summary.put("unacceptable", a.residual().stream().filter(r -> r.verdict().equals("UNACCEPTABLE")).count());
        root.put("summary", summary);
        List<Object> residual = new ArrayList<>();
        for (AnomalyModel.Residual r : a.residual()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", r.kind().name());
            m.put("subject", r.subject());
            m.put("title", r.title());
            m.put("detail", r.detail());
            m.put("record", r.record() == null ? null : r.record().id());
            evaluation(m, r.record());
            m.put("verdict", r.verdict());
            residual.add(m);
        }
        root.put("residual", residual);
        List<Object> records = new ArrayList<>();
        for (AnomalyRecord rec : a.register().records()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", rec.id());
            m.put("title", rec.title());
            m.put("status", rec.status());
            m.put("tests", rec.tests());
            m.put("vulnerabilities", rec.vulnerabilities());
            evaluation(m, rec);
            if (approvals.used()) { // a project without approvals keeps the file's shape
                m.put("approvals", ApprovalFiles.of(approvals, ApprovalModel.Kind.ANOMALY, rec.id()));
            }
            records.add(m);
        }
        root.put("records", records);
        return Json.bytes(root);
    }

    private static void evaluation(Map<String, Object> m, AnomalyRecord r) {
        m.put("safetyImpact", r == null ? null : r.safetyImpact());
        m.put("evaluation", r == null ? null : r.evaluation());
        m.put("evaluatedBy", r == null ? null : r.evaluatedBy());
        m.put("date", r == null ? null : r.date());
        m.put("acceptable", r == null ? null : r.acceptable());
    }

    static byte[] anomaliesCsv(AnomalyModel a) {
        Csv csv = new Csv("kind", "subject", "title", "detail", "record", "safetyImpact", "evaluation",
                "evaluatedBy", "date", "acceptable", "verdict");
        for (AnomalyModel.Residual r : a.residual()) {
            AnomalyRecord rec = r.record();
            csv.row(List.of(r.kind().name(), r.subject(), r.title(), r.detail(), rec == null ? "" : rec.id(),
                    rec == null ? "" : text(rec.safetyImpact()), rec == null ? "" : text(rec.evaluation()),
                    rec == null ? "" : text(rec.evaluatedBy()), rec == null ? "" : text(rec.date()),
                    rec == null || rec.acceptable() == null ? "" : rec.acceptable() ? "yes" : "no", r.verdict()));
        }
        return csv.bytes();
    }

    static byte[] checklistJson(Evidence evidence, GateReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("releaseBuild", evidence.release().releaseBuild());
        root.put("why", evidence.release().why());
        root.put("version", evidence.release().version());
        List<Object> items = new ArrayList<>();
        for (ReleaseChecklist.Item i : ReleaseChecklist.items(evidence, report)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("clause", i.clause());
            m.put("item", i.item());
            m.put("result", i.result());
            m.put("rules", i.rules());
            m.put("evidence", i.evidence());
            items.add(m);
        }
        root.put("items", items);
        if (evidence.waivers().present()) { // a project without a waiver register keeps the file's shape
            List<Object> waived = new ArrayList<>();
            for (Violation v : report.violations()) {
                if (v.waived() != null) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("rule", v.ruleId());
                    m.put("subject", v.subject());
                    m.put("waivedLevel", v.waived().level().name());
                    m.put("message", v.message());
                    m.put("waiver", WaiverFiles.waiver(v.waived().waiver(), v.waived().approval()));
                    waived.add(m);
                }
            }
            root.put("waived", waived);
        }
        List<Object> snapshots = new ArrayList<>();
        for (SnapshotUse s : evidence.release().snapshots().stream().sorted().toList()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("coordinates", s.coordinates());
            m.put("kind", s.kind());
            m.put("allowed", s.allowed());
            snapshots.add(m);
        }
        root.put("snapshots", snapshots);
        return Json.bytes(root);
    }

    /** {@code release-checklist.csv}: one row per item; its {@code rules} cell is a list joined with {@code ; }. */
    static byte[] checklistCsv(Evidence evidence, GateReport report) {
        Csv csv = new Csv("clause", "item", "result", "rules", "evidence");
        for (ReleaseChecklist.Item i : ReleaseChecklist.items(evidence, report)) {
            csv.row(List.of(i.clause(), i.item(), i.result(), Csv.list(i.rules()), i.evidence()));
        }
        return csv.bytes();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
