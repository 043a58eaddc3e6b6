package io.github.iec62304.core.write;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.evaluate.RuleVerdict;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.conformity.Clause;
import io.github.iec62304.core.model.conformity.ClauseCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The per-clause conformity table: every clause of the {@link ClauseCatalog} with its result for the declared system
 * class, in the manner of a test report form. Built from the rule verdicts (the same worst-verdict order as the
 * release checklist), so it never disagrees with them. Results: FAIL (a deciding rule failed), WAIVED (no error left,
 * but waivers accept violations), WARNED (warnings only), PASS (every deciding rule that ran passed), NOT_DECIDED
 * (every deciding rule was not applicable to this build or turned off), MANUAL (no rule decides it: a record the team
 * keeps) and N/A (not required for the class, IEC 62304 Table A.1, and no deciding rule reported anything).
 */
final class ConformityTable {

    static final String PASS = "PASS";
    static final String FAIL = "FAIL";
    static final String WARNED = "WARNED";
    static final String NOT_DECIDED = "NOT_DECIDED";
    static final String MANUAL = "MANUAL";
    static final String NOT_APPLICABLE = "N/A";

    /** Every result, worst first: the order of the summary. */
    static final List<String> RESULTS = List.of(FAIL, RuleVerdict.WAIVED, WARNED, PASS, NOT_DECIDED, MANUAL,
            NOT_APPLICABLE);

    /**
     * One clause's line.
     *
     * @param clause   the catalogue entry
     * @param result   one of {@link #RESULTS}
     * @param reason   why: the rules that failed, were waived or warned, did not decide, or the record to keep
     * @param rules    the verdicts of its deciding rules, in catalogue order
     * @param evidence the bundle files that show it (none for N/A)
     */
    record Row(Clause clause, String result, String reason, List<RuleVerdict> rules, List<String> evidence) {
    }

    private ConformityTable() {
    }

    /** @param files the names of the bundle's files, so a row names only evidence that is there */
    static List<Row> rows(Evidence evidence, GateReport report, Set<String> files) {
        Map<String, RuleVerdict> verdicts = report.rules().stream()
                .collect(Collectors.toMap(RuleVerdict::id, Function.identity()));
        SafetyClass safetyClass = evidence.systemClass();
        List<Row> rows = new ArrayList<>();
        for (Clause c : ClauseCatalog.all()) {
            List<RuleVerdict> rules = c.rules().stream().map(verdicts::get).filter(Objects::nonNull).toList();
            List<String> shown = c.evidence().stream().filter(f -> f.equals("manifest.json") || files.contains(f))
                    .toList();
            if (!c.appliesTo(safetyClass)) {
                rows.add(beyondTableA1(c, safetyClass, rules, shown));
                continue;
            }
            if (c.rules().isEmpty()) {
                rows.add(new Row(c, MANUAL, "no build can judge it: the team keeps the " + c.record(), rules,
                        shown));
                continue;
            }
            Row row = decided(c, rules, shown);
            if (c.number().equals("5.8.1") && report.waived() > 0 && row.result().equals(PASS)) {
                // as the release checklist: RELEASE-VERIFIED does not count waived violations, so the line names them
                row = new Row(c, RuleVerdict.WAIVED, "every deciding rule passed" + ReleaseChecklist.waived(report),
                        rules, shown);
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * A clause the class does not need is N/A, unless a rule the project's levels hold to it anyway (e.g.
     * SOUP-VULNERABILITY is an error for class A, 7.1.3 is B and C only) failed, was waived or warned: that judgement
     * is shown, so a failed build always has a FAIL line.
     */
    private static Row beyondTableA1(Clause c, SafetyClass safetyClass, List<RuleVerdict> rules,
                                     List<String> evidence) {
        String notRequired = "not required for class " + safetyClass + " (IEC 62304 Table A.1)";
        Row judged = decided(c, rules, evidence);
        if (List.of(FAIL, RuleVerdict.WAIVED, WARNED).contains(judged.result())) {
            return new Row(c, judged.result(), notRequired + ", but the project's rule levels check it: "
                    + judged.reason(), rules, evidence);
        }
        return new Row(c, NOT_APPLICABLE, notRequired, rules, List.of());
    }

    private static Row decided(Clause c, List<RuleVerdict> rules, List<String> evidence) {
        String worst = ReleaseChecklist.worst(rules);
        String result = worst == null ? NOT_DECIDED : switch (worst) {
            case "FAILED" -> FAIL;
            case RuleVerdict.WAIVED -> RuleVerdict.WAIVED;
            case "WARNED" -> WARNED;
            case "PASSED" -> PASS;
            default -> NOT_DECIDED;
        };
        List<String> why = new ArrayList<>();
        for (RuleVerdict r : rules) {
            switch (r.verdict()) {
                case "FAILED" -> why.add(r.id() + " failed: " + count(r.errors(), "error"));
                case RuleVerdict.WAIVED -> why.add(r.id() + ": " + count(r.waived(), "violation")
                        + " accepted by a waiver (waivers.json)");
                case "WARNED" -> why.add(r.id() + ": " + count(r.warnings(), "warning"));
                case RuleVerdict.NOT_APPLICABLE -> why.add(r.id() + " not decided: " + r.reason());
                case "OFF" -> why.add(r.id() + " not decided: off for the classes in this build");
                default -> {
                }
            }
        }
        if (rules.isEmpty()) {
            why.add("its rules were not evaluated");
        }
        String reason = result.equals(PASS) ? "every deciding rule that ran passed" + (why.isEmpty() ? ""
                : "; " + String.join("; ", why)) : String.join("; ", why);
        return new Row(c, result, reason, rules, evidence);
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /** @return how many clauses have each result, every result named (0 when none), worst first */
    static Map<String, Long> summary(List<Row> rows) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        RESULTS.forEach(r -> counts.put(r, rows.stream().filter(row -> row.result().equals(r)).count()));
        return counts;
    }
}
