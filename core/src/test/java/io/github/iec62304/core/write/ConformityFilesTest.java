package io.github.iec62304.core.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.link.ReleaseProject;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.conformity.ClauseCatalog;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** Issue 17: conformity.json and .csv, one result per IEC 62304 clause for the declared class. */
@Verifies("TOOL-OUT-CONFORMITY")
class ConformityFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String T = "com.acme.RateTest";

    /** A development build: REQ-1 verified by a passing test, REQ-2 with a test only when {@code tested}. */
    private static SortedMap<String, byte[]> bundle(SafetyClass safetyClass, boolean tested) {
        ReleaseProject p = new ReleaseProject(safetyClass).development().now(u -> {
            u.requirement("REQ-1", null).verifies("REQ-1", T, "rate").ran(T, "rate", TestOutcome.PASSED, "");
            u.requirement("REQ-2", null);
            if (tested) {
                u.verifies("REQ-2", T, "limit").ran(T, "limit", TestOutcome.PASSED, "");
            }
        });
        p.now(u -> u.implemented("REQ-1", "com.acme.Rate", "rate").implemented("REQ-2", "com.acme.Rate", "limit"));
        return BaselineBundles.render(p, BaselineBundles.info("com.acme", "pump", "1.1.0"));
    }

    private static Map<String, JsonNode> clauses(SortedMap<String, byte[]> files) throws Exception {
        Map<String, JsonNode> clauses = new LinkedHashMap<>();
        JSON.readTree(files.get("conformity.json")).get("clauses").forEach(c -> clauses.put(c.get("clause").asText(), c));
        return clauses;
    }

    private static final String NA_A = "not required for class A (IEC 62304 Table A.1)";

    @Test
    void classCHasAResultForEveryClauseAndNoneIsNotApplicable() throws Exception {
        SortedMap<String, byte[]> files = bundle(SafetyClass.C, true);
        JsonNode root = JSON.readTree(files.get("conformity.json"));
        assertEquals(List.of("standard", "safetyClass", "releaseBuild", "summary", "clauses"), names(root));
        assertEquals("IEC 62304:2006+A1:2015 C false", root.get("standard").asText() + " "
                + root.get("safetyClass").asText() + " " + root.get("releaseBuild").asText());
        Map<String, JsonNode> clauses = clauses(files);
        assertEquals(ClauseCatalog.all().size(), clauses.size());
        for (JsonNode c : clauses.values()) {
            assertEquals(List.of("clause", "title", "classes", "result", "reason", "rules", "record", "evidence"),
                    names(c));
            assertFalse(c.get("reason").asText().isEmpty(), c.toString());
            assertFalse(c.get("result").asText().equals("N/A"), c.toString());
        }
        assertEquals("{\"FAIL\":0,\"WAIVED\":0,\"WARNED\":0,\"PASS\":24,\"NOT_DECIDED\":18,\"MANUAL\":51,"
                + "\"N/A\":0}", root.get("summary").toString());
        // MANUAL names the record; a clause the rules decide in part names the record too
        assertEquals("MANUAL no build can judge it: the team keeps the software development plan",
                result(clauses.get("5.1.2")));
        assertEquals("software development plan", clauses.get("5.1.1").get("record").asText());
        // release rules in a development build do not decide 5.8.4
        assertEquals("NOT_DECIDED RELEASE-SNAPSHOT not decided: not a release build; RELEASE-APPROVED not decided: "
                + "not a release build", result(clauses.get("5.8.4")));
        // a rule that did not apply is named beside the ones that passed
        assertEquals("PASS every deciding rule that ran passed; REGRESSION-BASELINE not decided: not a release build",
                result(clauses.get("5.6.6")));
        assertEquals("[{\"id\":\"TRACE-TESTED\",\"verdict\":\"PASSED\"},{\"id\":\"TRACE-PASSED\",\"verdict\":"
                + "\"PASSED\"},{\"id\":\"VERIFY-RECORDED\",\"verdict\":\"PASSED\"},{\"id\":\"VERIFY-RECORD-PASSED\","
                + "\"verdict\":\"PASSED\"}]", clauses.get("5.7.1").get("rules").toString());
        assertEquals("[\"trace-matrix.json\",\"test-record.json\",\"verification-records.json\"]",
                clauses.get("5.7.1").get("evidence").toString());
        // risk-trace.json is not written without a risk extract: the table does not name it
        assertEquals("[\"trace-matrix.json\"]", clauses.get("7.3.1").get("evidence").toString());
        assertTrue(new String(files.get("index.html"), StandardCharsets.UTF_8).contains("<h2>Conformity per clause "
                + "(IEC 62304:2006+A1:2015, class C)</h2>\n<p>PASS: 24. NOT_DECIDED: 18. MANUAL: 51. "));
    }

    @Test
    void classAMarksTheClausesTableA1DoesNotRequireAsNotApplicable() throws Exception {
        Map<String, JsonNode> clauses = clauses(bundle(SafetyClass.A, true));
        List<String> na = clauses.values().stream().filter(c -> c.get("result").asText().equals("N/A"))
                .map(c -> c.get("clause").asText()).toList();
        assertEquals(41, na.size());
        assertTrue(na.containsAll(List.of("5.1.4", "5.1.5", "5.1.10", "5.1.11", "5.1.12", "5.2.3", "5.3.1", "5.4.1",
                "5.5.2", "5.5.5", "5.6.6", "5.8.3", "5.8.5", "5.8.6", "7.1.2", "7.3.1", "7.4.2")), na.toString());
        for (String n : na) {
            assertEquals("N/A " + NA_A, result(clauses.get(n)));
            assertEquals("[]", clauses.get(n).get("evidence").toString());
        }
        assertEquals("MANUAL no build can judge it: the team keeps the quality management system records (e.g. "
                + "ISO 13485)", result(clauses.get("4.1")));
        assertEquals("PASS", clauses.get("5.7.1").get("result").asText());
        assertEquals("PASS", clauses.get("8.1.2").get("result").asText());
    }

    @Test
    void classBNeedsAllButTheClassCClauses() throws Exception {
        Map<String, JsonNode> clauses = clauses(bundle(SafetyClass.B, true));
        assertEquals(List.of("5.1.4", "5.3.5", "5.4.2", "5.4.3", "5.4.4", "5.5.4"), clauses.values().stream()
                .filter(c -> c.get("result").asText().equals("N/A")).map(c -> c.get("clause").asText()).toList());
        assertEquals("not required for class B (IEC 62304 Table A.1)", clauses.get("5.5.4").get("reason").asText());
        assertEquals("PASS", clauses.get("5.5.5").get("result").asText());
    }

    @Test
    void aFailingRuleFailsEveryClauseItDecidesAndIsNamed() throws Exception {
        Map<String, JsonNode> clauses = clauses(bundle(SafetyClass.C, false));
        assertEquals("FAIL TRACE-TESTED failed: 1 error", result(clauses.get("5.7.1")));
        assertEquals("FAIL TRACE-TESTED failed: 1 error; TRACE-PARENT not decided: src/iec62304/requirements.yaml "
                + "declares no systemRequirements, so parents are free text; TRACE-SYSTEM not decided: "
                + "src/iec62304/requirements.yaml declares no systemRequirements, so parents are free text",
                result(clauses.get("5.1.1")));
        assertEquals(List.of("5.1.1", "5.7.1"), clauses.values().stream()
                .filter(c -> c.get("result").asText().equals("FAIL")).map(c -> c.get("clause").asText()).toList());
        String index = new String(bundle(SafetyClass.C, false).get("index.html"), StandardCharsets.UTF_8);
        assertTrue(index.contains("<tr><td>5.7.1</td><td>Every software requirement has tests that pass</td><td>A, B, C"
                + "</td><td class=\"FAIL\">FAIL</td><td>TRACE-TESTED failed: 1 error</td><td>TRACE-TESTED FAILED<br>"
                + "TRACE-PASSED PASSED<br>VERIFY-RECORDED PASSED<br>VERIFY-RECORD-PASSED PASSED</td><td></td><td>"
                + "trace-matrix.json, test-record.json, verification-records.json</td></tr>"), index);
        assertTrue(index.contains("<tr class=\"heading\"><th>7</th><th colspan=\"7\">Software risk management process"
                + "</th></tr>"), index);
        // class A: the same failure fails the same clauses; an N/A clause stays N/A whatever its rules say
        Map<String, JsonNode> a = clauses(bundle(SafetyClass.A, false));
        assertEquals("FAIL", a.get("5.7.1").get("result").asText());
        assertEquals("N/A " + NA_A, result(a.get("5.3.1")));
    }

    /** A rule that still judges a clause the class does not need (RELEASE-GIT warns for class A): shown, not N/A. */
    @Test
    void aClauseBeyondTableA1ThatARuleStillJudgedShowsTheJudgement() throws Exception {
        ReleaseProject p = new ReleaseProject(SafetyClass.A).now(u -> u.requirement("REQ-1", null)
                .verifies("REQ-1", T, "rate").ran(T, "rate", TestOutcome.PASSED, "")).git(null);
        Map<String, JsonNode> clauses = clauses(BaselineBundles.render(p, BaselineBundles.info("com.acme", "pump",
                "1.1.0")));
        assertEquals("WARNED not required for class A (IEC 62304 Table A.1), but the project's rule levels check it: "
                + "RELEASE-GIT: 1 warning", result(clauses.get("5.1.11")));
        assertEquals("[\"manifest.json\",\"release-checklist.json\"]", clauses.get("5.1.11").get("evidence").toString());
        assertEquals("N/A " + NA_A, result(clauses.get("5.8.5"))); // RELEASE-REPRODUCIBLE passed: nothing to show
    }

    @Test
    void theCsvHasOneRowPerClause() throws Exception {
        List<String> csv = CsvText.lines(bundle(SafetyClass.C, false).get("conformity.csv"));
        assertEquals(ClauseCatalog.all().size() + 1, csv.size());
        assertEquals("clause,title,classes,result,reason,rules,record,evidence", csv.get(0));
        assertTrue(csv.contains("5.7.1,Every software requirement has tests that pass,\"A, B, C\",FAIL,TRACE-TESTED "
                + "failed: 1 error,\"TRACE-TESTED=FAILED; TRACE-PASSED=PASSED; VERIFY-RECORDED=PASSED; "
                + "VERIFY-RECORD-PASSED=PASSED\",,\"trace-matrix.json; test-record.json; verification-records.json\""), csv
                .toString());
    }

    @Verifies("TOOL-BUNDLE-REPRODUCIBLE")
    @Test
    void theSameBuildGivesTheSameBytes() {
        assertEquals(new String(bundle(SafetyClass.B, false).get("conformity.json"), StandardCharsets.UTF_8),
                new String(bundle(SafetyClass.B, false).get("conformity.json"), StandardCharsets.UTF_8));
    }

    private static String result(JsonNode clause) {
        return clause.get("result").asText() + " " + clause.get("reason").asText();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
