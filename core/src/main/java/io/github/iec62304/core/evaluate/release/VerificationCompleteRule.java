package io.github.iec62304.core.evaluate.release;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.OutcomeRule;
import io.github.iec62304.core.evaluate.Violation;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** RELEASE-VERIFIED: a release build has no violation at ERROR level in any other rule (IEC 62304 5.8.1). */
public final class VerificationCompleteRule extends ReleaseRule implements OutcomeRule {

    public VerificationCompleteRule() {
        super("RELEASE-VERIFIED", "5.8.1", "Verification is complete: no other rule reports an error", false);
    }

    @Override
    public void check(Evidence evidence, List<Violation> earlier, Findings findings) {
        Map<String, Long> errors = new TreeMap<>(earlier.stream().filter(v -> v.level() == Level.ERROR)
                .collect(Collectors.groupingBy(Violation::ruleId, Collectors.counting())));
        long total = errors.values().stream().mapToLong(Long::longValue).sum();
        if (total > 0) {
            findings.report(evidence.systemClass(), evidence.release().subject(), total
                    + (total == 1 ? " violation at ERROR level remains (" : " violations at ERROR level remain (") + errors.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))
                    + "): verification is not complete.");
        }
    }
}
