package io.github.iec62304.core.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.evaluate.Gates;
import io.github.iec62304.core.evaluate.RuleLevels;
import io.github.iec62304.core.link.ReleaseProject;
import io.github.iec62304.core.link.TraceLinker;
import io.github.iec62304.core.model.CodeLink;
import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.InputFile;
import io.github.iec62304.core.model.LinkKind;
import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.TestRecord;
import io.github.iec62304.core.project.GitRevision;
import io.github.iec62304.core.project.ProjectInfo;
import io.github.iec62304.core.read.Sha256;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Verifies("TOOL-BUNDLE-CONTENT")
class EvidenceBundleWriterTest {

    private static final Instant BUILT = Instant.parse("2026-01-31T10:00:00Z");
    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
    private static final String XSS = "<script>alert(1)</script>";
    private static final List<String> FILES = List.of("anomalies.csv", "anomalies.json", "conformity.csv", "conformity.json", "iec62304-junit.xml", "iec62304.sarif", "index.html", "manifest.json", "regression-report.csv", "regression-report.json", "release-checklist.csv", "release-checklist.json", "requirements.reqif", "soup-list.csv", "soup-list.json", "test-record.csv",
            "test-record.json", "trace-matrix.csv", "trace-matrix.json", "unit-verification.csv",
                "unit-verification.json", "verification-records.csv", "verification-records.json");

    @TempDir
    Path tmp;

    /** A small project with hostile user text; {@code shuffled} feeds the same facts in another order. */
    static BundleContent content(Instant timestamp, boolean shuffled) {
        return content(timestamp, shuffled, false);
    }

