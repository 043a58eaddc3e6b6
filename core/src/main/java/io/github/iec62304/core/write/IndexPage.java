package io.github.iec62304.core.write;

import static io.github.iec62304.core.write.Html.esc;

import io.github.iec62304.core.evaluate.RuleVerdict;
import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.link.RequirementTrace;
import io.github.iec62304.core.link.SystemRequirementTrace;
import io.github.iec62304.core.link.SystemTrace;
import io.github.iec62304.core.model.SystemRequirement;
import io.github.iec62304.core.link.TestLink;
import io.github.iec62304.core.link.VerifyingTest;
import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.verification.VerificationRecord;
import io.github.iec62304.core.link.JudgedRecord;
import io.github.iec62304.core.link.VerificationModel;
import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.project.GitSignature;
import io.github.iec62304.core.project.ProjectInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import io.github.iec62304.core.link.SoupModel;
import io.github.iec62304.core.link.UnitVerification;
import io.github.iec62304.core.model.soup.SoupEntry;
import io.github.iec62304.core.model.Counter;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code index.html}: the summary an auditor opens first. Self-contained (no scripts, no external assets) and
 * every user-supplied string escaped. First the verdict, the counts and the violations ({@link FirstScreen}), then
 * every rule, every requirement (only those not VERIFIED above {@link #MAX_ROWS_LISTED}) and every test that did not
 * pass; the full lists are in the JSON and CSV files. With a risk extract, the risk chain too ({@link RiskSection}).
 * Prints on A4 landscape with a footer on every page ({@link PrintStyle}).
 */
final class IndexPage {

    private static final String STYLE = "body{font-family:sans-serif;margin:2em;color:#222;max-width:100%}"
            + "table{border-collapse:collapse;margin:1em 0;max-width:100%}table.wide{width:100%}"
            + "td,th{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top;"
            // anywhere, not break-word: only anywhere lowers a cell's min-content width, so a long word or name in
            // any table (a regression message naming test methods) wraps instead of pushing the table past the page;
            // the min-width keeps short words (TEST, a rule id's parts) whole
            + "overflow-wrap:anywhere;min-width:5.5em}th,td[class]{overflow-wrap:normal}"
            + "th{background:#eee}.PASSED,.VERIFIED{color:#060}"
            + ".FAILED,.NOT_VERIFIED,.UNTESTED,.ERROR,.NOT_RUN{color:#a00;font-weight:bold}"
            + ".WARNED,.WARN,.SKIPPED{color:#a60}code{font-family:monospace,monospace;font-size:90%}";

    private static final int MAX_UNITS_LISTED = 1000;

    /**
     * Above this many requirements the matrix lists only those not VERIFIED, with counts per status, and links to
     * {@code trace-matrix.csv}/{@code .json} for the rest: the page of a 10,000-requirement project stays usable.
     */
    static final int MAX_ROWS_LISTED = 2000;

    /** The page is passed on to the sink in pieces of about this many characters, at the end of a row. */
    private static final int PIECE = 1 << 16;

    private final StringBuilder out = new StringBuilder();
    private final OutputStream sink;

    private IndexPage(OutputStream sink) {
        this.sink = sink;
    }

    static byte[] html(BundleContent c) {
        return BundleFile.bytes(sink -> write(sink, c, BundleFiles.of(c).keySet()));
    }

    /** Writes the page to {@code sink} in pieces: a table of 100,000 rows is never held whole. */
    /** @param files the names of the bundle's files, which the conformity table names as evidence */
    static void write(OutputStream sink, BundleContent c, Set<String> files) throws IOException {
        IndexPage page = new IndexPage(sink);
        page.render(c, files);
        page.pass();
    }

    /** Passes what was rendered on to the sink once it is a piece; called at the end of each table row. */
    private void piece() {
        if (out.length() >= PIECE) {
            try {
                pass();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void pass() throws IOException {
        sink.write(out.toString().getBytes(StandardCharsets.UTF_8));
        out.setLength(0);
    }

    private void render(BundleContent c, Set<String> files) {
        ProjectInfo p = c.project();
        RiskChain risks = RiskChain.of(c.evidence());
        String verdict = c.report().passed() ? "PASSED" : "FAILED";
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>IEC 62304 evidence: ")
                .append(esc(p.artifactId())).append(' ').append(esc(p.version())).append("</title><style>")
                .append(STYLE).append(FirstScreen.STYLE).append(PrintStyle.css(c, verdict))
                .append(risks.declared() ? RiskSection.STYLE : "")
                .append(c.evidence().waivers().present() ? WaiverSection.STYLE : "").append(ApprovalSection.STYLE)
                .append(ConformitySection.STYLE).append("</style></head><body>\n");
        out.append("<h1>IEC 62304 evidence: ").append(esc(p.name())).append(' ').append(esc(p.version()))
                .append("</h1>\n");
        FirstScreen.summary(out, c, risks, verdict);
        FirstScreen.violations(out, c.report().violations(), c.evidence().trace().rows().stream()
                .map(r -> r.requirement().id()).collect(Collectors.toSet()), this::piece);
        FirstScreen.contents(out, contents(c, risks), files);
        FirstScreen.legend(out, c.evidence().waivers().present());
        out.append("<h2 id=\"build\">Build</h2>\n<table>");
        fact("Project", p.groupId() + ":" + p.artifactId() + ":" + p.version());
        fact("Software safety class", c.evidence().systemClass() + (c.classDeclared() ? ""
                : " (no class declared: class C applies, IEC 62304 4.3)"));
        fact("Build timestamp", p.buildTimestamp() == null ? "not set (project.build.outputTimestamp)"
                : p.buildTimestamp().toString());
        fact("Git commit", p.git() == null ? "not in a git repository"
                : p.git().commit() + (p.git().dirty() ? " (working tree has uncommitted changes)" : "")
                        + (p.git().signature() == null ? "" : "; signature " + signature(p.git().signature()))
                        + p.git().tags().stream().map(t -> "; tag " + t.name() + ": signature " + signature(t.signature()))
                                .collect(Collectors.joining()));
        fact("Tool", "iec62304-maven-plugin " + p.toolVersion());
        out.append("<tr><th>Verdict</th><td class=\"").append(verdict).append("\">").append(verdict)
                .append("</td></tr></table>\n");
        rules(c.report().rules(), c.evidence().systemClass());
        section("conformity");
        ConformitySection.append(out, c, files);
        if (c.evidence().waivers().present()) {
            section("waivers");
            WaiverSection.append(out, c);
        }
        section("approvals");
        ApprovalSection.append(out, c.evidence().approvals());
        matrix(c.evidence().trace().rows(), c.evidence().scan(), risks);
        if (c.evidence().trace().systems().declared()) {
            section("systems");
            systems(c.evidence().trace().systems());
        }
        if (risks.declared()) {
            section("risks");
            RiskSection.append(out, risks);
        }
        section("records");
        records(c.evidence().trace().records());
        section("units");
        units(c);
        section("soup");
        soup(c);
        section("release");
        ReleaseSections.append(out, c);
        section("tests");
        tests(c);
        out.append("</body></html>\n");
    }

    /** An anchor the table of contents links to, written just before a section's heading. */
    private void section(String id) {
        out.append("<div id=\"").append(id).append("\"></div>");
    }

    /** The table of contents: one entry per section this page writes, in page order. */
    private static List<FirstScreen.Entry> contents(BundleContent c, RiskChain risks) {
        List<FirstScreen.Entry> entries = new java.util.ArrayList<>(List.of(
                new FirstScreen.Entry("violations", "Violations"), new FirstScreen.Entry("build", "Build"),
                new FirstScreen.Entry("rules", "Rules"), new FirstScreen.Entry("conformity", "Conformity per clause")));
        if (c.evidence().waivers().present()) {
            entries.add(new FirstScreen.Entry("waivers", "Waivers"));
        }
        entries.add(new FirstScreen.Entry("approvals", "Approvals"));
        entries.add(new FirstScreen.Entry("matrix", "Traceability matrix"));
        if (c.evidence().trace().systems().declared()) {
            entries.add(new FirstScreen.Entry("systems", "System requirements"));
        }
        if (risks.declared()) {
            entries.add(new FirstScreen.Entry("risks", "Risk management"));
        }
        entries.addAll(List.of(new FirstScreen.Entry("records", "Verification records"),
                new FirstScreen.Entry("units", "Unit verification"), new FirstScreen.Entry("soup", "SOUP"),
                new FirstScreen.Entry("release", "Regression, residual anomalies and release checklist"),
                new FirstScreen.Entry("tests", "Test record")));
        return entries;
    }

    /** e.g. {@code GOOD (IT <it@example.org>, key B40F3BA549CD8646)}; fact() escapes it */
    private static String signature(GitSignature s) {
        String who = s.signer() == null ? "" : s.signer();
        if (s.key() != null) {
            who += (who.isEmpty() ? "" : ", ") + "key " + s.key();
        }
        return s.status() + (who.isEmpty() ? "" : " (" + who + ")")
                + (s.status() == GitSignature.Status.GOOD || s.status() == GitSignature.Status.UNSIGNED ? ""
                        : ": " + s.detail());
    }

    private void fact(String name, String value) {
        out.append("<tr><th>").append(esc(name)).append("</th><td>").append(esc(value)).append("</td></tr>");
    }

    /**
     * Rules that failed, were waived or warned first and open; passed, off and not applicable ones folded. Only the
     * level for the declared class is shown, the levels of every class in the cell's {@code title}.
     */
    private void rules(List<RuleVerdict> rules, SafetyClass declared) {
        Set<String> folded = Set.of("PASSED", "OFF", "NOT_APPLICABLE");
        List<RuleVerdict> open = rules.stream().filter(r -> !folded.contains(r.verdict())).toList();
        List<RuleVerdict> passed = rules.stream().filter(r -> folded.contains(r.verdict())).toList();
        out.append("<h2 id=\"rules\">Rules</h2>\n");
        if (!open.isEmpty()) {
            ruleTable(open, declared);
        }
        if (!passed.isEmpty()) {
            out.append("<details class=\"passed\"><summary>").append(passed.size())
                    .append(" rules PASSED, OFF or NOT_APPLICABLE</summary>\n");
            ruleTable(passed, declared);
            out.append("</details>\n");
        }
    }

    private void ruleTable(List<RuleVerdict> rules, SafetyClass declared) {
        out.append("<table><thead><tr><th>Rule</th><th>IEC 62304</th><th>Requirement</th>"
                + "<th>Level for class ").append(declared)
                .append("</th><th>Verdict</th><th>Errors</th><th>Warnings</th>"
                + "</tr></thead><tbody>\n");
        for (RuleVerdict r : rules) {
            out.append("<tr><td>").append(FirstScreen.ruleLink(r.id())).append("</td><td>").append(esc(r.clause()))
                    .append("</td><td>").append(esc(r.title())).append("</td><td title=\"Class A / B / C: ")
                    .append(r.levels().values().stream().map(Enum::name).collect(Collectors.joining(" / ")))
                    .append("\">").append(r.levels().get(declared)).append("</td><td class=\"").append(r.verdict())
                    .append("\">").append(r.verdict()).append("</td><td>").append(r.errors()).append("</td><td>")
                    .append(r.warnings()).append("</td></tr>\n");
            piece();
        }
        out.append("</tbody></table>\n");
    }

    /**
     * @param scan  in a multi-module device, the module of each implementation and test is shown beside it
     * @param risks with a risk extract, a column names the hazards each requirement's risk controls control
     */
    private void matrix(List<RequirementTrace> rows, CodeScan scan, RiskChain risks) {
        section("matrix");
        out.append("<h2>Traceability matrix (").append(rows.size()).append(" requirements)</h2>\n");
        boolean all = rows.size() <= MAX_ROWS_LISTED;
        if (!all) {
            out.append("<p>").append(rows.stream().collect(Collectors.groupingBy(RequirementTrace::status,
                            () -> new EnumMap<>(RequirementTrace.Status.class), Collectors.counting())).entrySet()
                    .stream().map(e -> e.getKey() + ": " + e.getValue() + ".").collect(Collectors.joining(" ")))
                    .append(" More than ").append(MAX_ROWS_LISTED).append(" requirements: only those not VERIFIED "
                            + "are listed here; every requirement is in <a href=\"trace-matrix.csv\">trace-matrix.csv"
                            + "</a> and <a href=\"trace-matrix.json\">trace-matrix.json</a>.</p>\n");
        }
        if (rows.stream().anyMatch(r -> r.verifiedBy().stream().anyMatch(t -> t.links().stream()
                .anyMatch(TestLink::declared)))) {
            out.append("<p>A test marked <small>(declared: file:line)</small> is linked to the requirement by a "
                    + "<code>tests:</code> selector at that line of the catalog, not (only) by <code>@Verifies</code> "
                    + "in its code; <code>linkedBy</code> in trace-matrix.json says which.</p>\n");
        }
        out.append("<table class=\"wide\"><thead><tr>"
                + "<th>Requirement</th><th>Title</th><th>Class</th><th>Risk controls</th>")
                .append(risks.declared() ? "<th>Hazards</th>" : "").append("<th>Implemented by</th>"
                + "<th>Verified by</th><th>Status</th></tr></thead><tbody>\n");
        for (RequirementTrace row : rows) {
            if (!all && row.status() == RequirementTrace.Status.VERIFIED) {
                continue;
            }
            out.append("<tr id=\"").append(FirstScreen.anchor(row.requirement().id())).append("\"><td>")
                    .append(esc(row.requirement().id())).append("</td><td>")
                    .append(title(row.requirement())).append("</td><td>").append(row.safetyClass())
                    .append("</td><td>").append(esc(String.join(", ", row.requirement().riskControls())))
                    .append("</td><td>");
            if (risks.declared()) {
                out.append(esc(String.join(", ", risks.hazardsOf(row.requirement())))).append("</td><td>");
            }
            for (CodeLocation l : row.implementedBy()) {
                out.append("<code>").append(esc(l)).append("</code>").append(module(scan, l.className()))
                        .append("<br>");
            }
            out.append("</td><td>");
            for (VerifyingTest t : row.verifiedBy()) {
                out.append("<code>").append(esc(t.test())).append("</code>")
                        .append(module(scan, t.test().className())).append(" <span class=\"").append(t.outcome())
                        .append("\">").append(t.outcome().label()).append("</span>").append(declared(t))
                        .append("<br>");
            }
            for (JudgedRecord j : row.records()) {
                out.append("<code>").append(esc(j.record().id())).append("</code> (").append(j.record().method())
                        .append(") <span class=\"").append(j.verdict()).append("\">").append(j.verdict())
                        .append("</span><br>");
            }
            out.append("</td><td class=\"").append(row.status()).append("\">").append(row.status()).append("</td></tr>\n");
            piece();
        }
        out.append("</tbody></table>\n");
    }

    /** @return nothing for a {@code @Verifies} link, else where the catalog declares it (and that {@code @Verifies}
     *          declares it too) */
    private static String declared(VerifyingTest t) {
        List<String> at = t.links().stream().filter(TestLink::declared).map(l -> l.file() + ":" + l.line()).toList();
        if (at.isEmpty()) {
            return "";
        }
        return " <small>(declared: " + esc(String.join(", ", at)) + (t.declaredOnly() ? "" : "; and @Verifies")
                + ")</small>";
    }

    /** The title, and the requirement's text folded below it (printed open). */
    private static String title(io.github.iec62304.core.model.Requirement r) {
        return r.text() == null || r.text().isBlank() ? esc(r.title())
                : "<details><summary>" + esc(r.title()) + "</summary>" + esc(r.text()) + "</details>";
    }

    /**
     * The system requirements rolled up from their derived software requirements; nothing when the catalog declares
     * none (the page of such a project keeps its bytes).
     */
    private void systems(SystemTrace systems) {
        if (!systems.declared()) {
            return;
        }
        out.append("<h2>System requirements (").append(systems.rows().size()).append(")</h2>\n<p>A system "
                + "requirement is VERIFIED only when every software requirement derived from it (its parents name it, "
                + "directly or through another software requirement) is VERIFIED.</p>\n<table><tr>"
                + "<th>System requirement</th><th>Title</th><th>Derived requirements</th><th>Status</th></tr>\n");
        for (SystemRequirementTrace row : systems.rows()) {
            SystemRequirement s = row.requirement();
            out.append("<tr><td>").append(esc(s.id())).append("</td><td>").append(esc(s.title())).append("</td><td>");
            for (RequirementTrace r : row.derived()) {
                out.append(esc(r.requirement().id())).append(" <span class=\"").append(r.status()).append("\">")
                        .append(r.status()).append("</span><br>");
            }
            if (s.markedNotSoftware()) {
                out.append("not software: ").append(esc(s.notSoftware()));
            }
            // a system requirement no software requirement derives from is shown like a failure (same style)
            out.append("</td><td class=\"").append(row.status()).append(row.status()
                            == SystemRequirementTrace.Status.NO_SOFTWARE_REQUIREMENT ? " FAILED" : "").append("\">")
                    .append(row.status())
                    .append(row.notVerified().isEmpty() ? "" : " (" + esc(row.notVerified().stream()
                            .map(r -> r.requirement().id()).collect(Collectors.joining(", "))) + ")")
                    .append("</td></tr>\n");
            piece();
        }
        out.append("</table>\n");
        if (!systems.unresolved().isEmpty()) {
            out.append("<p>Parent ids that name no requirement (TRACE-PARENT):</p>\n<ul>\n");
            for (SystemTrace.UnresolvedParent u : systems.unresolved()) {
                out.append("<li>").append(esc(u.requirement().id())).append(" names <code>").append(esc(u.parentId()))
                        .append("</code></li>\n");
            }
            out.append("</ul>\n");
        }
    }

    /** Manual tests, inspections, analyses and demonstrations: who executed what, on which version, with what result. */
    private void records(VerificationModel model) {
        out.append("<h2>Verification records (").append(model.records().size()).append(")</h2>\n");
        if (model.records().isEmpty()) {
            out.append("<p>No executed verification records (").append(esc(model.register().source()))
                    .append(" does not exist or lists none).</p>\n");
            return;
        }
        out.append("<table class=\"wide\"><thead><tr><th>Record</th><th>Method</th><th>Protocol</th><th>Requirements</th><th>Version</th>"
                + "<th>Executed by</th><th>Date</th><th>Result</th><th>Verdict</th></tr></thead><tbody>\n");
        for (JudgedRecord j : model.records()) {
            VerificationRecord r = j.record();
            out.append("<tr><td>").append(esc(r.id())).append("</td><td>").append(r.method()).append("</td><td>")
                    .append(esc(r.protocolLabel())).append("</td><td>").append(esc(String.join(", ",
                            r.requirements()))).append("</td><td>").append(esc(r.version())).append("</td><td>")
                    .append(esc(r.executedBy())).append("</td><td>").append(esc(r.date())).append("</td><td>")
                    .append(r.result().label()).append(r.deviations().isEmpty() ? "" : " (" + esc(String.join(", ",
                            r.deviations())) + ")").append("</td><td class=\"").append(j.verdict()).append("\">")
                    .append(j.verdict()).append(": ").append(esc(j.why(model.version())))
                    .append("</td></tr>\n");
            piece();
        }
        out.append("</tbody></table>\n");
    }

    /** @return {@code " (module m)"} for a class of a multi-module device, else nothing */
    private static String module(CodeScan scan, String className) {
        String module = scan.moduleOf(className);
        return module == null ? "" : " <small>(module " + esc(module) + ")</small>";
    }

    private void units(BundleContent c) {
        List<UnitVerification> units = c.evidence().units().units();
        SubjectVerdicts failed = UnitVerificationFiles.failedSubjects(c.report());
        out.append("<h2>Unit verification (").append(units.size()).append(" units)</h2>\n<p>");
        Map<UnitVerificationFiles.Verdict, Long> counts = units.stream().collect(Collectors.groupingBy(
                u -> UnitVerificationFiles.verdict(u, failed), () -> new EnumMap<>(UnitVerificationFiles.Verdict.class),
                Collectors.counting()));
        counts.forEach((v, n) -> out.append(v).append(": ").append(n).append(". "));
        boolean all = units.size() <= MAX_UNITS_LISTED;
        out.append(all ? "" : "Units that passed are listed only in <code>unit-verification.csv</code>. ")
                .append("Every unit is in <code>unit-verification.json</code>.</p>\n");
        out.append("<table class=\"wide\"><thead><tr><th>Unit</th><th>Item</th><th>Class</th><th>Line coverage (required)</th>"
                + "<th>Branch coverage (required)</th><th>Own tests</th><th>5.5.4</th><th>Verdict</th></tr></thead><tbody>\n");
        for (UnitVerification u : units) {
            UnitVerificationFiles.Verdict verdict = UnitVerificationFiles.verdict(u, failed);
            if (!all && verdict == UnitVerificationFiles.Verdict.PASSED) {
                continue;
            }
            out.append("<tr><td><code>").append(esc(u.id())).append("</code></td><td>").append(esc(u.item().id()))
                    .append("</td><td>").append(u.safetyClass()).append("</td><td>")
                    .append(coverage(u.lines(), u.criteria() == null ? null : u.criteria().lineCoverage()))
                    .append("</td><td>")
                    .append(coverage(u.branches(), u.criteria() == null ? null : u.criteria().branchCoverage()))
                    .append("</td><td>").append(u.tests().size()).append("</td><td>")
                    .append(u.classC() == null ? "" : esc(String.join(" ", u.classC().applicable())))
                    .append("</td><td class=\"").append(verdict).append("\">").append(verdict).append("</td></tr>\n");
            piece();
        }
        out.append("</tbody></table>\n");
    }

    private void soup(BundleContent c) {
        SoupModel soup = c.evidence().soup();
        SubjectVerdicts failed = SoupListFiles.failedSubjects(c.report(), soup);
        List<SoupModel.Component> shipped = soup.shipped();
        out.append("<h2>SOUP (").append(shipped.size() + soup.runtime().size()).append(" shipped)</h2>\n<p>")
                .append(soup.sbom() == null ? "No SBOM was read." : "From " + esc(soup.sbom().source())
                        + " (CycloneDX " + esc(soup.sbom().specVersion()) + ") and " + esc(soup.register().source()))
                .append(". Components that do not ship are listed in <code>soup-list.json</code>.</p>\n");
        out.append("<table class=\"wide\"><thead><tr><th>SOUP</th><th>Version</th><th>Manufacturer</th><th>Licenses</th>"
                + "<th>Register entry</th><th>Anomaly review</th><th>Support</th><th>End of support</th>"
                + "<th>Verdict</th></tr></thead><tbody>\n");
        for (SoupModel.Component s : shipped) {
            String verdict = SoupListFiles.verdict(s, failed);
            soupRow(s.component().coordinates(), s.component().version(), s.manufacturer(),
                    String.join(" ", s.component().licenses()), s.entry(), verdict);
        }
        for (SoupEntry e : soup.runtime()) {
            soupRow(e.runtime(), e.version(), e.manufacturer(), "", e, failed.verdict(e.key()));
        }
        out.append("</tbody></table>\n");
    }

    private void soupRow(String name, String version, String manufacturer, String licenses, SoupEntry entry,
                         String verdict) {
        SoupEntry.AnomalyReview r = entry == null ? null : entry.anomalyReview();
        out.append("<tr><td><code>").append(esc(name)).append("</code></td><td>").append(esc(version == null ? ""
                        : version)).append("</td><td>").append(esc(manufacturer == null ? "" : manufacturer))
                .append("</td><td>").append(esc(licenses)).append("</td><td>")
                .append(entry == null ? "" : esc(entry.key())).append("</td><td>")
                .append(r == null ? "" : esc(r.version() + " on " + r.date() + " by " + r.reviewer()))
                .append("</td><td>").append(esc(SoupListFiles.support(entry))).append("</td><td>")
                .append(esc(SoupListFiles.endOfSupport(entry))).append("</td><td class=\"").append(verdict).append("\">").append(verdict).append("</td></tr>\n");
        piece();
    }

    private static String coverage(Counter c, Double required) {
        String measured = c.total() == 0 ? "-" : percent((double) c.covered() / c.total());
        return measured + (required == null ? "" : " (required " + percent(required) + ")");
    }

    /** e.g. {@code 87 %}, rounded down so a failing value never reads as passing; {@code 85.5 %} keeps its digit */
    static String percent(double ratio) {
        java.math.BigDecimal p = java.math.BigDecimal.valueOf(ratio).multiply(java.math.BigDecimal.valueOf(100))
                .setScale(1, java.math.RoundingMode.FLOOR).stripTrailingZeros();
        return p.toPlainString() + " %";
    }

    private void tests(BundleContent c) {
        Map<TestOutcome, Integer> summary = TestRecordFiles.summary(c.evidence().tests());
        out.append("<h2>Test record (").append(c.evidence().tests().cases().size()).append(" test cases)</h2>\n<p>");
        summary.forEach((o, n) -> out.append(o.label()).append(": ").append(n).append(". "));
        out.append("Every test case is listed in <code>test-record.csv</code> and <code>test-record.json</code>.</p>\n");
        List<TestCaseResult> notPassed = c.evidence().tests().cases().stream()
                .filter(t -> t.outcome() != TestOutcome.PASSED || t.isFlaky()).toList();
        if (notPassed.isEmpty()) {
            return;
        }
        if (notPassed.size() > MAX_ROWS_LISTED) { // 100,000 failing tests would make the page unusable
            out.append("<p>").append(notPassed.size()).append(" test cases did not pass (or passed only on a re-run); "
                    + "the first ").append(MAX_ROWS_LISTED).append(" are listed, every one is in <a href=\"test-record"
                    + ".csv\">test-record.csv</a>.</p>\n");
            notPassed = notPassed.subList(0, MAX_ROWS_LISTED);
        }
        out.append("<table class=\"wide\"><thead><tr><th>Test</th><th>Outcome</th><th>Re-runs</th><th>Message</th><th>Report</th></tr></thead><tbody>\n");
        for (TestCaseResult t : notPassed) {
            out.append("<tr><td><code>").append(esc(t.displayName())).append("</code></td><td class=\"")
                    .append(t.outcome()).append("\">").append(t.isFlaky() ? "PASSED (flaky)" : t.outcome().label())
                    .append("</td><td>").append(t.reruns()).append("</td><td>").append(esc(t.message()))
                    .append("</td><td>").append(esc(String.join(", ", t.sources()))).append("</td></tr>\n");
            piece();
        }
        out.append("</tbody></table>\n");
    }
}
