package io.github.iec62304.core.model;

/**
 * Outcome of a test in this build, ordered from best to worst so that the worst of several invocations
 * (parameterized or repeated tests) wins.
 */
public enum TestOutcome {
    /** Passed (possibly after flaky re-runs, which the test record notes). */
    PASSED,
    /** Disabled, or aborted by an assumption. */
    SKIPPED,
    /** An assertion failed. */
    FAILED,
    /** The test threw an unexpected exception. */
    ERROR,
    /** No result for this test in any report: it did not run in this build. */
    NOT_RUN;

    /** @return the worse of the two outcomes */
    public TestOutcome worst(TestOutcome other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** @return how the outcome reads in messages, e.g. {@code NOT RUN} */
    public String label() {
        return name().replace('_', ' ');
    }
}
