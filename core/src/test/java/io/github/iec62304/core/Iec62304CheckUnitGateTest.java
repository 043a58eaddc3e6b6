package io.github.iec62304.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.project.ProjectInfo;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.Sha256;
import io.github.iec62304.core.read.classes.unitfixture.DoseCalculator;
import io.github.iec62304.core.read.coverage.ExecutionDataFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.jacoco.core.data.ExecutionDataStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unit gate behind the facade: execution data required where coverage is judged, stale data, the registry. */
class Iec62304CheckUnitGateTest {

    private static final String CALC = DoseCalculator.class.getName();
    private static final String PKG = DoseCalculator.class.getPackageName();
    private static final String ARCHITECTURE = """
            items:
              - id: DOSING
                title: Dose calculation
                packages: [%s]
            units:
              - id: CALC
                item: DOSING
                classes: [%s, %s.DoseLimits]
            """.formatted(PKG, CALC, PKG);

    /** Probes of a run of {@code hourlyRate(10, 2)}: 3 of 4 lines, 1 of 2 branches. */
    private static ExecutionDataStore ran;

    @TempDir
    Path project;

    @BeforeAll
    static void runTheFixture() throws Exception {
        ran = ExecutionDataFixture.run(List.of(DoseCalculator.class, Class.forName(CALC + "$Limit")), "hourlyRate",
                10, 2);
    }

    @BeforeEach
    void createProject() throws Exception {
        io.github.iec62304.core.read.sbom.EmptySbom.writeTo(project);
        Files.createDirectories(project.resolve("src/iec62304"));
        Files.writeString(project.resolve("src/iec62304/requirements.yaml"), """
                requirements:
                  - id: REQ-RATE
                    title: Hourly rate
                    text: The pump shall compute the hourly rate.
                """);
        Path from = ExecutionDataFixture.classFile(DoseCalculator.class).getParent();
        Path classes = Files.createDirectories(project.resolve("target/classes/" + PKG.replace('.', '/')));
        for (String name : List.of("DoseCalculator.class", "DoseCalculator$Limit.class", "DoseLimits.class")) {
            Files.copy(from.resolve(name), classes.resolve(name));
        }
    }

    private CheckSettings settings(SafetyClass safetyClass, Map<String, String> rules, List<String> execFiles) {
        return new CheckSettings(project,
                new ProjectInfo("com.acme", "pump", "1.0-SNAPSHOT", "Pump", "0.1.0-SNAPSHOT",
                        Instant.parse("2026-01-31T10:00:00Z"), null),
                safetyClass, Path.of("src/iec62304/requirements.yaml"), Path.of("src/iec62304/architecture.yaml"),
                Path.of("target/classes"), Path.of("target/test-classes"),
                List.of(Path.of("target/surefire-reports"), Path.of("target/failsafe-reports")),
                execFiles.stream().map(Path::of).toList(), CheckSettings.defaultCriteria(),
                new io.github.iec62304.core.SoupSettings(List.of(Path.of("target/bom.json")), Path.of("src/iec62304/soup.yaml"), Map.of(), java.util.Set.of(), io.github.iec62304.core.SoupSettings.DEFAULT_REVIEW_MAX_AGE, true), ReleaseSettings.development(), Instant.parse("2026-01-31T11:00:00Z"), rules,
                Path.of("target/iec62304"), Path.of("target/iec62304.zip"));
    }

    private CheckSettings settings(SafetyClass safetyClass, Map<String, String> rules) {
        return settings(safetyClass, rules, List.of("target/jacoco.exec", "target/jacoco-it.exec"));
    }

    private void assertNothingWritten() {
        assertFalse(Files.exists(project.resolve("target/iec62304")));
        assertFalse(Files.exists(project.resolve("target/iec62304.zip")));
    }

    private static List<String> unitLines(CheckResult result) {
        return result.report().violations().stream().filter(v -> v.ruleId().startsWith("UNIT"))
                .map(Violation::format).toList();
    }

