package io.github.iec62304.core.validation;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A verdict with its exact set of findings: what a case expects, or what the check reported.
 *
 * @param verdict    the verdict
 * @param findings   every violation (rule, level, subject); an extra or a missing one is a difference
 * @param buildError for {@link Verdict#BUILD_ERROR} (and {@link Verdict#DEFECT}): the message, or a text the
 *                   expected message must contain; otherwise {@code null}
 * @param log        what the check reported, one line per violation as the build log shows it (empty for an expected
 *                   outcome): not compared, shown in the record so a reviewer reads what the tool said
 */
public record Outcome(Verdict verdict, SortedSet<Finding> findings, String buildError, java.util.List<String> log) {

    public Outcome {
        findings = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(findings));
        log = java.util.List.copyOf(log);
    }

    /** @return an outcome of these findings */
    public static Outcome of(Verdict verdict, Set<Finding> findings, String buildError) {
        return new Outcome(verdict, new TreeSet<>(findings), buildError, java.util.List.of());
    }

    /**
     * @param actual what the check reported
     * @return every difference between this expected outcome and {@code actual}, one line each (none: they agree)
     */
    public java.util.List<String> differences(Outcome actual) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (verdict != actual.verdict) {
            out.add("verdict " + actual.verdict.label() + ", expected " + verdict.label()
                    + (actual.buildError == null ? "" : " (" + actual.buildError + ")"));
        }
        if (verdict == Verdict.BUILD_ERROR && actual.verdict == Verdict.BUILD_ERROR && buildError != null
                && !actual.buildError.contains(buildError)) {
            out.add("build error '" + actual.buildError + "' does not contain the expected '" + buildError + "'");
        }
        for (Finding f : findings) {
            if (!actual.findings.contains(f)) {
                out.add("missing violation: " + f);
            }
        }
        for (Finding f : actual.findings) {
            if (!findings.contains(f)) {
                out.add("unexpected violation: " + f);
            }
        }
        return out;
    }
}
