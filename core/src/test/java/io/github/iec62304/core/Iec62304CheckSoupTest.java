package io.github.iec62304.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.evaluate.Gates;
import io.github.iec62304.core.evaluate.Rule;
import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.project.GitRevision;
import io.github.iec62304.core.project.ProjectInfo;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.Sha256;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SOUP gate behind the facade: the SBOM found, read, judged, copied and hashed; or a clear BUILD ERROR. */
class Iec62304CheckSoupTest {

    private static final Instant BUILD_START = Instant.parse("2026-11-01T10:00:00Z");
    private static final String SLF4J = "pkg:maven/org.slf4j/slf4j-api@2.0.17?type=jar";
    private static final String BOM = """
            {"bomFormat":"CycloneDX","specVersion":"1.6","serialNumber":"urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
             "version":1,"components":[
              {"type":"library","bom-ref":"%1$s","publisher":"QOS.ch","group":"org.slf4j","name":"slf4j-api",
               "version":"2.0.17","scope":"required","purl":"%1$s"},
              {"type":"library","bom-ref":"junit","group":"junit","name":"junit","version":"4.13.2","scope":"required"}
             ]}
            """.formatted(SLF4J);
    private static final String REGISTER = """
            soup:
              - component: pkg:maven/org.slf4j/slf4j-api
                title: SLF4J API
                version: 2.0.17
                support: supported
                endOfSupport: none announced
            """;
    private static final String STALE = "target/bom.json was written before this build started: it may be stale "
            + "(mvn -o skips cyclonedx-maven-plugin without a word). Run mvn clean verify online.";

    @TempDir
    Path project;

    @BeforeEach
    void createProject() throws Exception {
        Files.createDirectories(project.resolve("src/iec62304"));
        Files.writeString(project.resolve("src/iec62304/requirements.yaml"), """
                requirements:
                  - id: REQ-RATE
                    title: Hourly rate
                    text: The pump shall compute the hourly rate.
                    safetyClass: A
                """);
        Files.createDirectories(project.resolve("target"));
    }

    private CheckSettings settings(Map<String, String> rules, String... sbomFiles) {
        return new CheckSettings(project,
                new ProjectInfo("com.acme", "pump", "1.0-SNAPSHOT", "Pump", "0.1.0-SNAPSHOT",
                        Instant.parse("2026-10-31T10:00:00Z"), null),
                SafetyClass.A, Path.of("src/iec62304/requirements.yaml"), Path.of("src/iec62304/architecture.yaml"),
                Path.of("target/classes"), Path.of("target/test-classes"), List.of(Path.of("target/surefire-reports")),
                List.of(Path.of("target/jacoco.exec")), CheckSettings.defaultCriteria(),
                new SoupSettings(Stream.of(sbomFiles).map(Path::of).toList(), Path.of("src/iec62304/soup.yaml"),
                        Map.of("org.slf4j:slf4j-api", "compile", "junit:junit", "test"), Set.of("com.acme:pump"),
                        SoupSettings.DEFAULT_REVIEW_MAX_AGE, true), ReleaseSettings.development(),
                BUILD_START, rules, Path.of("target/iec62304"), Path.of("target/iec62304.zip"));
    }

    /** A class B build of {@code version} whose outputTimestamp is {@code outputTimestamp}; every rule at its default. */
    private CheckSettings settings(String version, Instant outputTimestamp) {
        CheckSettings s = settings(Map.of(), "target/bom.json");
        return new CheckSettings(project, new ProjectInfo("com.acme", "pump", version, "Pump", "0.1.0-SNAPSHOT",
                outputTimestamp, null), SafetyClass.B, s.requirementsFile(), s.architectureFile(),
                s.modules(), s.shards(), s.criteria(), s.soup(), s.release(),
                BUILD_START, Map.of(), s.evidenceDirectory(), s.bundleFile());
    }

    /** The SOUP-ANOMALY-REVIEW lines of a build whose register has slf4j-api reviewed on {@code reviewDate}. */
    private List<String> anomalyReview(CheckSettings settings, String reviewDate) throws Exception {
        write("target/bom.json", BOM, BUILD_START.plusSeconds(60));
        write("src/iec62304/soup.yaml", REGISTER + """
                    manufacturer: QOS.ch
                    functionalRequirements: Logging API.
                    systemRequirements: Java 8.
                    risk:
                      level: low
                      rationale: logging only
                    anomalyList: https://github.com/qos-ch/slf4j/issues
                    anomalyReview:
                      version: 2.0.17
                      date: %s
                      reviewer: J. Doe
                      result: none affects the pump
                """.formatted(reviewDate), BUILD_START);
        return Iec62304Check.run(settings).report().violations().stream()
                .filter(v -> v.ruleId().equals("SOUP-ANOMALY-REVIEW")).map(Violation::format).toList();
    }

