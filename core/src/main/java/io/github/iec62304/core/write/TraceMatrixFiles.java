package io.github.iec62304.core.write;

import io.github.iec62304.core.link.RequirementTrace;
import io.github.iec62304.core.link.SystemRequirementTrace;
import io.github.iec62304.core.link.TraceMatrix;
import io.github.iec62304.core.link.VerifyingTest;
import io.github.iec62304.core.model.CodeLink;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.Fingerprint;
import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.SystemRequirement;
import io.github.iec62304.core.model.verification.VerificationMethod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The trace matrix as {@code trace-matrix.json} and {@code trace-matrix.csv}, and, when the catalog declares system
 * requirements, their roll-up in {@code trace-matrix.json} ({@code systemRequirements}, {@code unresolvedParents}) and
 * {@code system-requirements.csv}. In a multi-module device every
 * implementation and test also names its module ({@code implementedIn}, {@code verifiedBy[].module}, and two CSV
 * columns); a single-module bundle has neither. With a risk extract every requirement also names the hazards its risk
 * controls control ({@code hazards}, and a CSV column); without one the files are as they were before risks.
 */
final class TraceMatrixFiles {

    private TraceMatrixFiles() {
    }

    /** @param risks when a risk extract is declared, each requirement also names the hazards its controls control */
    static byte[] json(TraceMatrix matrix, CodeScan scan, RiskChain risks) {
        boolean hazards = risks.declared();
        boolean modules = !scan.modules().isEmpty();
        List<Object> rows = new ArrayList<>();
        for (RequirementTrace row : matrix.rows()) {
            Requirement r = row.requirement();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("title", r.title());
            m.put("text", r.text());
            m.put("fingerprint", Fingerprint.requirement(r));
            m.put("safetyClass", row.safetyClass().name());
            m.put("riskControls", r.riskControls());
            if (hazards) {
                m.put("hazards", risks.hazardsOf(r));
            }
            m.put("parents", r.parents());
            m.put("status", row.status().name());
            m.put("verification", r.verification().stream().map(VerificationMethod::label).toList());
            m.put("implementedBy", row.implementedBy().stream().map(CodeLocation::toString).toList());
            if (modules) {
                m.put("implementedIn", row.implementedBy().stream().map(l -> {
                    Map<String, Object> in = new LinkedHashMap<>();
                    in.put("location", l.toString());
                    in.put("module", scan.moduleOf(l.className()));
                    return in;
                }).toList());
            }
            m.put("verifiedBy", row.verifiedBy().stream().map(t -> test(t, modules ? scan : null)).toList());
            m.put("records", row.records().stream().map(j -> {
                Map<String, Object> rec = new LinkedHashMap<>();
                rec.put("id", j.record().id());
                rec.put("method", j.record().method().label());
                rec.put("verdict", j.verdict().name());
                return rec;
            }).toList());
            rows.add(m);
        }
        List<Object> dangling = new ArrayList<>();
        for (CodeLink link : matrix.dangling()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("annotation", link.kind().annotation());
            m.put("requirementId", link.requirementId());
            m.put("location", link.location().toString());
            dangling.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("requirements", rows);
        root.put("danglingReferences", dangling);
        if (matrix.systems().declared()) { // only then: a catalog without system requirements keeps its bytes
            root.put("systemRequirements", matrix.systems().rows().stream().map(TraceMatrixFiles::system).toList());
            root.put("unresolvedParents", matrix.systems().unresolved().stream().map(u -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("requirement", u.requirement().id());
                m.put("parent", u.parentId());
                return m;
            }).toList());
        }
        return Json.bytes(root);
    }

    private static Map<String, Object> system(SystemRequirementTrace row) {
        SystemRequirement s = row.requirement();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", s.title());
        m.put("text", s.text());
        m.put("notSoftware", s.notSoftware());
        m.put("status", row.status().name());
        m.put("derived", ids(row.derived()));
        m.put("notVerified", ids(row.notVerified()));
        return m;
    }

    private static List<String> ids(List<RequirementTrace> rows) {
        return rows.stream().map(r -> r.requirement().id()).toList();
    }

    /**
     * {@code system-requirements.csv}: one row per system requirement with its roll-up, for a spreadsheet filter on
     * status; written only when the catalog declares system requirements.
     */
    static byte[] systemCsv(TraceMatrix matrix) {
        Csv csv = new Csv("system requirement", "title", "status", "not software", "derived requirements",
                "derived status", "not verified");
        for (SystemRequirementTrace row : matrix.systems().rows()) {
            SystemRequirement s = row.requirement();
            csv.row(List.of(s.id(), s.title(), row.status().name(), s.notSoftware() == null ? "" : s.notSoftware(),
                    String.join(" ", ids(row.derived())),
                    row.derived().stream().map(r -> r.status().name()).collect(Collectors.joining(" ")),
                    String.join(" ", ids(row.notVerified()))));
        }
        return csv.bytes();
    }

    private static Map<String, Object> test(VerifyingTest t, CodeScan modules) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("test", t.test().toString());
        if (modules != null) {
            m.put("module", modules.moduleOf(t.test().className()));
        }
        m.put("outcome", t.outcome().name());
        m.put("invocations", t.invocations());
        m.put("reruns", t.reruns());
        m.put("message", t.message());
        m.put("reports", t.sources());
        return m;
    }

    /** @param risks when a risk extract is declared, a {@code hazards} column follows {@code risk controls} */
    static byte[] csv(TraceMatrix matrix, CodeScan scan, RiskChain risks) {
        boolean modules = !scan.modules().isEmpty();
        boolean hazards = risks.declared();
        List<String> header = new ArrayList<>(List.of("requirement", "title", "safety class", "risk controls",
                "status", "implemented by", "verified by", "test outcomes", "verification", "records"));
        if (hazards) {
            header.add(4, "hazards");
        }
        if (modules) {
            header.addAll(List.of("implementation modules", "test modules"));
        }
        Csv csv = new Csv(header.toArray(String[]::new));
        for (RequirementTrace row : matrix.rows()) {
            Requirement r = row.requirement();
            List<String> cells = new ArrayList<>(List.of(r.id(), r.title(), row.safetyClass().name(),
                    String.join(" ", r.riskControls()), row.status().name(),
                    row.implementedBy().stream().map(CodeLocation::toString).collect(Collectors.joining(" ")),
                    row.verifiedBy().stream().map(t -> t.test().toString()).collect(Collectors.joining(" ")),
                    row.verifiedBy().stream().map(t -> t.outcome().name()).collect(Collectors.joining(" ")),
                    r.verification().stream().map(VerificationMethod::label).collect(Collectors.joining(" ")),
                    row.records().stream().map(j -> j.record().id() + ":" + j.verdict().name())
                            .collect(Collectors.joining(" "))));
            if (hazards) {
                cells.add(4, String.join(" ", risks.hazardsOf(r)));
            }
            if (modules) {
                cells.add(row.implementedBy().stream().map(l -> java.util.Objects.toString(scan.moduleOf(l.className()), ""))
                        .collect(Collectors.joining(" ")));
                cells.add(row.verifiedBy().stream().map(t -> java.util.Objects.toString(scan.moduleOf(t.test().className()), ""))
                        .collect(Collectors.joining(" ")));
            }
            csv.row(cells);
        }
        return csv.bytes();
    }
}
