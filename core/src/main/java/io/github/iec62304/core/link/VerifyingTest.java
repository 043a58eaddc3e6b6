package io.github.iec62304.core.link;

import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.TestOutcome;
import java.util.List;

/**
 * A test that verifies a requirement, with its result in this build.
 *
 * @param test               the test method (or the test class, when the class declares no recognisable test
 *                           methods)
 * @param outcome            worst outcome of all its invocations, NOT_RUN when no report has it
 * @param invocations        how many reported test cases it matched (parameterized and repeated tests have many)
 * @param reruns             flaky or failing re-runs over all invocations
 * @param message            first line of the worst failure, or empty
 * @param reportedOtherwise  for NOT_RUN: the reports do hold results for its class under names that are no test
 *                           method's (the "phrased" reporter or display names), so it may have run unrecognised
 * @param sources            report files it was found in
 */
public record VerifyingTest(CodeLocation test, TestOutcome outcome, int invocations, int reruns, String message,
                            boolean reportedOtherwise, List<String> sources) implements Comparable<VerifyingTest> {

    public VerifyingTest {
        sources = List.copyOf(sources);
    }

    /** @return {@code true} when the test ran and passed (possibly after flaky re-runs) */
    public boolean passed() {
        return outcome == TestOutcome.PASSED;
    }

    @Override
    public int compareTo(VerifyingTest other) {
        return test.compareTo(other.test);
    }
}
