package io.github.iec62304.core.read.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.link.ReleaseProject;
import io.github.iec62304.core.model.Counter;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.release.Baseline;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.Sha256;
import io.github.iec62304.core.write.BaselineBundles;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The baseline bundle is untrusted input: a bundle this plugin wrote reads back; anything hostile, tampered,
 * incomplete or of another project is one line naming the bundle, and nothing is extracted.
 */
@Verifies("TOOL-READ-BASELINE")
class BaselineReaderTest {

    private static final String LABEL = "com.acme:pump:1.0.0 (iec62304-evidence zip)";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path real;

    @BeforeEach
    void writeRelease100() {
        real = BaselineBundles.write(BaselineBundles.pump100(), BaselineBundles.info("com.acme", "pump", "1.0.0"),
                dir);
    }

    private Baseline read(Path zip) {
        return BaselineReader.read(zip, LABEL, "com.acme", "pump");
    }

    /** @return the message, checked to be one line naming the bundle; checks nothing new is on disk */
    private String error(Path zip) throws Exception {
        List<String> before = listing();
        String message = assertThrows(InputException.class, () -> read(zip)).getMessage();
        assertTrue(message.startsWith(LABEL + ": "), message);
        assertTrue(!message.contains("\n") && !message.contains("\r"), "one line: " + message);
        assertEquals(before, listing(), "nothing extracted");
        return message.substring(LABEL.length() + 2);
    }

