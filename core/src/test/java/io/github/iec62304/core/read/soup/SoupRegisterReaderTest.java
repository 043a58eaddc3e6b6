package io.github.iec62304.core.read.soup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.model.soup.SoupEntry;
import io.github.iec62304.core.model.soup.SoupRegister;
import io.github.iec62304.core.read.InputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SOUP register: every field read, component keys normalised, every problem one line naming file and line. */
@Verifies("TOOL-READ-REGISTERS")
class SoupRegisterReaderTest {

    private static final String FILE = "src/iec62304/soup.yaml";
    private static final String ONE_OF = "each SOUP entry has exactly one of 'component' (a Maven component, e.g. "
            + "pkg:maven/org.slf4j/slf4j-api) or 'runtime' (SOUP no SBOM lists, e.g. the JRE)";
    private static final String ENTRY_FIELDS = "component, runtime, title, manufacturer, website, version, "
            + "functionalRequirements, systemRequirements, risk, anomalyList, anomalyReview, support, endOfSupport, approvals";

    private static SoupRegister read(String yaml) {
        return new SoupRegisterReader().read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), FILE);
    }

    private static String error(String yaml) {
        return assertThrows(InputException.class, () -> read(yaml)).getMessage();
    }

    @Test
    void readsAFullRegister() {
        SoupRegister register = read("""
                soup:
                  - component: pkg:maven/com.fasterxml.jackson.core/*    # every Jackson core artifact
                    title: Jackson JSON processor
                    manufacturer: FasterXML, LLC
                    website: https://github.com/FasterXML/jackson
                    version: 2.17.1
                    functionalRequirements: Parse the 2 kB pump configuration file at start-up, < 50 ms.
                    systemRequirements: Java 17 runtime; no native code; 2 MB heap.
                    risk:
                      hazards: [HAZ-CONFIG-01, HAZ-CONFIG-02]
                      level: low
                      rationale: a parse failure stops start-up (fail-safe)
                    anomalyList: https://github.com/FasterXML/jackson-databind/issues
                    anomalyReview:
                      version: 2.17.1
                      date: 2026-09-01
                      reviewer: J. Doe
                      result: 3 open issues; none affects the features we use.
                  - runtime: "  Eclipse Temurin JRE  "
                    title: Eclipse Temurin Java runtime
                    manufacturer: Eclipse Foundation
                    version: "17.0.15"
                    risk:
                      level: medium
                      rationale: the JVM runs everything
                """);

        assertEquals(new SoupRegister(FILE, List.of(
                new SoupEntry("com.fasterxml.jackson.core:*", null, "Jackson JSON processor", "FasterXML, LLC",
                        "https://github.com/FasterXML/jackson", "2.17.1",
                        "Parse the 2 kB pump configuration file at start-up, < 50 ms.",
                        "Java 17 runtime; no native code; 2 MB heap.",
                        new SoupEntry.Risk(List.of("HAZ-CONFIG-01", "HAZ-CONFIG-02"), "low",
                                "a parse failure stops start-up (fail-safe)"),
                        "https://github.com/FasterXML/jackson-databind/issues",
                        new SoupEntry.AnomalyReview("2.17.1", LocalDate.of(2026, 9, 1), "J. Doe",
                                "3 open issues; none affects the features we use."), 2),
                new SoupEntry(null, "Eclipse Temurin JRE", "Eclipse Temurin Java runtime", "Eclipse Foundation", null,
                        "17.0.15", null, null, new SoupEntry.Risk(List.of(), "medium", "the JVM runs everything"),
                        null, null, 19))), register);
        assertEquals(List.of("com.fasterxml.jackson.core:*", "runtime Eclipse Temurin JRE"),
                register.entries().stream().map(SoupEntry::key).toList());
    }

    @Test
    void emptyFileIsAnEmptyList() {
        assertEquals(new SoupRegister(FILE, List.of()), read("soup: []\n"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "pkg:maven/org.slf4j/slf4j-api, org.slf4j:slf4j-api",
            "pkg:maven/org.slf4j/slf4j-api@2.0.17?type=jar, org.slf4j:slf4j-api",
            "pkg:maven/org.slf4j/slf4j-api?type=jar, org.slf4j:slf4j-api",
            "pkg:maven/org.slf4j/slf4j-api#sub, org.slf4j:slf4j-api",
            "PKG:MAVEN/org.slf4j/slf4j-api, org.slf4j:slf4j-api",
            "org.slf4j:slf4j-api, org.slf4j:slf4j-api",
            "org.slf4j:*, org.slf4j:*",
            "pkg:maven/com.fasterxml.jackson.core/*, com.fasterxml.jackson.core:*",
            "com.fasterxml.*:jackson-*, com.fasterxml.*:jackson-*",
    })
    void componentIsNormalisedToGroupColonArtifact(String written, String key) {
        SoupEntry e = read("soup:\n  - component: \"" + written + "\"\n    title: T\n").entries().get(0);

        assertEquals(key, e.component());
        assertEquals(key, e.key());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "org.slf4j",
            "pkg:maven/org.slf4j",
            "org.slf4j:slf4j-api:2.0.17",
            "pkg:npm/left-pad",
            "org slf4j:api",
    })
    void notAMavenComponent(String written) {
        assertEquals(FILE + ":2: field 'component': '" + written + "' is not a Maven component; write "
                        + "pkg:maven/<groupId>/<artifactId> or <groupId>:<artifactId> (* matches any characters)",
                error("soup:\n  - component: \"" + written + "\"\n    title: T\n"));
    }

    @Test
    void bothComponentAndRuntime() {
        assertEquals(FILE + ":4: " + ONE_OF, error("""
                soup:
                  - component: org.slf4j:slf4j-api
                    title: SLF4J
                  - component: org.slf4j:slf4j-simple
                    runtime: Eclipse Temurin JRE
                    title: Both
                """));
    }

    @Test
    void neitherComponentNorRuntime() {
        assertEquals(FILE + ":2: " + ONE_OF, error("""
                soup:
                  - title: Nothing
                    version: 1.0
                """));
    }

    @Test
    void emptyComponentIsNotAMavenComponent() {
        assertEquals(FILE + ":2: field 'component': '' is not a Maven component; write "
                + "pkg:maven/<groupId>/<artifactId> or <groupId>:<artifactId> (* matches any characters)", error("""
                soup:
                  - component:
                    title: Nothing
                """));
    }

    @Test
    void emptyRuntime() {
        assertEquals(FILE + ":2: field 'runtime' is missing or empty", error("""
                soup:
                  - runtime:
                    title: Java
                """));
    }

    @Test
    void duplicateEntryNamesTheFirst() {
        assertEquals(FILE + ":5: duplicate entry 'org.slf4j:slf4j-api' (first at line 2)", error("""
                soup:
                  - component: pkg:maven/org.slf4j/slf4j-api
                    title: SLF4J
                    version: 2.0.17
                  - component: org.slf4j:slf4j-api
                    title: SLF4J again
                """));
    }

    @Test
    void duplicateRuntime() {
        assertEquals(FILE + ":4: duplicate entry 'runtime JRE' (first at line 2)", error("""
                soup:
                  - runtime: JRE
                    title: Java
                  - runtime: " JRE "
                    title: Java again
                """));
    }

    @Test
    void missingTitle() {
        assertEquals(FILE + ":2: field 'title' of org.slf4j:slf4j-api is missing or empty", error("""
                soup:
                  - component: org.slf4j:slf4j-api
                    title: "   "
                """));
        assertEquals(FILE + ":2: field 'title' of JRE is missing or empty", error("""
                soup:
                  - runtime: JRE
                """));
    }

    @Test
    void badDate() {
        assertEquals(FILE + ":2: field 'anomalyReview.date' of org.slf4j:slf4j-api: '2026-13-01' is not a date; "
                + "write YYYY-MM-DD", error("""
                soup:
                  - component: org.slf4j:slf4j-api
                    title: SLF4J
                    anomalyReview:
                      version: 2.0.17
                      date: 2026-13-01
                """));
        assertEquals(FILE + ":2: field 'anomalyReview.date' of org.slf4j:slf4j-api: '1 Sept 2026' is not a date; "
                + "write YYYY-MM-DD", error("""
                soup:
                  - component: org.slf4j:slf4j-api
                    title: SLF4J
                    anomalyReview:
                      date: 1 Sept 2026
                """));
    }

    @Test
    void readsSupportAndEndOfSupport() {
        SoupRegister register = read("""
                soup:
                  - component: org.slf4j:slf4j-api
                    title: SLF4J
                    support: supported
                    endOfSupport: none announced
                  - runtime: Eclipse Temurin JRE
                    title: Temurin
                    support: " security-fixes-only "
                    endOfSupport: 2027-10-01
                  - component: org.example:old
                    title: Old
                    support: unsupported
                    endOfSupport: "2024-06-30"
                  - component: org.example:fork
                    title: Fork
                    support: in-house
                  - component: org.example:unknown
                    title: Unknown
                """);

        assertEquals(List.of("supported none announced", "security-fixes-only 2027-10-01",
                        "unsupported 2024-06-30", "in-house null", "null null"),
                register.entries().stream().map(e -> (e.support() == null ? "null" : e.support().written()) + " "
                        + e.endOfSupport()).toList());
        assertEquals(null, register.entries().get(0).endOfSupport().date());
        assertEquals(LocalDate.of(2027, 10, 1), register.entries().get(1).endOfSupport().date());
    }

    @Test
    void supportIsAClosedSetAndEndOfSupportADate() {
        assertEquals(FILE + ":2: field 'support' of org.slf4j:slf4j-api: 'community' is not a level of support; "
                + "write one of supported, security-fixes-only, in-house, unsupported", error("""
                soup:
                  - component: org.slf4j:slf4j-api
                    title: SLF4J
                    support: community
                """));
        assertEquals(FILE + ":2: field 'endOfSupport' of Temurin: 'Oct 2027' is not a date; write "
                + "YYYY-MM-DD (the last day of support; when only a month is published, its first day), or "
                + "'none announced'", error("""
                soup:
                  - runtime: Temurin
                    title: Temurin
                    endOfSupport: Oct 2027
                """));
        assertEquals(FILE + ":2: field 'endOfSupport' of Temurin: 'never' is not a date; write "
                + "YYYY-MM-DD (the last day of support; when only a month is published, its first day), or "
                + "'none announced'", error("""
                soup:
                  - runtime: Temurin
                    title: Temurin
                    endOfSupport: never
                """));
    }

    @Test
    void unknownFieldNamesASoupEntry() {
        assertEquals(FILE + ":4: unknown field 'licence'; a SOUP entry has: " + ENTRY_FIELDS, error("""
                soup:
                  - component: org.slf4j:slf4j-api
                    title: SLF4J
                    licence: MIT
                """));
    }

    @Test
    void unknownFieldOfRiskAndReview() {
        assertEquals(FILE + ":6: unknown field 'severity'; 'risk' has: hazards, level, rationale", error("""
                soup:
                  - component: org.slf4j:slf4j-api
                    title: SLF4J
                    risk:
                      level: low
                      severity: high
                """));
        assertEquals(FILE + ":5: unknown field 'when'; 'anomalyReview' has: version, date, reviewer, result",
                error("""
                soup:
                  - component: org.slf4j:slf4j-api
                    title: SLF4J
                    anomalyReview:
                      when: 2026-09-01
                """));
    }

    @Test
    void unknownTopLevelField() {
        assertEquals(FILE + ":1: unknown top-level field 'components'; the register has one field, 'soup' (a list)",
                error("components: []\n"));
    }

    @Test
    void invalidHazardId() {
        assertEquals(FILE + ":2: field 'risk.hazards' of org.slf4j:slf4j-api contains an invalid id 'HAZ 1'",
                error("""
                soup:
                  - component: org.slf4j:slf4j-api
                    title: SLF4J
                    risk:
                      hazards: [HAZ 1]
                """));
    }

    @Test
    void wrongTypeIsNamed() {
        assertEquals(FILE + ":5: field 'hazards' has the wrong type (expected a list, e.g. [A-1, A-2])", error("""
                soup:
                  - component: org.slf4j:slf4j-api
                    title: SLF4J
                    risk:
                      hazards: {a: b}
                """));
    }

    /** What the starter register writes: fields a person must fill are left empty, with a comment. */
    @Test
    void emptyFieldsReadAsAbsent() {
        SoupEntry e = read("""
                soup:
                  - component: pkg:maven/org.slf4j/slf4j-api
                    title: slf4j-api
                    manufacturer:              # TO FILL (8.1.2 b): the manufacturer, or "community" plus website
                    website: ""
                    version: "2.0.17"
                    functionalRequirements:    # TO FILL (5.3.3): what the device needs from it, including performance
                    systemRequirements:        # TO FILL (5.3.4): the hardware and software it needs
                    risk:                      # TO FILL (7.1.2 c): hazards: [...], or level: and rationale:
                    anomalyList:               # TO FILL (7.1.3): where its known anomalies are published
                    anomalyReview:             # TO FILL (7.1.3): version, date, reviewer, result of evaluating that list
                """).entries().get(0);

        assertEquals(new SoupEntry("org.slf4j:slf4j-api", null, "slf4j-api", null, null, "2.0.17", null, null, null,
                null, null, 2), e);
    }

    @Test
    void emptyFieldsInsideRiskAndReviewReadAsAbsent() {
        SoupEntry e = read("""
                soup:
                  - component: org.slf4j:slf4j-api
                    title: SLF4J
                    risk:
                      hazards:
                      level:
                      rationale: "  "
                    anomalyReview:
                      version:
                      date:
                      reviewer: ""
                      result:
                """).entries().get(0);

        assertEquals(new SoupEntry.Risk(List.of(), null, null), e.risk());
        assertEquals(new SoupEntry.AnomalyReview(null, null, null, null), e.anomalyReview());
    }
}
