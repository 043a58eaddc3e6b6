package io.github.iec62304.core.link;

import io.github.iec62304.core.model.Counter;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.TestRecord;
import io.github.iec62304.core.model.release.Baseline;
import io.github.iec62304.core.model.release.ChangeLog;
import io.github.iec62304.core.model.release.ChangeRecord;
import io.github.iec62304.core.model.release.SoupKey;
import io.github.iec62304.core.model.release.TestKey;
import io.github.iec62304.core.model.soup.SoupEntry;
import io.github.iec62304.core.model.verification.VerificationMethod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares this build with the baseline: tests that passed then and don't now, requirements verified then and
 * not now (or removed) or whose verification plan dropped a method, class C units whose coverage fell, and SOUP added, removed or changed in version; each
 * difference carries the change record of this release that justifies it, if any. One pass over each side, joined
 * by key: linear in the number of tests, requirements, units and components.
 */
public final class RegressionLinker {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** How a REQUIREMENT difference's before and now name a verification plan: {@code verification [test]}. */
    public static final String PLAN = "verification ";

    /** How a REQUIREMENT difference's detail names the methods dropped from its plan. */
    public static final String DROPPED = "dropped from its verification plan: ";

    private RegressionLinker() {
    }

    /**
     * @param baseline   the previous release's evidence
     * @param version    the project version being built
     * @param changes    the change records
     * @param tolerance  how far (ratio) a unit's coverage may fall
     * @param systemClass the system's class (the level of test findings)
     */
    public static RegressionModel link(Baseline baseline, String version, ChangeLog changes, BigDecimal tolerance,
                                       SafetyClass systemClass, TestRecord tests, TraceMatrix trace, UnitModel units,
                                       SoupModel soup) {
        List<RegressionModel.Difference> differences = new ArrayList<>();
        Map<String, TestCaseResult> now = testsNow(tests);
        Map<String, TestCaseResult> nowByMethod = new HashMap<>();
        now.forEach((key, c) -> nowByMethod.merge(TestKey.withoutIndex(key), c, RegressionLinker::worse));
        int added = 0;
        for (String key : now.keySet()) {
            added += baseline.tests().containsKey(key) || baseline.tests().containsKey(TestKey.withoutIndex(key))
                    ? 0 : 1;
        }
        for (Map.Entry<String, String> then : new TreeMap<>(baseline.tests()).entrySet()) {
            if (!then.getValue().equals(TestOutcome.PASSED.name())) {
                continue;
            }
            TestCaseResult current = current(then.getKey(), now, nowByMethod);
            if (current == null || current.outcome() != TestOutcome.PASSED) {
                String key = then.getKey();
                differences.add(new RegressionModel.Difference(RegressionModel.Kind.TEST, key, systemClass,
                        TestOutcome.PASSED.name(), current == null ? "GONE" : current.outcome().name(),
                        current == null ? "" : current.message(), changes.find(version, r -> testReason(r, key))
                        .orElse(null)));
            }
        }
        Map<String, RequirementTrace> rows = new HashMap<>();
        trace.rows().forEach(r -> rows.put(r.requirement().id(), r));
        int requirementsAdded = (int) rows.keySet().stream().filter(id -> !baseline.requirements().containsKey(id))
                .count();
        for (Map.Entry<String, Baseline.BaselineRequirement> then : new TreeMap<>(baseline.requirements()).entrySet()) {
            String id = then.getKey();
            RequirementTrace row = rows.get(id);
            boolean wasVerified = then.getValue().status().equals(RequirementTrace.Status.VERIFIED.name());
            if (row == null || wasVerified && row.status() != RequirementTrace.Status.VERIFIED) {
                differences.add(new RegressionModel.Difference(RegressionModel.Kind.REQUIREMENT, id,
                        row == null ? then.getValue().safetyClass() : row.safetyClass(), then.getValue().status(),
                        row == null ? "REMOVED" : row.status().name(), "",
                        changes.find(version, r -> reason(r.requirements(), id)).orElse(null)));
            } else {
                plan(then.getValue(), row).ifPresent(dropped -> differences.add(new RegressionModel.Difference(
                        RegressionModel.Kind.REQUIREMENT, id, row.safetyClass(),
                        PLAN + plan(then.getValue().verification()), PLAN + plan(labels(row)),
                        DROPPED + String.join(", ", dropped),
                        changes.find(version, r -> reason(r.requirements(), id)).orElse(null))));
            }
        }
        differences.addAll(coverage(baseline, version, changes, tolerance, units));
        String soupNote = soupNote(baseline, soup);
        if (soup.sbom() != null) {
            differences.addAll(soup(baseline, version, changes, soup, systemClass));
        }
        Collections.sort(differences);
        return new RegressionModel(baseline, null, ChangeLog.releaseOf(version), changes, tolerance, soupNote,
                new RegressionModel.Summary(count(baseline.tests().values(), TestOutcome.PASSED.name()), now.size(),
                        added, count(baseline.requirements().values().stream().map(Baseline.BaselineRequirement::status)
                        .toList(), RequirementTrace.Status.VERIFIED.name()), requirementsAdded), differences);
    }

