package io.github.iec62304.core.write.reqif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.link.RequirementTrace;
import io.github.iec62304.core.link.TraceMatrix;
import io.github.iec62304.core.link.VerifyingTest;
import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.project.ProjectInfo;
import io.github.iec62304.core.read.catalog.RequirementCatalogReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

@Verifies("TOOL-OUT-REQIF")
class ReqifFileTest {

    static final Path SAMPLE = Path.of("..", "sample-device-project", "src", "iec62304", "requirements.yaml");
    static final ProjectInfo PROJECT = new ProjectInfo("com.example.pump", "infusion-pump", "1.1.0",
            "Infusion pump software", "9.9.9", Instant.parse("2026-03-01T10:00:00Z"), null);
    static final Instant TIME = Instant.parse("2026-03-01T10:00:00Z");

    static RequirementCatalog sample() throws Exception {
        try (InputStream in = Files.newInputStream(SAMPLE)) {
            return new RequirementCatalogReader().read(in, "src/iec62304/requirements.yaml");
        }
    }

    /** A trace of the catalog: every requirement implemented by one class and verified by one test. */
    static TraceMatrix trace(RequirementCatalog catalog) {
        return new TraceMatrix(catalog.requirements().stream().map(r -> new RequirementTrace(r,
                r.effectiveClass(SafetyClass.C),
                List.of(new CodeLocation("com.example.pump.Dose", null)),
                List.of(new VerifyingTest(new CodeLocation("com.example.pump.DoseTest", "check" + r.id().replace("-",
                        "")), TestOutcome.PASSED, 1, 0, "", "", List.of())))).toList(), List.of());
    }

