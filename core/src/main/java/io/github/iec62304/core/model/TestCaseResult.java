package io.github.iec62304.core.model;

import java.util.Comparator;
import java.util.List;

/**
 * The merged result of one test case, identified by class and name exactly as surefire/failsafe report it.
 *
 * @param className   the {@code classname} attribute, e.g. {@code com.acme.PumpTest$WhenOccluded}
 * @param name        the {@code name} attribute, e.g. {@code rejects(double)[2]}
 * @param outcome     worst outcome over all reports that contain this case
 * @param timeSeconds summed run time
 * @param reruns      failed attempts before a pass (flaky) or re-runs of a failing test
 * @param message     first line of the failure, error or skip message, or empty
 * @param sources     report files that contain this case, relative to the project
 */
public record TestCaseResult(String className, String name, TestOutcome outcome, double timeSeconds, int reruns,
                             String message, List<String> sources) implements Comparable<TestCaseResult> {

    private static final Comparator<TestCaseResult> ORDER =
            Comparator.comparing(TestCaseResult::className).thenComparing(TestCaseResult::name);

    public TestCaseResult {
        sources = List.copyOf(sources);
    }

    /** @return {@code true} for a test that passed only after failing attempts */
    public boolean isFlaky() {
        return outcome == TestOutcome.PASSED && reruns > 0;
    }

    /** @return {@code className#name} */
    public String displayName() {
        return className + "#" + name;
    }

    @Override
    public int compareTo(TestCaseResult other) {
        return ORDER.compare(this, other);
    }
}
