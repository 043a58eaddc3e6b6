package io.github.iec62304.core.write;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.link.RequirementTrace;
import io.github.iec62304.core.link.RiskModel;
import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.SoftwareItem;
import io.github.iec62304.core.model.risk.Hazard;
import io.github.iec62304.core.model.risk.RiskFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The risk chain hazard -> cause -> control -> requirement -> implementing code -> tests as the evidence files show
 * it, derived from the linked {@link Evidence}: the status of each control, the item and class of each cause and
 * implementation, the hazards behind each requirement. Read-only; the files of the bundle share it.
 */
final class RiskChain {

    /** What the evidence says of a risk control. */
    enum ControlStatus {
        /** Implemented in this software, and every requirement implementing it is VERIFIED in this build. */
        VERIFIED,
        /** Implemented in this software, and a requirement implementing it is not VERIFIED. */
        NOT_VERIFIED,
        /** Implemented in this software, but no requirement names it in {@code riskControls}. */
        NO_REQUIREMENT,
        /** Implemented in hardware or outside the system: verified where its reference says. */
        NOT_SOFTWARE
    }

    private final Evidence evidence;
    private final Map<String, RiskModel.ControlTrace> controls = new LinkedHashMap<>();

    private RiskChain(Evidence evidence) {
        this.evidence = evidence;
        evidence.risks().controls().forEach(c -> controls.put(c.control().id(), c));
    }

    static RiskChain of(Evidence evidence) {
        return new RiskChain(evidence);
    }

    /** @return whether the project declared a risk extract (else the bundle has no risk files and no risk columns) */
    boolean declared() {
        return file().declared();
    }

    RiskFile file() {
        return evidence.risks().file();
    }

    RiskModel model() {
        return evidence.risks();
    }

    /** @return the controls, in file order, each with its hazards and requirements */
    List<RiskModel.ControlTrace> controls() {
        return List.copyOf(controls.values());
    }

    /** @return the control of this id, or {@code null} when the linker has none (a dangling id) */
    RiskModel.ControlTrace control(String id) {
        return controls.get(id);
    }

    static ControlStatus status(RiskModel.ControlTrace c) {
        if (!c.control().inSoftware()) {
            return ControlStatus.NOT_SOFTWARE;
        }
        if (c.requirements().isEmpty()) {
            return ControlStatus.NO_REQUIREMENT;
        }
        return c.verified() ? ControlStatus.VERIFIED : ControlStatus.NOT_VERIFIED;
    }

    /** @return the class the hazard demands (4.3), or {@code null} when its severity is not on the scale */
    SafetyClass demandedClass(Hazard hazard) {
        return file().scale().severity(hazard.severity()).isEmpty() ? null : file().demandedClass(hazard);
    }

    /** @return the item of architecture.yaml with this id */
    Optional<SoftwareItem> item(String id) {
        return evidence.units().architecture().items().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** @return the item that owns the class, if exactly one does */
    Optional<SoftwareItem> itemOf(String className) {
        return evidence.units().itemOf(className);
    }

    /** @return the class governing the item: its own, else the system's */
    SafetyClass classOf(SoftwareItem item) {
        return item.effectiveClass(evidence.systemClass());
    }

    /** @return the ids of the hazards controlled by the requirement's risk controls, in file order */
    List<String> hazardsOf(Requirement requirement) {
        return file().hazards().stream().filter(h -> h.controls().stream()
                .anyMatch(requirement.riskControls()::contains)).map(Hazard::id).toList();
    }

    /** @return how many of the requirement's verifying tests passed */
    static long passed(RequirementTrace row) {
        return row.verifiedBy().stream().filter(t -> t.passed()).count();
    }
}
