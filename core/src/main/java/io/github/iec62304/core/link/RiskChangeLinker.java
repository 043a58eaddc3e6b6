package io.github.iec62304.core.link;

import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.release.Baseline;
import io.github.iec62304.core.model.release.ChangeLog;
import io.github.iec62304.core.model.release.ChangeRecord;
import io.github.iec62304.core.model.risk.Hazard;
import io.github.iec62304.core.model.risk.RiskControl;
import io.github.iec62304.core.model.risk.RiskFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares the risk extract with the previous release (IEC 62304 7.4.2, 7.4.3): a hazard added, removed or changed
 * (severity, the risk after external controls, causes, controls: each can change the class it demands or what controls
 * it; covered by {@code hazards:} of a change record), a control added, removed or changed
 * (title, kind, where it is implemented, its reference, the hazards it controls), and a requirement implementing a
 * control (then or now) whose title, text or controls changed, is a difference a change record of this release must
 * cover: {@code riskControls:} naming the control, or, for a requirement, {@code requirements:} naming it or
 * {@code riskControls:} naming one of its controls. A baseline without {@code risk-trace.json} recorded no control:
 * every control now counts as added, since nothing shows it was analysed before. Nothing is compared when neither
 * this build nor the baseline has a risk extract.
 */
public final class RiskChangeLinker {

    private RiskChangeLinker() {
    }

    /**
     * @param baseline    the previous release's evidence
     * @param file        the risk extract now (empty when the project has none)
     * @param trace       the requirements now
     * @param changes     the change records
     * @param version     the version being built
     * @param systemClass the class the differences are judged at
     * @return the differences, unsorted
     */
    public static List<RegressionModel.Difference> differences(Baseline baseline, RiskFile file, TraceMatrix trace,
                                                               ChangeLog changes, String version,
                                                               SafetyClass systemClass) {
        List<RegressionModel.Difference> list = new ArrayList<>();
        if (!file.declared() && !baseline.riskRecorded()) {
            return list; // no risk extract on either side: the catalog's riskControls are names, nothing to compare
        }
        Map<String, Baseline.BaselineControl> now = new HashMap<>();
        for (RiskControl c : file.controls()) {
            now.put(c.id(), facts(c, file));
        }
        String since = "baseline " + baseline.version();
        String absent = baseline.riskRecorded() ? null : "not recorded (the baseline has no risk-trace.json)";
        for (String id : new TreeSet<>(union(now.keySet(), baseline.riskControls().keySet()))) {
            Baseline.BaselineControl then = baseline.riskControls().get(id);
            Baseline.BaselineControl current = now.get(id);
            String what = then == null ? "is a risk control added since " + since + (absent == null ? ""
                    : ", which recorded no risk control (it has no risk-trace.json)")
                    : current == null ? "was a risk control (" + describe(then) + ") and has been removed since "
                    + since : changed(then, current, since);
            if (what == null) {
                continue;
            }
            list.add(new RegressionModel.Difference(RegressionModel.Kind.RISK, id, systemClass,
                    then == null ? absent : describe(then), current == null ? null : describe(current), what,
                    changes.find(version, r -> RegressionLinker.reason(r.riskControls(), id)).orElse(null)));
        }
        Map<String, Baseline.BaselineHazard> hazardsNow = new HashMap<>();
        file.hazards().forEach(h -> hazardsNow.put(h.id(), facts(h)));
        for (String id : new TreeSet<>(union(hazardsNow.keySet(), baseline.hazards().keySet()))) {
            Baseline.BaselineHazard then = baseline.hazards().get(id);
            Baseline.BaselineHazard current = hazardsNow.get(id);
            String what = then == null ? "is a hazard added since " + since + (absent == null ? ""
                    : ", which recorded no hazard (it has no risk-trace.json)")
                    : current == null ? "was a hazard (severity " + then.severity() + ") and has been removed since "
                    + since : changed(then, current, since);
            if (what == null) {
                continue;
            }
            list.add(new RegressionModel.Difference(RegressionModel.Kind.RISK, id, systemClass,
                    then == null ? absent : "severity " + then.severity(), current == null ? null
                    : "severity " + current.severity(), what,
                    changes.find(version, r -> RegressionLinker.reason(r.hazards(), id)).orElse(null)));
        }
        Map<String, Requirement> requirements = new HashMap<>();
        trace.rows().forEach(r -> requirements.put(r.requirement().id(), r.requirement()));
        TreeSet<String> ids = new TreeSet<>();
        requirements.values().stream().filter(r -> !r.riskControls().isEmpty()).forEach(r -> ids.add(r.id()));
        baseline.requirements().forEach((id, r) -> {
            if (!r.riskControls().isEmpty()) {
                ids.add(id);
            }
        });
        for (String id : ids) {
            Baseline.BaselineRequirement then = baseline.requirements().get(id);
            Requirement current = requirements.get(id);
            TreeSet<String> controls = new TreeSet<>(current == null ? List.of() : current.riskControls());
            controls.addAll(then == null ? List.of() : then.riskControls());
            String implementing = "a requirement implementing " + String.join(", ", controls);
            String what = then == null ? "is " + implementing + " added since " + since
                    : current == null ? "was " + implementing + " and has been removed since " + since
                    : changed(then, current, since);
            if (what == null) {
                continue;
            }
            what = what.replace("{what}", implementing);
            list.add(new RegressionModel.Difference(RegressionModel.Kind.RISK, id, systemClass,
                    then == null ? null : "implements " + String.join(", ", then.riskControls()),
                    current == null ? null : "implements " + String.join(", ", current.riskControls()), what,
                    changes.find(version, r -> RegressionLinker.reason(r.requirements(), id)
                            .or(() -> controls.stream().map(c -> RegressionLinker.reason(r.riskControls(), c))
                                    .flatMap(Optional::stream).findFirst())).orElse(null)));
        }
        return list;
    }

