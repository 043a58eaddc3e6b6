package io.github.iec62304.core.read.surefire;

import io.github.iec62304.core.model.TestOutcome;

/** One {@code <testcase>} element of one report file, before merging. */
record ReportedCase(String className, String name, TestOutcome outcome, double timeSeconds, int reruns,
                    String message, String source) {
}
