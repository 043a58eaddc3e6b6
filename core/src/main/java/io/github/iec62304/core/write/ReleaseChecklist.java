package io.github.iec62304.core.write;

import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.evaluate.RuleVerdict;
import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.model.release.ReleaseFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The release checklist: one line per IEC 62304 5.8 activity, with the result the rules reached and where the
 * evidence is. Built from the rule verdicts, so it can never disagree with them. A line whose rules pass only because
 * waivers accept violations reads WAIVED, never PASSED, and 5.8.1 names the waivers.
 */
final class ReleaseChecklist {

    /**
     * One checklist line.
     *
     * @param clause   the 5.8 activity
     * @param item     what it requires
     * @param result   PASSED, FAILED, WAIVED, WARNED, NOT_APPLICABLE, OFF, RECORDED or MANUAL
     * @param rules    the rules that decide it
     * @param evidence where the evidence is
     */
    record Item(String clause, String item, String result, List<String> rules, String evidence) {
    }

    private ReleaseChecklist() {
    }

    static List<Item> items(Evidence evidence, GateReport report) {
        Map<String, RuleVerdict> verdicts = report.rules().stream()
                .collect(Collectors.toMap(RuleVerdict::id, Function.identity()));
        ReleaseFacts release = evidence.release();
        long passed = report.rules().stream().filter(r -> r.verdict().equals("PASSED")).count();
        long off = report.rules().stream().filter(r -> r.verdict().equals("OFF")).count();
        int residual = evidence.anomalies().residual().size();
        List<Item> items = new ArrayList<>();
        Item verified = item(verdicts, "5.8.1", "Software verification is complete and its results evaluated",
                List.of("RELEASE-VERIFIED"), "manifest.json: " + report.rules().size() + " rules, " + passed
                        + " passed, " + off + " off; violations listed there and in index.html" + waived(report));
        items.add(report.waived() > 0 && verified.result().equals("PASSED") ? new Item(verified.clause(),
                verified.item(), RuleVerdict.WAIVED, verified.rules(), verified.evidence()) : verified);
        items.add(new Item("5.8.2", "Known residual anomalies are documented", release.releaseBuild() ? "RECORDED"
                : RuleVerdict.NOT_APPLICABLE, List.of(), "anomalies.json: " + residual + " residual anomal"
                + (residual == 1 ? "y" : "ies")));
        items.add(item(verdicts, "5.8.3", "Known residual anomalies are evaluated and none is unacceptable",
                List.of("ANOMALY-EVALUATED", "ANOMALY-ACCEPTABLE"), "anomalies.json"));
        items.add(item(verdicts, "5.8.4", "The released version is documented and uses no SNAPSHOT",
                List.of("RELEASE-SNAPSHOT", "RELEASE-GIT"), "version " + release.version() + ", commit "
                        + (release.git() == null ? "none (outside git)" : release.git().commit())
                        + "; release-checklist.json snapshots"));
        items.add(item(verdicts, "5.8.5", "How the release was built is documented and reproducible",
                List.of("RELEASE-REPRODUCIBLE"), "manifest.json buildTimestamp and buildEnvironment (JDK, Maven, OS, "
                        + "plugins)"));
        items.add(new Item("5.8.6", "All planned activities and tasks are complete", "MANUAL", List.of(),
                "not decidable by a build: the team's release procedure records it"));
        items.add(item(verdicts, "5.8.7", "The released software and its evidence are archived",
                List.of("RELEASE-ARCHIVED"), "this bundle, attached with classifier iec62304-evidence"));
        items.add(item(verdicts, "5.8.8", "The released software can be delivered reliably",
                List.of("RELEASE-ARCHIVED"), "SHA-256 of every bundle file in manifest.json; repository "
                        + "checksums of the attached artifacts"));
        return items;
    }

    /**
     * @return what the 5.8.1 line says about waived violations: none is counted as remaining by RELEASE-VERIFIED,
     *         so the line names them (nothing when there are none)
     */
    static String waived(GateReport report) {
        List<String> waivers = report.violations().stream().filter(v -> v.waived() != null)
                .map(v -> v.waived().waiver().id()).distinct().sorted().toList();
        if (waivers.isEmpty()) {
            return "";
        }
        long n = report.waived();
        return "; " + n + (n == 1 ? " violation" : " violations") + " WAIVED, not counted as remaining, accepted by "
                + (waivers.size() == 1 ? "waiver " : "waivers ") + String.join(", ", waivers) + " (waivers.json)";
    }

    /** The worst verdict of the rules decides the line; a waived violation is worse than a warning. */
    private static Item item(Map<String, RuleVerdict> verdicts, String clause, String text, List<String> rules,
                             String evidence) {
        String result = worst(rules.stream().map(verdicts::get).toList());
        return new Item(clause, text, result == null ? "MANUAL" : result, rules, evidence);
    }

    /**
     * @return the worst of the verdicts, FAILED before WAIVED (an accepted error weighs more than a warning), WARNED,
     *         PASSED, NOT_APPLICABLE and OFF; {@code null} when there are none (the conformity table shares it)
     */
    static String worst(List<RuleVerdict> verdicts) {
        List<String> order = List.of("FAILED", RuleVerdict.WAIVED, "WARNED", "PASSED", RuleVerdict.NOT_APPLICABLE,
                "OFF");
        return verdicts.stream().map(RuleVerdict::verdict)
                .min((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b))).orElse(null);
    }
}
