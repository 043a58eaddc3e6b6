package io.github.iec62304.core.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.CheckSettings;
import io.github.iec62304.core.SoupSettings;
import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.evaluate.Gates;
import io.github.iec62304.core.evaluate.RuleLevels;
import io.github.iec62304.core.link.ReleaseProject;
import io.github.iec62304.core.link.RiskLinker;
import io.github.iec62304.core.link.RiskModel;
import io.github.iec62304.core.link.SoupModel;
import io.github.iec62304.core.link.TraceLinker;
import io.github.iec62304.core.link.TraceMatrix;
import io.github.iec62304.core.link.UnitLinker;
import io.github.iec62304.core.model.Architecture;
import io.github.iec62304.core.model.ClassCoverage;
import io.github.iec62304.core.model.CodeLink;
import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.Counter;
import io.github.iec62304.core.model.LinkKind;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.SoftwareItem;
import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.TestRecord;
import io.github.iec62304.core.model.risk.Hazard;
import io.github.iec62304.core.model.risk.RiskFile;
import io.github.iec62304.core.project.GitRevision;
import io.github.iec62304.core.project.ProjectInfo;
import io.github.iec62304.core.read.catalog.RequirementCatalogReader;
import io.github.iec62304.core.read.risk.RiskFileReader;
import io.github.iec62304.core.read.risk.RiskFileReaderTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, evidence: {@code risk-trace.json} and {@code .csv}, the hazards of the trace matrix and the risk section
 * of {@code index.html}, from the chain of {@link RiskFileReaderTest#CHAIN} grown by a control whose test fails, a
 * software control without requirement and a hazard without control; and a bundle without risks as it was.
 */
@Verifies("TOOL-BUNDLE-CONTENT")
class RiskTraceFilesTest {

    private static final Path SCHEMAS = Path.of("..", "src", "site", "resources", "schemas");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String XSS = "<script>alert(1)</script>";

    /** CHAIN (RC-OVERDOSE-01 in software, RC-MOTOR-01 in hardware) and three more hazards and three more controls. */
    static final String RISKS = RiskFileReaderTest.CHAIN.replace("controls:\n  - id: RC-OVERDOSE-01", """
              - id: HAZ-OCCLUSION
                title: An occlusion is not detected
                harm: Under-infusion, up to death
                severity: serious
                causes:
                  - item: SENSING
                    description: the pressure is misread
                controls: [RC-OCCLUSION-01, RC-OVERDOSE-01]
                before: frequent
                after: remote
                residual:
                  acceptable: no
                  rationale: occlusions remain possible
                  benefitRisk: BRA-2026-01
              - id: HAZ-LOG
                title: A logging failure stops the dosing thread
                harm: Therapy interrupted
                severity: minor
                causes:
                  - soup: org.slf4j:slf4j-api
                    description: the logging backend throws
                controls: [RC-LOG-01, RC-LABEL-01]
                afterExternal: remote
              - id: HAZ-NOISE
                title: The alarm is too quiet
                harm: Alarm missed
                severity: minor
                causes:
                  - notSoftware: the loudspeaker
            controls:
              - id: RC-OVERDOSE-01""") + """
              - id: RC-OCCLUSION-01
                title: An occlusion stops the pump and alarms
                kind: protective-measure
                implementedIn: software
              - id: RC-LOG-01
                title: Logging failures never reach the dosing path
                kind: inherent-safety
                implementedIn: software
              - id: RC-LABEL-01
                title: "The label warns: %s"
                kind: information-for-safety
                implementedIn: external
                reference: IFU section 7
            """.formatted(XSS);

    private static final String CATALOG = """
            requirements:
              - id: REQ-LIMIT
                title: Hard limit
                text: The pump shall refuse a rate above the drug library's hard limit.
                riskControls: [RC-OVERDOSE-01]
              - id: REQ-OCCL
                title: Occlusion alarm
                text: The pump shall stop and alarm on an occlusion.
                safetyClass: B
                riskControls: [RC-OCCLUSION-01]
              - id: REQ-UI
                title: Display
                text: The pump shall show the rate.
            """;

    private static final String LIMIT_TEST = "com.acme.dosing.DoseLimitTest";
    private static final String OCCL_TEST = "com.acme.sensing.OcclusionTest";

    private static Evidence evidence(boolean risks, UnaryOperator<RiskFile> edit) {
        RequirementCatalog catalog = new RequirementCatalogReader().read(in(CATALOG), "src/iec62304/requirements.yaml");
        CodeLocation limitTest = new CodeLocation(LIMIT_TEST, "refusesAboveHardLimit");
        CodeLocation stops = new CodeLocation(OCCL_TEST, "stops");
        CodeLocation alarms = new CodeLocation(OCCL_TEST, "alarms");
        CodeScan scan = new CodeScan(List.of(
                new CodeLink(LinkKind.IMPLEMENTS, "REQ-LIMIT", new CodeLocation("com.acme.dosing.DoseLimit", "check")),
                new CodeLink(LinkKind.IMPLEMENTS, "REQ-OCCL", new CodeLocation("com.acme.sensing.Occlusion", null)),
                new CodeLink(LinkKind.VERIFIES, "REQ-LIMIT", limitTest),
                new CodeLink(LinkKind.VERIFIES, "REQ-OCCL", alarms),
                new CodeLink(LinkKind.VERIFIES, "REQ-OCCL", stops)), Set.of(limitTest, stops, alarms),
                Map.of(), List.of(), FileTime.fromMillis(0), List.of(
                new ClassCoverage("com.acme.dosing.DoseLimit", new Counter(10, 10), new Counter(2, 2), Counter.EMPTY),
                new ClassCoverage("com.acme.sensing.Occlusion", new Counter(10, 10), new Counter(2, 2), Counter.EMPTY)),
                List.of(), Set.of(LIMIT_TEST, OCCL_TEST));
        TestRecord tests = new TestRecord(List.of(
                new TestCaseResult(LIMIT_TEST, "refusesAboveHardLimit", TestOutcome.PASSED, 0, 0, "", List.of("T.xml")),
                new TestCaseResult(OCCL_TEST, "alarms", TestOutcome.PASSED, 0, 0, "", List.of("T.xml")),
                new TestCaseResult(OCCL_TEST, "stops", TestOutcome.FAILED, 0, 0, "still pumping", List.of("T.xml"))),
                List.of(), Map.of());
        TraceMatrix trace = TraceLinker.link(catalog, SafetyClass.C, scan, tests);
        Architecture architecture = new Architecture("src/iec62304/architecture.yaml", List.of(
                new SoftwareItem("DOSING", "Dosing", null, null, List.of("com.acme.dosing"), List.of(), null, null, 2),
                new SoftwareItem("SENSING", "Sensing", SafetyClass.B, "own process", List.of("com.acme.sensing"),
                        List.of(), null, null, 5)), List.of());
        SoupModel soup = SoupModel.none("src/iec62304/soup.yaml", LocalDate.of(2026, 1, 31),
                SoupSettings.DEFAULT_REVIEW_MAX_AGE);
        Evidence dev = new Evidence(SafetyClass.C, catalog, scan, tests, trace, UnitLinker.link(architecture,
                "src/iec62304/architecture.yaml", SafetyClass.C, CheckSettings.defaultCriteria(), scan, tests), soup);
        RiskModel model = risks ? RiskLinker.link(edit.apply(new RiskFileReader().read(in(RISKS),
                "src/iec62304/risks.yaml")), trace, architecture, null) : RiskModel.none("src/iec62304/risks.yaml");
        return new Evidence(dev.systemClass(), catalog, scan, tests, trace, dev.units(), soup, dev.regression(),
                dev.anomalies(), dev.release(), model);
    }

    private static SortedMap<String, byte[]> bundle(boolean risks) {
        return bundle(risks, UnaryOperator.identity());
    }

    private static SortedMap<String, byte[]> bundle(boolean risks, UnaryOperator<RiskFile> edit) {
        Evidence evidence = evidence(risks, edit);
        GateReport report = Gates.evaluate(Gates.all(), evidence, RuleLevels.defaults());
        ProjectInfo project = new ProjectInfo("com.acme", "pump", "1.0", "Pump", "0.1.0",
                Instant.parse("2026-01-31T10:00:00Z"), new GitRevision("0".repeat(40), false, ReleaseProject.COMMITTED));
        return EvidenceBundleWriter.render(new BundleContent(project, true, evidence, report,
                List.of(new io.github.iec62304.core.model.InputFile("src/iec62304/risks.yaml", "ab".repeat(32), 1)),
                Map.of()));
    }

    private static ByteArrayInputStream in(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(SortedMap<String, byte[]> files, String name) {
        return CsvText.file(files, name);
    }

    private static List<String> errors(String schemaFile, JsonNode document) throws Exception {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        try (InputStream in = Files.newInputStream(SCHEMAS.resolve(schemaFile))) {
            Schema schema = registry.getSchema(in);
            return schema.validate(document).stream().map(Error::toString).toList();
        }
    }

    private static String statuses(JsonNode controls) {
        List<String> list = new ArrayList<>();
        controls.forEach(c -> list.add(c.get("id").asText() + " " + c.get("status").asText()));
        return String.join(", ", list);
    }

    @Test
    void riskTraceJsonHoldsTheWholeChain() throws Exception {
        JsonNode json = JSON.readTree(bundle(true).get("risk-trace.json"));

        assertEquals("RC-OVERDOSE-01 VERIFIED, RC-MOTOR-01 NOT_SOFTWARE, RC-OCCLUSION-01 NOT_VERIFIED, "
                + "RC-LOG-01 NO_REQUIREMENT, RC-LABEL-01 NOT_SOFTWARE", statuses(json.get("controls")));
        JsonNode overdose = json.at("/hazards/0");
        assertEquals("{\"id\":\"HAZ-OVERDOSE\",\"title\":\"The pump infuses more drug than prescribed\","
                + "\"harm\":\"Overdose, up to death\",\"severity\":\"serious\",\"demandedClass\":\"C\","
                + "\"before\":\"frequent\",\"after\":\"improbable\",\"afterExternal\":null,"
                + "\"residual\":{\"acceptable\":true,\"rationale\":\"the limit check and the motor supervision "
                + "together\",\"benefitRisk\":null},\"causes\":["
                + "{\"item\":\"DOSING\",\"itemClass\":\"C\",\"description\":\"a wrong rate is computed\"},"
                + "{\"soup\":\"org.slf4j:slf4j-api\",\"description\":\"a logging call throws in the dosing path\"},"
                + "{\"notSoftware\":\"the pump motor runs away\",\"description\":null}],"
                + "\"controls\":[\"RC-OVERDOSE-01\",\"RC-MOTOR-01\"]}", overdose.toString());
        assertEquals("B", json.at("/hazards/1/causes/0/itemClass").asText());
        assertEquals("BRA-2026-01", json.at("/hazards/1/residual/benefitRisk").asText());
        assertEquals("A", json.at("/hazards/2/demandedClass").asText(), "afterExternal acceptable for minor: A (4.3)");
        assertTrue(json.at("/hazards/3/residual").isNull());

        JsonNode limit = json.at("/controls/0");
        assertEquals("[\"HAZ-OVERDOSE\",\"HAZ-OCCLUSION\"]", limit.get("hazards").toString());
        assertEquals(io.github.iec62304.core.model.Fingerprint.riskControl(limit.get("id").asText(),
                limit.get("title").asText(), limit.get("kind").asText(), limit.get("implementedIn").asText(), null,
                List.of("HAZ-OVERDOSE", "HAZ-OCCLUSION")), limit.get("fingerprint").asText(),
                "issue 16: each control carries its fingerprint");
        assertEquals("{\"id\":\"REQ-LIMIT\",\"status\":\"VERIFIED\",\"safetyClass\":\"C\",\"implementedBy\":["
                + "{\"location\":\"com.acme.dosing.DoseLimit#check\",\"item\":\"DOSING\",\"itemClass\":\"C\"}],"
                + "\"verifiedBy\":[{\"test\":\"com.acme.dosing.DoseLimitTest#refusesAboveHardLimit\","
                + "\"outcome\":\"PASSED\"}],\"records\":[]}", limit.at("/requirements/0").toString());
        JsonNode occlusion = json.at("/controls/2/requirements/0");
        assertEquals("SENSING B com.acme.sensing.OcclusionTest#alarms PASSED com.acme.sensing.OcclusionTest#stops FAILED",
                occlusion.at("/implementedBy/0/item").asText() + " " + occlusion.at("/implementedBy/0/itemClass")
                        .asText() + " " + occlusion.at("/verifiedBy/0/test").asText() + " "
                        + occlusion.at("/verifiedBy/0/outcome").asText() + " " + occlusion.at("/verifiedBy/1/test")
                        .asText() + " " + occlusion.at("/verifiedBy/1/outcome").asText());
        JsonNode motor = json.at("/controls/1");
        assertEquals("hardware HW-SPEC-012 section 4 []", motor.get("implementedIn").asText() + " "
                + motor.get("reference").asText() + " " + motor.get("requirements"));
        assertEquals("[{\"severity\":\"negligible\",\"acceptable\":[\"improbable\",\"remote\",\"frequent\"]},"
                + "{\"severity\":\"minor\",\"acceptable\":[\"improbable\",\"remote\"]},"
                + "{\"severity\":\"serious\",\"acceptable\":[\"improbable\"]}]", json.at("/scale/acceptability").toString());
    }

    @Test
    void riskTraceAndTraceMatrixValidateAgainstTheirSchemas() throws Exception {
        SortedMap<String, byte[]> files = bundle(true);
        JsonNode risk = JSON.readTree(files.get("risk-trace.json"));
        assertEquals(List.of(), errors("risk-trace.schema.json", risk));
        assertEquals(List.of(), errors("trace-matrix.schema.json", JSON.readTree(files.get("trace-matrix.json"))));
        assertEquals(List.of(), errors("manifest.schema.json", JSON.readTree(files.get("manifest.json"))));

        ObjectNode claimsVerified = (ObjectNode) risk.deepCopy();
        ((ObjectNode) claimsVerified.at("/controls/2")).put("status", "VERIFIED");
        assertFalse(errors("risk-trace.schema.json", claimsVerified).isEmpty(), "a failing requirement is not VERIFIED");
        ObjectNode hardwareInSoftware = (ObjectNode) risk.deepCopy();
        ((ObjectNode) hardwareInSoftware.at("/controls/1")).put("status", "NO_REQUIREMENT");
        assertFalse(errors("risk-trace.schema.json", hardwareInSoftware).isEmpty(), "hardware is NOT_SOFTWARE");
        ObjectNode badPrint = (ObjectNode) risk.deepCopy();
        ((ObjectNode) badPrint.at("/controls/0")).put("fingerprint", "sha256");
        assertFalse(errors("risk-trace.schema.json", badPrint).isEmpty(), "a fingerprint is v<n>: and 64 hex digits");
        ObjectNode olderBundle = (ObjectNode) risk.deepCopy();
        olderBundle.get("controls").forEach(c -> ((ObjectNode) c).remove("fingerprint"));
        assertEquals(List.of(), errors("risk-trace.schema.json", olderBundle), "bundles before control fingerprints");
        ObjectNode twoCauses = (ObjectNode) risk.deepCopy();
        ((ObjectNode) twoCauses.at("/hazards/0/causes/0")).put("soup", "x:y");
        assertFalse(errors("risk-trace.schema.json", twoCauses).isEmpty(), "a cause is one of item, soup, notSoftware");
    }

    @Test
    void riskTraceCsvHasARowPerHazardControlRequirementAndTest() {
        assertEquals(String.join(",", RiskTraceFiles.CSV_HEADER) + "\r\n"
                + "HAZ-OVERDOSE,serious,C,RC-OVERDOSE-01,software,VERIFIED,REQ-LIMIT,VERIFIED,"
                + "com.acme.dosing.DoseLimit#check,DOSING,C,com.acme.dosing.DoseLimitTest#refusesAboveHardLimit,PASSED,yes\r\n"
                + "HAZ-OVERDOSE,serious,C,RC-MOTOR-01,hardware,NOT_SOFTWARE,,,,,,,,yes\r\n"
                + "HAZ-OCCLUSION,serious,C,RC-OCCLUSION-01,software,NOT_VERIFIED,REQ-OCCL,NOT_VERIFIED,"
                + "com.acme.sensing.Occlusion,SENSING,B,com.acme.sensing.OcclusionTest#alarms,PASSED,no\r\n"
                + "HAZ-OCCLUSION,serious,C,RC-OCCLUSION-01,software,NOT_VERIFIED,REQ-OCCL,NOT_VERIFIED,"
                + "com.acme.sensing.Occlusion,SENSING,B,com.acme.sensing.OcclusionTest#stops,FAILED,no\r\n"
                + "HAZ-OCCLUSION,serious,C,RC-OVERDOSE-01,software,VERIFIED,REQ-LIMIT,VERIFIED,"
                + "com.acme.dosing.DoseLimit#check,DOSING,C,com.acme.dosing.DoseLimitTest#refusesAboveHardLimit,PASSED,no\r\n"
                + "HAZ-LOG,minor,A,RC-LOG-01,software,NO_REQUIREMENT,,,,,,,,\r\n"
                + "HAZ-LOG,minor,A,RC-LABEL-01,external,NOT_SOFTWARE,,,,,,,,\r\n"
                + "HAZ-NOISE,minor,B,,,,,,,,,,,\r\n", text(bundle(true), "risk-trace.csv"));
    }

    @Test
    void theTraceMatrixNamesTheHazardsOfEachRequirement() throws Exception {
        SortedMap<String, byte[]> files = bundle(true);
        JsonNode matrix = JSON.readTree(files.get("trace-matrix.json"));
        assertEquals("[\"HAZ-OVERDOSE\",\"HAZ-OCCLUSION\"] [\"HAZ-OCCLUSION\"] []", matrix.at("/requirements/0/hazards")
                + " " + matrix.at("/requirements/1/hazards") + " " + matrix.at("/requirements/2/hazards"));
        List<String> keys = new ArrayList<>();
        matrix.at("/requirements/0").fieldNames().forEachRemaining(keys::add);
        assertEquals("riskControls hazards parents", String.join(" ", keys.subList(5, 8)));
        // issue 17: one row per requirement and test, the requirement's columns repeated, for a spreadsheet filter
        assertEquals(List.of("requirement,title,safety class,risk controls,hazards,status,implemented by,"
                + "verification,verified by,outcome,linked by", "REQ-OCCL,Occlusion alarm,B,RC-OCCLUSION-01,HAZ-OCCLUSION,"
                + "NOT_VERIFIED,com.acme.sensing.Occlusion,test,com.acme.sensing.OcclusionTest#alarms,PASSED,'@Verifies",
                "REQ-OCCL,Occlusion alarm,B,RC-OCCLUSION-01,HAZ-OCCLUSION,NOT_VERIFIED,com.acme.sensing.Occlusion,"
                + "test,com.acme.sensing.OcclusionTest#stops,FAILED,'@Verifies"), List.of(text(files, "trace-matrix.csv")
                .split("\r\n")).stream().filter(l -> l.startsWith("req") || l.startsWith("REQ-OCCL")).toList());
    }

    @Test
    void theFirstScreenCountsOnlySoftwareControlsAsToBeVerified() {
        // seen on the sample pump: a hardware control made the bar "6 / 7" in a passing build, as if the build had
        // failed to verify a control it never can
        String html = text(bundle(true), "index.html");

        assertTrue(html.contains("<span>1 / 3</span>\n<span class=\"note\">(2 outside the software)</span>"),
                html.substring(html.indexOf("Risk controls verified")));
    }

    @Test
    void theIndexPageDrawsTheChainOfEveryHazard() {
        String html = text(bundle(true), "index.html");

        assertTrue(html.contains("<h2>Risk management (4 hazards, 5 risk controls)</h2>"), html);
        assertTrue(html.contains("Risk controls: VERIFIED: 1. NOT_VERIFIED: 1. NO_REQUIREMENT: 1. NOT_SOFTWARE: 2. "),
                html);
        assertTrue(html.contains("<div class=\"link\"><div class=\"box s-VERIFIED\"><b>RC-OVERDOSE-01</b> "
                + "<b>VERIFIED</b><br>Rates above the drug library&#39;s hard limit are refused<br><small>"
                + "protective-measure, in software</small></div><div class=\"to\">&rarr;</div><div class=\"col\">"
                + "<div class=\"box s-VERIFIED\"><b>REQ-LIMIT</b> <b>VERIFIED</b><br>Hard limit<br>Tests passed: 1 of 1"
                + "</div></div></div>"), html);
        assertTrue(html.contains("<div class=\"box s-NOT_VERIFIED\"><b>REQ-OCCL</b> <b>NOT_VERIFIED</b><br>"
                + "Occlusion alarm<br>Tests passed: 1 of 2</div>"), html);
        assertTrue(html.contains("<div class=\"box s-NOT_SOFTWARE\"><b>RC-MOTOR-01</b> <b>NOT_SOFTWARE</b>"), html);
        assertTrue(html.contains("<div class=\"box s-NONE\"><b>NO RISK CONTROL</b></div>"), html);
        assertTrue(html.contains("Severity serious, demands class C<br>Risk frequent before, improbable after control"
                + "<br>Residual risk: acceptable"), html);
        assertTrue(html.contains("<td>RC-OCCLUSION-01</td><td>An occlusion stops the pump and alarms</td><td>software"
                + "</td><td>HAZ-OCCLUSION</td><td>REQ-OCCL <span class=\"NOT_VERIFIED\">NOT_VERIFIED</span><br></td>"
                + "<td class=\"NOT_VERIFIED\">NOT_VERIFIED</td></tr>"), html);
        assertTrue(html.contains("<th>Risk controls</th><th>Hazards</th>"), html);
        assertTrue(html.contains("<td>RC-OVERDOSE-01</td><td>HAZ-OVERDOSE, HAZ-OCCLUSION</td>"), html);
        assertTrue(html.contains("<small>information-for-safety, outside the system: IFU section 7</small>"), html);
        assertTrue(html.contains(RiskSection.STYLE), html);
        assertFalse(html.contains(XSS), "the control title is user text");
        assertTrue(html.contains("The label warns: &lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertFalse(html.matches("(?s).*src=.*"), "no external asset");
        // links only: within the page, to the bundle's own files, or to a rule's page on the site
        java.util.regex.Matcher href = java.util.regex.Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (href.find()) {
            assertTrue(href.group(1).matches("#[-\\w]+|[a-z0-9-]+\\.(csv|json)|"
                    + "https://iec62304\\.github\\.io/iec62304-maven-plugin/rules/[A-Z0-9-]+\\.html"), href.group(1));
        }
    }

    @Verifies("TOOL-BUNDLE-ESCAPED")
    @Test
    void theIndexPageEscapesTheIdsOfTheRiskExtract() {
        // the reader refuses such ids; the page does not rely on it
        String hostile = "HAZ-<i>X</i>";
        String html = text(bundle(true, f -> new RiskFile(f.source(), f.scale(), f.hazards().stream().map(h -> h.id()
                .equals("HAZ-NOISE") ? new Hazard(hostile, h.title(), h.harm(), h.severity(), h.causes(), h.controls(),
                h.before(), h.after(), h.afterExternal(), h.residual(), h.line()) : h).toList(), f.controls())),
                "index.html");

        assertFalse(html.contains("<i>X</i>"), html);
        assertTrue(html.contains("<b>HAZ-&lt;i&gt;X&lt;/i&gt;</b>"), html);
    }

    @Test
    void aBundleWithoutRisksKeepsItsFilesAndColumns() throws Exception {
        SortedMap<String, byte[]> files = bundle(false);

        assertEquals(List.of("anomalies.csv", "anomalies.json", "conformity.csv", "conformity.json", "iec62304-junit.xml", "iec62304.sarif", "index.html",
                "manifest.json", "regression-report.csv",
                "regression-report.json", "release-checklist.csv", "release-checklist.json", "requirements.reqif", "soup-list.csv",
                "soup-list.json", "test-record.csv", "test-record.json", "trace-matrix.csv", "trace-matrix.json",
                "unit-verification.csv", "unit-verification.json", "verification-records.csv",
                "verification-records.json"), List.copyOf(files.keySet()));
        List<String> keys = new ArrayList<>();
        JSON.readTree(files.get("trace-matrix.json")).at("/requirements/0").fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("id", "title", "text", "fingerprint", "safetyClass", "riskControls", "parents", "status",
                "verification", "implementedBy", "verifiedBy", "records"), keys);
        assertTrue(text(files, "trace-matrix.csv").startsWith("requirement,title,safety class,risk controls,status,"));
        String html = text(files, "index.html");
        assertFalse(html.contains("Risk management") || html.contains(".chain{") || html.contains("<th>Hazards</th>"),
                html);
        assertFalse(JSON.readTree(files.get("manifest.json")).toString().contains("risk-trace"));
    }

    @Test
    void theRiskTraceIsListedInTheManifestAndRecognisedAsThePlugins() throws Exception {
        SortedMap<String, byte[]> files = bundle(true);
        List<String> listed = new ArrayList<>();
        JSON.readTree(files.get("manifest.json")).get("files").forEach(f -> listed.add(f.get("path").asText()));

        assertTrue(listed.containsAll(List.of("risk-trace.csv", "risk-trace.json")), listed.toString());
        assertTrue(BundleOwnership.NAMES.containsAll(files.keySet()));
    }

    /** RISK-CHANGE reads the controls of this build's risk-trace.json when it is the next release's baseline. */
    @Test
    void theNextReleaseReadsTheControlsBackAsTheyAreNow(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path zip = Files.write(tmp.resolve("pump-1.0-iec62304-evidence.zip"), BaselineBundles.zip(bundle(true)));
        io.github.iec62304.core.model.release.Baseline baseline = io.github.iec62304.core.read.baseline.BaselineReader
                .read(zip, "pump 1.0", "com.acme", "pump");
        RiskFile now = new RiskFileReader().read(in(RISKS), "src/iec62304/risks.yaml");

        assertTrue(baseline.riskRecorded());
        assertEquals(5, baseline.riskControls().size());
        for (var control : now.controls()) {
            assertEquals(io.github.iec62304.core.link.RiskChangeLinker.facts(control, now),
                    baseline.riskControls().get(control.id()), control.id());
        }
    }
}
