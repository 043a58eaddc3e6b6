package io.github.iec62304.core.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.RuleVerdict;
import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.approval.Approval;
import io.github.iec62304.core.model.waiver.Waiver;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Issue 17: the CI-native views of the gate results (JUnit XML, SARIF, the GitHub step summary). */
class CiReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant BUILT = Instant.parse("2026-01-31T10:00:00Z");
    private static final Map<SafetyClass, Level> ERROR = Map.of(SafetyClass.C, Level.ERROR);

    /** TRACE-TESTED fails on REQ-1 (with its register line), a WARN, a waived finding, a rule not applicable. */
    private static GateReport small() {
        Approval approval = new Approval("A. Auditor", "QA", "2026-01-10", Approval.Meaning.APPROVAL, "v1:ab", 4);
        Waiver waiver = new Waiver("W-1", "UNIT-COVERAGE", "com.acme.Pump", "covered by <bench> test | TR-9",
                List.of(approval), LocalDate.of(2026, 6, 30), 2);
        List<Violation> violations = new ArrayList<>(List.of(
                new Violation("TRACE-TESTED", "5.1.1 c; 5.7.1", Level.ERROR, "REQ-1", "\"Rate\" (class C) has no "
                        + "verifying test. Add @Verifies(\"REQ-1\") to the test that checks it.")
                        .at(new Violation.Location("src/iec62304/requirements.yaml", 7)),
                new Violation("TRACE-IMPLEMENTED", "5.5.1", Level.WARN, "REQ-2", "<b>no</b> implementation | x"),
                new Violation("UNIT-COVERAGE", "5.5.5", Level.ERROR, "com.acme.Pump", "line coverage 0.50 < 0.90")
                        .waive(waiver, approval)));
        List<RuleVerdict> rules = List.of(
                new RuleVerdict("TRACE-TESTED", "5.1.1 c; 5.7.1", "Every requirement has a verifying test", ERROR,
                        "FAILED", 1, 0),
                new RuleVerdict("TRACE-IMPLEMENTED", "5.5.1", "Every requirement is implemented", ERROR, "WARNED",
                        0, 1),
                new RuleVerdict("UNIT-COVERAGE", "5.5.5", "Units meet coverage", ERROR, RuleVerdict.WAIVED, 0, 0,
                        null, 1),
                new RuleVerdict("TRACE-DANGLING", "5.1.1 c", "Ids resolve", ERROR, "PASSED", 0, 0),
                new RuleVerdict("RELEASE-GIT", "5.8.4", "Committed tree", ERROR, RuleVerdict.NOT_APPLICABLE, 0, 0,
                        "not a release build"));
        return new GateReport(violations.stream().sorted().toList(), rules);
    }

    private static String junit(GateReport report) {
        return new String(BundleFile.bytes(out -> JunitReport.write(out, report, "com.acme:pump")),
                StandardCharsets.UTF_8);
    }

    private static JsonNode sarif(GateReport report) throws Exception {
        return JSON.readTree(BundleFile.bytes(out -> SarifReport.write(out, report, "0.1.0")));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Verifies("TOOL-OUT-JUNIT")
    @Test
    void junitHasATestCasePerRuleAndSubjectFailingOnlyOnErrors() throws Exception {
        Document doc = parse(junit(small()));
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertEquals("iec62304:com.acme:pump", suite.getAttribute("name"));
        assertEquals(List.of("5", "1", "1", "0"), List.of(suite.getAttribute("tests"),
                suite.getAttribute("failures"), suite.getAttribute("skipped"), suite.getAttribute("errors")));
        NodeList cases = doc.getElementsByTagName("testcase");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            names.add(c.getAttribute("classname") + " " + c.getAttribute("name"));
        }
        assertEquals(List.of("iec62304.TRACE-TESTED REQ-1", "iec62304.TRACE-IMPLEMENTED REQ-2",
                "iec62304.UNIT-COVERAGE com.acme.Pump", "iec62304.TRACE-DANGLING Ids resolve",
                "iec62304.RELEASE-GIT Committed tree"), names);
        Element failure = (Element) ((Element) cases.item(0)).getElementsByTagName("failure").item(0);
        assertEquals("\"Rate\" (class C) has no verifying test. Add @Verifies(\"REQ-1\") to the test that checks it.",
                failure.getAttribute("message"));
        assertEquals("ERROR TRACE-TESTED REQ-1: \"Rate\" (class C) has no verifying test. Add @Verifies(\"REQ-1\") "
                + "to the test that checks it. [IEC 62304 5.1.1 c; 5.7.1] (at src/iec62304/requirements.yaml:7)\n",
                failure.getTextContent());
        // a warning is no failure: it passes, and says so in system-out; markup in a message stays text
        Element warned = (Element) cases.item(1);
        assertEquals(0, warned.getElementsByTagName("failure").getLength());
        assertEquals("WARN TRACE-IMPLEMENTED REQ-2: <b>no</b> implementation | x [IEC 62304 5.5.1]\n",
                warned.getElementsByTagName("system-out").item(0).getTextContent());
        Element waived = (Element) cases.item(2);
        assertEquals(0, waived.getElementsByTagName("failure").getLength());
        assertTrue(waived.getElementsByTagName("system-out").item(0).getTextContent().startsWith(
                "WAIVED UNIT-COVERAGE com.acme.Pump: line coverage 0.50 < 0.90 [IEC 62304 5.5.5] Waiver W-1 (approved "
                        + "by A. Auditor, QA, on 2026-01-10; expires 2026-06-30): covered by <bench> test | TR-9"));
        Element passed = (Element) cases.item(3);
        assertEquals(0, passed.getChildNodes().getLength());
        Element skipped = (Element) ((Element) cases.item(4)).getElementsByTagName("skipped").item(0);
        assertEquals("NOT_APPLICABLE: not a release build", skipped.getAttribute("message"));
    }

    @Verifies({"TOOL-BUNDLE-ESCAPED", "TOOL-OUT-JUNIT"})
    @Test
    void junitReplacesCharactersXmlCannotHold() throws Exception {
        GateReport report = new GateReport(List.of(new Violation("TRACE-TESTED", "5.7.1", Level.ERROR, "REQ-\u0001",
                "bell \u0007 and ]]> end")), List.of(new RuleVerdict("TRACE-TESTED", "5.7.1", "T", ERROR, "FAILED",
                1, 0)));
        Element c = (Element) parse(junit(report)).getElementsByTagName("testcase").item(0);
        assertEquals("REQ-\uFFFD", c.getAttribute("name"));
        assertEquals("bell \uFFFD and ]]> end", ((Element) c.getElementsByTagName("failure").item(0))
                .getAttribute("message"));
    }

    @Verifies("TOOL-OUT-SARIF")
    @Test
    void sarifOfABundleValidatesAgainstTheOfficialSchema() throws Exception {
        // the bundle fixture: hostile titles, a failing and a dangling requirement, an untested REQ-3
        SortedMap<String, byte[]> files = EvidenceBundleWriter.render(EvidenceBundleWriterTest.content(BUILT, false));
        JsonNode sarif = JSON.readTree(files.get(SarifReport.NAME));
        assertEquals(List.of(), errors(sarif));
        assertEquals(List.of(), errors(sarif(small())));
        // the schema does bite: a level SARIF does not know is refused
        com.fasterxml.jackson.databind.node.ObjectNode broken = (com.fasterxml.jackson.databind.node.ObjectNode)
                sarif(small());
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.at("/runs/0/results/0")).put("level", "fatal");
        assertEquals(1, errors(broken).size());
        // the same finding keeps its location in the catalog: REQ-3 starts at line 8
        JsonNode untested = null;
        for (JsonNode r : sarif.at("/runs/0/results")) {
            if (r.get("ruleId").asText().equals("TRACE-TESTED") && r.at("/properties/subject").asText().equals("REQ-3")) {
                untested = r;
            }
        }
        assertEquals("src/iec62304/requirements.yaml",
                untested.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(8, untested.at("/locations/0/physicalLocation/region/startLine").asInt());
    }

    @Verifies("TOOL-OUT-SARIF")
    @Test
    void sarifListsEveryRuleAndMapsLevelsAndWaivers() throws Exception {
        JsonNode run = sarif(small()).at("/runs/0");
        assertEquals("iec62304-maven-plugin", run.at("/tool/driver/name").asText());
        assertEquals("0.1.0", run.at("/tool/driver/version").asText());
        List<String> ids = new ArrayList<>();
        run.at("/tool/driver/rules").forEach(r -> ids.add(r.get("id").asText()));
        assertEquals(List.of("TRACE-TESTED", "TRACE-IMPLEMENTED", "UNIT-COVERAGE", "TRACE-DANGLING", "RELEASE-GIT"),
                ids);
        JsonNode rule = run.at("/tool/driver/rules/0");
        assertEquals("https://iec62304.github.io/iec62304-maven-plugin/rules/TRACE-TESTED.html",
                rule.get("helpUri").asText());
        assertEquals("Every requirement has a verifying test (IEC 62304 5.1.1 c; 5.7.1)",
                rule.at("/fullDescription/text").asText());
        JsonNode results = run.get("results");
        assertEquals(3, results.size());
        JsonNode error = results.get(0);
        assertEquals(List.of("TRACE-TESTED", "error", "0"), List.of(error.get("ruleId").asText(),
                error.get("level").asText(), error.get("ruleIndex").asText()));
        assertEquals("REQ-1: \"Rate\" (class C) has no verifying test. Add @Verifies(\"REQ-1\") to the test that "
                + "checks it. [IEC 62304 5.1.1 c; 5.7.1]", error.at("/message/text").asText());
        assertEquals("PROJECTROOT", error.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText());
        assertEquals(7, error.at("/locations/0/physicalLocation/region/startLine").asInt());
        JsonNode warning = results.get(1);
        assertEquals("warning", warning.get("level").asText());
        assertFalse(warning.has("locations"));
        JsonNode waived = results.get(2);
        assertEquals("note", waived.get("level").asText());
        assertEquals("external", waived.at("/suppressions/0/kind").asText());
        assertEquals("accepted", waived.at("/suppressions/0/status").asText());
        assertEquals("Waiver W-1 (approved by A. Auditor, QA, on 2026-01-10; expires 2026-06-30; the rule reported "
                + "ERROR): covered by <bench> test | TR-9", waived.at("/suppressions/0/justification").asText());
        assertFalse(error.has("suppressions"));
    }

    @Verifies("TOOL-OUT-SARIF")
    @Test
    void sarifUrisAreRelativeAndEncoded() {
        assertEquals("src/iec62304/my%20requirements.yaml", SarifReport.uri("src\\iec62304/my requirements.yaml"));
        assertEquals("src/%C3%A9t%C3%A9.yaml", SarifReport.uri("src/\u00e9t\u00e9.yaml"));
    }

    @Test
    void bothFilesAreInTheBundleWithDigestsAndByteIdentical() throws Exception {
        SortedMap<String, byte[]> first = EvidenceBundleWriter.render(EvidenceBundleWriterTest.content(BUILT, false));
        SortedMap<String, byte[]> again = EvidenceBundleWriter.render(EvidenceBundleWriterTest.content(BUILT, true));
        for (String name : List.of(JunitReport.NAME, SarifReport.NAME)) {
            assertArrayEquals(first.get(name), again.get(name), name);
            String sha = io.github.iec62304.core.read.Sha256.hex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(first.get(name)));
            assertTrue(new String(first.get("manifest.json"), StandardCharsets.UTF_8).contains(
                    "\"path\" : \"" + name + "\",\n      \"sha256\" : \"" + sha + "\""), name);
        }
    }

    @Verifies("TOOL-BUNDLE-ESCAPED")
    @Test
    void stepSummaryGivesVerdictCountsAndTheFirstViolationsEscaped() {
        assertEquals("""
                ### IEC 62304 check: FAILED :x:

                com.acme:pump 1.0: 1 error(s), 1 warning(s), 1 waived, 5 rules.

                **The build was not failed on purpose (`iec62304.failOnError=false`): the evidence says FAILED.** \
                Fix the errors below before a release; a release build refuses this switch.

                | Level | Rule | Subject | Finding |
                |---|---|---|---|
                | ERROR | TRACE-TESTED | REQ-1 | "Rate" (class C) has no verifying test. Add @Verifies("REQ-1") to \
                the test that checks it. (src/iec62304/requirements.yaml:7) |
                | WARN | TRACE-IMPLEMENTED | REQ-2 | &lt;b&gt;no&lt;/b&gt; implementation \\| x |

                Evidence: `target/pump-1.0-iec62304-evidence.zip` (open `index.html` in it; the build's log lists \
                every violation).

                """, StepSummary.markdown(small(), "com.acme:pump 1.0", "target/pump-1.0-iec62304-evidence.zip", true));
    }

    @Test
    void stepSummaryOfAPassingBuildIsShort() {
        GateReport passed = new GateReport(List.of(), List.of(new RuleVerdict("TRACE-TESTED", "5.7.1", "T", ERROR,
                "PASSED", 0, 0)));
        assertEquals("### IEC 62304 check: PASSED :white_check_mark:\n\ncom.acme:pump 1.0: 0 error(s), 0 warning(s), "
                + "0 waived, 1 rules.\n\nEvidence: `b.zip` (open `index.html` in it; the build's log lists every "
                + "violation).\n\n", StepSummary.markdown(passed, "com.acme:pump 1.0", "b.zip", false));
    }

    private static List<String> errors(JsonNode document) throws Exception {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
        try (InputStream in = CiReportsTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            Schema schema = registry.getSchema(in);
            return schema.validate(document).stream().map(Error::toString).toList();
        }
    }
}