    /**
     * @return the methods of the baseline's verification plan that this build's plan no longer names; empty when
     *         none was dropped (a method added is no difference), or when the baseline predates plans (its bundle
     *         has no {@code verification}: the reader keeps that as unknown, so nothing is compared)
     */
    private static Optional<List<String>> plan(Baseline.BaselineRequirement then, RequirementTrace row) {
        if (then.verification() == null) {
            return Optional.empty();
        }
        List<String> now = labels(row);
        List<String> dropped = then.verification().stream().map(RegressionLinker::label)
                .filter(m -> !now.contains(m)).distinct().toList();
        return dropped.isEmpty() ? Optional.empty() : Optional.of(dropped);
    }

    private static List<String> labels(RequirementTrace row) {
        return row.requirement().verification().stream().map(VerificationMethod::label).toList();
    }

    /** @return the method's label as this version writes it ({@code Manual-Test} as {@code manual-test}) */
    private static String label(String method) {
        return VerificationMethod.of(method).map(VerificationMethod::label).orElse(method);
    }

    /** @return {@code [test, manual-test]} */
    private static String plan(List<String> methods) {
        return methods.stream().map(RegressionLinker::label).toList().toString();
    }

    /** @return how many of the values are {@code value}: the summary counts what the baseline passed or verified */
    private static int count(java.util.Collection<String> values, String value) {
        return (int) values.stream().filter(value::equals).count();
    }

    /** @return this build's test cases by canonical identity; two cases of one identity keep the worst outcome */
    private static Map<String, TestCaseResult> testsNow(TestRecord tests) {
        Map<String, TestCaseResult> now = new HashMap<>();
        for (TestCaseResult c : tests.cases()) {
            now.merge(c.id(), c, RegressionLinker::worse);
        }
        return now;
    }

    private static TestCaseResult worse(TestCaseResult a, TestCaseResult b) {
        return a.outcome().worst(b.outcome()) == a.outcome() ? a : b;
    }

    /**
     * @return this build's result for a baseline identity: the same identity; for {@code class#method} written
     *         without an index by an older version that collapsed invocations (repetitions in surefire 3.0-3.4,
     *         TestNG rows), the worst of the method's invocations now; for {@code class#method[1]}, the method
     *         now run once; otherwise none (the test is gone)
     */
    private static TestCaseResult current(String key, Map<String, TestCaseResult> now,
                                          Map<String, TestCaseResult> nowByMethod) {
        TestCaseResult same = now.get(key);
        if (same != null) {
            return same;
        }
        String method = TestKey.withoutIndex(key);
        if (method.equals(key)) {
            return nowByMethod.get(key);
        }
        return key.equals(method + "[1]") ? now.get(method) : null;
    }

    /** @return the rationale of the record's {@code tests:} entry that names the test (itself or its class) */
    static Optional<String> testReason(ChangeRecord record, String key) {
        return record.tests().stream().filter(ref -> TestKey.matches(key, ref.ref())).findFirst()
                .map(ChangeRecord.Reference::rationale);
    }

    /** @return the rationale of the reference that names the id */
    static Optional<String> reason(List<ChangeRecord.Reference> refs, String id) {
        return refs.stream().filter(ref -> ref.ref().equals(id)).findFirst().map(ChangeRecord.Reference::rationale);
    }

