package io.github.iec62304.core.model;

import io.github.iec62304.core.model.release.TestKey;
import java.util.Comparator;
import java.util.List;

/**
 * The merged result of one test invocation: its class and name exactly as surefire/failsafe report them, and its
 * canonical identity, the same whatever surefire version reported it (see {@link TestKey}).
 *
 * @param className   the {@code classname} attribute, e.g. {@code com.acme.PumpTest$WhenOccluded}
 * @param name        the {@code name} attribute, e.g. {@code rejects(double)[2]}
 * @param outcome     worst outcome over all reports that contain this case
 * @param timeSeconds summed run time
 * @param reruns      failed attempts before a pass (flaky) or re-runs of a failing test
 * @param message     first line of the failure, error or skip message, or empty
 * @param sources     report files that contain this case, relative to the project
 * @param id          canonical test identity, e.g. {@code com.acme.PumpTest$WhenOccluded#rejects[2]}
 */
public record TestCaseResult(String className, String name, TestOutcome outcome, double timeSeconds, int reruns,
                             String message, List<String> sources, String id) implements Comparable<TestCaseResult> {

    private static final Comparator<TestCaseResult> ORDER = Comparator.comparing(TestCaseResult::className)
            .thenComparing(TestCaseResult::name).thenComparing(TestCaseResult::id);

    public TestCaseResult {
        sources = List.copyOf(sources);
    }

    /** A result whose identity is read from its reported name alone ({@link TestKey#of}). */
    public TestCaseResult(String className, String name, TestOutcome outcome, double timeSeconds, int reruns,
                          String message, List<String> sources) {
        this(className, name, outcome, timeSeconds, reruns, message, sources, TestKey.of(className, name));
    }

    /** @return this result with the given canonical identity */
    public TestCaseResult withId(String canonicalId) {
        return new TestCaseResult(className, name, outcome, timeSeconds, reruns, message, sources, canonicalId);
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
