package io.github.iec62304.core.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.evaluate.Gates;
import io.github.iec62304.core.evaluate.RuleLevels;
import io.github.iec62304.core.link.TraceLinker;
import io.github.iec62304.core.model.CodeLink;
import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.LinkKind;
import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.TestRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue 17: the first screen of {@code index.html}, its links, and how it scales. */
@Verifies("TOOL-OUT-INDEX")
class IndexPageTest {

    private static String page(BundleContent c) {
        return new String(EvidenceBundleWriter.render(c).get("index.html"), StandardCharsets.UTF_8);
    }

    @Verifies("TOOL-TRACE-TESTED")
    @Test
    void theFirstScreenIsTheVerdictTheCountsTheViolationsThenTheContents() {
        String html = page(IndexPagePrintTest.content(false));
        int banner = html.indexOf("<div class=\"banner FAILED\" role=\"status\">FAILED: 2 errors fail the build</div>");
        int counts = html.indexOf("<a href=\"#matrix\">Requirements verified</a><div class=\"bar\" title=\"33 %\">"
                + "<span style=\"width:33%\"></span></div><span>1 / 3</span>");
        int violations = html.indexOf("<h2 id=\"violations\">Violations (2)</h2>");
        int contents = html.indexOf("<h2 id=\"contents\">Contents</h2>");
        int rules = html.indexOf("<h2 id=\"rules\">Rules</h2>");
        assertTrue(0 < banner && banner < counts && counts < violations && violations < contents && contents < rules,
                html);
        assertTrue(html.contains("<a href=\"#soup\">SOUP complete</a><div class=\"bar none\"></div><span>none</span>"),
                html);
        assertTrue(html.contains("<td><a href=\"https://iec62304.github.io/iec62304-maven-plugin/rules/TRACE-TESTED"
                + ".html\">TRACE-TESTED</a></td><td><a href=\"#req-REQ-3\"><code>REQ-3</code></a></td>"), html);
        assertTrue(html.contains("<tr id=\"req-REQ-3\"><td>REQ-3</td>"), html);
        assertTrue(html.contains("<a href=\"trace-matrix.csv\">trace-matrix.csv</a>"), html);
        assertFalse(html.contains("href=\"waivers.csv\""), "no waiver register, no waivers.csv");
        assertFalse(html.contains("href=\"risk-trace.csv\""), "no risk extract, no risk-trace.csv");
        assertFalse(html.contains("Risk controls verified"), "no risk extract, no count of risk controls");
    }

    /** Every link of the table of contents names an element of the page. */
    @Test
    void everyEntryOfTheContentsHasItsSection() {
        String html = page(IndexPagePrintTest.content(false));
        Matcher href = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
        int links = 0;
        while (href.find()) {
            links++;
            assertTrue(html.contains("id=\"" + href.group(1) + "\""), href.group(1));
        }
        assertTrue(links >= 15, "links: " + links);
    }

    /** Only the level for the declared class is shown; the others are in the cell's title. */
    @Test
    void rulesThatPassedAreFoldedAndShowTheLevelOfTheDeclaredClass() {
        String html = page(IndexPagePrintTest.content(true));
        assertTrue(html.contains("<th>Level for class A</th>"), html);
        assertTrue(html.contains("<td title=\"Class A / B / C: ERROR / ERROR / ERROR\">ERROR</td><td class=\"PASSED\">"),
                html);
        assertTrue(html.matches("(?s).*<h2 id=\"rules\">Rules</h2>\n<details class=\"passed\"><summary>\\d+ rules "
                + "PASSED, OFF or NOT_APPLICABLE</summary>.*"), html);
    }

    /** The print footer is a CSS string in the page's style element: nothing in it may end either. */
    /**
     * Issue 17: one event showed as WARNED, SKIPPED and "accepted" with nothing saying how they relate. Every status
     * word the page prints in a cell is defined in the legend, which follows the contents.
     */
    @Test
    void everyStatusWordThePagePrintsIsDefinedInTheLegend() {
        for (boolean passing : new boolean[] {true, false}) {
            String html = page(IndexPagePrintTest.content(passing));
            int legend = html.indexOf("<details class=\"legend\"><summary>How to read this page</summary>");
            assertTrue(legend > html.indexOf("<h2 id=\"contents\">") && legend < html.indexOf("<h2 id=\"build\">"),
                    html);
            String definitions = html.substring(legend, html.indexOf("</details>", legend));
            Matcher word = Pattern.compile("<td class=\"([A-Z_]+)\"").matcher(html);
            int words = 0;
            while (word.find()) {
                words++;
                assertTrue(definitions.contains("<strong>" + word.group(1) + "</strong>")
                        || definitions.contains("<strong>" + word.group(1).replace("NA", "N/A") + "</strong>"),
                        word.group(1) + " is not defined in the legend");
            }
            assertTrue(words > 5, html);
        }
    }

