package io.github.iec62304.core.link;

import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.Fingerprint;
import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.release.Baseline;
import io.github.iec62304.core.model.release.ChangeLog;
import io.github.iec62304.core.model.release.ChangeRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What changed since the baseline beyond outcomes (IEC 62304 7.4.2, 7.4.3, 8.2): requirements whose meaning changed
 * (title, text or risk controls)
 * (their verification is suspect until a change record says the tests were reviewed), verifying tests that no longer
 * verify a requirement they verified, and the units whose code changed, with the requirements, risk controls and tests
 * they touch. Every difference carries the change record of this release that covers it, if any.
 */
public final class ChangeLinker {

    private ChangeLinker() {
    }

    /**
     * @param regression the regression model with its baseline
     * @param trace      the requirements now
     * @param units      the units now
     * @param scan       the class files now (their fingerprints)
     * @param version    the version being built
     * @return the regression model with the new differences and the change impact
     */
    public static RegressionModel link(RegressionModel regression, TraceMatrix trace, UnitModel units, CodeScan scan,
                                       String version) {
        Baseline baseline = regression.baseline();
        if (baseline == null) {
            return regression;
        }
        ChangeLog changes = regression.changes();
        List<RegressionModel.Difference> differences = new ArrayList<>();
        String since = "baseline " + baseline.version();
        for (RequirementTrace row : trace.rows()) {
            Baseline.BaselineRequirement then = baseline.requirements().get(row.requirement().id());
            if (then != null) {
                suspect(row, then, since, changes, version).ifPresent(differences::add);
                differences.addAll(unlinked(row, then, since, changes, version));
            }
        }
        ChangeImpact impact = impact(baseline, trace, units, scan);
        for (ChangeImpact.Unit u : impact.units()) {
            if (u.safetyClass() == SafetyClass.C) {
                differences.add(new RegressionModel.Difference(RegressionModel.Kind.IMPACT, u.id(), u.safetyClass(),
                        u.before(), u.now(), "is a class C unit whose code " + (u.before() == null
                        ? "is new since " + since : "changed since " + since) + implementing(u),
                        changes.find(version, r -> RegressionLinker.reason(r.units(), u.id())).orElse(null)));
            }
        }
        if (impact.notComputed() == null) { // a class C unit of the baseline that is gone is class C code changed
            TreeSet<String> now = new TreeSet<>();
            units.units().forEach(u -> now.add(u.id()));
            new TreeMap<>(baseline.units()).forEach((id, then) -> {
                if (!now.contains(id) && then.fingerprint() != null && then.safetyClass() == SafetyClass.C) {
                    differences.add(new RegressionModel.Difference(RegressionModel.Kind.IMPACT, id, SafetyClass.C,
                            then.fingerprint(), null, "is a class C unit of " + since + " whose code is gone (its "
                            + "classes removed, or the unit renamed or re-assigned)",
                            changes.find(version, r -> RegressionLinker.reason(r.units(), id)).orElse(null)));
                }
            });
        }
        Map<String, List<ChangeImpact.Unit>> byControl = new TreeMap<>();
        impact.units().forEach(u -> u.riskControls().forEach(c -> byControl.computeIfAbsent(c, k -> new ArrayList<>())
                .add(u)));
        byControl.forEach((control, touched) -> {
            SafetyClass cls = touched.stream().flatMap(u -> u.requirements().stream())
                    .filter(r -> r.requirement().riskControls().contains(control)).map(RequirementTrace::safetyClass)
                    .max(Comparator.naturalOrder()).orElse(SafetyClass.C);
            differences.add(new RegressionModel.Difference(RegressionModel.Kind.IMPACT, control, cls, null, null,
                    "is a risk control implemented in code that changed since " + since + ": " + String.join("; ",
                    touched.stream().map(u -> "unit " + u.id() + " (" + String.join(", ", u.requirements().stream()
                            .filter(r -> r.requirement().riskControls().contains(control))
                            .map(r -> r.requirement().id()).toList()) + ")").toList()),
                    changes.find(version, r -> namesAll(r, touched) ? RegressionLinker.reason(r.riskControls(),
                            control) : Optional.empty()).orElse(null)));
        });
        return regression.with(differences).with(impact);
    }

    /**
     * @return whether the record names every changed unit that implements the control under {@code units:}: only such
     *         a record analyses this code change's effect on a risk control. A {@code riskControls:} entry of a record
     *         about something else (the control added to the risk extract, RISK-CHANGE), or about another of the
     *         changed units, must not justify it.
     */
    private static boolean namesAll(ChangeRecord r, List<ChangeImpact.Unit> touched) {
        return touched.stream().allMatch(u -> RegressionLinker.reason(r.units(), u.id()).isPresent());
    }

    /** A requirement whose meaning changed: its verification is suspect until a change record covers it. */
    private static Optional<RegressionModel.Difference> suspect(RequirementTrace row, Baseline.BaselineRequirement then,
                                                                String since, ChangeLog changes, String version) {
        if (then.title() == null || then.text() == null) {
            return Optional.empty(); // a baseline that did not record the text: nothing to compare
        }
        Requirement r = row.requirement();
        String before = Fingerprint.requirement(then.title(), then.text(), then.riskControls());
        String now = Fingerprint.requirement(r);
        if (before.equals(now)) {
            return Optional.empty();
        }
        List<String> fields = new ArrayList<>();
        compare(fields, "title", Fingerprint.normalize(then.title()), Fingerprint.normalize(r.title()));
        compare(fields, "text", Fingerprint.normalize(then.text()), Fingerprint.normalize(r.text()));
        compare(fields, "riskControls", String.join(", ", new TreeSet<>(then.riskControls())),
                String.join(", ", new TreeSet<>(r.riskControls())));
        String tests = row.verifiedBy().isEmpty() ? "no test verifies it now"
                : "its tests (" + String.join(", ", row.verifiedBy().stream().map(t -> t.test().toString())
                .distinct().toList()) + ") were written for the old one";
        SafetyClass cls = higher(row.safetyClass(), then.safetyClass());
        return Optional.of(new RegressionModel.Difference(RegressionModel.Kind.SUSPECT, r.id(), cls,
                before, now, "changed since " + since + ": " + String.join("; ", fields) + "; " + tests
                + lowered(row, then, cls),
                changes.find(version, c -> RegressionLinker.reason(c.requirements(), r.id())).orElse(null)));
    }

