package io.github.iec62304.core.evaluate.trace;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.RuleDefinition;
import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.link.SystemTrace;
import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.SafetyClass;

/**
 * TRACE-PARENT: when the catalog declares system requirements, every {@code parents} id of a software requirement names
 * a system requirement or another software requirement of the catalog (IEC 62304 5.1.1 c, 5.2.6: software requirements
 * trace to the system requirements they implement). All classes; the level follows the requirement's class.
 */
public final class ParentResolvesRule extends RuleDefinition {

    public ParentResolvesRule() {
        super("TRACE-PARENT", "5.1.1 c; 5.2.6",
                "Every parent id of a software requirement names a system requirement or a software requirement");
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return Level.ERROR;
    }

    @Override
    public String notApplicable(Evidence evidence) {
        return SystemRequirementsDeclared.whyNot(evidence);
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        String source = evidence.catalog().source();
        for (SystemTrace.UnresolvedParent u : evidence.trace().systems().unresolved()) {
            Requirement r = u.requirement();
            findings.report(r.effectiveClass(evidence.systemClass()), r.id(), "parents names " + u.parentId()
                    + ", which is neither a system requirement nor a software requirement in " + source + " (line "
                    + r.line() + "). Correct the id, or declare " + u.parentId() + " under systemRequirements.",
                    new Violation.Location(source, r.line()));
        }
    }
}
