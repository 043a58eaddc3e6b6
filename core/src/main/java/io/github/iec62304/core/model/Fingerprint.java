package io.github.iec62304.core.model;

import io.github.iec62304.core.model.release.AnomalyRecord;
import io.github.iec62304.core.model.release.ChangeRecord;
import io.github.iec62304.core.model.soup.SoupEntry;
import io.github.iec62304.core.model.waiver.Waiver;
import io.github.iec62304.core.model.risk.RiskControl;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Content fingerprints (IEC 62304 7.4.2, 8.2): what the evidence records of a requirement, a unit or a risk control so
 * that the next release can tell exactly what changed. Every fingerprint starts with its algorithm's version
 * ({@value #VERSION}), so that a future algorithm is recognised as such and never read as a mass change.
 *
 * <ul>
 *   <li>requirement: its title and text with runs of white space made one space and the ends trimmed, and its risk
 *       controls sorted: what it says and what it is for. Not its class, its parents, its verification methods or
 *       its line: they change how it is verified or traced, not what its tests must show;</li>
 *   <li>unit: the binary names of its classes with each class's fingerprint (see {@code ClassFingerprint}), sorted by
 *       name;</li>
 *   <li>change record (what its approvals approve): its id, release and description, every reference with its
 *       rationale in file order (tests, requirements, units, SOUP with version and analysis, verification records,
 *       risk controls, hazards), and the current fingerprint of every requirement it names under
 *       {@code requirements} ({@code absent} for one no longer in the catalog), so that approving the record binds
 *       it to the requirements' text as approved. Not {@code approvedBy}, {@code date} or its approvals: they are
 *       the approval, not what is approved;</li>
 *   <li>anomaly record (what its approvals approve): every field of the record and its evaluation (id, title,
 *       status, tests, vulnerabilities, safety impact, evaluation, evaluated by, date, acceptable), not its
 *       approvals;</li>
 *   <li>SOUP register entry (what its approvals approve, and what the SOUP list records of it): its key (component
 *       pattern or {@code runtime:} name), title, manufacturer, website, version, functional and system requirements,
 *       risk (hazards sorted, level, rationale), anomaly list, anomaly review (version, date, reviewer, result),
 *       support and end of support; not its line or approvals;</li>
 *   <li>waiver (what its approvals approve): its id, rule, subject, rationale and expiry date, and the statement of
 *       every violation of that rule and subject in this build, sorted: approving a waiver accepts exactly these
 *       violations, and a later, different violation of the same rule and subject is not accepted by it;</li>
 *   <li>risk control: its id, its title (white space normalised), its kind and where it is implemented (as
 *       {@code risks.yaml} names them: {@code protective-measure}, {@code software}), its reference (empty when it
 *       has none) and the ids of the hazards it controls, sorted: what it is and what it is for. Not its line in
 *       {@code risks.yaml}, nor the requirements that implement it (they have fingerprints of their own);</li>
 *   <li>release content: the fingerprint of every requirement and every unit, sorted by id, and the shipped SOUP
 *       ({@code coordinates@version}), sorted.</li>
 * </ul>
 * Each is SHA-256 over its fields written as {@code name=value} lines in a fixed order.
 */
public final class Fingerprint {

    /** The version of every fingerprint this plugin computes, written before the hash. */
    public static final String VERSION = "v1:";

    private Fingerprint() {
    }

    /** @return the fingerprint of a requirement's meaning */
    public static String requirement(Requirement r) {
        return requirement(r.title(), r.text(), r.riskControls());
    }

    /**
     * @param title         as in the catalog
     * @param text          as in the catalog
     * @param riskControls  ids, in any order
     * @return the fingerprint of a requirement with these fields (also of one read back from a baseline bundle)
     */
    public static String requirement(String title, String text, List<String> riskControls) {
        return hash("title=" + normalize(title) + "\ntext=" + normalize(text) + "\nriskControls="
                + String.join(",", riskControls.stream().sorted().toList()) + "\n");
    }

    /**
     * @param c       the control
     * @param hazards the ids of the hazards that name it under {@code controls:}, in any order
     * @return the fingerprint of a risk control's meaning
     */
    public static String riskControl(RiskControl c, List<String> hazards) {
        return riskControl(c.id(), c.title(), c.kind().label(), c.implementedIn().label(), c.reference(), hazards);
    }

    /**
     * @param kind          as {@code risks.yaml} names it, e.g. {@code protective-measure}
     * @param implementedIn {@code software}, {@code hardware} or {@code external}
     * @param reference     where a control outside this software is specified, or {@code null}
     * @param hazards       hazard ids, in any order
     * @return the fingerprint of a risk control with these fields (also of one read back from a baseline bundle)
     */
    public static String riskControl(String id, String title, String kind, String implementedIn, String reference,
                                     List<String> hazards) {
        StringBuilder b = new StringBuilder();
        line(b, "id", id);
        line(b, "title", title);
        line(b, "kind", kind);
        line(b, "implementedIn", implementedIn);
        line(b, "reference", reference);
        line(b, "hazards", String.join(",", hazards.stream().sorted().distinct().toList()));
        return hash(b.toString());
    }

    /** @return the fingerprint of a unit from its classes' fingerprints (class name to fingerprint) */
    public static String unit(Map<String, String> classes) {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(classes).forEach((name, print) -> b.append("class=").append(name).append(' ').append(print)
                .append('\n'));
        return hash(b.toString());
    }

    /**
     * @param r           the record
     * @param requirement the current fingerprint of a requirement by id, or {@code null} when it is not in the catalog
     * @return the fingerprint of what an approval of the change record approves
     */
    public static String changeRecord(ChangeRecord r, Function<String, String> requirement) {
        StringBuilder b = new StringBuilder();
        line(b, "id", r.id());
        line(b, "release", r.release());
        line(b, "description", r.description());
        references(b, "test", r.tests());
        references(b, "requirement", r.requirements());
        references(b, "unit", r.units());
        r.soup().forEach(s -> line(b, "soup", s.component() + " " + s.version() + " " + normalize(s.analysis())));
        references(b, "record", r.records());
        references(b, "riskControl", r.riskControls());
        references(b, "hazard", r.hazards());
        for (ChangeRecord.Reference req : r.requirements()) {
            String print = requirement.apply(req.ref());
            line(b, "requirementFingerprint", req.ref() + " " + (print == null ? "absent" : print));
        }
        return hash(b.toString());
    }

    /** @return the fingerprint of what an approval of the anomaly record (its evaluation) approves */
    public static String anomaly(AnomalyRecord r) {
        StringBuilder b = new StringBuilder();
        line(b, "id", r.id());
        line(b, "title", r.title());
        line(b, "status", r.status());
        r.tests().forEach(t -> line(b, "test", t));
        r.vulnerabilities().forEach(v -> line(b, "vulnerability", v));
        line(b, "safetyImpact", r.safetyImpact());
        line(b, "evaluation", r.evaluation());
        line(b, "evaluatedBy", r.evaluatedBy());
        line(b, "date", r.date());
        line(b, "acceptable", r.acceptable() == null ? "" : r.acceptable().toString());
        return hash(b.toString());
    }

    /** @return the fingerprint of a SOUP register entry's content */
    public static String soupEntry(SoupEntry e) {
        StringBuilder b = new StringBuilder();
        line(b, "key", e.component() != null ? e.component() : "runtime:" + e.runtime());
        line(b, "title", e.title());
        line(b, "manufacturer", e.manufacturer());
        line(b, "website", e.website());
        line(b, "version", e.version());
        line(b, "functionalRequirements", e.functionalRequirements());
        line(b, "systemRequirements", e.systemRequirements());
        if (e.risk() != null) {
            line(b, "riskHazards", String.join(",", e.risk().hazards().stream().sorted().toList()));
            line(b, "riskLevel", e.risk().level());
            line(b, "riskRationale", e.risk().rationale());
        }
        line(b, "anomalyList", e.anomalyList());
        if (e.anomalyReview() != null) {
            SoupEntry.AnomalyReview r = e.anomalyReview();
            line(b, "reviewVersion", r.version());
            line(b, "reviewDate", r.date() == null ? null : r.date().toString());
            line(b, "reviewer", r.reviewer());
            line(b, "reviewResult", r.result());
        }
        line(b, "support", e.support() == null ? null : e.support().written());
        line(b, "endOfSupport", e.endOfSupport() == null ? null : e.endOfSupport().toString());
        return hash(b.toString());
    }

    /**
     * @param w          the waiver
     * @param violations the statements of the violations of its rule and subject in this build (their messages
     *                   without the date they were judged against or the advice of a development build), any order
     * @return the fingerprint of what an approval of the waiver approves
     */
    public static String waiver(Waiver w, List<String> violations) {
        StringBuilder b = new StringBuilder();
        line(b, "id", w.id());
        line(b, "rule", w.rule());
        line(b, "subject", w.subject());
        line(b, "rationale", w.rationale());
        line(b, "expires", w.expires().toString());
        violations.stream().map(Fingerprint::normalize).sorted().forEach(v -> line(b, "violation", v));
        return hash(b.toString());
    }

    /**
     * @param requirements requirement id to its fingerprint
     * @param units        unit id to its fingerprint
     * @param soup         the shipped SOUP, each {@code coordinates@version}
     * @return the fingerprint of the release content a release approval approves
     */
    public static String release(Map<String, String> requirements, Map<String, String> units, List<String> soup) {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(requirements).forEach((id, print) -> line(b, "requirement", id + " " + print));
        new TreeMap<>(units).forEach((id, print) -> line(b, "unit", id + " " + print));
        soup.stream().sorted().forEach(s -> line(b, "soup", s));
        return hash(b.toString());
    }

    private static void references(StringBuilder b, String name, List<ChangeRecord.Reference> refs) {
        refs.forEach(ref -> line(b, name, ref.ref() + " " + normalize(ref.rationale())));
    }

    private static void line(StringBuilder b, String name, String value) {
        b.append(name).append('=').append(normalize(value)).append('\n');
    }

    /** @return the text with every run of white space one space, trimmed ({@code ""} for {@code null}) */
    public static String normalize(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static String hash(String canonical) {
        try {
            return VERSION + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
