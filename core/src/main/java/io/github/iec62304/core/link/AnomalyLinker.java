package io.github.iec62304.core.link;

import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.release.AnomalyRecord;
import io.github.iec62304.core.model.release.AnomalyRegister;
import io.github.iec62304.core.model.release.TestKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Builds the residual anomaly list: the open problem reports of the register, the verifying and unit tests that
 * did not pass in this build (one entry per test method, worst outcome), and the vulnerabilities of shipped SOUP
 * that are exploitable, in triage or unanalysed; and finds the record that evaluates each.
 */
public final class AnomalyLinker {

    private AnomalyLinker() {
    }

    public static AnomalyModel link(AnomalyRegister register, TraceMatrix trace, UnitModel units, SoupModel soup) {
        List<AnomalyModel.Residual> residual = new ArrayList<>();
        for (AnomalyRecord r : register.records()) {
            if (r.residual()) {
                residual.add(new AnomalyModel.Residual(AnomalyModel.Kind.PROBLEM_REPORT, r.id(), r.title(),
                        r.status(), r.id(), r));
            }
        }
        failingTests(trace, units).forEach((test, state) -> residual.add(new AnomalyModel.Residual(
                AnomalyModel.Kind.TEST, test, "test " + test, state, test,
                evaluating(register, r -> r.tests().stream().anyMatch(ref -> TestKey.matches(test, ref))))));
        for (SoupModel.Vulnerability v : soup.vulnerabilities()) {
            String state = v.vulnerability().state();
            if (state.isEmpty() || state.equals("in_triage") || state.equals("exploitable")) {
                String id = v.vulnerability().id();
                residual.add(new AnomalyModel.Residual(AnomalyModel.Kind.VULNERABILITY, v.subject(),
                        "vulnerability " + v.subject(), state.isEmpty() ? "no analysis state" : state, id,
                        evaluating(register, r -> r.vulnerabilities().contains(id))));
            }
        }
        Collections.sort(residual);
        return new AnomalyModel(register, residual);
    }

    /** @return {@code class#method} to its worst outcome (and first failure message) for tests that did not pass */
    private static Map<String, String> failingTests(TraceMatrix trace, UnitModel units) {
        Map<String, TestOutcome> worst = new TreeMap<>();
        Map<String, String> messages = new TreeMap<>();
        for (RequirementTrace row : trace.rows()) {
            for (VerifyingTest t : row.verifiedBy()) {
                if (!t.passed()) {
                    note(worst, messages, t.test().toString(), t.outcome(), t.message());
                }
            }
        }
        for (UnitVerification unit : units.units()) {
            for (TestCaseResult c : unit.tests()) {
                if (c.outcome() != TestOutcome.PASSED) {
                    String key = c.id();
                    int index = key.indexOf('[', key.indexOf('#'));
                    note(worst, messages, index < 0 ? key : key.substring(0, index), c.outcome(), c.message());
                }
            }
            unit.testClassesNotRun().forEach(cls -> note(worst, messages, cls, TestOutcome.NOT_RUN, ""));
        }
        Map<String, String> result = new TreeMap<>();
        worst.forEach((test, outcome) -> {
            String message = messages.getOrDefault(test, "");
            result.put(test, outcome.label() + (message.isEmpty() ? "" : " (" + message + ")"));
        });
        return result;
    }

    private static void note(Map<String, TestOutcome> worst, Map<String, String> messages, String test,
                             TestOutcome outcome, String message) {
        TestOutcome before = worst.get(test);
        if (before == null || outcome.worst(before) == outcome && outcome != before) {
            worst.put(test, outcome);
            messages.put(test, message == null ? "" : message);
        }
    }

    /** @return the record that evaluates the subject: an evaluated one referring to it, else the first referring */
    private static AnomalyRecord evaluating(AnomalyRegister register, Predicate<AnomalyRecord> refersTo) {
        AnomalyRecord first = null;
        for (AnomalyRecord r : register.records()) {
            if (refersTo.test(r)) {
                if (r.evaluated()) {
                    return r;
                }
                first = first == null ? r : first;
            }
        }
        return first;
    }
}
