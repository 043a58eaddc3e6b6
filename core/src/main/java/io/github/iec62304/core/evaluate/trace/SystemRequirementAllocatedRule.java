package io.github.iec62304.core.evaluate.trace;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.RuleDefinition;
import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.link.SystemRequirementTrace;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.SystemRequirement;
import java.util.stream.Collectors;

/**
 * TRACE-SYSTEM: every declared system requirement either has software requirements derived from it, or says where it
 * is met outside the software ({@code notSoftware}), never both (IEC 62304 5.1.1 c, 5.2.1, 5.2.6). A system requirement
 * whose derived requirements are not verified is shown as NOT_VERIFIED in the evidence but is no finding here: the
 * software requirement's own TRACE-TESTED or TRACE-PASSED finding already names the test. Level by the system's class.
 */
public final class SystemRequirementAllocatedRule extends RuleDefinition {

    public SystemRequirementAllocatedRule() {
        super("TRACE-SYSTEM", "5.1.1 c; 5.2.1; 5.2.6",
                "Every system requirement has a software requirement derived from it, or is marked notSoftware");
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
        for (SystemRequirementTrace row : evidence.trace().systems().rows()) {
            SystemRequirement s = row.requirement();
            if (row.status() == SystemRequirementTrace.Status.NO_SOFTWARE_REQUIREMENT) {
                findings.report(evidence.systemClass(), s.id(), "\"" + s.title() + "\" has no software requirement: "
                        + "no requirement in " + source + " names it in parents. Add " + s.id() + " to the parents "
                        + "of the requirements that implement it, or, if it is met outside the software, say where "
                        + "with notSoftware (line " + s.line() + ").", new Violation.Location(source, s.line()));
            } else if (s.markedNotSoftware() && !row.derived().isEmpty()) {
                findings.report(evidence.systemClass(), s.id(), "\"" + s.title() + "\" is marked notSoftware (\""
                        + s.notSoftware() + "\", line " + s.line() + "), but " + row.derived().stream()
                        .map(r -> r.requirement().id()).collect(Collectors.joining(", ")) + " derive from it. "
                        + "Remove notSoftware if the software implements part of it, or correct those parents.",
                        new Violation.Location(source, s.line()));
            }
        }
    }
}