    @Test
    void theFooterTextCannotEndItsCssStringNorTheStyleElement() {
        assertEquals("\"com.acme:pump 1.0\\22  \\3c \\2f style\\3e \\5c \"",
                PrintStyle.string("com.acme:pump 1.0\" </style>\\"));
    }

    @Test
    void coverageReadsAsAPercentageRoundedDown() {
        assertEquals("100 %", IndexPage.percent(1.0));
        assertEquals("90 %", IndexPage.percent(0.9));
        assertEquals("85.5 %", IndexPage.percent(0.855));
        assertEquals("89.9 %", IndexPage.percent(0.89999));
    }

    /** Above {@link IndexPage#MAX_ROWS_LISTED} requirements the matrix lists those not VERIFIED and counts the rest. */
    @Test
    void aLargeMatrixListsOnlyTheRequirementsNotVerified() {
        int n = IndexPage.MAX_ROWS_LISTED + 1;
        List<Requirement> requirements = new ArrayList<>();
        List<CodeLink> links = new ArrayList<>();
        List<TestCaseResult> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = String.format("REQ-%05d", i);
            requirements.add(new Requirement(id, "Requirement " + i, null, null, List.of(), List.of(), i + 1));
            if (i > 0) {
                links.add(new CodeLink(LinkKind.IMPLEMENTS, id, new CodeLocation("com.acme.Pump", "m" + i)));
                links.add(new CodeLink(LinkKind.VERIFIES, id, new CodeLocation("com.acme.PumpTest", "t" + i)));
                cases.add(new TestCaseResult("com.acme.PumpTest", "t" + i, TestOutcome.PASSED, 0.1, 0, "", List.of()));
            }
        }
        RequirementCatalog catalog = new RequirementCatalog("requirements.yaml", requirements, List.of());
        CodeScan scan = new CodeScan(links.stream().sorted().toList(), Set.of(), Map.of(), List.of(),
                java.nio.file.attribute.FileTime.fromMillis(0), List.of(), List.of(), Set.of());
        TestRecord record = new TestRecord(cases, List.of(), Map.of());
        BundleContent small = IndexPagePrintTest.content(true);
        Evidence evidence = new Evidence(SafetyClass.A, catalog, scan, record,
                TraceLinker.link(catalog, SafetyClass.A, scan, record), small.evidence().units(),
                small.evidence().soup());
        GateReport report = Gates.evaluate(Gates.all(), evidence, RuleLevels.defaults());
        String html = page(new BundleContent(small.project(), true, evidence, report, List.of(), Map.of()));
        assertTrue(html.contains("<h2>Traceability matrix (2001 requirements)</h2>\n<p>VERIFIED: 2000. UNTESTED: 1. "
                + "More than 2000 requirements: only those not VERIFIED are listed here; every requirement is in "
                + "<a href=\"trace-matrix.csv\">trace-matrix.csv</a> and <a href=\"trace-matrix.json\">"
                + "trace-matrix.json</a>.</p>"), html.substring(html.indexOf("Traceability matrix (")));
        assertTrue(html.contains("<tr id=\"req-REQ-00000\">"), "REQ-00000 has no test");
        assertFalse(html.contains("<tr id=\"req-REQ-00001\">"), "REQ-00001 is verified");
    }

    /** Review of issue 17's redesign: 100,000 failing tests were listed row by row; now the first ones and the CSV. */
    @Test
    void aLargeNumberOfFailingTestsIsCappedWithALinkToTheRecord() {
        int n = IndexPage.MAX_ROWS_LISTED + 5;
        List<TestCaseResult> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cases.add(new TestCaseResult("com.acme.PumpTest", String.format("t%05d", i), TestOutcome.FAILED, 0.1, 0,
                    "boom", List.of()));
        }
        BundleContent small = IndexPagePrintTest.content(true);
        Evidence evidence = new Evidence(SafetyClass.A, small.evidence().catalog(), small.evidence().scan(),
                new TestRecord(cases, List.of(), Map.of()), small.evidence().trace(), small.evidence().units(),
                small.evidence().soup());
        GateReport report = Gates.evaluate(Gates.all(), evidence, RuleLevels.defaults());
        String html = page(new BundleContent(small.project(), true, evidence, report, List.of(), Map.of()));
        assertTrue(html.contains("<p>" + n + " test cases did not pass (or passed only on a re-run); the first "
                + IndexPage.MAX_ROWS_LISTED + " are listed, every one is in <a href=\"test-record.csv\">"
                + "test-record.csv</a>.</p>"), html.substring(html.indexOf("Test record (")));
        assertTrue(html.contains(String.format("t%05d", IndexPage.MAX_ROWS_LISTED - 1)));
        assertFalse(html.contains(String.format("t%05d", IndexPage.MAX_ROWS_LISTED)));
    }
}