    /**
     * @param systems issue 15: the catalog declares system requirements (SYS-1 VERIFIED through REQ-1, SYS-2
     *                NOT_VERIFIED through REQ-2 and, below it, REQ-3; SYS-3 not software; REQ-1 names SYS-X, unresolved)
     */
    static BundleContent content(Instant timestamp, boolean shuffled, boolean systems) {
        List<Requirement> requirements = List.of(
                new Requirement("REQ-1", "=SUM(A1:A9)", "Formula title.", null, List.of("RC-1", "RC-2"),
                        systems ? List.of("SYS-1", "SYS-X") : List.of("SYS-1"), 2),
                new Requirement("REQ-2", XSS, "Script title.", SafetyClass.B, List.of(),
                        systems ? List.of("SYS-2") : List.of(), 5),
                new Requirement("REQ-3", "Rate, in \"ml/h\"", "Quoted title.", null, List.of(),
                        systems ? List.of("REQ-2") : List.of(), 8));
        RequirementCatalog catalog = new RequirementCatalog("src/iec62304/requirements.yaml", requirements,
                !systems ? List.of() : List.of(
                        new io.github.iec62304.core.model.SystemRequirement("SYS-1", "=HYPERLINK(\"x\")", null, null, 11),
                        new io.github.iec62304.core.model.SystemRequirement("SYS-2", XSS, "Alarms.", null, 13),
                        new io.github.iec62304.core.model.SystemRequirement("SYS-3", "Flow accuracy", null,
                                "hardware: <b>pump</b> mechanism", 15)));
        List<CodeLink> links = new ArrayList<>(List.of(
                new CodeLink(LinkKind.IMPLEMENTS, "REQ-1", new CodeLocation("com.acme.Pump", "rate")),
                new CodeLink(LinkKind.VERIFIES, "REQ-1", new CodeLocation("com.acme.PumpTest", "rate")),
                new CodeLink(LinkKind.VERIFIES, "REQ-2", new CodeLocation("com.acme.PumpTest", "alarm")),
                new CodeLink(LinkKind.VERIFIES, "REQ-9", new CodeLocation("com.acme.PumpTest", null))));
        List<TestCaseResult> cases = new ArrayList<>(List.of(
                new TestCaseResult("com.acme.PumpTest", "rate", TestOutcome.PASSED, 0.1234, 2, "",
                        List.of("target/surefire-reports/TEST-com.acme.PumpTest.xml")),
                new TestCaseResult("com.acme.PumpTest", "alarm", TestOutcome.FAILED, 0.5, 0,
                        "expected <b>, \"quoted\"" + XSS,
                        List.of("target/surefire-reports/TEST-com.acme.PumpTest.xml"))));
        List<InputFile> inputs = new ArrayList<>(List.of(
                new InputFile("target/surefire-reports/TEST-com.acme.PumpTest.xml", "aa", 1),
                new InputFile("src/iec62304/requirements.yaml", "bb", 1),
                new InputFile("target/classes", "cc", 12)));
        if (shuffled) {
            Collections.reverse(cases);
            Collections.reverse(inputs);
        }
        CodeScan scan = new CodeScan(links.stream().sorted().toList(),
                Set.of(new CodeLocation("com.acme.PumpTest", "rate"), new CodeLocation("com.acme.PumpTest", "alarm")),
                Map.of(), List.of(), java.nio.file.attribute.FileTime.fromMillis(0), List.of(), List.of(), java.util.Set.of());
        TestRecord record = new TestRecord(cases, List.of(), Map.of());
        Evidence evidence = new Evidence(SafetyClass.C, catalog, scan, record,
                TraceLinker.link(catalog, SafetyClass.C, scan, record),
                io.github.iec62304.core.link.UnitLinker.link(io.github.iec62304.core.model.Architecture.implicit(),
                        "src/iec62304/architecture.yaml", SafetyClass.C,
                        io.github.iec62304.core.CheckSettings.defaultCriteria(), scan, record), io.github.iec62304.core.link.SoupModel.none("src/iec62304/soup.yaml", java.time.LocalDate.of(2026, 1, 31), io.github.iec62304.core.SoupSettings.DEFAULT_REVIEW_MAX_AGE));
        GateReport report = Gates.evaluate(Gates.all(), evidence, RuleLevels.defaults());
        ProjectInfo project = new ProjectInfo("com.acme", "pump", "1.0", "Infusion pump " + XSS, "0.1.0-SNAPSHOT",
                timestamp, new GitRevision(COMMIT, false, ReleaseProject.COMMITTED));
        return new BundleContent(project, false, evidence, report, inputs, Map.of());
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    private static String text(SortedMap<String, byte[]> files, String name) {
        return CsvText.file(files, name);
    }

    /** Issue 17: the bundle's ReqIF is valid, and dated by the build timestamp, else the day the build judges against. */
    @Test
    void theReqifExportValidatesAndIsDatedByTheBuildNeverTheClock() throws Exception {
        byte[] reqif = EvidenceBundleWriter.render(content(BUILT, false, true)).get("requirements.reqif");
        assertEquals(List.of(), io.github.iec62304.core.write.reqif.ReqifSchema.errors(reqif));
        assertTrue(new String(reqif, StandardCharsets.UTF_8).contains("<CREATION-TIME>2026-01-31T10:00:00Z<"));
        BundleContent undated = content(null, false);
        String day = undated.evidence().release().referenceDate().date() + "T00:00:00Z";
        assertTrue(text(EvidenceBundleWriter.render(undated), "requirements.reqif").contains("<CREATION-TIME>" + day
                + "<"));
    }

    @Verifies("TOOL-BUNDLE-REPRODUCIBLE")
    @Test
    void renderIsDeterministicWhateverTheOrderOfTheFacts() {
        SortedMap<String, byte[]> first = EvidenceBundleWriter.render(content(BUILT, false));
        SortedMap<String, byte[]> second = EvidenceBundleWriter.render(content(BUILT, true));

        assertEquals(FILES, List.copyOf(first.keySet()));
        assertEquals(FILES, List.copyOf(second.keySet()));
        for (String name : FILES) {
            assertArrayEquals(first.get(name), second.get(name), name);
        }
    }

    @Verifies("TOOL-BUNDLE-REPRODUCIBLE")
    @Test
    void writeTwiceGivesByteIdenticalZipsAndDirectories() throws Exception {
        EvidenceBundleWriter.write(content(BUILT, false), tmp.resolve("a/iec62304"), tmp.resolve("a/pump.zip"));
        EvidenceBundleWriter.write(content(BUILT, true), tmp.resolve("b/iec62304"), tmp.resolve("b/pump.zip"));

        assertArrayEquals(Files.readAllBytes(tmp.resolve("a/pump.zip")), Files.readAllBytes(tmp.resolve("b/pump.zip")));
        SortedMap<String, byte[]> rendered = EvidenceBundleWriter.render(content(BUILT, false));
        for (String name : FILES) {
            assertArrayEquals(rendered.get(name), Files.readAllBytes(tmp.resolve("a/iec62304").resolve(name)), name);
            assertArrayEquals(rendered.get(name), Files.readAllBytes(tmp.resolve("b/iec62304").resolve(name)), name);
        }
    }

    @Test
    void zipEntriesAreSortedAndCarryTheBuildTimestamp() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<LocalDateTime> times = new ArrayList<>();
        EvidenceBundleWriter.write(content(BUILT, false), tmp.resolve("iec62304"), tmp.resolve("pump.zip"));

        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(tmp.resolve("pump.zip")))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
                times.add(e.getTimeLocal());
                assertEquals(null, e.getExtra(), e.getName());
            }
        }

        // name order, manifest.json last: it holds the digests of all the others
        List<String> zipOrder = new ArrayList<>(FILES);
        zipOrder.remove("manifest.json");
        zipOrder.add("manifest.json");
        assertEquals(zipOrder, List.copyOf(entries.keySet()));
        times.forEach(t -> assertEquals(LocalDateTime.of(2026, 1, 31, 10, 0, 0), t));
        SortedMap<String, byte[]> rendered = EvidenceBundleWriter.render(content(BUILT, false));
        entries.forEach((name, bytes) -> assertArrayEquals(rendered.get(name), bytes, name));
    }

    @Test
    void zipWithoutTimestampUsesTheFixedTime() throws Exception {
        EvidenceBundleWriter.write(content(null, false), tmp.resolve("iec62304"), tmp.resolve("pump.zip"));

        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(tmp.resolve("pump.zip")))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0, 2), e.getTimeLocal(), e.getName());
            }
        }
        JsonNode manifest = new ObjectMapper().readTree(tmp.resolve("iec62304/manifest.json").toFile());
        assertTrue(manifest.get("buildTimestamp").isNull());
    }

    @Test
    void writeLeavesNoStagingFilesAndReplacesThePreviousBundle() throws Exception {
        Path dir = tmp.resolve("target/iec62304");
        Path zip = tmp.resolve("target/pump-iec62304-evidence.zip");

        EvidenceBundleWriter.write(content(null, false), dir, zip);
        byte[] first = Files.readAllBytes(zip);
        EvidenceBundleWriter.write(content(BUILT, false), dir, zip);

        try (Stream<Path> list = Files.list(tmp.resolve("target"))) {
            assertEquals(List.of("iec62304", "pump-iec62304-evidence.zip"),
                    list.map(p -> p.getFileName().toString()).sorted().toList());
        }
        List<String> withMarker = new ArrayList<>(FILES);
        withMarker.add(0, BundleOwnership.MARKER);
        try (Stream<Path> list = Files.list(dir)) {
            assertEquals(withMarker, list.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertFalse(java.util.Arrays.equals(first, Files.readAllBytes(zip)));
    }

    @Test
    void writeRefusesToReplaceWhatThePluginDidNotWrite() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(dir.resolve("notes.md"), "the user's");
        Path zip = tmp.resolve("report.zip");
        Files.writeString(zip, "the user's zip");

        UnsafeBundlePathException e = org.junit.jupiter.api.Assertions.assertThrows(UnsafeBundlePathException.class,
                () -> EvidenceBundleWriter.write(content(BUILT, false), dir, tmp.resolve("pump.zip")));
        assertTrue(e.getMessage().contains("it holds files the plugin did not write (notes.md)"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(UnsafeBundlePathException.class,
                () -> EvidenceBundleWriter.write(content(BUILT, false), tmp.resolve("iec62304"), zip));
        org.junit.jupiter.api.Assertions.assertThrows(UnsafeBundlePathException.class,
                () -> EvidenceBundleWriter.withdraw(dir, tmp.resolve("pump.zip")));

        assertEquals("the user's", Files.readString(dir.resolve("notes.md")));
        assertEquals("the user's zip", Files.readString(zip));
        try (Stream<Path> list = Files.list(tmp)) {
            assertEquals(List.of("docs", "report.zip"), list.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /**
     * Issue 19: the files kept with verification records are named record-*; a user's record-notes.txt in an evidence
     * directory is not the plugin's unless that directory's manifest lists it, so it is never deleted.
     */
    @Test
    void aRecordFileIsThePluginsOnlyWhenTheEvidenceManifestListsIt() throws Exception {
        Path dir = tmp.resolve("target/iec62304");
        EvidenceBundleWriter.write(content(BUILT, false), dir, tmp.resolve("target/pump.zip"));
        Files.writeString(dir.resolve("record-notes.txt"), "the user's");

        UnsafeBundlePathException e = org.junit.jupiter.api.Assertions.assertThrows(UnsafeBundlePathException.class,
                () -> EvidenceBundleWriter.write(content(BUILT, false), dir, tmp.resolve("target/pump.zip")));
        assertTrue(e.getMessage().contains("it holds files the plugin did not write (record-notes.txt)"),
                e.getMessage());
        assertEquals("the user's", Files.readString(dir.resolve("record-notes.txt")));

        String manifest = Files.readString(dir.resolve("manifest.json"));
        Files.writeString(dir.resolve("manifest.json"), manifest.replace("\"path\" : \"anomalies.csv\"",
                "\"path\" : \"record-notes.txt\""));
        assertEquals(null, BundleOwnership.whyNotOurs(dir, true)); // listed: one the plugin kept with a record
    }

    @Test
    void everyFileTheWriterRendersIsOneThePluginRecognisesAsItsOwn() {
        // otherwise the next run would refuse to replace the directory the plugin wrote itself
        assertTrue(BundleOwnership.NAMES.containsAll(EvidenceBundleWriter.render(content(BUILT, false)).keySet()));
        assertTrue(BundleOwnership.NAMES.containsAll(List.of("sbom.json", "sbom.xml", BundleOwnership.MARKER)));
    }

    @Test
    void aBundleDirectoryOfAnEarlierVersionWithoutMarkerIsReplaced() throws Exception {
        Path dir = tmp.resolve("target/iec62304");
        Path zip = tmp.resolve("target/pump.zip");
        EvidenceBundleWriter.write(content(BUILT, false), dir, zip);
        Files.delete(dir.resolve(BundleOwnership.MARKER));

        EvidenceBundleWriter.write(content(BUILT, false), dir, zip);

        assertTrue(Files.exists(dir.resolve(BundleOwnership.MARKER)));
    }

    @Test
    void manifestDescribesTheBuildAndHashesEveryOtherFile() throws Exception {
        SortedMap<String, byte[]> files = EvidenceBundleWriter.render(content(BUILT, true));
        JsonNode manifest = new ObjectMapper().readTree(files.get("manifest.json"));

        assertEquals("iec62304-evidence/1", manifest.get("format").asText());
        assertEquals("iec62304-maven-plugin", manifest.at("/tool/name").asText());
        assertEquals("0.1.0-SNAPSHOT", manifest.at("/tool/version").asText());
        assertEquals("pump", manifest.at("/project/artifactId").asText());
        assertEquals("C", manifest.at("/safetyClass/class").asText());
        assertEquals("default: no class declared (IEC 62304 4.3)", manifest.at("/safetyClass/source").asText());
        assertEquals("2026-01-31T10:00:00Z", manifest.get("buildTimestamp").asText());
        assertEquals(COMMIT, manifest.at("/git/commit").asText());
        assertFalse(manifest.at("/git/dirty").asBoolean());
        assertEquals("FAILED", manifest.get("verdict").asText());
        assertEquals(53, manifest.get("rules").size());
        assertEquals(List.of("src/iec62304/requirements.yaml", "target/classes",
                        "target/surefire-reports/TEST-com.acme.PumpTest.xml"),
                manifest.get("inputs").findValuesAsText("path"));

        Map<String, String> listed = new TreeMap<>();
        manifest.get("files").forEach(f -> listed.put(f.get("path").asText(), f.get("sha256").asText()));
        Map<String, String> actual = new TreeMap<>();
        files.forEach((name, bytes) -> {
            if (!name.equals("manifest.json")) {
                actual.put(name, Sha256.of(bytes));
            }
        });
        assertEquals(actual, listed);
        assertEquals(22, listed.size());
    }

    @Test
    void manifestViolationsMatchTheReport() throws Exception {
        BundleContent content = content(BUILT, false);
        JsonNode manifest = new ObjectMapper().readTree(EvidenceBundleWriter.render(content).get("manifest.json"));

        assertEquals(content.report().violations().size(), manifest.get("violations").size());
        assertEquals(content.report().violations().get(0).message(), manifest.at("/violations/0/message").asText());
        assertEquals("ERROR", manifest.at("/violations/0/level").asText());
    }

    @Test
    void traceMatrixCsvIsQuotedAndDefusesFormulas() {
        String csv = text(EvidenceBundleWriter.render(content(BUILT, false)), "trace-matrix.csv");

        assertEquals("requirement,title,safety class,risk controls,status,implemented by,verification,verified by,"
                + "outcome,linked by\r\n"
                + "REQ-1,'=SUM(A1:A9),C,\"RC-1; RC-2\",VERIFIED,com.acme.Pump#rate,test,com.acme.PumpTest#rate,PASSED,'@Verifies\r\n"
                + "REQ-2,<script>alert(1)</script>,B,,NOT_VERIFIED,,test,com.acme.PumpTest#alarm,FAILED,'@Verifies\r\n"
                + "REQ-3,\"Rate, in \"\"ml/h\"\"\",C,,UNTESTED,,test,,,\r\n", csv);
    }

    /** Issue 17: a test and a manual verification record of one requirement are two rows, its columns repeated. */
    @Test
    void traceMatrixCsvHasARowPerTestAndRecordOfARequirement() {
        io.github.iec62304.core.evaluate.Evidence evidence = content(BUILT, false).evidence();
        io.github.iec62304.core.link.TraceMatrix m = evidence.trace();
        io.github.iec62304.core.link.RequirementTrace one = m.rows().get(0);
        io.github.iec62304.core.model.verification.VerificationRecord vr =
                new io.github.iec62304.core.model.verification.VerificationRecord("VR-7",
                        io.github.iec62304.core.model.verification.VerificationMethod.INSPECTION, "TP-7", "A",
                        List.of(one.requirement().id()), "1.0.0", null, "A. Tester", "2026-11-05",
                        io.github.iec62304.core.model.verification.VerificationRecord.Result.PASS, List.of(), List.of(),
                        1);
        io.github.iec62304.core.link.RequirementTrace withRecord = new io.github.iec62304.core.link.RequirementTrace(
                one.requirement(), one.safetyClass(), one.implementedBy(), one.verifiedBy(),
                List.of(new io.github.iec62304.core.link.JudgedRecord(vr, null, true, null, false)));
        io.github.iec62304.core.link.TraceMatrix matrix = new io.github.iec62304.core.link.TraceMatrix(
                List.of(withRecord, m.rows().get(2)), m.dangling(), m.records());

        assertEquals("requirement,title,safety class,risk controls,status,implemented by,verification,verified by,"
                + "outcome,linked by\r\n"
                + "REQ-1,'=SUM(A1:A9),C,\"RC-1; RC-2\",VERIFIED,com.acme.Pump#rate,test,com.acme.PumpTest#rate,PASSED,'@Verifies\r\n"
                + "REQ-1,'=SUM(A1:A9),C,\"RC-1; RC-2\",VERIFIED,com.acme.Pump#rate,test,VR-7,PASSED,\r\n"
                + "REQ-3,\"Rate, in \"\"ml/h\"\"\",C,,UNTESTED,,test,,,\r\n",
                CsvText.of(TraceMatrixFiles.csv(matrix, evidence.scan(), RiskChain.of(evidence))));
    }

    @Test
    void testRecordCsvAndJson() throws Exception {
        SortedMap<String, byte[]> files = EvidenceBundleWriter.render(content(BUILT, false));

        assertEquals("class,name,id,outcome,reruns,message,reports\r\n"
                + "com.acme.PumpTest,alarm,com.acme.PumpTest#alarm,FAILED,0,\"expected <b>, \"\"quoted\"\""
                + "<script>alert(1)</script>\",target/surefire-reports/TEST-com.acme.PumpTest.xml\r\n"
                + "com.acme.PumpTest,rate,com.acme.PumpTest#rate,PASSED,2,,"
                + "target/surefire-reports/TEST-com.acme.PumpTest.xml\r\n",
                text(files, "test-record.csv"));
        JsonNode json = new ObjectMapper().readTree(files.get("test-record.json"));
        assertEquals("{\"total\":2,\"passed\":1,\"skipped\":0,\"failed\":1,\"error\":0,\"flaky\":1,\"staleReportsIgnored\":[]}",
                json.get("summary").toString());
        // durations change with every run of the same tests: they stay in surefire's reports (issue 13 item 11)
        assertEquals("[\"class\",\"name\",\"id\",\"outcome\",\"reruns\",\"message\",\"reports\"]",
                new ObjectMapper().valueToTree(List.copyOf(iterable(json.at("/testCases/1").fieldNames()))).toString());
        assertEquals("com.acme.PumpTest#rate", json.at("/testCases/1/id").asText());
    }

    @Test
    void traceMatrixJsonListsDanglingReferences() throws Exception {
        JsonNode json = new ObjectMapper().readTree(EvidenceBundleWriter.render(content(BUILT, false))
                .get("trace-matrix.json"));

        assertEquals("[{\"annotation\":\"@Verifies\",\"requirementId\":\"REQ-9\",\"location\":\"com.acme.PumpTest\"}]",
                json.get("danglingReferences").toString());
        assertEquals("NOT_VERIFIED", json.at("/requirements/1/status").asText());
        assertEquals("FAILED", json.at("/requirements/1/verifiedBy/0/outcome").asText());
        assertEquals("[\"RC-1\",\"RC-2\"]", json.at("/requirements/0/riskControls").toString());
    }

    @Test
    void aCatalogWithoutSystemRequirementsWritesNoRollUp() throws Exception {
        SortedMap<String, byte[]> files = EvidenceBundleWriter.render(content(BUILT, false));
        JsonNode json = new ObjectMapper().readTree(files.get("trace-matrix.json"));

        assertEquals(List.of("requirements", "danglingReferences"), iterable(json.fieldNames()));
        assertFalse(files.containsKey("system-requirements.csv"));
        assertFalse(text(files, "index.html").contains("System requirements"));
    }

    /** Issue 15: a failing test of a derived requirement shows at the system level in every file, escaped. */
    @Test
    void systemRequirementsAreRolledUpInTheMatrixTheCsvAndTheIndex() throws Exception {
        SortedMap<String, byte[]> files = EvidenceBundleWriter.render(content(BUILT, false, true));
        JsonNode json = new ObjectMapper().readTree(files.get("trace-matrix.json"));

        assertEquals("[{\"id\":\"SYS-1\",\"title\":\"=HYPERLINK(\\\"x\\\")\",\"text\":null,\"notSoftware\":null,"
                + "\"status\":\"VERIFIED\",\"derived\":[\"REQ-1\"],\"notVerified\":[]},"
                + "{\"id\":\"SYS-2\",\"title\":\"<script>alert(1)</script>\",\"text\":\"Alarms.\",\"notSoftware\":null,"
                + "\"status\":\"NOT_VERIFIED\",\"derived\":[\"REQ-2\",\"REQ-3\"],\"notVerified\":[\"REQ-2\",\"REQ-3\"]},"
                + "{\"id\":\"SYS-3\",\"title\":\"Flow accuracy\",\"text\":null,"
                + "\"notSoftware\":\"hardware: <b>pump</b> mechanism\",\"status\":\"NOT_SOFTWARE\",\"derived\":[],"
                + "\"notVerified\":[]}]", json.get("systemRequirements").toString());
        assertEquals("[{\"requirement\":\"REQ-1\",\"parent\":\"SYS-X\"}]", json.get("unresolvedParents").toString());
        assertEquals("""
                system requirement,title,status,not software,derived requirements,derived status,not verified\r
                SYS-1,"'=HYPERLINK(""x"")",VERIFIED,,REQ-1,VERIFIED,\r
                SYS-2,<script>alert(1)</script>,NOT_VERIFIED,,"REQ-2; REQ-3","NOT_VERIFIED; UNTESTED","REQ-2; REQ-3"\r
                SYS-3,Flow accuracy,NOT_SOFTWARE,hardware: <b>pump</b> mechanism,,,\r
                """, text(files, "system-requirements.csv"));
        String html = text(files, "index.html");
        assertTrue(html.contains("<tr><td>SYS-2</td><td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td>REQ-2 <span "
                + "class=\"NOT_VERIFIED\">NOT_VERIFIED</span><br>REQ-3 <span class=\"UNTESTED\">UNTESTED</span><br>"
                + "</td><td class=\"NOT_VERIFIED\">NOT_VERIFIED (REQ-2, REQ-3)</td></tr>"), html);
        assertTrue(html.contains("not software: hardware: &lt;b&gt;pump&lt;/b&gt; mechanism</td><td "
                + "class=\"NOT_SOFTWARE\">NOT_SOFTWARE</td>"), html);
        assertTrue(html.contains("<li>REQ-1 names <code>SYS-X</code></li>"), html);
        assertTrue(iterable(new ObjectMapper().readTree(files.get("manifest.json")).get("files").findValuesAsText("path")
                .iterator()).contains("system-requirements.csv"));
    }

    @Test
    void jsonUsesUnixLineEndsAndEndsWithNewline() {
        SortedMap<String, byte[]> files = EvidenceBundleWriter.render(content(BUILT, false));
        for (String name : List.of("manifest.json", "test-record.json", "trace-matrix.json")) {
            String json = text(files, name);
            assertFalse(json.contains("\r"), name);
            assertTrue(json.endsWith("}\n"), name);
        }
    }

    @Verifies("TOOL-BUNDLE-ESCAPED")
    @Test
    void indexPageEscapesEveryUserText() {
        String html = text(EvidenceBundleWriter.render(content(BUILT, false)), "index.html");

        assertFalse(html.contains("<script"), "raw script tag in index.html");
        assertFalse(html.contains("<b>"), "raw markup from a test message in index.html");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("<h1>IEC 62304 evidence: Infusion pump &lt;script&gt;alert(1)&lt;/script&gt; 1.0</h1>"),
                html);
        assertTrue(html.contains("expected &lt;b&gt;, &quot;quoted&quot;"), html);
        assertTrue(html.contains("C (no class declared: class C applies, IEC 62304 4.3)"), html);
    }

    @Test
    void csvCell() {
        assertEquals("plain", Csv.cell("plain"));
        assertEquals("", Csv.cell(null));
        assertEquals("'=1+2", Csv.cell("=1+2"));
        assertEquals("'+1", Csv.cell("+1"));
        assertEquals("'-1", Csv.cell("-1"));
        assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", Csv.cell("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("\"a,b\"", Csv.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", Csv.cell("two\nlines"));
        assertEquals("a=b", Csv.cell("a=b"));
    }

    /** Issue 17: Excel on Windows reads a CSV without BOM in the local code page and garbles non-ASCII names. */
    @Test
    void everyCsvStartsWithTheUtf8ByteOrderMark() {
        SortedMap<String, byte[]> files = EvidenceBundleWriter.render(content(BUILT, false));
        List<String> csvs = files.keySet().stream().filter(n -> n.endsWith(".csv")).toList();
        assertFalse(csvs.isEmpty());
        for (String name : csvs) {
            byte[] b = files.get(name);
            assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(b[0], b[1], b[2]), name);
        }
        for (String name : files.keySet().stream().filter(n -> n.endsWith(".json")).toList()) {
            assertEquals('{', (char) files.get(name)[0], name + ": JSON consumers read no BOM");
        }
    }

    @Test
    void csvCellWithASemicolonIsQuoted() {
        // issue 13 item 10: where the list separator is ';' (German, French... Excel), an unquoted
        // x;=cmd|' /C calc'!A0 opens as a second cell that starts with '=' and runs as a formula
        assertEquals("\"x;=cmd|' /C calc'!A0\"", Csv.cell("x;=cmd|' /C calc'!A0"));
        assertEquals("\"a;b\"", Csv.cell("a;b"));
        assertEquals("\"'=1;2\"", Csv.cell("=1;2"));
        assertEquals("class,name\r\n\"x;=cmd|' /C calc'!A0\",m\r\n",
                CsvText.of(new Csv("class", "name").row(List.of("x;=cmd|' /C calc'!A0", "m")).bytes()));
    }

    @Test
    void zipBytesAreReadableBack() throws Exception {
        SortedMap<String, byte[]> files = EvidenceBundleWriter.render(content(BUILT, false));
        byte[] zip = zip(files);
        Map<String, byte[]> read = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                read.put(e.getName(), in.readAllBytes());
            }
        }
        assertEquals(List.copyOf(files.keySet()), List.copyOf(read.keySet()));
        files.forEach((name, bytes) -> assertArrayEquals(bytes, read.get(name), name));
        assertArrayEquals(zip, zip(new TreeMap<>(files)));
    }

    /** The zip is written by hand (entries compressed in parallel): its central directory must agree too. */
    @Test
    void zipCentralDirectoryAgreesWithTheEntries() throws Exception {
        SortedMap<String, byte[]> files = EvidenceBundleWriter.render(content(BUILT, false));
        Path zipFile = tmp.resolve("bundle.zip");
        Files.write(zipFile, zip(files));

        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(zipFile.toFile())) {
            assertEquals(files.size(), zip.size());
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                ZipEntry e = zip.getEntry(f.getKey());
                assertEquals(ZipEntry.DEFLATED, e.getMethod(), f.getKey());
                assertEquals(f.getValue().length, e.getSize(), f.getKey());
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(f.getValue());
                assertEquals(crc.getValue(), e.getCrc(), f.getKey());
                assertEquals(LocalDateTime.of(2026, 1, 31, 10, 0, 0), e.getTimeLocal(), f.getKey());
                try (var in = zip.getInputStream(e)) {
                    assertArrayEquals(f.getValue(), in.readAllBytes(), f.getKey());
                }
            }
        }
    }

    @Test
    void zipTimesOutsideWhatDosTimeHoldsAreClamped() throws Exception {
        for (Map.Entry<Instant, LocalDateTime> t : Map.of(
                Instant.parse("1970-01-01T00:00:00Z"), LocalDateTime.of(1980, 1, 1, 0, 0, 0),
                Instant.parse("2026-06-30T23:59:59Z"), LocalDateTime.of(2026, 6, 30, 23, 59, 58),
                Instant.parse("2200-01-01T00:00:00Z"), LocalDateTime.of(2107, 12, 31, 23, 59, 58)).entrySet()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (DeterministicZip zip = new DeterministicZip(out, t.getKey())) {
                zip.add("a.txt", "a".getBytes(StandardCharsets.UTF_8));
            }
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
                assertEquals(t.getValue(), in.getNextEntry().getTimeLocal(), t.getKey().toString());
            }
        }
    }

    private static byte[] zip(SortedMap<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeterministicZip zip = new DeterministicZip(out, BUILT)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.add(f.getKey(), f.getValue());
            }
        }
        return out.toByteArray();
    }
}
