package io.github.iec62304.core.link;

import io.github.iec62304.core.model.risk.Hazard;
import io.github.iec62304.core.model.risk.RiskControl;
import io.github.iec62304.core.model.risk.RiskFile;
import java.util.List;

/**
 * The risk extract linked to the catalog, the trace matrix and the architecture: for every risk control, the
 * requirements that implement it and their verification in this build, and every id that names nothing.
 *
 * @param file     the risk extract as read
 * @param controls every control with the hazards it controls and the requirements that implement it, in file order
 * @param dangling ids named somewhere that the risk extract or the other registers do not have
 */
public record RiskModel(RiskFile file, List<ControlTrace> controls, List<Dangling> dangling) {

    public RiskModel {
        controls = List.copyOf(controls);
        dangling = List.copyOf(dangling);
    }

    /** @return a model of a project without a risk extract */
    public static RiskModel none(String source) {
        return new RiskModel(RiskFile.empty(source), List.of(), List.of());
    }

    /**
     * A risk control with what it controls and what implements it.
     *
     * @param control      the control
     * @param hazards      the hazards whose controls name it
     * @param requirements the trace rows of the requirements whose {@code riskControls} name it
     */
    public record ControlTrace(RiskControl control, List<Hazard> hazards, List<RequirementTrace> requirements) {

        public ControlTrace {
            hazards = List.copyOf(hazards);
            requirements = List.copyOf(requirements);
        }

        /** @return whether this software implements it and every requirement implementing it is VERIFIED */
        public boolean verified() {
            return !requirements.isEmpty() && requirements.stream()
                    .allMatch(r -> r.status() == RequirementTrace.Status.VERIFIED);
        }
    }

    /**
     * An id that names nothing.
     *
     * @param subject what names it: a requirement id, a hazard id or a SOUP register key
     * @param field   the field that names it, e.g. {@code riskControls}
     * @param id      the id
     * @param kind    what it should be: {@code risk control}, {@code hazard}, {@code software item}, {@code SOUP}
     * @param in      where it should be declared, e.g. {@code src/iec62304/risks.yaml (controls:)}
     */
    public record Dangling(String subject, String field, String id, String kind, String in) {
    }
}
