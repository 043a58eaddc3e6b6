package io.github.iec62304.core.write;

import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.link.ApprovalModel;
import io.github.iec62304.core.link.SoupModel;
import io.github.iec62304.core.model.Fingerprint;
import io.github.iec62304.core.model.soup.SbomComponent;
import io.github.iec62304.core.model.soup.SoupEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SOUP list (IEC 62304 8.1.2, 5.3.3, 5.3.4, 7.1.2 c, 7.1.3) as {@code soup-list.json} and {@code .csv}: every
 * SBOM component with whether it ships, its manufacturer and where that came from, licenses, the register's
 * requirements, risk and anomaly review, and a verdict; runtime SOUP; the vulnerabilities that touch shipped SOUP.
 */
final class SoupListFiles {

    private SoupListFiles() {
    }

    /**
     * @return subjects of ERROR (and of WAIVED) violations of the SOUP rules, plus every component affected by a
     *         vulnerability that failed (or was waived), so the component's verdict shows it
     */
    static SubjectVerdicts failedSubjects(GateReport report, SoupModel soup) {
        SubjectVerdicts judged = SubjectVerdicts.of(report, id -> id.startsWith("SOUP-"));
        for (SoupModel.Vulnerability v : soup.vulnerabilities()) {
            for (Set<String> subjects : List.of(judged.failed(), judged.waived())) {
                if (subjects.contains(v.subject())) {
                    v.affected().forEach(c -> subjects.add(c.display()));
                }
            }
        }
        return judged;
    }

    static String verdict(SoupModel.Component c, SubjectVerdicts failed) {
        if (!c.shipped()) {
            return "NOT_SHIPPED";
        }
        return failed.verdict(c.component().display(), c.entry() == null ? null : c.entry().key());
    }

    static byte[] json(SoupModel soup, GateReport report) {
        return BundleFile.bytes(out -> json(out, soup, report, null));
    }

