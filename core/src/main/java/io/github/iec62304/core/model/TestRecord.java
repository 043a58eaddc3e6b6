package io.github.iec62304.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every test case reported by surefire and failsafe in this build, merged by class and name across all report
 * files (file and suite names are not trusted: several surefire versions put results in the wrong file).
 * Immutable.
 */
public final class TestRecord {

    private final List<TestCaseResult> cases;
    private final List<InputFile> inputs;
    private final Map<String, String> staleReports;
    private final Map<String, List<TestCaseResult>> byClass = new HashMap<>();

    /**
     * @param cases        merged test cases, one per class and name
     * @param inputs       the report files read, each with the digest of its own test results (see
     *                     {@link InputFile.DigestOf#TEST_RESULTS})
     * @param staleReports test class name to the ignored report that holds its results but is older than the
     *                     compiled classes (written before the last compilation)
     */
    public TestRecord(List<TestCaseResult> cases, List<InputFile> inputs, Map<String, String> staleReports) {
        this.staleReports = Map.copyOf(staleReports);
        List<TestCaseResult> sorted = new ArrayList<>(cases);
        Collections.sort(sorted);
        this.cases = List.copyOf(sorted);
        this.inputs = List.copyOf(inputs);
        for (TestCaseResult c : this.cases) {
            byClass.computeIfAbsent(c.className(), k -> new ArrayList<>()).add(c);
        }
    }

    /** @return all test cases, sorted by class and name */
    public List<TestCaseResult> cases() {
        return cases;
    }

    /** @return the report files read, each with the digest of its own test results */
    public List<InputFile> inputs() {
        return inputs;
    }

    /** @return the cases reported for exactly that class name */
    public List<TestCaseResult> casesOf(String className) {
        return byClass.getOrDefault(className, List.of());
    }

    /** @return test class name to the stale report that was ignored for it */
    public Map<String, String> staleReports() {
        return staleReports;
    }

    /** @return the class names that have results */
    public java.util.Set<String> classNames() {
        return Collections.unmodifiableSet(byClass.keySet());
    }
}
