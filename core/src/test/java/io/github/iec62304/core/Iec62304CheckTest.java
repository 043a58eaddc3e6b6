package io.github.iec62304.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.project.ProjectInfo;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.Sha256;
import io.github.iec62304.core.read.classes.fixture.InfusionPump;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline behind the facade, on a small project in a temporary directory. */
class Iec62304CheckTest {

    private static final String P = "io.github.iec62304.core.read.classes.fixture.";
    private static final String CATALOG = """
            requirements:
              - id: REQ-RATE
                title: Hourly rate
                text: The pump shall compute the hourly rate.
              - id: REQ-ALARM
                title: Occlusion alarm
                text: The pump shall alarm on occlusion.
                safetyClass: B
              - id: REQ-LIMIT
                title: Rate limit
                text: The pump shall limit the rate.
            """;

    @TempDir
    Path project;

    @BeforeEach
    void createProject() throws Exception {
        io.github.iec62304.core.read.sbom.EmptySbom.writeTo(project);
        Files.createDirectories(project.resolve("src/iec62304"));
        Files.writeString(project.resolve("src/iec62304/requirements.yaml"), CATALOG);
        Path fixtures = Path.of(InfusionPump.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("io/github/iec62304/core/read/classes/fixture");
        Path classes = Files.createDirectories(project.resolve("target/test-classes/fixture"));
        try (Stream<Path> list = Files.list(fixtures)) {
            for (Path f : list.toList()) {
                Files.copy(f, classes.resolve(f.getFileName()));
            }
        }
        Files.createDirectories(project.resolve("target/surefire-reports"));
        Files.writeString(project.resolve("target/surefire-reports/TEST-" + P + "InfusionPumpChecks.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="%1$sInfusionPumpChecks">
                  <testcase classname="%1$sInfusionPumpChecks" name="computesRate" time="0.01"/>
                  <testcase classname="%1$sInfusionPumpChecks" name="rejects(int)[1]" time="0.01"/>
                  <testcase classname="%1$sInfusionPumpChecks" name="rejects(int)[2]" time="0.01"/>
                  <testcase classname="%1$sInfusionPumpChecks" name="repeats()[1]" time="0.01"/>
                  <testcase classname="%1$sInfusionPumpChecks" name="repeats()[2]" time="0.01"/>
                  <testcase classname="%1$sInfusionPumpChecks$WhenOccluded" name="alarms" time="0.01"/>
                  <testcase classname="%1$sAudibleAlarmChecks" name="soundsAlarm" time="0.01">
                    <failure message="expected: &lt;loud&gt; but was: &lt;silent&gt;">trace</failure>
                  </testcase>
                  <testcase classname="%1$sDanglingChecks" name="checksSomething" time="0.01"/>
                </testsuite>
                """.formatted(P));
    }

    private CheckSettings settings(SafetyClass safetyClass, Map<String, String> rules, String bundle) {
        return settings(safetyClass, rules, Path.of("target/" + bundle), Path.of("target/" + bundle + ".zip"));
    }

    private CheckSettings settings(SafetyClass safetyClass, Map<String, String> rules, Path dir, Path zip) {
        return new CheckSettings(project,
                new ProjectInfo("com.acme", "pump", "1.0-SNAPSHOT", "Pump", "0.1.0-SNAPSHOT",
                        Instant.parse("2026-01-31T10:00:00Z"), null),
                safetyClass, Path.of("src/iec62304/requirements.yaml"), Path.of("src/iec62304/architecture.yaml"),
                Path.of("target/classes"), Path.of("target/test-classes"),
                List.of(Path.of("target/surefire-reports"), Path.of("target/failsafe-reports")),
                List.of(Path.of("target/jacoco.exec")), CheckSettings.defaultCriteria(),
                new io.github.iec62304.core.SoupSettings(List.of(Path.of("target/bom.json")), Path.of("src/iec62304/soup.yaml"), Map.of(), java.util.Set.of(), io.github.iec62304.core.SoupSettings.DEFAULT_REVIEW_MAX_AGE, true), ReleaseSettings.development(), Instant.parse("2026-01-31T11:00:00Z"), rules,
                dir, zip);
    }

    @Test
    void runsEveryGateAndWritesTheBundle() throws Exception {
        CheckResult result = Iec62304Check.run(settings(null, Map.of(), "iec62304"));

        assertEquals(List.of(
                "TRACE-DANGLING " + P + "DanglingChecks#checksSomething: @Verifies(\"REQ-NONE\") names no requirement "
                        + "in src/iec62304/requirements.yaml. Correct the id or add the requirement to the catalog. "
                        + "[IEC 62304 5.1.1 c]",
                "TRACE-DANGLING " + P + "InfusionPump#<init>: @Implements(\"REQ-CTOR\") names no requirement "
                        + "in src/iec62304/requirements.yaml. Correct the id or add the requirement to the catalog. "
                        + "[IEC 62304 5.1.1 c]",
                "TRACE-PASSED REQ-ALARM: not verified (class B): test " + P + "AbstractAlarmChecks#soundsAlarm FAILED "
                        + "(expected: <loud> but was: <silent>) in target/surefire-reports/TEST-" + P
                        + "InfusionPumpChecks.xml. Fix the code or the test until it passes; see the reports named "
                        + "above. [IEC 62304 5.7.1; 5.7.4]",
                "TRACE-TESTED REQ-LIMIT: \"Rate limit\" (class C) has no verifying test. Add @Verifies(\"REQ-LIMIT\") "
                        + "to the test that checks it. [IEC 62304 5.1.1 c; 5.7.1]"),
                result.report().violations().stream().map(Violation::format).toList());
        assertEquals(SafetyClass.C, result.evidence().systemClass());
        assertEquals(project.resolve("target/iec62304.zip"), result.bundleFile());
        try (Stream<Path> files = Files.list(project.resolve("target/iec62304"))) {
            assertEquals(25, files.count()); // the marker + soup-list, regression-report, anomalies, release-checklist, verification-records (json, csv), sbom.json, the JUnit and SARIF reports, requirements.reqif, conformity (json, csv)
        }
        JsonNode manifest = new ObjectMapper().readTree(project.resolve("target/iec62304/manifest.json").toFile());
        assertEquals("FAILED", manifest.get("verdict").asText());
        assertEquals("default: no class declared (IEC 62304 4.3)", manifest.at("/safetyClass/source").asText());
        String report = "target/surefire-reports/TEST-" + P + "InfusionPumpChecks.xml";
        assertEquals(List.of(
                        "src/iec62304/requirements.yaml " + sha256("src/iec62304/requirements.yaml") + " 1",
                        "target/bom.json " + sha256("target/bom.json") + " 1",
                        "target/classes " + Sha256.of(new byte[0]) + " 0",
                        "target/surefire-reports/TEST-" + P + "InfusionPumpChecks.xml " + Sha256.of((
                                P + "AudibleAlarmChecks#soundsAlarm FAILED 0 expected: <loud> but was: <silent>\n"
                                + P + "DanglingChecks#checksSomething PASSED 0 \n"
                                + P + "InfusionPumpChecks#computesRate PASSED 0 \n"
                                + P + "InfusionPumpChecks#rejects(int)[1] PASSED 0 \n"
                                + P + "InfusionPumpChecks#rejects(int)[2] PASSED 0 \n"
                                + P + "InfusionPumpChecks#repeats()[1] PASSED 0 \n"
                                + P + "InfusionPumpChecks#repeats()[2] PASSED 0 \n"
                                + P + "InfusionPumpChecks$WhenOccluded#alarms PASSED 0 \n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)) + " 1",
                        "target/test-classes " + result.evidence().scan().inputs().get(1).sha256() + " 6"),
                java.util.stream.StreamSupport.stream(manifest.get("inputs").spliterator(), false)
                        .map(i -> i.get("path").asText() + " " + i.get("sha256").asText() + " " + i.get("files"))
                        .toList());
    }

    private String sha256(String file) throws Exception {
        return Sha256.of(Files.readAllBytes(project.resolve(file)));
    }

    @Test
    void sameTestResultsWithOtherDurationsGiveTheSameBundle() throws Exception {
        // issue 13 item 11: two runs of the same tests differ in durations, time stamps and host name only
        Path report = project.resolve("target/surefire-reports/TEST-" + P + "InfusionPumpChecks.xml");
        Iec62304Check.run(settings(SafetyClass.B, Map.of(), "first"));
        Files.writeString(report, Files.readString(report).replace("time=\"0.01\"", "time=\"0.37\"")
                .replace("<testsuite name", "<testsuite hostname=\"ci-agent-7\" timestamp=\"2026-12-07T00:45:00\" name"));
        Iec62304Check.run(settings(SafetyClass.B, Map.of(), "second"));

        assertArrayEquals(Files.readAllBytes(project.resolve("target/first.zip")),
                Files.readAllBytes(project.resolve("target/second.zip")));
    }

    @Test
    void aTestThatChangesOutcomeChangesTheBundle() throws Exception {
        Path report = project.resolve("target/surefire-reports/TEST-" + P + "InfusionPumpChecks.xml");
        Iec62304Check.run(settings(SafetyClass.B, Map.of(), "first"));
        Files.writeString(report, Files.readString(report).replace(
                "name=\"computesRate\" time=\"0.01\"/>", "name=\"computesRate\" time=\"0.01\"><skipped/></testcase>"));
        Iec62304Check.run(settings(SafetyClass.B, Map.of(), "second"));

        JsonNode first = new ObjectMapper().readTree(project.resolve("target/first/manifest.json").toFile());
        JsonNode second = new ObjectMapper().readTree(project.resolve("target/second/manifest.json").toFile());
        assertEquals("test results", first.at("/inputs/3/sha256Of").asText());
        assertEquals(first.at("/inputs/3/path"), second.at("/inputs/3/path"));
        assertFalse(first.at("/inputs/3/sha256").equals(second.at("/inputs/3/sha256")));
    }

    @Test
    void aSurefireReportsDigestIsItsOwnWhateverFailsafeReports() throws Exception {
        // the same test in failsafe's report fails in the second build: the merged result changes, but the digest
        // of surefire's report is what the documented recipe gives for that file alone, in both builds
        Path failsafe = Files.createDirectories(project.resolve("target/failsafe-reports"))
                .resolve("TEST-" + P + "InfusionPumpChecks.xml");
        String passing = """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="%1$sInfusionPumpChecks">
                  <testcase classname="%1$sInfusionPumpChecks" name="computesRate" time="0.5"/>
                </testsuite>
                """.formatted(P);
        Files.writeString(failsafe, passing);
        Iec62304Check.run(settings(SafetyClass.B, Map.of(), "first"));
        Files.writeString(failsafe, passing.replace("time=\"0.5\"/>",
                "time=\"0.5\"><failure message=\"too slow\"/></testcase>"));
        Iec62304Check.run(settings(SafetyClass.B, Map.of(), "second"));

        String surefire = "target/surefire-reports/TEST-" + P + "InfusionPumpChecks.xml";
        String recipe = Sha256.of((P + "AudibleAlarmChecks#soundsAlarm FAILED 0 expected: <loud> but was: <silent>\n"
                + P + "DanglingChecks#checksSomething PASSED 0 \n"
                + P + "InfusionPumpChecks#computesRate PASSED 0 \n"
                + P + "InfusionPumpChecks#rejects(int)[1] PASSED 0 \n"
                + P + "InfusionPumpChecks#rejects(int)[2] PASSED 0 \n"
                + P + "InfusionPumpChecks#repeats()[1] PASSED 0 \n"
                + P + "InfusionPumpChecks#repeats()[2] PASSED 0 \n"
                + P + "InfusionPumpChecks$WhenOccluded#alarms PASSED 0 \n").getBytes(StandardCharsets.UTF_8));
        assertEquals(Map.of(surefire, recipe, "target/failsafe-reports/TEST-" + P + "InfusionPumpChecks.xml",
                Sha256.of((P + "InfusionPumpChecks#computesRate PASSED 0 \n").getBytes(StandardCharsets.UTF_8))),
                testResultDigests("first"));
        assertEquals(Map.of(surefire, recipe, "target/failsafe-reports/TEST-" + P + "InfusionPumpChecks.xml",
                Sha256.of((P + "InfusionPumpChecks#computesRate FAILED 0 too slow\n").getBytes(StandardCharsets.UTF_8))),
                testResultDigests("second"));
    }

    private Map<String, String> testResultDigests(String bundle) throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(project.resolve("target/" + bundle + "/manifest.json").toFile());
        Map<String, String> digests = new java.util.TreeMap<>();
        manifest.get("inputs").forEach(i -> {
            if (i.get("sha256Of").asText().equals("test results")) {
                digests.put(i.get("path").asText(), i.get("sha256").asText());
            }
        });
        return digests;
    }

    @Verifies("TOOL-BUNDLE-REPRODUCIBLE")
    @Test
    void sameInputsGiveTheSameBundle() throws Exception {
        Iec62304Check.run(settings(SafetyClass.B, Map.of(), "first"));
        Iec62304Check.run(settings(SafetyClass.B, Map.of(), "second"));

        assertArrayEquals(Files.readAllBytes(project.resolve("target/first.zip")),
                Files.readAllBytes(project.resolve("target/second.zip")));
    }

    @Test
    void missingCatalogIsAnInputErrorAndWritesNothing() throws Exception {
        Files.delete(project.resolve("src/iec62304/requirements.yaml"));

        InputException e = assertThrows(InputException.class,
                () -> Iec62304Check.run(settings(null, Map.of(), "iec62304")));

        assertEquals("src/iec62304/requirements.yaml: requirements catalog not found. Create it (format: "
                + "https://iec62304.github.io/iec62304-maven-plugin/requirements-catalog.html) or point "
                + "<requirementsFile> / -Diec62304.requirementsFile at it", e.getMessage());
        assertFalse(Files.exists(project.resolve("target/iec62304")));
        assertFalse(Files.exists(project.resolve("target/iec62304.zip")));
    }

    @Test
    void unknownRuleIsASettingsErrorAndWritesNothing() {
        SettingsException e = assertThrows(SettingsException.class,
                () -> Iec62304Check.run(settings(null, Map.of("TRACE-UNTESTED", "OFF"), "iec62304")));

        assertEquals("unknown rule id 'TRACE-UNTESTED' in <rules>; known rules: "
                + "ANOMALY-ACCEPTABLE, ANOMALY-EVALUATED, APPROVAL-STALE, ARCH-ASSIGNED, ARCH-CLASS-RATIONALE, ARCH-IMPLEMENTS-CLASS, "
                + "REGRESSION-BASELINE, REGRESSION-COVERAGE, REGRESSION-IMPACT, REGRESSION-LINK, REGRESSION-REQUIREMENT, REGRESSION-SUSPECT, REGRESSION-TEST, RELEASE-APPROVED, RELEASE-ARCHIVED, "
                + "RELEASE-GIT, RELEASE-REPRODUCIBLE, RELEASE-SNAPSHOT, RELEASE-VERIFIED, "
                + "RISK-CHANGE, RISK-CLASS, RISK-CONTROL-CLASS, RISK-CONTROL-IMPLEMENTED, RISK-CONTROL-VERIFIED, RISK-REFERENCES, RISK-RESIDUAL, RISK-SOUP-HAZARD, "
                + "SOUP-ANOMALY-REVIEW, SOUP-CHANGE, SOUP-END-OF-SUPPORT, "
                + "SOUP-MANUFACTURER, SOUP-REGISTERED, SOUP-REQUIREMENTS, SOUP-RISK, SOUP-UNUSED, SOUP-VERSION, "
                + "SOUP-VULNERABILITY, TRACE-DANGLING, TRACE-IMPLEMENTED, TRACE-PARENT, TRACE-PASSED, TRACE-SYSTEM, "
                + "TRACE-TESTED, UNIT-CLASS-C-RECORD, "
                + "UNIT-COVERAGE, UNIT-TESTED, UNIT-TESTS-PASS, "
                + "VERIFY-RECORD-CURRENT, VERIFY-RECORD-DANGLING, VERIFY-RECORD-PASSED, VERIFY-RECORDED, "
                + "WAIVER-EXPIRED, WAIVER-UNUSED", e.getMessage());
        assertFalse(Files.exists(project.resolve("target/iec62304")));
    }

    @Test
    void hostileReportIsAnInputErrorAndWritesNothing() throws Exception {
        Files.copy(Path.of(getClass().getResource("/corpus/hostile/TEST-com.example.XxeTest.xml").toURI()),
                project.resolve("target/surefire-reports/TEST-com.example.XxeTest.xml"));

        InputException e = assertThrows(InputException.class,
                () -> Iec62304Check.run(settings(null, Map.of(), "iec62304")));

        assertEquals("target/surefire-reports/TEST-com.example.XxeTest.xml:2: contains a DOCTYPE, which surefire and "
                + "failsafe never write; refusing it (external entities are not read)", e.getMessage());
        assertFalse(Files.exists(project.resolve("target/iec62304")));
    }

    @Test
    void aSoupCauseIsNotReportedDanglingWhenTheSoupRegisterIsNotRead() throws Exception {
        // every SOUP-* rule OFF: the register is not read, so a SOUP cause cannot be judged (RISK-REFERENCES page:
        // "the SOUP ids are not checked"); it was reported as missing from a register that has it
        Files.writeString(project.resolve("src/iec62304/soup.yaml"), """
                soup:
                  - component: org.slf4j:slf4j-api
                    title: SLF4J API
                    manufacturer: QOS.ch
                """);
        Files.writeString(project.resolve("src/iec62304/risks.yaml"), io.github.iec62304.core.read.risk
                .RiskFileReaderTest.SCALE + """
                hazards:
                  - id: HAZ-LOG
                    title: A logging call throws in the dosing path
                    harm: Dose interrupted
                    severity: minor
                    causes:
                      - soup: org.slf4j:slf4j-api
                        description: a logging call throws
                """);
        Map<String, String> soupOff = new java.util.TreeMap<>();
        io.github.iec62304.core.evaluate.Gates.ids().stream().filter(id -> id.startsWith("SOUP-"))
                .forEach(id -> soupOff.put(id, "OFF"));

        CheckResult result = Iec62304Check.run(settings(null, soupOff, "iec62304"));

        assertEquals(List.of(), result.report().violations().stream().map(Violation::format)
                .filter(v -> v.startsWith("RISK-REFERENCES")).toList());
        assertEquals(List.of(), result.evidence().risks().dangling());
    }
}