    private List<String> listing() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(dir::relativize).map(Path::toString).sorted().toList();
        }
    }

    private Path crafted(Map<String, byte[]> entries) throws Exception {
        return Files.write(dir.resolve("crafted.zip"), BaselineBundles.zip(entries));
    }

    private Map<String, byte[]> realEntries() {
        return BaselineBundles.entries(real);
    }

    /** The real bundle's entries with one file replaced, and the manifest updated to its new SHA-256. */
    private Map<String, byte[]> replacedConsistently(String name, String content) throws Exception {
        Map<String, byte[]> entries = realEntries();
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        entries.put(name, bytes);
        ObjectNode manifest = (ObjectNode) JSON.readTree(entries.get("manifest.json"));
        manifest.get("files").forEach(f -> {
            if (f.get("path").asText().equals(name)) {
                ((ObjectNode) f).put("sha256", Sha256.of(bytes));
            }
        });
        entries.put("manifest.json", JSON.writeValueAsBytes(manifest));
        return entries;
    }

    private Map<String, byte[]> withManifest(java.util.function.Consumer<ObjectNode> change) throws Exception {
        Map<String, byte[]> entries = realEntries();
        ObjectNode manifest = (ObjectNode) JSON.readTree(entries.get("manifest.json"));
        change.accept(manifest);
        entries.put("manifest.json", JSON.writeValueAsBytes(manifest));
        return entries;
    }

    // a bundle this plugin wrote

    @Test
    void aRealBundleReadsBackItsIdentity() throws Exception {
        Baseline b = read(real);

        assertEquals(List.of(LABEL, Sha256.of(Files.readAllBytes(real)), "com.acme", "pump", "1.0.0",
                ReleaseProject.COMMIT, "2026-10-01T10:00:00Z"), List.of(b.source(), b.sha256(), b.groupId(),
                b.artifactId(), b.version(), b.commit(), b.buildTimestamp()));
    }

    @Test
    void aRealBundleReadsBackItsTestsByNormalizedKey() {
        assertEquals(Map.of("com.acme.RateTest#rate[1]", "PASSED", "com.acme.RateTest#rate[2]", "PASSED",
                "com.acme.AlarmTest#sounds", "FAILED", "com.acme.AlarmTest$Nested#quiet", "SKIPPED",
                "com.acme.dosing.DoseCalcTest#works", "PASSED"), read(real).tests());
    }

    @Test
    void aRealBundleReadsBackItsRequirements() {
        assertEquals(Map.of("REQ-RATE", requirement("VERIFIED", SafetyClass.C, "REQ-RATE", "com.acme.RateTest#rate"),
                "REQ-ALARM", requirement("NOT_VERIFIED", SafetyClass.B, "REQ-ALARM", "com.acme.AlarmTest#sounds"),
                "REQ-OLD", requirement("UNTESTED", SafetyClass.A, "REQ-OLD")), read(real).requirements());
    }

    /**
     * A requirement as a bundle of {@link #real} records it: with its title, text and plan (RISK-CHANGE and
     * REGRESSION-SUSPECT compare them) and its verifying tests (REGRESSION-LINK compares them).
     */
    private static Baseline.BaselineRequirement requirement(String status, SafetyClass cls, String id,
                                                            String... tests) {
        return new Baseline.BaselineRequirement(status, cls, id + " title", "The pump shall " + id + ".", List.of(),
                List.of("test"), List.of(tests));
    }

    @Test
    void aRealBundleReadsBackItsUnitsAndCoverage() {
        assertEquals(new Baseline.BaselineUnit(SafetyClass.C, new Counter(95, 100), new Counter(9, 10)),
                read(real).units().get("CALC"));
    }

    @Test
    void aRealBundleReadsBackItsShippedSoupAndRuntime() {
        assertEquals(Map.of("org.slf4j:slf4j-api", "2.0.16", "runtime:Java runtime", "17.0.15"), read(real).soup());
    }

    @Test
    void aBundleWithoutSbomHasNoSoup() throws Exception {
        Path zip = BaselineBundles.write(new ReleaseProject(SafetyClass.C).version("1.0.0")
                .declared(ReleaseProject.BaselineDeclared.NONE), BaselineBundles.info("com.acme", "pump", "1.0.1"),
                dir);

        assertNull(read(zip).soup());
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        Path zip = crafted(withManifest(m -> m.put("futureField", "from a newer plugin")));

        assertEquals("1.0.0", read(zip).version());
    }

    @Test
    void aTestRecordOfAnOlderPluginVersionIsReadInCanonicalIdentities() throws Exception {
        // written before test-record.json had "id": TestNG rows of surefire 3.6 (0-based), a repeated test of 3.5
        // run once, parameters of 2.22
        Path zip = crafted(replacedConsistently("test-record.json", """
                {"summary":{},"testCases":[
                {"class":"a.T","name":"row(int)[0]","outcome":"PASSED"},
                {"class":"a.T","name":"row(int)[1]","outcome":"PASSED"},
                {"class":"a.T","name":"once()[1]","outcome":"PASSED"},
                {"class":"a.T","name":"p{int}[2]","outcome":"FAILED"},
                {"class":"a.T","name":"p{int}[1]","outcome":"PASSED"}]}"""));

        assertEquals(Map.of("a.T#row[1]", "PASSED", "a.T#row[2]", "PASSED", "a.T#once", "PASSED",
                "a.T#p[1]", "PASSED", "a.T#p[2]", "FAILED"), read(zip).tests());
    }

    @Test
    void aTestRecordOfThisVersionIsReadByItsIds() throws Exception {
        Path zip = crafted(replacedConsistently("test-record.json", """
                {"summary":{},"testCases":[
                {"class":"a.T","name":"m","id":"a.T#m[1]","outcome":"PASSED"},
                {"class":"a.T","name":"m","id":"a.T#m[2]","outcome":"FAILED"}]}"""));

        assertEquals(Map.of("a.T#m[1]", "PASSED", "a.T#m[2]", "FAILED"), read(zip).tests());
    }

    @Test
    void aGitlessBaselineHasNoCommit() throws Exception {
        Path zip = crafted(withManifest(m -> m.putObject("git").put("commit", (String) null)));

        assertNull(read(zip).commit());
    }

    // hostile zips

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../x", "/abs", "a\\b", "\\a", "C:x", "c:/x", "a/../../x", "a/..", "..", ""})
    void anEscapingEntryNameIsRefused(String name) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(name, "x".getBytes(StandardCharsets.UTF_8));
        entries.putAll(realEntries());

        assertEquals("holds the entry '" + name + "', whose name escapes the bundle folder (zip-slip); refused, "
                + "nothing extracted", error(crafted(entries)));
    }

    @Test
    void aNameWithDotsButNoDotDotSegmentIsFine() throws Exception {
        Map<String, byte[]> entries = realEntries();
        entries.put("a..b/..c", "x".getBytes(StandardCharsets.UTF_8));

        assertEquals("holds a..b/..c, which manifest.json does not list (tampered)", error(crafted(entries)));
    }

    @Test
    void aDuplicateEntryIsRefused() throws Exception {
        Map<String, byte[]> entries = realEntries();
        entries.put("manifesX.json", entries.get("manifest.json"));
        byte[] zip = BaselineBundles.zip(entries);
        String text = new String(zip, StandardCharsets.ISO_8859_1).replace("manifesX.json", "manifest.json");
        Path file = Files.write(dir.resolve("duplicate.zip"), text.getBytes(StandardCharsets.ISO_8859_1));

        assertEquals("holds the entry 'manifest.json' twice; a bundle written by this plugin never does (tampered)",
                error(file));
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i <= BundleZip.MAX_ENTRIES; i++) {
            entries.put("f" + i, new byte[0]);
        }

        assertEquals("has more than 10000 entries; not an evidence bundle", error(crafted(entries)));
    }

    @Test
    void exactlyTheMaximumNumberOfEntriesIsNotRefusedForItsCount() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(realEntries());
        for (int i = entries.size(); i < BundleZip.MAX_ENTRIES; i++) {
            entries.put("f" + i, new byte[0]);
        }

        assertTrue(error(crafted(entries)).startsWith("holds f"), "judged on what it holds, not on its count");
    }

    @Test
    void anEntryThatExpandsLikeABombIsRefused() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("bomb.json", new byte[2 * 1024 * 1024]);
        entries.putAll(realEntries());

        assertEquals("entry 'bomb.json' expands more than 200 times its compressed size; refused as a zip bomb",
                error(crafted(entries)));
    }

    @Test
    void aSmallRepetitiveEntryIsNoBomb() throws Exception {
        Map<String, byte[]> entries = realEntries();
        entries.put("small.json", new byte[512 * 1024]);

        assertEquals("holds small.json, which manifest.json does not list (tampered)", error(crafted(entries)));
    }

    @Test
    void theLimitsAreThoseOfTheContract() {
        assertEquals(List.of(10_000L, 512L * 1024 * 1024, 2L * 1024 * 1024 * 1024, 200L), List.of(
                (long) BundleZip.MAX_ENTRIES, BundleZip.MAX_ENTRY_BYTES, BundleZip.MAX_TOTAL_BYTES,
                (long) BundleZip.MAX_RATIO));
    }

    @Test
    void aStoredEntryIsCountedByItsSize() throws Exception {
        // a stored (uncompressed) entry never trips the ratio check, however large
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            byte[] data = new byte[3 * 1024 * 1024];
            ZipEntry e = new ZipEntry("stored.bin");
            e.setMethod(ZipEntry.STORED);
            e.setSize(data.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(data);
            e.setCrc(crc.getValue());
            out.putNextEntry(e);
            out.write(data);
            out.closeEntry();
            for (Map.Entry<String, byte[]> r : realEntries().entrySet()) {
                out.putNextEntry(new ZipEntry(r.getKey()));
                out.write(r.getValue());
                out.closeEntry();
            }
        }
        Path zip = Files.write(dir.resolve("stored.zip"), bytes.toByteArray());

        assertEquals("holds stored.bin, which manifest.json does not list (tampered)", error(zip));
    }

    // tampered or incomplete bundles

    @Test
    void aTamperedFileIsRefused() throws Exception {
        Map<String, byte[]> entries = realEntries();
        String original = Sha256.of(entries.get("test-record.json"));
        byte[] tampered = new String(entries.get("test-record.json"), StandardCharsets.UTF_8)
                .replace("FAILED", "PASSED").getBytes(StandardCharsets.UTF_8);
        entries.put("test-record.json", tampered);

        assertEquals("test-record.json does not match the SHA-256 in manifest.json (tampered or corrupted): manifest "
                + original + ", file " + Sha256.of(tampered), error(crafted(entries)));
    }

    @Test
    void aListedFileMissingFromTheZipIsRefused() throws Exception {
        Map<String, byte[]> entries = realEntries();
        entries.remove("trace-matrix.csv");

        assertEquals("trace-matrix.csv is listed in manifest.json but missing from the bundle (tampered or "
                + "corrupted)", error(crafted(entries)));
    }

    @Test
    void anUnlistedEntryIsRefused() throws Exception {
        Map<String, byte[]> entries = realEntries();
        entries.put("extra.txt", "hello".getBytes(StandardCharsets.UTF_8));
        entries.put("docs/more.txt", "hello".getBytes(StandardCharsets.UTF_8));

        assertEquals("holds docs/more.txt, extra.txt, which manifest.json does not list (tampered)",
                error(crafted(entries)));
    }

    @Test
    void aBundleWithoutManifestIsRefused() throws Exception {
        Map<String, byte[]> entries = realEntries();
        entries.remove("manifest.json");

        assertEquals("has no manifest.json; not an evidence bundle of this plugin", error(crafted(entries)));
    }

    @Test
    void aListedButAbsentNeededFileIsRefused() throws Exception {
        Map<String, byte[]> entries = withManifest(m -> {
            com.fasterxml.jackson.databind.node.ArrayNode files = (com.fasterxml.jackson.databind.node.ArrayNode)
                    m.get("files");
            for (int i = files.size() - 1; i >= 0; i--) {
                if (files.get(i).get("path").asText().equals("unit-verification.json")) {
                    files.remove(i);
                }
            }
        });
        entries.remove("unit-verification.json");

        assertEquals("has no unit-verification.json; not an evidence bundle of this plugin", error(crafted(entries)));
    }

    @Test
    void anotherFormatIsRefused() throws Exception {
        assertEquals("manifest.json has format 'iec62304-evidence/2'; this plugin reads iec62304-evidence/1 bundles",
                error(crafted(withManifest(m -> m.put("format", "iec62304-evidence/2")))));
    }

    @Test
    void aManifestWithoutFormatIsRefused() throws Exception {
        assertEquals("manifest.json has format ''; this plugin reads iec62304-evidence/1 bundles",
                error(crafted(withManifest(m -> m.remove("format")))));
    }

    @Test
    void anotherProjectsBundleIsRefused() throws Exception {
        Path other = BaselineBundles.write(BaselineBundles.pump100(), BaselineBundles.info("com.acme", "syringe",
                "1.0.0"), dir);

        assertEquals("is the evidence of com.acme:syringe, not of this project (com.acme:pump); name this project's "
                + "previous release as <baseline>", error(other));
    }

    @Test
    void anotherGroupsBundleIsRefused() throws Exception {
        Path other = BaselineBundles.write(BaselineBundles.pump100(), BaselineBundles.info("org.other", "pump",
                "1.0.0"), dir);

        assertEquals("is the evidence of org.other:pump, not of this project (com.acme:pump); name this project's "
                + "previous release as <baseline>", error(other));
    }

    @Test
    void aManifestWithoutProjectVersionIsRefused() throws Exception {
        assertEquals("manifest.json lacks 'version'",
                error(crafted(withManifest(m -> ((ObjectNode) m.get("project")).remove("version")))));
    }

    @Test
    void malformedJsonIsRefused() throws Exception {
        String message = error(crafted(replacedConsistently("test-record.json", "{\"testCases\": [")));

        assertTrue(message.startsWith("test-record.json is not valid JSON: "), message);
    }

    @Test
    void malformedManifestIsRefused() throws Exception {
        Map<String, byte[]> entries = realEntries();
        entries.put("manifest.json", "not json".getBytes(StandardCharsets.UTF_8));

        assertTrue(error(crafted(entries)).startsWith("manifest.json is not valid JSON: "));
    }

    @Test
    void anEntryNameThatIsNotUtf8IsRefusedAsOneLine() throws Exception {
        byte[] zip = Files.readAllBytes(real);
        zip[30] = (byte) 0xFF; // the first byte of the first entry's name, flagged as UTF-8

        assertEquals("is not a readable zip: an entry name is not valid UTF-8 (corrupt or tampered)",
                error(Files.write(dir.resolve("crafted.zip"), zip)));
    }

    @Test
    void aSecondJsonValueAfterTheManifestIsRefusedNamingItsLine() throws Exception {
        // a manifest whose first object is ignored by nothing: what follows it would be silently dropped
        Map<String, byte[]> entries = realEntries();
        entries.put("manifest.json", (new String(entries.get("manifest.json"), StandardCharsets.UTF_8).strip()
                + "\n{\"format\" : \"iec62304-evidence/1\"}\n").getBytes(StandardCharsets.UTF_8));
        int line = (int) new String(entries.get("manifest.json"), StandardCharsets.UTF_8).lines().count();

        assertEquals("manifest.json is not valid JSON: line " + line + ": content after the end of the JSON object "
                + "(a bundle file holds one JSON value)", error(crafted(entries)));
    }

    @Test
    void aSecondJsonValueAfterATestRecordIsRefusedNamingItsLine() throws Exception {
        String message = error(crafted(replacedConsistently("test-record.json",
                "{\"testCases\": []}\n\n{\"testCases\": [{\"class\": \"a.T\", \"name\": \"m\", \"outcome\": \"PASSED\"}]}")));

        assertEquals("test-record.json is not valid JSON: line 3: content after the end of the JSON object (a bundle "
                + "file holds one JSON value)", message);
    }

    @Test
    void aTestRecordWithoutItsListIsRefused() throws Exception {
        assertEquals("test-record.json has no 'testCases' list",
                error(crafted(replacedConsistently("test-record.json", "{\"cases\": []}"))));
    }

    @Test
    void aTestCaseWithoutOutcomeIsRefused() throws Exception {
        assertEquals("test-record.json lacks 'outcome'", error(crafted(replacedConsistently("test-record.json",
                "{\"testCases\": [{\"class\": \"a.T\", \"name\": \"m\"}]}"))));
    }

    @Test
    void moreTestCasesThanTheLimitAreRefused() throws Exception {
        StringBuilder record = new StringBuilder("{\"testCases\": [");
        for (int i = 0; i <= BaselineReader.MAX_RECORDS; i++) {
            record.append(i == 0 ? "" : ",").append("{\"class\":\"a.T\",\"name\":\"m").append(i)
                    .append("\",\"id\":\"a.T#m").append(i).append("\",\"outcome\":\"PASSED\"}");
        }

        assertEquals("test-record.json lists more than 1000000 testCases; more than this plugin reads from a "
                + "baseline", error(crafted(replacedConsistently("test-record.json", record.append("]}")
                .toString()))));
    }

    /** A record of an older version (no ids) needs its identities derived: a lower limit keeps that in 256 MiB. */
    @Test
    void moreTestCasesWithoutIdThanTheirLimitAreRefused() throws Exception {
        StringBuilder record = new StringBuilder("{\"testCases\": [");
        for (int i = 0; i <= BaselineTests.MAX_CASES_WITHOUT_ID; i++) {
            record.append(i == 0 ? "" : ",").append("{\"class\":\"a.T\",\"name\":\"m").append(i)
                    .append("\",\"outcome\":\"PASSED\"}");
        }

        assertEquals("test-record.json lists more than 100000 test cases without an 'id' (a record of a plugin"
                + " version before test identities); more than this plugin reads from such a baseline: compare with a"
                + " baseline written by this version", error(crafted(replacedConsistently("test-record.json",
                record.append("]}").toString()))));
    }

    @Test
    void aTamperedMalformedFileIsReportedAsTampered() throws Exception {
        // parsed while it streams past, but judged only after the manifest: tampering is the finding
        Map<String, byte[]> entries = realEntries();
        entries.put("test-record.json", "{\"testCases\": [".getBytes(StandardCharsets.UTF_8));

        assertTrue(error(crafted(entries)).startsWith("test-record.json does not match the SHA-256 in manifest.json "
                + "(tampered or corrupted)"));
    }

    @Test
    void aHugeManifestIsRefused() throws Exception {
        Map<String, byte[]> entries = realEntries();
        java.util.Random random = new java.util.Random(1);
        StringBuilder pad = new StringBuilder();
        while (pad.length() < 17 << 20) {
            pad.append(Long.toHexString(random.nextLong()));
        }
        entries.put("manifest.json", ("{\"pad\":\"" + pad + "\"}").getBytes(StandardCharsets.UTF_8));

        assertEquals("manifest.json is larger than 16 MiB; not an evidence bundle of this plugin",
                error(crafted(entries)));
    }

    @Test
    void anUnknownSafetyClassIsRefused() throws Exception {
        assertEquals("trace-matrix.json has safety class 'D'", error(crafted(replacedConsistently(
                "trace-matrix.json", "{\"requirements\": [{\"id\": \"R\", \"status\": \"VERIFIED\", "
                        + "\"safetyClass\": \"D\"}]}"))));
    }

    @Test
    void notAZipIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("pump.zip"), "this is not a zip");

        assertEquals("is not an evidence bundle: not a zip, or an empty one", error(file));
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        assertEquals("is not an evidence bundle: not a zip, or an empty one",
                error(Files.write(dir.resolve("empty.zip"), new byte[0])));
    }

    @Test
    void aTruncatedZipIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(real);
        Path file = Files.write(dir.resolve("truncated.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        String message = error(file);
        assertTrue(message.startsWith("cannot be read: ") || message.startsWith("is not a readable zip: ")
                || message.contains("missing from the bundle")
                || message.startsWith("has no manifest.json"), message); // where the cut falls decides which
    }

    @Test
    void aMissingFileIsRefused() throws Exception {
        assertEquals("baseline bundle not found", error(dir.resolve("nowhere.zip")));
    }
}
