package io.github.iec62304.core.write;

import io.github.iec62304.core.link.JudgedRecord;
import io.github.iec62304.core.link.RequirementTrace;
import io.github.iec62304.core.link.RiskModel;
import io.github.iec62304.core.link.VerifyingTest;
import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.Fingerprint;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.SoftwareItem;
import io.github.iec62304.core.model.risk.Hazard;
import io.github.iec62304.core.model.risk.RiskControl;
import io.github.iec62304.core.model.risk.RiskFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The risk chain as {@code risk-trace.json} (a tree: the scale, the hazards with their causes, the controls with
 * their requirements, implementations and verification) and {@code risk-trace.csv} (the chain flattened, one row
 * per hazard x control x requirement x test). Written only when the project declares a risk extract. In a
 * multi-module device every implementation and test also names its module.
 */
final class RiskTraceFiles {

    private RiskTraceFiles() {
    }

    static byte[] json(RiskChain chain, CodeScan scan) {
        boolean modules = !scan.modules().isEmpty();
        RiskFile file = chain.file();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("source", file.source());
        root.put("scale", scale(file.scale()));
        root.put("hazards", file.hazards().stream().map(h -> hazard(chain, h)).toList());
        root.put("controls", chain.controls().stream().map(c -> control(chain, c, modules ? scan : null)).toList());
        root.put("danglingReferences", chain.model().dangling().stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("subject", d.subject());
            m.put("field", d.field());
            m.put("id", d.id());
            m.put("kind", d.kind());
            m.put("in", d.in());
            return m;
        }).toList());
        return Json.bytes(root);
    }

    private static Map<String, Object> scale(RiskFile.Scale scale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severities", scale.severities().stream().map(s -> {
            Map<String, Object> severity = new LinkedHashMap<>();
            severity.put("id", s.id());
            severity.put("description", s.description());
            severity.put("safetyClass", s.safetyClass().name());
            return severity;
        }).toList());
        m.put("probabilities", scale.probabilities());
        m.put("acceptability", scale.severities().stream().map(s -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("severity", s.id());
            row.put("acceptable", scale.probabilities().stream()
                    .filter(p -> scale.acceptable(s.id(), p)).toList());
            return row;
        }).toList());
        return m;
    }

    private static Map<String, Object> hazard(RiskChain chain, Hazard h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.id());
        m.put("title", h.title());
        m.put("harm", h.harm());
        m.put("severity", h.severity());
        m.put("demandedClass", name(chain.demandedClass(h)));
        m.put("before", h.before());
        m.put("after", h.after());
        m.put("afterExternal", h.afterExternal());
        Map<String, Object> residual = null;
        if (h.residual() != null) {
            residual = new LinkedHashMap<>();
            residual.put("acceptable", h.residual().acceptable());
            residual.put("rationale", h.residual().rationale());
            residual.put("benefitRisk", h.residual().benefitRisk());
        }
        m.put("residual", residual);
        m.put("causes", h.causes().stream().map(c -> cause(chain, c)).toList());
        m.put("controls", h.controls());
        return m;
    }

    private static Map<String, Object> cause(RiskChain chain, Hazard.Cause c) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (c.item() != null) {
            m.put("item", c.item());
            m.put("itemClass", name(chain.item(c.item()).map(chain::classOf).orElse(null)));
        } else if (c.soup() != null) {
            m.put("soup", c.soup());
        } else {
            m.put("notSoftware", c.notSoftware());
        }
        m.put("description", c.description());
        return m;
    }

    private static Map<String, Object> control(RiskChain chain, RiskModel.ControlTrace c, CodeScan modules) {
        RiskControl control = c.control();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", control.id());
        m.put("title", control.title());
        m.put("kind", control.kind().label());
        m.put("implementedIn", control.implementedIn().label());
        m.put("reference", control.reference());
        m.put("hazards", c.hazards().stream().map(Hazard::id).toList());
        m.put("fingerprint", Fingerprint.riskControl(control, c.hazards().stream().map(Hazard::id).toList()));
        m.put("status", RiskChain.status(c).name());
        m.put("requirements", c.requirements().stream().map(r -> requirement(chain, r, modules)).toList());
        return m;
    }

    private static Map<String, Object> requirement(RiskChain chain, RequirementTrace row, CodeScan modules) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", row.requirement().id());
        m.put("status", row.status().name());
        m.put("safetyClass", row.safetyClass().name());
        m.put("implementedBy", row.implementedBy().stream().map(l -> {
            Map<String, Object> at = new LinkedHashMap<>();
            at.put("location", l.toString());
            Optional<SoftwareItem> item = chain.itemOf(l.className());
            at.put("item", item.map(SoftwareItem::id).orElse(null));
            at.put("itemClass", name(item.map(chain::classOf).orElse(null)));
            if (modules != null) {
                at.put("module", modules.moduleOf(l.className()));
            }
            return at;
        }).toList());
        m.put("verifiedBy", row.verifiedBy().stream().map(t -> {
            Map<String, Object> test = new LinkedHashMap<>();
            test.put("test", t.test().toString());
            if (modules != null) {
                test.put("module", modules.moduleOf(t.test().className()));
            }
            test.put("outcome", t.outcome().name());
            return test;
        }).toList());
        m.put("records", row.records().stream().map(j -> {
            Map<String, Object> rec = new LinkedHashMap<>();
            rec.put("id", j.record().id());
            rec.put("verdict", j.verdict().name());
            return rec;
        }).toList());
        return m;
    }

    private static String name(SafetyClass c) {
        return c == null ? null : c.name();
    }

    /** The CSV columns, one row per hazard x control x requirement x test or record. */
    static final List<String> CSV_HEADER = List.of("hazard", "severity", "demanded class", "control",
            "implemented in", "control status", "requirement", "requirement status", "implemented by", "items",
            "item classes", "verified by", "outcome", "residual acceptable");

    /**
     * The chain flattened: a hazard without control, a control outside the software or without requirement, a
     * requirement without test still get one row (the missing part empty), and a control no hazard names gets rows
     * with the hazard columns empty. A requirement's {@code implemented by}, {@code items} and {@code item classes}
     * cells are lists joined with {@code ; }.
     */
    static byte[] csv(RiskChain chain) {
        Csv csv = new Csv(CSV_HEADER.toArray(String[]::new));
        for (Hazard h : chain.file().hazards()) {
            List<String> hazard = List.of(h.id(), h.severity(), Objects.toString(chain.demandedClass(h), ""));
            String residual = h.residual() == null ? "" : h.residual().acceptable() ? "yes" : "no";
            boolean any = false;
            for (String id : h.controls()) {
                RiskModel.ControlTrace c = chain.control(id);
                if (c != null) {
                    controlRows(csv, chain, hazard, c, residual);
                    any = true;
                }
            }
            if (!any) {
                csv.row(row(hazard, List.of("", "", ""), List.of("", "", "", "", ""), List.of("", ""), residual));
            }
        }
        for (RiskModel.ControlTrace c : chain.controls()) {
            if (c.hazards().isEmpty()) {
                controlRows(csv, chain, List.of("", "", ""), c, "");
            }
        }
        return csv.bytes();
    }

    private static void controlRows(Csv csv, RiskChain chain, List<String> hazard, RiskModel.ControlTrace c,
                                    String residual) {
        List<String> control = List.of(c.control().id(), c.control().implementedIn().label(),
                RiskChain.status(c).name());
        if (c.requirements().isEmpty()) {
            csv.row(row(hazard, control, List.of("", "", "", "", ""), List.of("", ""), residual));
        }
        for (RequirementTrace r : c.requirements()) {
            List<String> items = new ArrayList<>();
            List<String> classes = new ArrayList<>();
            for (CodeLocation l : r.implementedBy()) {
                Optional<SoftwareItem> item = chain.itemOf(l.className());
                items.add(item.map(SoftwareItem::id).orElse("-"));
                classes.add(item.map(i -> chain.classOf(i).name()).orElse("-"));
            }
            List<String> requirement = List.of(r.requirement().id(), r.status().name(),
                    Csv.list(r.implementedBy().stream().map(CodeLocation::toString).toList()),
                    Csv.list(items.stream().distinct().toList()),
                    Csv.list(classes.stream().distinct().toList()));
            if (r.verifiedBy().isEmpty() && r.records().isEmpty()) {
                csv.row(row(hazard, control, requirement, List.of("", ""), residual));
            }
            for (VerifyingTest t : r.verifiedBy()) {
                csv.row(row(hazard, control, requirement, List.of(t.test().toString(), t.outcome().name()), residual));
            }
            for (JudgedRecord j : r.records()) {
                csv.row(row(hazard, control, requirement, List.of(j.record().id(), j.verdict().name()), residual));
            }
        }
    }

    private static List<String> row(List<String> hazard, List<String> control, List<String> requirement,
                                    List<String> test, String residual) {
        List<String> cells = new ArrayList<>(hazard);
        cells.addAll(control);
        cells.addAll(requirement);
        cells.addAll(test);
        cells.add(residual);
        return cells;
    }
}