    @Test
    void missingExecutionDataWhereCoverageIsJudged() {
        InputException e = assertThrows(InputException.class, () -> Iec62304Check.run(settings(SafetyClass.B,
                Map.of())));

        assertEquals("target/jacoco.exec: no JaCoCo execution data, but 1 unit(s) of class B or C need coverage "
                + "(IEC 62304 5.5.5). Bind jacoco-maven-plugin's prepare-agent goal before the tests, or point "
                + "<coverageFiles> at your .exec files.", e.getMessage());
        assertNothingWritten();
    }

    @Test
    void missingExecutionDataCountsEveryUnitWithCode() throws Exception {
        Files.copy(ExecutionDataFixture.classFile(Iec62304CheckUnitGateTest.class),
                project.resolve("target/classes/Iec62304CheckUnitGateTest.class"));

        InputException e = assertThrows(InputException.class, () -> Iec62304Check.run(settings(null, Map.of(),
                List.of())));

        assertEquals("coverageFiles: no JaCoCo execution data, but 2 unit(s) of class B or C need coverage "
                + "(IEC 62304 5.5.5). Bind jacoco-maven-plugin's prepare-agent goal before the tests, or point "
                + "<coverageFiles> at your .exec files.", e.getMessage());
        assertNothingWritten();
    }

    @Verifies({"TOOL-UNIT-CLASS-C-RECORD", "TOOL-UNIT-COVERAGE", "TOOL-UNIT-TESTED"})
    @Test
    void noExecutionDataNeededWithCoverageOff() {
        CheckResult result = Iec62304Check.run(settings(SafetyClass.C, Map.of("UNIT-COVERAGE", "OFF")));

        assertEquals(List.of(
                "UNIT-CLASS-C-RECORD unit " + CALC + " (class C, item SYSTEM): has no 5.5.4 record. Declare under "
                        + "classC which of a-h apply and why the others do not, on the unit or its item in "
                        + "src/iec62304/architecture.yaml. [IEC 62304 5.5.4]",
                "UNIT-TESTED unit " + CALC + " (class C, item SYSTEM): has no test of its own. Add DoseCalculatorTest "
                        + "in package " + PKG + ", or list its test classes under units[].tests in "
                        + "src/iec62304/architecture.yaml. [IEC 62304 5.5.2; 5.5.5]"),
                unitLines(result));
        assertTrue(Files.exists(project.resolve("target/iec62304.zip")));
    }

    @Test
    void noExecutionDataNeededForClassA() {
        CheckResult result = Iec62304Check.run(settings(SafetyClass.A, Map.of()));

        assertEquals(List.of(), unitLines(result));
        assertTrue(Files.exists(project.resolve("target/iec62304/unit-verification.json")));
    }

    @Verifies({"TOOL-READ-STALE-INPUT", "TOOL-UNIT-COVERAGE"})
    @Test
    void staleExecutionData() throws Exception {
        ExecutionDataFixture.write(project.resolve("target/jacoco.exec"), ExecutionDataFixture.stale(
                DoseCalculator.class));

        InputException e = assertThrows(InputException.class, () -> Iec62304Check.run(settings(SafetyClass.B,
                Map.of("UNIT-COVERAGE", "OFF"))));

        assertEquals("target/jacoco.exec: execution data does not match the compiled classes " + CALC + " (they "
                + "were recompiled after the tests ran). Run mvn clean verify.", e.getMessage());
        assertNothingWritten();
    }