    /** @return the control as the bundle records it (labels as in risks.yaml, hazards sorted) */
    public static Baseline.BaselineControl facts(RiskControl c, RiskFile file) {
        return new Baseline.BaselineControl(c.title(), c.kind().label(), c.implementedIn().label(), c.reference(),
                file.hazards().stream().filter(h -> h.controls().contains(c.id())).map(Hazard::id).toList());
    }

    /** @return the hazard as the bundle records it, as far as a change of it is judged */
    public static Baseline.BaselineHazard facts(Hazard h) {
        List<String> causes = new ArrayList<>();
        for (Hazard.Cause c : h.causes()) {
            causes.add(c.item() != null ? "item " + c.item() : c.soup() != null ? "soup " + c.soup()
                    : "notSoftware " + c.notSoftware());
        }
        return new Baseline.BaselineHazard(h.severity(), h.afterExternal(), causes, h.controls());
    }

    private static String changed(Baseline.BaselineHazard then, Baseline.BaselineHazard now, String since) {
        List<String> fields = new ArrayList<>();
        compare(fields, "severity", then.severity(), now.severity());
        compare(fields, "afterExternal", then.afterExternal(), now.afterExternal());
        compare(fields, "causes", String.join(", ", then.causes()), String.join(", ", now.causes()));
        compare(fields, "controls", String.join(", ", then.controls()), String.join(", ", now.controls()));
        return fields.isEmpty() ? null : "is a hazard changed since " + since + ": " + String.join("; ", fields);
    }

    private static String changed(Baseline.BaselineControl then, Baseline.BaselineControl now, String since) {
        List<String> fields = new ArrayList<>();
        compare(fields, "title", then.title(), now.title());
        compare(fields, "kind", then.kind(), now.kind());
        compare(fields, "implementedIn", then.implementedIn(), now.implementedIn());
        compare(fields, "reference", then.reference(), now.reference());
        compare(fields, "hazards", String.join(", ", then.hazards()), String.join(", ", now.hazards()));
        return fields.isEmpty() ? null
                : "is a risk control changed since " + since + ": " + String.join("; ", fields);
    }

    private static String changed(Baseline.BaselineRequirement then, Requirement now, String since) {
        List<String> fields = new ArrayList<>();
        if (then.title() != null) {
            compare(fields, "title", then.title(), now.title());
        }
        if (then.text() != null) {
            compare(fields, "text", then.text(), now.text());
        }
        compare(fields, "riskControls", String.join(", ", new TreeSet<>(then.riskControls())),
                String.join(", ", new TreeSet<>(now.riskControls())));
        return fields.isEmpty() ? null : "is {what} changed since " + since + ": " + String.join("; ", fields);
    }

    private static void compare(List<String> fields, String name, String then, String now) {
        if (!Objects.equals(then, now)) {
            fields.add(name + " '" + (then == null ? "" : then) + "' -> '" + (now == null ? "" : now) + "'");
        }
    }

    private static String describe(Baseline.BaselineControl c) {
        return c.implementedIn() + " " + c.kind() + " of " + (c.hazards().isEmpty() ? "no hazard"
                : String.join(", ", c.hazards()));
    }


    private static <T> List<T> union(java.util.Collection<T> a, java.util.Collection<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
