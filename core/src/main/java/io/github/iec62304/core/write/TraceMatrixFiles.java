package io.github.iec62304.core.write;

import io.github.iec62304.core.link.JudgedRecord;
import io.github.iec62304.core.link.RequirementTrace;
import io.github.iec62304.core.link.SystemRequirementTrace;
import io.github.iec62304.core.link.TraceMatrix;
import io.github.iec62304.core.link.TestLink;
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
import java.util.Objects;

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
     * status; written only when the catalog declares system requirements. A roll-up, not a file about links: the
     * derived requirements, their statuses (in the same order) and the ones not verified are lists joined with
     * {@code ; }.
     */
    static byte[] systemCsv(TraceMatrix matrix) {
        Csv csv = new Csv("system requirement", "title", "status", "not software", "derived requirements",
                "derived status", "not verified");
        for (SystemRequirementTrace row : matrix.systems().rows()) {
            SystemRequirement s = row.requirement();
            csv.row(List.of(s.id(), s.title(), row.status().name(), s.notSoftware() == null ? "" : s.notSoftware(),
                    Csv.list(ids(row.derived())),
                    Csv.list(row.derived().stream().map(r -> r.status().name()).toList()),
                    Csv.list(ids(row.notVerified()))));
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
        m.put("linkedBy", linkedBy(t));
        return m;
    }

    /** @return where the link is declared: {@code @Verifies} and/or {@code <catalog>:<line> tests: <selector>} */
    static List<String> linkedBy(VerifyingTest t) {
        return t.links().stream().map(TestLink::label).toList();
    }

    /**
     * {@code trace-matrix.csv}: one row per requirement and verifying test or manual verification record, the
     * requirement's columns repeated, so a spreadsheet filter on a test, an outcome or a requirement shows its links;
     * a requirement without either keeps one row with those columns empty. {@code verified by} names the test
     * ({@code class#method}) or the record id, {@code outcome} the test's outcome or the record's verdict, {@code linked by}
     * where a test's link is declared ({@code @Verifies} or the catalog selector's file and line; empty for a record). Lists in a
     * cell (risk controls, hazards, implementations, verification methods, implementation modules) are joined with
     * {@code ; }.
     *
     * @param risks when a risk extract is declared, a {@code hazards} column follows {@code risk controls}
     */
    static byte[] csv(TraceMatrix matrix, CodeScan scan, RiskChain risks) {
        boolean modules = !scan.modules().isEmpty();
        boolean hazards = risks.declared();
        List<String> header = new ArrayList<>(List.of("requirement", "title", "safety class", "risk controls",
                "status", "implemented by", "verification", "verified by", "outcome", "linked by"));
        if (hazards) {
            header.add(4, "hazards");
        }
        if (modules) {
            header.addAll(List.of("implementation modules", "test module"));
        }
        Csv csv = new Csv(header.toArray(String[]::new));
        for (RequirementTrace row : matrix.rows()) {
            Requirement r = row.requirement();
            List<String> cells = new ArrayList<>(List.of(r.id(), r.title(), row.safetyClass().name(),
                    Csv.list(r.riskControls()), row.status().name(),
                    Csv.list(row.implementedBy().stream().map(CodeLocation::toString).toList()),
                    Csv.list(r.verification().stream().map(VerificationMethod::label).toList())));
            if (hazards) {
                cells.add(4, Csv.list(risks.hazardsOf(r)));
            }
            String implementationModules = modules ? Csv.list(row.implementedBy().stream()
                    .map(l -> Objects.toString(scan.moduleOf(l.className()), "")).toList()) : null;
            List<List<String>> links = new ArrayList<>();
            for (VerifyingTest t : row.verifiedBy()) {
                String by = Csv.list(linkedBy(t));
                links.add(modules ? List.of(t.test().toString(), t.outcome().name(), by, implementationModules,
                        Objects.toString(scan.moduleOf(t.test().className()), ""))
                        : List.of(t.test().toString(), t.outcome().name(), by));
            }
            for (JudgedRecord j : row.records()) {
                links.add(modules ? List.of(j.record().id(), j.verdict().name(), "", implementationModules, "")
                        : List.of(j.record().id(), j.verdict().name(), ""));
            }
            if (links.isEmpty()) {
                links.add(modules ? List.of("", "", "", implementationModules, "") : List.of("", "", ""));
            }
            for (List<String> link : links) {
                List<String> line = new ArrayList<>(cells);
                line.addAll(link);
                csv.row(line);
            }
        }
        return csv.bytes();
    }
}