    /** Tests that verified the requirement in the baseline and no longer do (link removed, test gone or renamed). */
    private static List<RegressionModel.Difference> unlinked(RequirementTrace row, Baseline.BaselineRequirement then,
                                                             String since, ChangeLog changes, String version) {
        TreeSet<String> now = new TreeSet<>();
        row.verifiedBy().forEach(t -> now.add(t.test().toString()));
        List<RegressionModel.Difference> list = new ArrayList<>();
        boolean riskControl = !row.requirement().riskControls().isEmpty();
        SafetyClass cls = riskControl ? SafetyClass.C : higher(row.safetyClass(), then.safetyClass());
        for (String test : then.tests()) {
            if (now.contains(test)) {
                continue;
            }
            String id = row.requirement().id();
            list.add(new RegressionModel.Difference(RegressionModel.Kind.LINK, id, cls, test, null,
                    "was verified by " + test + " in " + since + ", which no longer verifies it (the @Verifies "
                    + "link removed, or the test gone or renamed)" + (now.isEmpty() ? "" : "; it is still verified by "
                    + String.join(", ", now)) + (riskControl ? "; it implements risk control "
                    + String.join(", ", row.requirement().riskControls()) + ", so this is judged as class C"
                    : lowered(row, then, cls)),
                    changes.find(version, c -> RegressionLinker.reason(c.requirements(), id)
                            .or(() -> RegressionLinker.testReason(c, test))).orElse(null)));
        }
        return list;
    }

    private static ChangeImpact impact(Baseline baseline, TraceMatrix trace, UnitModel units, CodeScan scan) {
        if (baseline.units().values().stream().allMatch(u -> u.fingerprint() == null)) {
            return ChangeImpact.notComputed("baseline " + baseline.version() + " records no unit fingerprints (its "
                    + "bundle was written before they existed); the change impact is computed against the next "
                    + "release");
        }
        String other = baseline.units().values().stream().map(Baseline.BaselineUnit::fingerprint)
                .filter(f -> f != null && !f.startsWith(Fingerprint.VERSION)).findFirst().orElse(null);
        if (other != null) { // another algorithm: comparing would read as a change of every unit
            return ChangeImpact.notComputed("baseline " + baseline.version() + " records unit fingerprints of "
                    + "algorithm " + other.substring(0, other.indexOf(':') + 1) + " and this plugin computes "
                    + Fingerprint.VERSION + "; the change impact is computed against the next release");
        }
        if (scan.fingerprints().isEmpty()) {
            return ChangeImpact.notComputed("no class fingerprints in this build");
        }
        Map<String, List<RequirementTrace>> byClass = new HashMap<>();
        for (RequirementTrace row : trace.rows()) {
            for (CodeLocation at : row.implementedBy()) {
                byClass.computeIfAbsent(at.className(), k -> new ArrayList<>()).add(row);
            }
        }
        List<ChangeImpact.Unit> changed = new ArrayList<>();
        for (UnitVerification u : units.units()) {
            String now = UnitFingerprints.of(u, scan);
            Baseline.BaselineUnit then = baseline.units().get(u.id());
            if (now == null || then != null && now.equals(then.fingerprint())) {
                continue;
            }
            TreeMap<String, RequirementTrace> requirements = new TreeMap<>();
            for (String c : u.classes()) {
                byClass.getOrDefault(c, List.of()).forEach(r -> requirements.put(r.requirement().id(), r));
            }
            TreeSet<String> controls = new TreeSet<>();
            requirements.values().forEach(r -> controls.addAll(r.requirement().riskControls()));
            changed.add(new ChangeImpact.Unit(u.id(), u.item().id(), u.safetyClass(), then == null ? "ADDED"
                    : "CHANGED", then == null ? null : then.fingerprint(), now, List.copyOf(requirements.values()),
                    List.copyOf(controls)));
        }
        changed.sort(Comparator.comparing(ChangeImpact.Unit::id));
        return new ChangeImpact(changed, null);
    }

    private static String implementing(ChangeImpact.Unit u) {
        if (u.requirements().isEmpty()) {
            return "; it implements no requirement";
        }
        return "; it implements " + String.join(", ", u.requirements().stream().map(r -> r.requirement().id()
                + " (" + r.status() + ")").toList()) + (u.riskControls().isEmpty() ? ""
                : " and so risk control " + String.join(", ", u.riskControls()));
    }

    /** A requirement whose class was lowered since the baseline is judged at its class then (the higher one). */
    private static SafetyClass higher(SafetyClass now, SafetyClass then) {
        return then != null && then.compareTo(now) > 0 ? then : now;
    }

    private static String lowered(RequirementTrace row, Baseline.BaselineRequirement then, SafetyClass judged) {
        return judged == row.safetyClass() ? "" : "; it was class " + then.safetyClass() + " in the baseline and is "
                + "class " + row.safetyClass() + " now, so this is judged as class " + judged;
    }

    private static void compare(List<String> fields, String name, String then, String now) {
        if (!then.equals(now)) {
            fields.add(name + " '" + then + "' -> '" + now + "'");
        }
    }


}
