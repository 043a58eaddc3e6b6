package io.github.iec62304.core.write;

import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.link.AssignmentProblem;
import io.github.iec62304.core.link.UnitModel;
import io.github.iec62304.core.link.UnitVerification;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.link.UnitFingerprints;
import io.github.iec62304.core.model.ClassCRecord;
import io.github.iec62304.core.model.ClassPattern;
import io.github.iec62304.core.model.Counter;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.SoftwareItem;
import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.UnitCriteria;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit verification record (IEC 62304 5.5.5) as {@code unit-verification.json} and {@code .csv}: every unit
 * with its item, class, criteria, measured coverage, own tests and their outcomes, 5.5.4 record and verdict.
 */
final class UnitVerificationFiles {

    /** Unit verdicts: the gate's outcome for each unit. */
    enum Verdict { PASSED, FAILED, WAIVED, NOT_REQUIRED, NO_CODE }

    private UnitVerificationFiles() {
    }

    static Verdict verdict(UnitVerification unit, SubjectVerdicts failedSubjects) {
        if (unit.criteria() == null) {
            return Verdict.NOT_REQUIRED;
        }
        if (!unit.hasCode()) {
            return Verdict.NO_CODE;
        }
        return Verdict.valueOf(failedSubjects.verdict(unit.subject()));
    }

    /** @return subjects of ERROR violations of the unit rules, and of WAIVED ones */
    static SubjectVerdicts failedSubjects(GateReport report) {
        return SubjectVerdicts.of(report, id -> id.startsWith("UNIT-"));
    }

    /** @param scan the class files: in a multi-module device, each unit lists the modules its classes come from */
    static byte[] json(UnitModel model, SafetyClass systemClass, GateReport report, CodeScan scan) {
        boolean modules = scan != null && !scan.modules().isEmpty();
        SubjectVerdicts failed = failedSubjects(report);
        Map<String, Object> criteria = new LinkedHashMap<>();
        for (SafetyClass c : SafetyClass.values()) {
            criteria.put(c.name(), model.criteria().containsKey(c) ? criteria(model.criteria().get(c)) : null);
        }
        List<Object> items = new ArrayList<>();
        for (SoftwareItem i : model.architecture().items()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", i.id());
            m.put("title", i.title());
            m.put("safetyClass", i.effectiveClass(systemClass).name());
            m.put("rationale", i.rationale());
            if (!i.modules().isEmpty()) { // multi-module devices only: a single-module bundle keeps its shape
                m.put("modules", i.modules());
            }
            m.put("packages", i.packages());
            m.put("classes", i.classes().stream().map(ClassPattern::glob).toList());
            items.add(m);
        }
        List<Object> units = new ArrayList<>();
        for (UnitVerification u : model.units()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", u.id());
            m.put("item", u.item().id());
            m.put("safetyClass", u.safetyClass().name());
            m.put("classes", u.classes());
            String fingerprint = UnitFingerprints.of(u, scan);
            if (fingerprint != null) {
                m.put("fingerprint", fingerprint);
            }
            if (modules) {
                m.put("modules", u.classes().stream().map(scan::moduleOf).filter(java.util.Objects::nonNull)
                        .distinct().sorted().toList());
            }
            Map<String, Object> inForce = u.criteria() == null ? null : criteria(u.criteria());
            if (inForce != null) {
                inForce.put("overrideRationale", u.overrideRationale());
            }
            m.put("criteria", inForce);
            Map<String, Object> coverage = new LinkedHashMap<>();
            coverage.put("lines", counter(u.lines()));
            coverage.put("branches", counter(u.branches()));
            m.put("coverage", coverage);
            m.put("tests", u.tests().stream().map(UnitVerificationFiles::test).toList());
            m.put("testClassesNotRun", u.testClassesNotRun());
            m.put("classC", classC(u.classC()));
            m.put("verdict", verdict(u, failed).name());
            units.add(m);
        }
        List<Object> unassigned = new ArrayList<>();
        for (AssignmentProblem p : model.problems()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("class", p.className());
            m.put("problem", p.kind().name());
            m.put("candidates", p.candidates());
            m.put("item", p.itemId());
            unassigned.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("criteria", criteria);
        root.put("items", items);
        root.put("units", units);
        root.put("unassignedClasses", unassigned);
        return Json.bytes(root);
    }

    private static Map<String, Object> criteria(UnitCriteria c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lineCoverage", BigDecimal.valueOf(c.lineCoverage()));
        m.put("branchCoverage", BigDecimal.valueOf(c.branchCoverage()));
        m.put("ownTestRequired", c.ownTestRequired());
        m.put("testsMustPass", c.testsMustPass());
        return m;
    }

    private static Map<String, Object> counter(Counter c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("covered", c.covered());
        m.put("total", c.total());
        return m;
    }

    private static Map<String, Object> test(TestCaseResult t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("class", t.className());
        m.put("name", t.name());
        m.put("outcome", t.outcome().name());
        return m;
    }

    private static Map<String, Object> classC(ClassCRecord r) {
        if (r == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("applicable", new ArrayList<>(r.applicable()));
        m.put("notApplicable", r.notApplicable());
        return m;
    }

    /**
     * {@code unit-verification.csv}: one row per unit (a table of units, not of links); its {@code classes} cell is a
     * list joined with {@code ; }, its {@code 5.5.4 record} cell reads {@code applies: a, b; missing: c}.
     */
    static byte[] csv(UnitModel model, GateReport report) {
        SubjectVerdicts failed = failedSubjects(report);
        Csv csv = new Csv("unit", "item", "safety class", "classes", "line coverage", "required line",
                "branch coverage", "required branch", "tests", "tests not passed", "5.5.4 record", "verdict");
        for (UnitVerification u : model.units()) {
            csv.row(List.of(u.id(), u.item().id(), u.safetyClass().name(), Csv.list(u.classes()),
                    ratio(u.lines()), u.criteria() == null ? "" : BigDecimal.valueOf(u.criteria().lineCoverage())
                            .toPlainString(),
                    ratio(u.branches()), u.criteria() == null ? "" : BigDecimal.valueOf(u.criteria().branchCoverage())
                            .toPlainString(),
                    Integer.toString(u.tests().size()),
                    Long.toString(u.tests().stream().filter(t -> t.outcome() != io.github.iec62304.core.model
                            .TestOutcome.PASSED).count() + u.testClassesNotRun().size()),
                    u.classC() == null ? "" : "applies: " + String.join(", ", u.classC().applicable())
                            + (u.classC().missing().isEmpty() ? "" : "; missing: " + String.join(", ", u.classC().missing())),
                    verdict(u, failed).name()));
        }
        return csv.bytes();
    }

    /** @return covered/total rounded down to 2 decimals, or empty when there is nothing to cover */
    static String ratio(Counter c) {
        return c.total() == 0 ? "" : BigDecimal.valueOf(c.covered())
                .divide(BigDecimal.valueOf(c.total()), 2, RoundingMode.FLOOR).toPlainString();
    }
}