    /**
     * Issue 12 item 5: a development build keeps the last release's outputTimestamp (here 33 months before the build);
     * a review 34 months old passed when judged against it.
     */
    @Verifies("TOOL-SOUP-ANOMALY-REVIEW")
    @Test
    void aDevelopmentBuildJudgesReviewAgeAgainstTheDayItRunsNotAStaleOutputTimestamp() throws Exception {
        assertEquals(List.of("SOUP-ANOMALY-REVIEW org.slf4j:slf4j-api: its anomaly review of 2024-01-05 is older than"
                + " 12 months (judged against 2026-11-01, the day the build ran). Review the anomaly list again."
                + " [IEC 62304 7.1.3]"), anomalyReview(settings("1.1-SNAPSHOT", Instant.parse("2024-02-01T00:00:00Z")),
                "2024-01-05"));
        JsonNode reference = json("manifest.json").get("referenceDate");
        assertEquals("2026-11-01 the day the build ran", reference.get("date").asText() + " "
                + reference.get("basis").asText());
        assertEquals("2026-11-01", json("soup-list.json").get("buildDate").asText());
    }

    /** A release judges against its own outputTimestamp: rebuilt any day later, it reaches the same verdict. */
    @Test
    void aReleaseJudgesReviewAgeAgainstItsOutputTimestamp() throws Exception {
        assertEquals(List.of(), anomalyReview(settings("1.1", Instant.parse("2024-02-01T00:00:00Z")), "2024-01-05"));
        JsonNode reference = json("manifest.json").get("referenceDate");
        assertEquals("2024-02-01 project.build.outputTimestamp of this release build", reference.get("date").asText()
                + " " + reference.get("basis").asText());
        assertEquals("2024-02-01", json("soup-list.json").get("buildDate").asText());
    }

    /**
     * Outside git (a release allowed without it), a review dated after the release's (stale) outputTimestamp cannot
     * be told from a mistyped date: a violation that names both remedies.
     */
    @Verifies("TOOL-SOUP-ANOMALY-REVIEW")
    @Test
    void aReviewDatedAfterTheReleasesOutputTimestampOutsideGitIsAViolation() throws Exception {
        assertEquals(List.of("SOUP-ANOMALY-REVIEW org.slf4j:slf4j-api: its anomaly review is dated 2026-10-01, after"
                + " the date it is judged against (2024-02-01, project.build.outputTimestamp of this release"
                + " build): a review cannot postdate the build that relies on it. Correct the date, or set"
                + " project.build.outputTimestamp to this release's date. [IEC 62304 7.1.3]"),
                anomalyReview(settings("1.1", Instant.parse("2024-02-01T00:00:00Z")), "2026-10-01"));
    }

    /**
     * A release whose outputTimestamp was set once (2024-01-01) and never updated, committed 2026-10-15: the review of
     * 2023-06-01 passed, judged against 2024-01-01. It is judged against the later commit date.
     */
    @Verifies("TOOL-SOUP-ANOMALY-REVIEW")
    @Test
    void aReleaseWithAStaleOutputTimestampJudgesReviewAgeAgainstItsCommitDate() throws Exception {
        Instant stale = Instant.parse("2024-01-01T00:00:00Z");
        commitAt("2026-10-15T09:30:00+02:00");

        assertEquals(List.of("SOUP-ANOMALY-REVIEW org.slf4j:slf4j-api: its anomaly review of 2023-06-01 is older than"
                + " 12 months (judged against 2026-10-15, the committer date of this release's git commit). Review the"
                + " anomaly list again. [IEC 62304 7.1.3]"), anomalyReview(inGit(settings("1.1", stale), BUILD_START),
                "2023-06-01"));
        JsonNode reference = json("manifest.json").get("referenceDate");
        assertEquals("2026-10-15 the committer date of this release's git commit", reference.get("date").asText()
                + " " + reference.get("basis").asText());
        assertEquals("2026-10-15", json("soup-list.json").get("buildDate").asText());
    }