    static byte[] export(RequirementCatalog catalog, TraceMatrix trace) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReqifFile.write(out, PROJECT, TIME, catalog, trace);
        return out.toByteArray();
    }

    @Test
    void theSamplePumpExportValidatesAgainstTheOmgSchema() throws Exception {
        RequirementCatalog catalog = sample();
        byte[] reqif = export(catalog, trace(catalog));
        assertEquals(List.of(), ReqifSchema.errors(reqif));
        String text = new String(reqif, StandardCharsets.UTF_8);
        assertTrue(text.contains("<CREATION-TIME>2026-03-01T10:00:00Z</CREATION-TIME>"), text);
        assertTrue(text.contains("<REQ-IF-TOOL-ID>iec62304-maven-plugin 9.9.9</REQ-IF-TOOL-ID>"), text);
        assertTrue(text.contains("<SPEC-OBJECT IDENTIFIER=\"_REQ-DOSE-001\" LAST-CHANGE=\"2026-03-01T10:00:00Z\" "
                + "LONG-NAME=\"REQ-DOSE-001\">"), text);
        assertTrue(text.contains("<ATTRIBUTE-VALUE-STRING THE-VALUE=\"Hourly rate from prescription\">"), text);
    }

    @Test
    void theSchemaCheckIsNotVacuous() throws Exception {
        RequirementCatalog catalog = sample();
        String text = new String(export(catalog, trace(catalog)), StandardCharsets.UTF_8);
        String noLastChange = text.replaceFirst("(<SPEC-OBJECT IDENTIFIER=\"[^\"]*\") LAST-CHANGE=\"[^\"]*\"", "$1");
        assertFalse(ReqifSchema.errors(noLastChange.getBytes(StandardCharsets.UTF_8)).isEmpty());
        String badXhtml = text.replaceFirst("<xhtml:br/>|</xhtml:div>", "<xhtml:script/>$0");
        assertFalse(ReqifSchema.errors(badXhtml.getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    @Verifies("TOOL-BUNDLE-REPRODUCIBLE")
    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        RequirementCatalog catalog = sample();
        assertArrayEquals(export(catalog, trace(catalog)), export(sample(), trace(sample())));
    }

    @Test
    void everyTraceRelationIsExported() throws Exception {
        RequirementCatalog catalog = sample();
        String text = new String(export(catalog, trace(catalog)), StandardCharsets.UTF_8);
        // 14 requirements: 14 implements, 14 verifies; parents and risk controls as the catalog names them
        long parents = catalog.requirements().stream().mapToLong(r -> r.parents().size()).sum();
        long controls = catalog.requirements().stream().mapToLong(r -> r.riskControls().size()).sum();
        assertEquals(14, count(text, "<SPEC-RELATION-TYPE-REF>_relation-type-implements<"));
        assertEquals(14, count(text, "<SPEC-RELATION-TYPE-REF>_relation-type-verifies<"));
        assertEquals(parents, count(text, "<SPEC-RELATION-TYPE-REF>_relation-type-parent<"));
        assertEquals(controls, count(text, "<SPEC-RELATION-TYPE-REF>_relation-type-riskControl<"));
    }

    /** A test a catalog tests: selector links (a Robot Framework case, spaces in its name) is a verifies relation. */
    @Test
    void aDeclaredTestLinkIsExportedAsVerifies() throws Exception {
        RequirementCatalog catalog = sample();
        TraceMatrix trace = trace(catalog);
        RequirementTrace first = trace.rows().get(0);
        List<VerifyingTest> tests = new java.util.ArrayList<>(first.verifiedBy());
        tests.add(new VerifyingTest(new CodeLocation("Pump System.Alarm", "Occlusion Alarm Sounds"),
                TestOutcome.PASSED, 1, 0, "", "", List.of("target/failsafe-reports/TEST-pump-system.xml"),
                List.of(new io.github.iec62304.core.link.TestLink("src/iec62304/requirements.yaml", 9,
                        "Pump System.Alarm#Occlusion Alarm Sounds"))));
        List<RequirementTrace> rows = new java.util.ArrayList<>(trace.rows());
        rows.set(0, new RequirementTrace(first.requirement(), first.safetyClass(), first.implementedBy(), tests));
        byte[] reqif = export(catalog, new TraceMatrix(rows, List.of()));
        String text = new String(reqif, StandardCharsets.UTF_8);

        assertEquals(List.of(), ReqifSchema.errors(reqif));
        assertEquals(15, count(text, "<SPEC-RELATION-TYPE-REF>_relation-type-verifies<"));
        assertTrue(text.contains("THE-VALUE=\"Pump System.Alarm#Occlusion Alarm Sounds\""), text);
    }

    @Verifies("TOOL-BUNDLE-ESCAPED")
    @Test
    void hostileTextIsEscapedAndStillValid() throws Exception {
        String hostile = "a < b && c > d ]]> <xhtml:script>x</xhtml:script> \"q\" 'a' \u0001\u0007 end\nline 2";
        Requirement r = new Requirement("REQ_1:x", "<b>bold</b> & ]]>\u0002", hostile, null, List.of("RC 1"),
                List.of("SYS:1"), 2);
        RequirementCatalog catalog = new RequirementCatalog("r.yaml", List.of(r));
        byte[] reqif = export(catalog, trace(catalog));
        assertEquals(List.of(), ReqifSchema.errors(reqif));
        String text = new String(reqif, StandardCharsets.UTF_8);
        assertFalse(text.contains("<xhtml:script>"), text);
        assertTrue(text.contains("a &lt; b &amp;&amp; c &gt; d ]]&gt; &lt;xhtml:script&gt;"), text);
        assertTrue(text.contains("\uFFFD\uFFFD end<xhtml:br/>line 2</xhtml:div>"), text);
        assertTrue(text.contains("IDENTIFIER=\"_REQ_5f_1_3a_x\""), text);
    }

    @Test
    void identifiersAreValidXmlIdsDerivedFromIds() {
        assertEquals("_REQ-DOSE-001", ReqifIds.of("", "REQ-DOSE-001"));
        assertEquals("_1.2", ReqifIds.of("", "1.2"));
        assertEquals("code_com.acme.Foo_24_Bar_23_run", ReqifIds.of("code", "com.acme.Foo$Bar#run"));
    }

    private static long count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