    /**
     * Writes {@code soup-list.json}, one component at a time.
     *
     * @param approvals the approvals of the build, for each register entry's; {@code null} for none
     */
    static void json(OutputStream out, SoupModel soup, GateReport report, ApprovalModel approvals)
            throws IOException {
        SubjectVerdicts failed = failedSubjects(report, soup);
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> sbom = null;
        if (soup.sbom() != null) {
            sbom = new LinkedHashMap<>();
            sbom.put("path", soup.sbom().source());
            sbom.put("specVersion", soup.sbom().specVersion());
            sbom.put("serialNumber", absentIfEmpty(soup.sbom().serialNumber()));
        }
        root.put("sbom", sbom);
        root.put("register", soup.register().source());
        root.put("buildDate", soup.buildDate().toString());
        root.put("reviewMaxAge", soup.reviewMaxAge().toString());
        root.put("components", new Json.Each<>(soup.components(), c -> component(c, failed, approvals)));
        List<Object> runtime = new ArrayList<>();
        for (SoupEntry e : soup.runtime()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.runtime());
            m.put("manufacturer", e.manufacturer());
            m.put("version", e.version());
            m.putAll(registerFields(e, approvals));
            m.put("verdict", failed.verdict(e.key()));
            runtime.add(m);
        }
        root.put("runtime", runtime);
        List<Object> vulnerabilities = new ArrayList<>();
        for (SoupModel.Vulnerability v : soup.vulnerabilities()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", v.vulnerability().id());
            m.put("affects", v.affected().stream().map(SbomComponent::display).toList());
            m.put("state", v.vulnerability().state().isEmpty() ? null : v.vulnerability().state()); // null: no analysis
            m.put("detail", v.vulnerability().detail());
            m.put("analysedIn", v.analysedIn());
            vulnerabilities.add(m);
        }
        root.put("vulnerabilities", vulnerabilities);
        root.put("vex", soup.vex() == null ? null : soup.vex().source());
        Json.write(out, root);
    }

    private static Map<String, Object> component(SoupModel.Component c, SubjectVerdicts failed,
                                                 ApprovalModel approvals) {
        SbomComponent sc = c.component();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("group", sc.group());
        m.put("name", sc.name());
        m.put("version", sc.version());
        m.put("purl", sc.purl());
        m.put("shipped", c.shipped());
        m.put("scope", c.scope());
        m.put("manufacturer", absentIfEmpty(c.manufacturer()));
        m.put("manufacturerSource", c.manufacturerSource());
        m.put("licenses", sc.licenses());
        m.put("entry", c.entry() == null ? null : c.entry().key());
        m.putAll(registerFields(c.entry(), approvals));
        m.put("verdict", verdict(c, failed));
        return m;
    }

    private static Map<String, Object> registerFields(SoupEntry e, ApprovalModel approvals) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", e == null ? null : e.title());
        m.put("functionalRequirements", e == null ? null : e.functionalRequirements());
        m.put("systemRequirements", e == null ? null : e.systemRequirements());
        Map<String, Object> risk = null;
        if (e != null && e.risk() != null) {
            risk = new LinkedHashMap<>();
            risk.put("hazards", e.risk().hazards());
            risk.put("level", e.risk().level());
            risk.put("rationale", e.risk().rationale());
        }
        m.put("risk", risk);
        m.put("anomalyList", e == null ? null : e.anomalyList());
        Map<String, Object> review = null;
        if (e != null && e.anomalyReview() != null) {
            SoupEntry.AnomalyReview r = e.anomalyReview();
            review = new LinkedHashMap<>();
            review.put("version", r.version());
            review.put("date", r.date() == null ? null : r.date().toString());
            review.put("reviewer", r.reviewer());
            review.put("result", r.result());
        }
        m.put("anomalyReview", review);
        m.put("support", e == null || e.support() == null ? null : e.support().written());
        m.put("endOfSupport", e == null || e.endOfSupport() == null ? null : e.endOfSupport().toString());
        m.put("fingerprint", e == null ? null : Fingerprint.soupEntry(e));
        m.put("approvals", e == null || approvals == null ? List.of()
                : ApprovalFiles.of(approvals, ApprovalModel.Kind.SOUP_ENTRY, e.key()));
        return m;
    }

    /** @return the entry's level of support as the register writes it, or empty */
    static String support(SoupEntry e) {
        return e == null || e.support() == null ? "" : e.support().written();
    }

    /** @return the entry's end of support ({@code YYYY-MM-DD} or {@code none announced}), or empty */
    static String endOfSupport(SoupEntry e) {
        return e == null || e.endOfSupport() == null ? "" : e.endOfSupport().toString();
    }

    static byte[] csv(SoupModel soup, GateReport report) {
        return BundleFile.bytes(out -> csv(out, soup, report));
    }

    /**
     * Writes {@code soup-list.csv}, in pieces of rows: one row per component (a register, not a file about links). Its
     * {@code licenses} cell is a list joined with {@code ; }; its {@code risk} cell reads
     * {@code hazards HAZ-1, HAZ-2; level low: rationale}.
     */
    static void csv(OutputStream out, SoupModel soup, GateReport report) throws IOException {
        SubjectVerdicts failed = failedSubjects(report, soup);
        Csv csv = new Csv(out, "component", "version", "shipped", "scope", "manufacturer", "manufacturer source",
                "licenses", "register entry", "functional requirements", "system requirements", "risk",
                "anomaly list", "anomaly review", "support", "end of support", "verdict");
        for (SoupModel.Component c : soup.components()) {
            SoupEntry e = c.entry();
            csv.row(List.of(c.component().coordinates(), c.component().version(), Boolean.toString(c.shipped()),
                    c.scope(), c.manufacturer(), c.manufacturerSource(), Csv.list(c.component().licenses()),
                    e == null ? "" : e.key(), text(e == null ? null : e.functionalRequirements()),
                    text(e == null ? null : e.systemRequirements()), risk(e), text(e == null ? null : e.anomalyList()),
                    review(e), support(e), endOfSupport(e), verdict(c, failed)));
        }
        for (SoupEntry e : soup.runtime()) {
            csv.row(List.of(e.runtime(), text(e.version()), "true", "runtime", text(e.manufacturer()),
                    e.manufacturer() == null ? "none" : "register", "",
                    e.key(), text(e.functionalRequirements()), text(e.systemRequirements()), risk(e),
                    text(e.anomalyList()), review(e), support(e), endOfSupport(e),
                    failed.verdict(e.key())));
        }
        csv.finish();
    }

    /** @return {@code null} for an empty value, so the JSON says "absent" rather than "" */
    private static String absentIfEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String risk(SoupEntry e) {
        if (e == null || e.risk() == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (!e.risk().hazards().isEmpty()) {
            parts.add("hazards " + String.join(", ", e.risk().hazards()));
        }
        if (e.risk().level() != null) {
            parts.add("level " + e.risk().level() + ": " + text(e.risk().rationale()));
        }
        return String.join("; ", parts);
    }

    private static String review(SoupEntry e) {
        if (e == null || e.anomalyReview() == null) {
            return "";
        }
        SoupEntry.AnomalyReview r = e.anomalyReview();
        return text(r.version()) + " on " + (r.date() == null ? "" : r.date()) + " by " + text(r.reviewer()) + ": "
                + text(r.result());
    }
}
