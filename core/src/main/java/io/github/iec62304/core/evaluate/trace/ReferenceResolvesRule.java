package io.github.iec62304.core.evaluate.trace;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.RuleDefinition;
import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.model.CodeLink;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.SourceLine;

/** TRACE-DANGLING: every id in {@code @Implements} and {@code @Verifies} names a requirement of the catalog. */
public final class ReferenceResolvesRule extends RuleDefinition {

    public ReferenceResolvesRule() {
        super("TRACE-DANGLING", "5.1.1 c",
                "Every requirement id in @Implements and @Verifies exists in the catalog");
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return Level.ERROR;
    }

    /** @return where the annotation is in the sources, when the scan could tell */
    private static Violation.Location location(Evidence evidence, CodeLink link) {
        SourceLine s = evidence.scan().sourceLines().get(link.location());
        return s == null ? null : new Violation.Location(s.file(), s.line());
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        for (CodeLink link : evidence.trace().dangling()) {
            findings.report(evidence.systemClass(), link.location().toString(), link.kind().annotation() + "(\""
                    + link.requirementId() + "\") names no requirement in " + evidence.catalog().source()
                    + ". Correct the id or add the requirement to the catalog.", location(evidence, link));
        }
    }
}