    @Test
    void sessionRecordedBeforeTheLastCompilationIsABuildError() throws Exception {
        // a session of an earlier build, still in the file because the agent appends: its tests may be gone
        ExecutionDataFixture.write(project.resolve("target/jacoco.exec"), new ExecutionDataStore(), 1_000L);

        InputException e = assertThrows(InputException.class, () -> Iec62304Check.run(settings(SafetyClass.B,
                Map.of())));

        assertEquals("target/jacoco.exec: holds coverage recorded before the classes were last compiled (session "
                + "iec62304-test); the JaCoCo agent appends to this file across builds, so tests that changed or no "
                + "longer exist could still count. Run mvn clean verify.", e.getMessage());
        assertNothingWritten();
    }

    @Verifies("TOOL-READ-STALE-INPUT")
    @Test
    void staleExecutionDataNamesEveryExecFileRead() throws Exception {
        ExecutionDataFixture.write(project.resolve("target/jacoco.exec"), ExecutionDataFixture.stale(
                DoseCalculator.class));
        ExecutionDataFixture.write(project.resolve("target/jacoco-it.exec"), ExecutionDataFixture.stale(
                Class.forName(CALC + "$Limit")));

        InputException e = assertThrows(InputException.class, () -> Iec62304Check.run(settings(SafetyClass.B,
                Map.of())));

        assertEquals("target/jacoco.exec, target/jacoco-it.exec: execution data does not match the compiled classes "
                + CALC + ", " + CALC + "$Limit (they were recompiled after the tests ran). Run mvn clean verify.",
                e.getMessage());
        assertNothingWritten();
    }

    @Test
    void corruptExecutionData() throws Exception {
        Files.createDirectories(project.resolve("target"));
        Files.write(project.resolve("target/jacoco-it.exec"), new byte[] {0x01, (byte) 0xc0, (byte) 0xc0});

        InputException e = assertThrows(InputException.class, () -> Iec62304Check.run(settings(SafetyClass.B,
                Map.of())));

        assertTrue(e.getMessage().startsWith("target/jacoco-it.exec: is not a JaCoCo execution data file or is "
                + "truncated ("), e.getMessage());
        assertNothingWritten();
    }

    @Test
    void executionDataOfAnotherRunOfTheSameTestsGivesTheSameBundle() throws Exception {
        // JaCoCo's session info (host name, start and dump times) changes with every run (issue 13 item 11)
        Files.writeString(project.resolve("src/iec62304/architecture.yaml"), ARCHITECTURE);
        ExecutionDataFixture.write(project.resolve("target/jacoco.exec"), ran, System.currentTimeMillis() + 60_000);
        CheckResult first = Iec62304Check.run(settings(null, Map.of()));
        byte[] firstZip = Files.readAllBytes(first.bundleFile());
        String firstExec = sha256(project.resolve("target/jacoco.exec"));

        ExecutionDataFixture.write(project.resolve("target/jacoco.exec"), ran, System.currentTimeMillis() + 120_000);
        CheckResult second = Iec62304Check.run(settings(null, Map.of()));

        assertNotEquals(firstExec, sha256(project.resolve("target/jacoco.exec")));
        assertArrayEquals(firstZip, Files.readAllBytes(second.bundleFile()));
    }

    private static String sha256(Path file) throws Exception {
        return io.github.iec62304.core.read.Sha256.of(Files.readAllBytes(file));
    }

