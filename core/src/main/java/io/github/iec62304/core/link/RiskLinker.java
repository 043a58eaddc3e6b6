package io.github.iec62304.core.link;

import io.github.iec62304.core.model.Architecture;
import io.github.iec62304.core.model.SoftwareItem;
import io.github.iec62304.core.model.risk.Hazard;
import io.github.iec62304.core.model.risk.RiskControl;
import io.github.iec62304.core.model.risk.RiskFile;
import io.github.iec62304.core.model.soup.SoupEntry;
import io.github.iec62304.core.model.soup.SoupRegister;
import java.util.ArrayList;
import java.util.List;

/**
 * Links the risk extract to the other registers (IEC 62304 7.3.3): every {@code riskControls} id of the catalog is a
 * control of the extract, every item a hazard names as its cause is an item of the architecture, every SOUP it names
 * is a register entry, every hazard a SOUP entry names is a hazard of the extract; and every control gets the
 * requirements that implement it, with their verification in this build.
 */
public final class RiskLinker {

    private RiskLinker() {
    }

    /**
     * @param file         the risk extract
     * @param trace        the trace matrix (requirements with their verification)
     * @param architecture the items
     * @param register     the SOUP register, or {@code null} when the SOUP gate did not read it
     */
    public static RiskModel link(RiskFile file, TraceMatrix trace, Architecture architecture, SoupRegister register) {
        if (!file.declared()) {
            return new RiskModel(file, List.of(), List.of());
        }
        List<RiskModel.Dangling> dangling = new ArrayList<>();
        String controlsIn = file.source() + " (controls:)";
        for (RequirementTrace row : trace.rows()) {
            for (String id : row.requirement().riskControls()) {
                if (file.control(id).isEmpty()) {
                    dangling.add(new RiskModel.Dangling(row.requirement().id(), "riskControls", id, "risk control",
                            controlsIn));
                }
            }
        }
        for (Hazard h : file.hazards()) {
            for (Hazard.Cause c : h.causes()) {
                if (c.item() != null && architecture.items().stream().map(SoftwareItem::id)
                        .noneMatch(c.item()::equals)) {
                    dangling.add(new RiskModel.Dangling(h.id(), "causes", c.item(), "software item",
                            architecture.source() == null ? "architecture.yaml (items:)" : architecture.source()
                                    + " (items:)"));
                }
                if (c.soup() != null && register != null && register.entries().stream()
                        .noneMatch(e -> e.namedBy(c.soup()))) {
                    dangling.add(new RiskModel.Dangling(h.id(), "causes", c.soup(), "SOUP",
                            register.source()));
                }
            }
        }
        if (register != null) {
            for (SoupEntry e : register.entries()) {
                for (String hazard : e.risk() == null ? List.<String>of() : e.risk().hazards()) {
                    if (file.hazard(hazard).isEmpty()) {
                        dangling.add(new RiskModel.Dangling(e.key(), "risk.hazards", hazard, "hazard",
                                file.source() + " (hazards:)"));
                    }
                }
            }
        }
        List<RiskModel.ControlTrace> controls = new ArrayList<>();
        for (RiskControl c : file.controls()) {
            controls.add(new RiskModel.ControlTrace(c, file.hazards().stream()
                    .filter(h -> h.controls().contains(c.id())).toList(), trace.rows().stream()
                    .filter(r -> r.requirement().riskControls().contains(c.id())).toList()));
        }
        return new RiskModel(file, controls, dangling);
    }
}