    /** The commit date is fixed for the commit: a rebuild of the same commit a year later judges the same date. */
    @Test
    void aRebuildOfTheSameCommitJudgesAgainstTheSameDate() throws Exception {
        commitAt("2026-10-15T09:30:00Z");
        Instant stale = Instant.parse("2024-01-01T00:00:00Z");

        List<String> first = anomalyReview(inGit(settings("1.1", stale), BUILD_START), "2025-11-01");
        String firstReference = json("manifest.json").get("referenceDate").toString();
        List<String> later = anomalyReview(inGit(settings("1.1", stale), BUILD_START.plus(Duration.ofDays(400))),
                "2025-11-01");

        assertEquals(List.of(), first, "12 months before the commit date is fine");
        assertEquals(first, later);
        assertEquals(firstReference, json("manifest.json").get("referenceDate").toString());
        assertEquals("2026-10-15", json("manifest.json").get("referenceDate").get("date").asText());
    }

    /** Commits the project as it is, with committer date {@code date}. */
    private void commitAt(String date) throws Exception {
        assumeTrue(hasGit(), "git is installed");
        git(Map.of(), "init", "-q");
        git(Map.of("GIT_COMMITTER_DATE", date, "GIT_AUTHOR_DATE", date), "add", ".");
        git(Map.of("GIT_COMMITTER_DATE", date, "GIT_AUTHOR_DATE", date), "commit", "-q", "--allow-empty", "-m",
                "release");
    }

