package io.github.iec62304.core.read.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.verification.VerificationMethod;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.SystemRequirement;
import io.github.iec62304.core.read.InputException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@Verifies("TOOL-READ-REGISTERS")
class RequirementCatalogReaderTest {

    private static final String FILE = "src/iec62304/requirements.yaml";

    private static RequirementCatalog read(String yaml) {
        return new RequirementCatalogReader().read(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), FILE);
    }

    private static String error(String yaml) {
        return assertThrows(InputException.class, () -> read(yaml)).getMessage();
    }

    @Test
    void readsEveryField() {
        RequirementCatalog catalog = read("""
                requirements:
                  - id: REQ-DOSE-001
                    title: Hourly rate from prescription
                    text: The pump shall compute the hourly rate as dose / duration.
                    safetyClass: C
                    riskControls: [RC-OVERDOSE-01, RC-OVERDOSE-02]
                    parents:
                      - SYS-REQ-004
                """);

        assertEquals(FILE, catalog.source());
        assertEquals(List.of(new Requirement("REQ-DOSE-001", "Hourly rate from prescription",
                "The pump shall compute the hourly rate as dose / duration.", SafetyClass.C,
                List.of("RC-OVERDOSE-01", "RC-OVERDOSE-02"), List.of("SYS-REQ-004"), 2)), catalog.requirements());
    }

    @Test
    void optionalFieldsDefaultToSystemClassAndEmptyLists() {
        RequirementCatalog catalog = read("""
                requirements:
                  - id: REQ-1
                    title: "  First  "
                    text: One.
                  - id: REQ-2
                    title: Second
                    text: Two.
                    safetyClass: class b
                """);

        Requirement first = catalog.requirements().get(0);
        assertEquals("First", first.title());
        assertNull(first.safetyClass());
        assertEquals(SafetyClass.A, first.effectiveClass(SafetyClass.A));
        assertEquals(List.of(), first.riskControls());
        assertEquals(List.of(), first.parents());
        assertEquals(2, first.line());
        Requirement second = catalog.requirements().get(1);
        assertEquals(SafetyClass.B, second.safetyClass());
        assertEquals(5, second.line());
        assertEquals(second, catalog.find("REQ-2").orElseThrow());
    }

    @Test
    void keepsUtf8Titles() {
        RequirementCatalog catalog = read("""
                requirements:
                  - id: REQ-Ü-1
                    title: "Débit horaire – 流量 🚑"
                    text: Größe µg/h.
                """.replace("REQ-Ü-1", "REQ-U-1"));

        assertEquals("Débit horaire – 流量 🚑", catalog.requirements().get(0).title());
        assertEquals("Größe µg/h.", catalog.requirements().get(0).text());
    }

    @Test
    void rejectsUnknownField() {
        assertEquals(FILE + ":4: unknown field 'titel'; a requirement has: id, title, text, safetyClass, "
                + "riskControls, parents, verification, tests", error("""
                requirements:
                  - id: REQ-1
                    title: One
                    titel: One
                    text: One.
                """));
    }

    @Test
    void namesTheLineOfTheUnknownFieldNotTheNextRequirement() {
        assertEquals(FILE + ":3: unknown field 'titel'; a requirement has: id, title, text, safetyClass, "
                + "riskControls, parents, verification, tests", error("""
                requirements:
                  - id: REQ-1
                    titel: One
                    text: One.
                  - id: REQ-2
                    title: Two
                    text: Two.
                """));
    }

    @Test
    void rejectsDuplicateIdNamingBothLines() {
        assertEquals(FILE + ":5: duplicate requirement id 'REQ-1' (first defined at line 2); ids must be unique "
                + "(IEC 62304 5.2.6)", error("""
                requirements:
                  - id: REQ-1
                    title: One
                    text: One.
                  - id: REQ-1
                    title: Again
                    text: Again.
                """));
    }

    @Test
    void rejectsMissingTitle() {
        assertEquals(FILE + ":5: field 'title' of requirement REQ-2 is missing or empty", error("""
                requirements:
                  - id: REQ-1
                    title: One
                    text: One.
                  - id: REQ-2
                    text: Two.
                """));
    }

    @Test
    void rejectsBlankText() {
        assertEquals(FILE + ":2: field 'text' of requirement REQ-1 is missing or empty", error("""
                requirements:
                  - id: REQ-1
                    title: One
                    text: "   "
                """));
    }

    @Test
    void rejectsMissingId() {
        assertEquals(FILE + ":2: field 'id' is missing or empty", error("""
                requirements:
                  - title: One
                    text: One.
                """));
    }

    @Test
    void rejectsBadSafetyClass() {
        assertEquals(FILE + ":2: field 'safetyClass' of requirement REQ-1: safety class must be A, B or C, "
                + "was 'D'", error("""
                requirements:
                  - id: REQ-1
                    title: One
                    text: One.
                    safetyClass: D
                """));
    }

    @Test
    void rejectsBadId() {
        assertEquals(FILE + ":2: field 'id': 'REQ 1!' is not a valid id; use letters, digits and . _ : - "
                + "(e.g. REQ-DOSE-001)", error("""
                requirements:
                  - id: REQ 1!
                    title: One
                    text: One.
                """));
    }

    @Test
    void rejectsBadIdInRiskControls() {
        assertEquals(FILE + ":2: field 'riskControls' of requirement REQ-1 contains an invalid id '-RC'",
                error("""
                        requirements:
                          - id: REQ-1
                            title: One
                            text: One.
                            riskControls: ["-RC"]
                        """));
    }

    @Test
    void rejectsRiskControlsThatAreNotAList() {
        assertEquals(FILE + ":5: field 'riskControls' has the wrong type (expected a list, e.g. [A-1, A-2])",
                error("""
                        requirements:
                          - id: REQ-1
                            title: One
                            text: One.
                            riskControls: RC-01
                        """));
    }

    @Test
    void rejectsTitleThatIsNotText() {
        assertEquals(FILE + ":3: field 'title' has the wrong type (expected text)", error("""
                requirements:
                  - id: REQ-1
                    title: [One, Two]
                    text: One.
                """));
    }

    @Test
    void rejectsEmptyList() {
        assertEquals(FILE + ": the catalog declares no requirements; list them under 'requirements:' "
                + "(IEC 62304 5.2.1)", error("requirements: []\n"));
    }

    @Test
    void rejectsEmptyFile() {
        assertEquals(FILE + ": the file is empty; it must start with 'requirements:'", error(""));
        assertEquals(FILE + ": the file is empty; it must start with 'requirements:'", error("# only a comment\n"));
    }

    @Test
    void rejectsDocumentThatIsNotAMapping() {
        assertEquals(FILE + ":1: expected a mapping that starts with 'requirements:'", error("""
                - id: REQ-1
                  title: One
                  text: One.
                """));
    }

    @Test
    void rejectsRequirementsThatAreNotAList() {
        assertEquals(FILE + ":2: field 'requirements' must be a list of requirements (each item starts with "
                + "'- id:')", error("""
                requirements:
                  id: REQ-1
                """));
    }

    @Test
    void rejectsItemThatIsNotAMapping() {
        assertEquals(FILE + ":2: each requirement must be a mapping with id, title and text", error("""
                requirements:
                  - REQ-1
                """));
    }

    @Test
    void rejectsUnknownTopLevelField() {
        assertEquals(FILE + ":5: unknown top-level field 'version'; the catalog has: requirements, "
                + "systemRequirements", error("""
                requirements:
                  - id: REQ-1
                    title: One
                    text: One.
                version: 2
                """));
    }

    // issue 15: system requirements

    private static final String SOFTWARE = """
            requirements:
              - id: REQ-1
                title: One
                text: One.
                parents: [SYS-1]
            """;

    @Test
    void readsSystemRequirementsWithOptionalTextAndMarker() {
        RequirementCatalog catalog = read(SOFTWARE + """
                systemRequirements:
                  - id: SYS-1
                    title: Dose delivery
                    text: The pump shall deliver the prescribed dose.
                  - id: SYS-2
                    title: " Flow accuracy "
                    notSoftware: " hardware: peristaltic mechanism "
                """);

        assertEquals(List.of(new SystemRequirement("SYS-1", "Dose delivery",
                        "The pump shall deliver the prescribed dose.", null, 7),
                new SystemRequirement("SYS-2", "Flow accuracy", null, "hardware: peristaltic mechanism", 10)),
                catalog.systemRequirements());
        assertTrue(catalog.declaresSystemRequirements());
        assertEquals("SYS-2", catalog.findSystem("SYS-2").orElseThrow().id());
        assertTrue(catalog.findSystem("REQ-1").isEmpty());
    }

    @Test
    void withoutSystemRequirementsParentsStayFreeText() {
        RequirementCatalog catalog = read(SOFTWARE);

        assertFalse(catalog.declaresSystemRequirements());
        assertEquals(List.of(), catalog.systemRequirements());
    }

    @Test
    void systemRequirementsMayComeFirst() {
        assertEquals("SYS-1", read("systemRequirements:\n  - id: SYS-1\n    title: Dose\n" + SOFTWARE)
                .systemRequirements().get(0).id());
    }

    @Test
    void rejectsDuplicateSystemRequirementId() {
        assertEquals(FILE + ":9: duplicate system requirement id 'SYS-1' (first defined at line 7); ids must be unique "
                + "(IEC 62304 5.2.6)", error(SOFTWARE + """
                systemRequirements:
                  - id: SYS-1
                    title: Dose
                  - id: SYS-1
                    title: Flow
                """));
    }

    @Test
    void rejectsSystemRequirementWithTheIdOfASoftwareRequirement() {
        assertEquals(FILE + ":7: system requirement id 'REQ-1' is also the id of the software requirement at line 2; "
                + "ids must be unique across the catalog, or a parent could not tell which is meant (IEC 62304 5.2.6)",
                error(SOFTWARE + """
                systemRequirements:
                  - id: REQ-1
                    title: Dose
                """));
    }

    @Test
    void rejectsUnknownFieldOfASystemRequirement() {
        assertEquals(FILE + ":9: unknown field 'parents'; a system requirement has: id, title, text, notSoftware",
                error(SOFTWARE + """
                systemRequirements:
                  - id: SYS-1
                    title: Dose
                    parents: [SYS-0]
                """));
    }

    @Test
    void rejectsSystemRequirementWithoutTitle() {
        assertEquals(FILE + ":7: field 'title' of system requirement SYS-1 is missing or empty", error(SOFTWARE + """
                systemRequirements:
                  - id: SYS-1
                    text: Dose.
                """));
    }

    @Test
    void rejectsAMarkerThatGivesNoReason() {
        assertEquals(FILE + ":7: field 'notSoftware' of system requirement SYS-1 must say where the requirement is met "
                + "instead of the software (e.g. \"hardware: motor driver board\"), not 'true'; remove the field when "
                + "software requirements derive from it", error(SOFTWARE + """
                systemRequirements:
                  - id: SYS-1
                    title: Dose
                    notSoftware: true
                """));
    }

    @Test
    void rejectsAnEmptyListOfSystemRequirements() {
        assertEquals(FILE + ": field 'systemRequirements' is an empty list; list the system requirements the software "
                + "requirements' parents name, or remove the field (then parents are not checked)",
                error(SOFTWARE + "systemRequirements: []\n"));
    }

    @Test
    void rejectsMissingRequirementsField() {
        assertEquals(FILE + ": field 'requirements' is missing", error("{}\n"));
    }

    @Test
    void rejectsMalformedYamlWithLine() {
        String message = error("""
                requirements:
                  - id: REQ-1
                    title: "unterminated
                """);
        assertTrue(message.startsWith(FILE + ":"), message);
        assertTrue(message.contains(": is not valid YAML: "), message);
        assertTrue(message.lines().count() == 1, message);
    }

    @Test
    void aliasBombFromCorpusFailsFast() {
        String message = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> assertThrows(InputException.class,
                () -> readResource("/corpus/hostile/requirements-alias-bomb.yaml")).getMessage());
        assertTrue(message.startsWith("requirements-alias-bomb.yaml"), message);
    }

    @Test
    void aliasBombInsideRequirementsFailsFast() {
        StringBuilder yaml = new StringBuilder("requirements:\n  - &r0 {id: R, title: T, text: X}\n");
        for (int i = 0; i < 30; i++) {
            yaml.append("  - *r0\n");
        }
        String message = assertTimeoutPreemptively(Duration.ofSeconds(3),
                () -> error(yaml.toString()));
        assertTrue(message.startsWith(FILE), message);
    }

    /** Issue 19: the methods the verification plan names for a requirement; automated tests when none is named. */
    @Test
    void readsTheVerificationPlanOfEachRequirement() {
        RequirementCatalog catalog = read("""
                requirements:
                  - id: REQ-1
                    title: Legibility
                    text: The rate shall be legible.
                    verification: [inspection, Test]
                  - id: REQ-2
                    title: Rate
                    text: The pump shall compute the rate.
                """);

        assertEquals(List.of(VerificationMethod.INSPECTION, VerificationMethod.TEST),
                catalog.requirements().get(0).verification());
        assertEquals(List.of(VerificationMethod.TEST), catalog.requirements().get(1).verification());
        String head = "requirements:\n  - id: REQ-1\n    title: t\n    text: x\n    verification: ";
        assertEquals(FILE + ":2: field 'verification' of requirement REQ-1 is empty; name the methods its verification "
                + "plan calls for (test, manual-test, inspection, analysis, demonstration), or leave the field out for "
                + "automated tests", error(head + "[]\n"));
        assertEquals(FILE + ":2: field 'verification' of requirement REQ-1: 'review' is not one of test, manual-test, "
                + "inspection, analysis, demonstration", error(head + "[review]\n"));
        assertEquals(FILE + ":2: field 'verification' of requirement REQ-1 names inspection twice",
                error(head + "[inspection, inspection]\n"));
    }

    private static RequirementCatalog readResource(String name) throws Exception {
        try (InputStream in = RequirementCatalogReaderTest.class.getResourceAsStream(name)) {
            return new RequirementCatalogReader().read(in, name.substring(name.lastIndexOf('/') + 1));
        }
    }
}