    private static List<RegressionModel.Difference> coverage(Baseline baseline, String version, ChangeLog changes,
                                                             BigDecimal tolerance, UnitModel units) {
        List<RegressionModel.Difference> list = new ArrayList<>();
        for (UnitVerification unit : units.units()) {
            Baseline.BaselineUnit then = baseline.units().get(unit.id());
            if (then == null || !unit.hasCode()) {
                continue;
            }
            List<String> fell = new ArrayList<>();
            if (fell(then.lines(), unit.lines(), tolerance)) {
                fell.add("line coverage fell from " + percent(then.lines()) + " to " + percent(unit.lines()));
            }
            if (fell(then.branches(), unit.branches(), tolerance)) {
                fell.add("branch coverage fell from " + percent(then.branches()) + " to "
                        + percent(unit.branches()));
            }
            if (!fell.isEmpty()) {
                list.add(new RegressionModel.Difference(RegressionModel.Kind.UNIT_COVERAGE, unit.id(),
                        unit.safetyClass(), coverage(then.lines(), then.branches()),
                        coverage(unit.lines(), unit.branches()), String.join(" and ", fell),
                        changes.find(version, r -> reason(r.units(), unit.id())).orElse(null)));
            }
        }
        return list;
    }

    /** @return {@code true} when the ratio fell by more than the tolerance (exact arithmetic) */
    static boolean fell(Counter then, Counter now, BigDecimal tolerance) {
        if (then.total() == 0) {
            return false; // nothing was measured then: no fall to speak of
        }
        BigDecimal before = ratio(then);
        BigDecimal after = ratio(now);
        return before.subtract(after).compareTo(tolerance) > 0;
    }

    private static BigDecimal ratio(Counter c) {
        return c.total() == 0 ? BigDecimal.ONE
                : BigDecimal.valueOf(c.covered()).divide(BigDecimal.valueOf(c.total()), 10, java.math.RoundingMode.DOWN);
    }

    /** @return {@code lines 95.00%, branches 90.00%} */
    static String coverage(Counter lines, Counter branches) {
        return "lines " + percent(lines) + ", branches " + percent(branches);
    }

    static String percent(Counter c) {
        return ratio(c).multiply(HUNDRED).setScale(2, java.math.RoundingMode.DOWN).toPlainString() + "%";
    }

    private static String soupNote(Baseline baseline, SoupModel soup) {
        if (soup.sbom() == null) {
            return "SOUP not compared: this build read no SBOM (its SOUP rules are off)";
        }
        return baseline.soup() == null ? "the baseline recorded no SBOM (its SOUP gate was off): every shipped SOUP "
                + "counts as added" : null;
    }

    private static List<RegressionModel.Difference> soup(Baseline baseline, String version, ChangeLog changes,
                                                         SoupModel soup, SafetyClass systemClass) {
        Map<String, String> now = new TreeMap<>();
        for (SoupModel.Component c : soup.shipped()) {
            now.put(SoupKey.component(c.component().group(), c.component().name()), nonNull(c.component().version()));
        }
        for (SoupEntry e : soup.runtime()) {
            now.put(SoupKey.runtime(e.runtime()), nonNull(e.version()));
        }
        Map<String, String> then = baseline.soup() == null ? Map.of() : baseline.soup();
        Set<String> keys = new TreeSet<>(now.keySet());
        keys.addAll(then.keySet());
        List<RegressionModel.Difference> list = new ArrayList<>();
        for (String key : keys) {
            String before = then.get(key);
            String after = now.get(key);
            if (before != null && before.equals(after)) {
                continue;
            }
            String analysed = after == null ? "removed" : after;
            list.add(new RegressionModel.Difference(RegressionModel.Kind.SOUP, key, systemClass, before, after, "",
                    changes.find(version, r -> r.soup().stream().filter(s -> s.component().equals(key)
                            && s.version().toLowerCase(Locale.ROOT).equals(analysed.toLowerCase(Locale.ROOT)))
                            .findFirst().map(ChangeRecord.SoupChange::analysis)).orElse(null)));
        }
        return list;
    }

    private static String nonNull(String version) {
        return version == null ? "" : version;
    }
}