    private void git(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=T", "-c", "user.email=t@example.org",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process p = builder.start();
        p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor(), String.join(" ", command));
    }

    private static boolean hasGit() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    /** {@code settings} with the project's git revision, as the goal reads it, and the build started at {@code start}. */
    private CheckSettings inGit(CheckSettings s, Instant start) {
        ProjectInfo p = s.project();
        return new CheckSettings(project, new ProjectInfo(p.groupId(), p.artifactId(), p.version(), p.name(),
                p.toolVersion(), p.buildTimestamp(), GitRevision.of(project).orElseThrow()), s.safetyClass(),
                s.requirementsFile(), s.architectureFile(), s.modules(), s.shards(), s.criteria(), s.soup(), s.release(), start, s.ruleLevels(),
                s.evidenceDirectory(), s.bundleFile());
    }

    private CheckSettings settings() {
        return settings(Map.of(), "target/bom.json", "target/bom.xml");
    }

    private Path write(String file, String text, Instant modified) throws Exception {
        Path f = project.resolve(file);
        Files.writeString(f, text);
        Files.setLastModifiedTime(f, FileTime.from(modified));
        return f;
    }

    private JsonNode json(String bundleFile) throws Exception {
        return new ObjectMapper().readTree(project.resolve("target/iec62304").resolve(bundleFile).toFile());
    }

    private String sha256(String file) throws Exception {
        return Sha256.of(Files.readAllBytes(project.resolve(file)));
    }

    private void assertNothingWritten() {
        assertFalse(Files.exists(project.resolve("target/iec62304")));
        assertFalse(Files.exists(project.resolve("target/iec62304.zip")));
    }

    @Test
    void missingSbomIsABuildErrorAndWritesNothing() {
        InputException e = assertThrows(InputException.class, () -> Iec62304Check.run(settings()));

        assertEquals("target/bom.json: no CycloneDX SBOM. Add cyclonedx-maven-plugin's makeBom goal (phase package, "
                + "outputFormat json) to the build; note that mvn -o (offline) skips it silently. Or point "
                + "<sbomFile> at your SBOM.", e.getMessage());
        assertNothingWritten();
    }

    @Test
    void sbomReadMeanwhileStillReportsProblemsInInputOrder() throws Exception {
        // the SBOM is read on its own thread, but a problem of an earlier input is still the one reported
        Files.writeString(project.resolve("src/iec62304/requirements.yaml"), "requirements: [");

        InputException e = assertThrows(InputException.class, () -> Iec62304Check.run(settings()));

        assertTrue(e.getMessage().startsWith("src/iec62304/requirements.yaml:"), e.getMessage());
        assertNothingWritten();
    }

    @Test
    void brokenSbomIsABuildErrorNamingItAndWritesNothing() throws Exception {
        write("target/bom.json", "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[{]}",
                BUILD_START.plusSeconds(60));

        InputException e = assertThrows(InputException.class, () -> Iec62304Check.run(settings()));

        assertTrue(e.getMessage().startsWith("target/bom.json:1: is not a"), e.getMessage());
        assertNothingWritten();
    }

    @Test
    void oneSoupRuleInForceNeedsTheSbom() {
        Map<String, String> allButOne = Gates.all().stream().map(Rule::id).filter(id -> id.startsWith("SOUP-")
                && !id.equals("SOUP-UNUSED")).collect(Collectors.toMap(id -> id, id -> "OFF"));

        assertThrows(InputException.class, () -> Iec62304Check.run(settings(allButOne, "target/bom.json")));
        assertNothingWritten();
    }

    @Test
    void withEverySoupRuleOffNoSbomIsNeeded() throws Exception {
        Map<String, String> off = Gates.all().stream().map(Rule::id).filter(id -> id.startsWith("SOUP-"))
                .collect(Collectors.toMap(id -> id, id -> "OFF"));

        CheckResult result = Iec62304Check.run(settings(off, "target/bom.json"));

        assertEquals(List.of(), result.warnings());
        try (Stream<Path> files = Files.list(project.resolve("target/iec62304"))) {
            assertEquals(List.of(".iec62304-evidence.sha256", "anomalies.csv", "anomalies.json", "conformity.csv", "conformity.json", "iec62304-junit.xml", "iec62304.sarif", "index.html", "manifest.json", "regression-report.csv", "regression-report.json", "release-checklist.csv", "release-checklist.json", "requirements.reqif", "soup-list.csv", "soup-list.json", "test-record.csv",
                    "test-record.json", "trace-matrix.csv", "trace-matrix.json", "unit-verification.csv",
                    "unit-verification.json", "verification-records.csv", "verification-records.json"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertTrue(json("soup-list.json").get("sbom").isNull());
        assertEquals(List.of("OFF", "OFF", "OFF", "OFF", "OFF", "OFF", "OFF", "OFF", "OFF", "OFF"),
                StreamSupport.stream(json("manifest.json").get("rules").spliterator(), false)
                        .filter(r -> r.get("id").asText().startsWith("SOUP-")).map(r -> r.get("verdict").asText())
                        .toList());
    }

    private CheckSettings withVex(String vex) {
        CheckSettings s = settings();
        return new CheckSettings(project, s.project(), s.safetyClass(), s.requirementsFile(), s.architectureFile(),
                s.modules(), s.shards(), s.criteria(), s.soup().withVex(Path.of(vex)), s.release(), BUILD_START,
                Map.of(), s.evidenceDirectory(), s.bundleFile());
    }

    @Test
    void aVexFileIsReadDigestedAndItsAnalysesJudged() throws Exception {
        write("target/bom.json", BOM, BUILD_START.plusSeconds(60));
        write("src/iec62304/soup.yaml", REGISTER, BUILD_START.minusSeconds(86400));
        write("src/iec62304/vex.json", """
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1, "vulnerabilities": [
                  {"id": "CVE-2026-0001", "affects": [{"ref": "%s"}], "analysis": {"state": "in_triage"}},
                  {"id": "CVE-2026-0002", "affects": [{"ref": "pkg:maven/org.slf4j/slf4j-apl@2.0.17"}],
                   "analysis": {"state": "not_affected"}}]}
                """.formatted(SLF4J), BUILD_START);

        CheckResult result = Iec62304Check.run(withVex("src/iec62304/vex.json"));

        assertEquals(List.of("src/iec62304/vex.json:3: CVE-2026-0002 names pkg:maven/org.slf4j/slf4j-apl@2.0.17, which "
                + "is no component of the SBOM; its analysis applies to nothing. Correct the reference (a bom-ref or "
                + "purl of the SBOM) or remove the statement."), result.warnings());
        assertEquals(List.of("SOUP-VULNERABILITY CVE-2026-0001 (org.slf4j:slf4j-api:2.0.17): is in triage; finish the "
                + "analysis. [IEC 62304 7.1.3]"), result.report().violations().stream()
                .filter(v -> v.ruleId().startsWith("SOUP-")).map(Violation::format).toList());
        String digest = sha256("src/iec62304/vex.json");
        assertTrue(StreamSupport.stream(json("manifest.json").get("inputs").spliterator(), false).anyMatch(i ->
                i.get("path").asText().equals("src/iec62304/vex.json") && i.get("sha256").asText().equals(digest)));
        JsonNode soupList = json("soup-list.json");
        assertEquals("src/iec62304/vex.json", soupList.get("vex").asText());
        assertEquals("src/iec62304/vex.json:2", soupList.get("vulnerabilities").get(0).get("analysedIn").asText());
    }

    @Test
    void aMissingOrBrokenVexFileIsABuildErrorAndWritesNothing() throws Exception {
        write("target/bom.json", BOM, BUILD_START.plusSeconds(60));
        write("src/iec62304/soup.yaml", REGISTER, BUILD_START.minusSeconds(86400));

        assertEquals("src/iec62304/vex.json: does not exist: <vexFile> (iec62304.vexFile) names a CycloneDX JSON VEX "
                + "file; correct the path or remove the parameter", assertThrows(InputException.class,
                () -> Iec62304Check.run(withVex("src/iec62304/vex.json"))).getMessage());
        assertNothingWritten();
        write("src/iec62304/vex.json", "{\"bomFormat\": \"CycloneDX\",\n \"specVersion\": \"1.6\",,}", BUILD_START);
        assertEquals("src/iec62304/vex.json:2: is not a readable CycloneDX VEX: Unexpected character (',' (code 44)): "
                + "was expecting double-quote to start field name", assertThrows(InputException.class,
                () -> Iec62304Check.run(withVex("src/iec62304/vex.json"))).getMessage());
        assertNothingWritten();
    }

    @Test
    void sbomIsCopiedIntoTheBundleAndHashed() throws Exception {
        write("target/bom.json", BOM, BUILD_START.plusSeconds(60));
        write("src/iec62304/soup.yaml", REGISTER, BUILD_START.minusSeconds(86400));

        CheckResult result = Iec62304Check.run(settings());

        assertEquals(List.of(), result.warnings());
        assertEquals(List.of(), result.report().violations().stream().filter(v -> v.ruleId().startsWith("SOUP-"))
                .map(Violation::format).toList());
        assertArrayEquals(Files.readAllBytes(project.resolve("target/bom.json")),
                Files.readAllBytes(project.resolve("target/iec62304/sbom.json")));
        JsonNode manifest = json("manifest.json");
        assertEquals(List.of("src/iec62304/requirements.yaml " + sha256("src/iec62304/requirements.yaml") + " 1",
                        "src/iec62304/soup.yaml " + sha256("src/iec62304/soup.yaml") + " 1",
                        "target/bom.json " + sha256("target/bom.json") + " 1",
                        "target/classes " + Sha256.of(new byte[0]) + " 0",
                        "target/test-classes " + Sha256.of(new byte[0]) + " 0"),
                StreamSupport.stream(manifest.get("inputs").spliterator(), false)
                        .map(i -> i.get("path").asText() + " " + i.get("sha256").asText() + " " + i.get("files"))
                        .toList());
        assertEquals(List.of(sha256("target/bom.json")),
                StreamSupport.stream(manifest.get("files").spliterator(), false)
                        .filter(f -> f.get("path").asText().equals("sbom.json")).map(f -> f.get("sha256").asText())
                        .toList());
        try (ZipFile zip = new ZipFile(project.resolve("target/iec62304.zip").toFile())) {
            assertArrayEquals(Files.readAllBytes(project.resolve("target/bom.json")),
                    zip.getInputStream(zip.getEntry("sbom.json")).readAllBytes());
        }
        JsonNode list = json("soup-list.json");
        // a development build (1.0-SNAPSHOT) judges against the day it runs, not its outputTimestamp (2026-10-31)
        assertEquals("target/bom.json 1.6 urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79 2026-11-01",
                list.at("/sbom/path").asText() + " " + list.at("/sbom/specVersion").asText() + " "
                        + list.at("/sbom/serialNumber").asText() + " " + list.get("buildDate").asText());
    }

    @Test
    void anXmlSbomIsFoundAfterTheJsonOneAndCopiedAsSbomXml() throws Exception {
        write("target/bom.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1">
                  <components>
                    <component type="library"><group>org.slf4j</group><name>slf4j-api</name><version>2.0.17</version>
                    </component>
                  </components>
                </bom>
                """, BUILD_START.plusSeconds(60));

        CheckResult result = Iec62304Check.run(settings());

        assertEquals(List.of("SOUP-REGISTERED org.slf4j:slf4j-api:2.0.17: ships but has no entry in "
                + "src/iec62304/soup.yaml. Add one (mvn iec62304:soup-register writes a starter entry). "
                + "[IEC 62304 8.1.2]"), result.report().violations().stream().filter(v -> v.ruleId().startsWith("SOUP-"))
                .map(Violation::format).toList());
        assertTrue(Files.exists(project.resolve("target/iec62304/sbom.xml")));
        assertFalse(Files.exists(project.resolve("target/iec62304/sbom.json")));
    }

    @Test
    void sbomOlderThanTheBuildIsAWarningInTheLogOnly() throws Exception {
        write("target/bom.json", BOM, BUILD_START.minusSeconds(3600));
        write("src/iec62304/soup.yaml", REGISTER, BUILD_START.minusSeconds(3600));

        CheckResult result = Iec62304Check.run(settings());

        assertEquals(List.of(STALE), result.warnings());
        assertFalse(Files.readString(project.resolve("target/iec62304/manifest.json")).contains("stale"));
        assertFalse(Files.readString(project.resolve("target/iec62304/index.html")).contains("stale"));
    }

    @Test
    void invalidSbomIsABuildErrorAndWritesNothing() throws Exception {
        write("target/bom.json", BOM.replace("\"required\"", "\"always\""), BUILD_START.plusSeconds(60));

        InputException e = assertThrows(InputException.class, () -> Iec62304Check.run(settings()));

        assertEquals("target/bom.json: is not a valid CycloneDX SBOM: does not have a value in the enumeration "
                + "[\"required\", \"optional\", \"excluded\"]; does not have a value in the enumeration "
                + "[\"required\", \"optional\", \"excluded\"] (2 problems)", e.getMessage());
        assertNothingWritten();
    }

    @Test
    void sbomWithADoctypeIsABuildErrorAndWritesNothing() throws Exception {
        Files.copy(Path.of(getClass().getResource("/corpus/hostile/bom-xxe.xml").toURI()),
                project.resolve("target/bom.xml"));

        InputException e = assertThrows(InputException.class, () -> Iec62304Check.run(settings()));

        assertEquals("target/bom.xml:2: contains a DOCTYPE, which CycloneDX SBOMs never need; refusing it (external "
                + "entities are not read)", e.getMessage());
        assertNothingWritten();
    }

    @Test
    void invalidRegisterIsABuildErrorAndWritesNothing() throws Exception {
        write("target/bom.json", BOM, BUILD_START.plusSeconds(60));
        write("src/iec62304/soup.yaml", REGISTER + "    licence: MIT\n", BUILD_START);

        InputException e = assertThrows(InputException.class, () -> Iec62304Check.run(settings()));

        assertEquals("src/iec62304/soup.yaml:7: unknown field 'licence'; a SOUP entry has: component, runtime, title, "
                + "manufacturer, website, version, functionalRequirements, systemRequirements, risk, anomalyList, "
                + "anomalyReview, support, endOfSupport, approvals", e.getMessage());
        assertNothingWritten();
    }

    @Test
    void theSoupGateJudgesTheResolvedScopesAndTheBuildDate() throws Exception {
        write("target/bom.json", BOM, BUILD_START.plusSeconds(60));
        write("src/iec62304/soup.yaml", REGISTER.replace("2.0.17", "2.0.16"), BUILD_START);

        CheckResult result = Iec62304Check.run(settings());

        assertEquals(List.of("SOUP-VERSION org.slf4j:slf4j-api:2.0.17: the register reviewed version 2.0.16 (entry "
                + "org.slf4j:slf4j-api). Review 2.0.17 and update the entry. [IEC 62304 8.1.2 c]"),
                result.report().violations().stream().filter(v -> v.ruleId().startsWith("SOUP-"))
                        .map(Violation::format).toList());
        JsonNode components = json("soup-list.json").get("components");
        assertEquals(List.of("junit:junit false test NOT_SHIPPED", "org.slf4j:slf4j-api true compile FAILED"),
                StreamSupport.stream(components.spliterator(), false).map(c -> c.get("group").asText() + ":"
                        + c.get("name").asText() + " " + c.get("shipped") + " " + c.get("scope").asText() + " "
                        + c.get("verdict").asText()).toList());
    }
}