    @Verifies({"TOOL-UNIT-CLASS-C-RECORD", "TOOL-UNIT-COVERAGE", "TOOL-UNIT-TESTED"})
    @Test
    void declaredArchitectureIsJudgedAndHashedIntoTheManifest() throws Exception {
        Files.writeString(project.resolve("src/iec62304/architecture.yaml"), ARCHITECTURE);
        ExecutionDataFixture.write(project.resolve("target/jacoco.exec"), ran);

        CheckResult result = Iec62304Check.run(settings(null, Map.of()));

        assertEquals(List.of(
                "UNIT-CLASS-C-RECORD unit CALC (class C, item DOSING): has no 5.5.4 record. Declare under classC which "
                        + "of a-h apply and why the others do not, on the unit or its item in "
                        + "src/iec62304/architecture.yaml. [IEC 62304 5.5.4]",
                "UNIT-COVERAGE unit CALC (class C, item DOSING): branch coverage 0.50, required 0.85 (1 of 2 "
                        + "branches). Add tests for the uncovered branches, or record a justified criteria override in "
                        + "src/iec62304/architecture.yaml. [IEC 62304 5.5.3; 5.5.5]",
                "UNIT-COVERAGE unit CALC (class C, item DOSING): line coverage 0.75, required 0.90 (3 of 4 lines). "
                        + "Add tests for the uncovered lines, or record a justified criteria override in "
                        + "src/iec62304/architecture.yaml. [IEC 62304 5.5.3; 5.5.5]",
                "UNIT-TESTED unit CALC (class C, item DOSING): has no test of its own. Add DoseCalculatorTest in "
                        + "package " + PKG + ", or list its test classes under units[].tests in "
                        + "src/iec62304/architecture.yaml. [IEC 62304 5.5.2; 5.5.5]"),
                unitLines(result));
        JsonNode manifest = new ObjectMapper().readTree(project.resolve("target/iec62304/manifest.json").toFile());
        List<String> inputs = StreamSupport.stream(manifest.get("inputs").spliterator(), false)
                .map(i -> i.get("path").asText() + " " + i.get("sha256").asText() + " " + i.get("files")).toList();
        assertTrue(inputs.contains("src/iec62304/architecture.yaml " + sha256("src/iec62304/architecture.yaml")
                + " 1"), inputs.toString());
        assertTrue(inputs.stream().anyMatch(i -> i.startsWith("target/jacoco.exec ") && i.endsWith(" 1")),
                inputs.toString());
        assertEquals("execution data", StreamSupport.stream(manifest.get("inputs").spliterator(), false)
                .filter(i -> i.get("path").asText().equals("target/jacoco.exec")).findFirst().orElseThrow()
                .get("sha256Of").asText());
        assertFalse(inputs.stream().anyMatch(i -> i.startsWith("target/jacoco-it.exec")), inputs.toString());
        JsonNode units = new ObjectMapper().readTree(project.resolve("target/iec62304/unit-verification.json")
                .toFile()).get("units");
        assertEquals(1, units.size());
        assertEquals("CALC", units.at("/0/id").asText());
        assertEquals("FAILED", units.at("/0/verdict").asText());
        assertEquals("{\"lines\":{\"covered\":3,\"total\":4},\"branches\":{\"covered\":1,\"total\":2}}",
                units.at("/0/coverage").toString());
    }

    @Test
    void withoutTheRegistryNoArchitectureInputIsRecorded() throws Exception {
        ExecutionDataFixture.write(project.resolve("target/jacoco-it.exec"), ran);

        Iec62304Check.run(settings(null, Map.of()));

        JsonNode manifest = new ObjectMapper().readTree(project.resolve("target/iec62304/manifest.json").toFile());
        assertEquals(List.of("src/iec62304/requirements.yaml", "target/bom.json", "target/classes",
                "target/jacoco-it.exec", "target/test-classes"), manifest.get("inputs").findValuesAsText("path"));
    }

    @Test
    void invalidRegistryIsAnInputErrorAndWritesNothing() throws Exception {
        Files.writeString(project.resolve("src/iec62304/architecture.yaml"), ARCHITECTURE.replace("item: DOSING",
                "item: DOSE"));
        ExecutionDataFixture.write(project.resolve("target/jacoco.exec"), ran);

        InputException e = assertThrows(InputException.class, () -> Iec62304Check.run(settings(null, Map.of())));

        assertEquals("src/iec62304/architecture.yaml:6: unit CALC names item 'DOSE', which is not declared under "
                + "'items:'", e.getMessage());
        assertNothingWritten();
    }

    private String sha256(String file) throws Exception {
        return Sha256.of(Files.readAllBytes(project.resolve(file)));
    }
}
