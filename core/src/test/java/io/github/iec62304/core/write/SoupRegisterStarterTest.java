package io.github.iec62304.core.write;

import static io.github.iec62304.core.link.SoupProject.component;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.evaluate.Violation;
import io.github.iec62304.core.link.SoupLinker;
import io.github.iec62304.core.link.SoupModel;
import io.github.iec62304.core.link.SoupProject;
import io.github.iec62304.core.link.SoupProject.Entry;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.soup.SbomComponent;
import io.github.iec62304.core.model.soup.SoupEntry;
import io.github.iec62304.core.model.soup.SoupRegister;
import io.github.iec62304.core.read.Sha256;
import io.github.iec62304.core.read.soup.SoupRegisterReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The starter register: pre-filled from the SBOM, TO FILL where a person must write, never overwriting. */
@Verifies("TOOL-GOAL-SOUP-REGISTER")
class SoupRegisterStarterTest {

    private static final String HEADER = """
            # SOUP register entries written by mvn iec62304:soup-register from target/bom.json.
            # Check what came from the SBOM. Fill every field marked TO FILL: for class B and C the
            # build fails until they are filled (IEC 62304 5.3.3, 5.3.4, 7.1.2 c, 7.1.3).
            # SOUP no SBOM lists (the Java runtime, an OS) needs an entry too: '- runtime: <name>'.
            """;
    private static final String TO_FILL = """
                functionalRequirements:    # TO FILL (5.3.3): what the device needs from it, including performance
                systemRequirements:        # TO FILL (5.3.4): the hardware and software it needs
                risk:                      # TO FILL (7.1.2 c): hazards: [...], or level: and rationale:
            """;

    private static final SbomComponent DATABIND = new SbomComponent("com.fasterxml.jackson.core", "jackson-databind",
            "2.17.2", "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.17.2?type=jar", "databind", "required",
            "FasterXML, LLC", "SBOM supplier", List.of("Apache-2.0"), "https://github.com/FasterXML/jackson",
            "https://github.com/FasterXML/jackson-databind/issues");
    private static final SbomComponent BARE = new SbomComponent("org.example", "lib", "1.0-SNAPSHOT", "", "lib", "",
            "", "", List.of(), "", "");

    @TempDir
    Path dir;

    @Test
    void rendersAComponentWithWhatTheSbomKnows() {
        assertEquals(HEADER + """
                soup:
                  - component: "pkg:maven/com.fasterxml.jackson.core/jackson-databind"
                    title: jackson-databind
                    manufacturer: "FasterXML, LLC"    # from the SBOM supplier: check it
                    website: "https://github.com/FasterXML/jackson"
                    version: "2.17.2"
                """ + TO_FILL + """
                    anomalyList: "https://github.com/FasterXML/jackson-databind/issues"    # from the SBOM issue tracker
                    anomalyReview:             # TO FILL (7.1.3): version, date, reviewer, result of evaluating that list for 2.17.2
                """, SoupRegisterStarter.render(List.of(DATABIND), "target/bom.json", true));
    }

    @Test
    void rendersAComponentTheSbomSaysLittleAbout() {
        assertEquals(HEADER + """
                # Copy the entries below the next line into the 'soup:' list of your register.
                soup:
                  - component: "org.example:lib"
                    title: lib
                    manufacturer:              # TO FILL (8.1.2 b): the manufacturer, or "community" plus website
                    version: "1.0-SNAPSHOT"
                """ + TO_FILL + """
                    anomalyList:               # TO FILL (7.1.3): where its known anomalies are published
                    anomalyReview:             # TO FILL (7.1.3): version, date, reviewer, result of evaluating that list for 1.0-SNAPSHOT
                """, SoupRegisterStarter.render(List.of(BARE), "target/bom.json", false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "QOS.ch|QOS.ch",
            "Eclipse Foundation|Eclipse Foundation",
            "x|x",
            "slf4j-api|slf4j-api",
            "Oracle (Java)|Oracle (Java)",
            "FasterXML, LLC|\"FasterXML, LLC\"",
            "https://example.org|\"https://example.org\"",
            "Acme: the company|\"Acme: the company\"",
            "Acme #1|\"Acme #1\"",
            "#1|\"#1\"",
            "'say \"hi\"'|'\"say \\\"hi\\\"\"'",
            "back\\slash|\"back\\\\slash\"",
            "'-dash'|\"-dash\"",
            "'trailing '|\"trailing \"",
            "''|\"\"",
            "null|\"null\"",
            "Null|\"Null\"",
            "nullable|nullable",
    })
    void valuesArePlainWhenSafeElseDoubleQuoted(String value, String yaml) {
        assertEquals(yaml, SoupRegisterStarter.value(value));
    }

    /** Whatever the starter writes reads back as the same value. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {"QOS.ch", "FasterXML, LLC", "Acme: the company",
            "Acme #1", "'say \"hi\"'", "back\\slash", "'-dash'", "'[list]'", "'{map}'", "'& anchor'", "'* alias'",
            "'! tag'", "'%percent'", "'@at'", "'`tick'", "'|pipe'", "'>fold'", "'?question'", "'trailing '",
            "null", "true", "yes", "~", "0123", "1e3"})
    void quotedValuesReadBackUnchanged(String value) {
        String yaml = "soup:\n  - runtime: JRE\n    title: T\n    manufacturer: " + SoupRegisterStarter.value(value)
                + "\n";

        assertEquals(value.strip(), read(yaml).entries().get(0).manufacturer());
    }

    @Test
    void writeCreatesTheRegisterWhenItDoesNotExist() throws Exception {
        Path register = dir.resolve("src/iec62304/soup.yaml");
        Path additions = dir.resolve("target/iec62304-soup-additions.yaml");
        SoupModel soup = new SoupProject(SafetyClass.C).component(DATABIND, "compile").ships("org.slf4j:slf4j-api",
                "2.0.17").component(component("org.junit:junit", "4.13"), "test").model();

        SoupRegisterStarter.Result result = SoupRegisterStarter.write(soup, register, additions);

        assertEquals(new SoupRegisterStarter.Result(register, 2, true), result);
        assertEquals(SoupRegisterStarter.render(List.of(DATABIND, component("org.slf4j:slf4j-api", "2.0.17")),
                "target/bom.json", true), Files.readString(register));
        assertFalse(Files.exists(additions));
    }

    @Test
    void writeLeavesAnExistingRegisterAloneAndWritesTheAdditionsBeside() throws Exception {
        Path register = Files.createDirectories(dir.resolve("src/iec62304")).resolve("soup.yaml");
        byte[] team = "soup:\n  - component: org.slf4j:slf4j-api   # ours\n    title: SLF4J\n"
                .getBytes(StandardCharsets.UTF_8);
        Files.write(register, team);
        Path additions = dir.resolve("target/iec62304-soup-additions.yaml");
        SoupModel soup = new SoupProject(SafetyClass.C).entry(Entry.component("org.slf4j:slf4j-api", "2.0.17"))
                .ships("org.slf4j:slf4j-api", "2.0.17").component(DATABIND, "compile").model();

        SoupRegisterStarter.Result result = SoupRegisterStarter.write(soup, register, additions);

        assertEquals(new SoupRegisterStarter.Result(additions, 1, false), result);
        assertArrayEquals(team, Files.readAllBytes(register));
        String rendered = SoupRegisterStarter.render(List.of(DATABIND), "target/bom.json", false);
        assertEquals(rendered + SoupRegisterStarter.UNEDITED + Sha256.of(rendered.getBytes(StandardCharsets.UTF_8))
                + "\n", Files.readString(additions));
    }

    /** A second run replaced an additions file whose TO FILL answers the user had filled in (failed before). */
    @Verifies("TOOL-BUNDLE-OWNED-FILES-ONLY")
    @Test
    void writeRefusesToOverwriteAnAdditionsFileEditedSinceItWasWritten() throws Exception {
        Path register = Files.createDirectories(dir.resolve("src/iec62304")).resolve("soup.yaml");
        Files.writeString(register, "soup:\n  - component: org.slf4j:slf4j-api\n    title: SLF4J\n");
        Path additions = dir.resolve("target/iec62304-soup-additions.yaml");
        SoupModel soup = new SoupProject(SafetyClass.C).entry(Entry.component("org.slf4j:slf4j-api", "2.0.17"))
                .ships("org.slf4j:slf4j-api", "2.0.17").component(DATABIND, "compile").model();
        SoupRegisterStarter.write(soup, register, additions);
        String filled = Files.readString(additions).replace("    systemRequirements:        # TO FILL",
                "    systemRequirements: Java 17 # TO FILL");
        Files.writeString(additions, filled);

        UnsafeBundlePathException e = org.junit.jupiter.api.Assertions.assertThrows(UnsafeBundlePathException.class,
                () -> SoupRegisterStarter.write(soup, register, additions));

        assertEquals("Refusing to overwrite " + additions + ": it was edited after iec62304:soup-register wrote it,"
                + " and what was filled in there would be lost. Nothing was changed. Copy its entries into "
                + register + ", delete it, and run the goal again.", e.getMessage());
        assertEquals(filled, Files.readString(additions));
    }

    @Verifies("TOOL-BUNDLE-OWNED-FILES-ONLY")
    @Test
    void writeRefusesToOverwriteAnAdditionsFileItDidNotWrite() throws Exception {
        Path register = Files.createDirectories(dir.resolve("src/iec62304")).resolve("soup.yaml");
        Files.writeString(register, "soup:\n  - component: org.slf4j:slf4j-api\n    title: SLF4J\n");
        Path additions = dir.resolve("pom.xml");
        Files.writeString(additions, "<project/>");
        SoupModel soup = new SoupProject(SafetyClass.C).entry(Entry.component("org.slf4j:slf4j-api", "2.0.17"))
                .ships("org.slf4j:slf4j-api", "2.0.17").component(DATABIND, "compile").model();

        UnsafeBundlePathException e = org.junit.jupiter.api.Assertions.assertThrows(UnsafeBundlePathException.class,
                () -> SoupRegisterStarter.write(soup, register, additions));

        assertEquals("Refusing to overwrite " + additions + ": it exists and was not written by "
                + "iec62304:soup-register. Nothing was changed. Set soupAdditionsFile (iec62304.soupAdditionsFile) "
                + "to a new file, such as the default target/iec62304-soup-additions.yaml.", e.getMessage());
        assertEquals("<project/>", Files.readString(additions));
        // its own earlier additions file is replaced
        Path own = dir.resolve("target/iec62304-soup-additions.yaml");
        SoupRegisterStarter.write(soup, register, own);
        assertEquals(new SoupRegisterStarter.Result(own, 1, false), SoupRegisterStarter.write(soup, register, own));
    }

    @Test
    void writeWritesNothingWhenEveryShippedComponentIsCovered() {
        Path register = dir.resolve("src/iec62304/soup.yaml");
        Path additions = dir.resolve("target/iec62304-soup-additions.yaml");
        SoupModel soup = new SoupProject(SafetyClass.C).entry(Entry.component("org.slf4j:*", "2.0.17"))
                .ships("org.slf4j:slf4j-api", "2.0.17").component(DATABIND, "test").model();

        assertEquals(new SoupRegisterStarter.Result(null, 0, false),
                SoupRegisterStarter.write(soup, register, additions));
        assertFalse(Files.exists(register));
        assertFalse(Files.exists(additions));
    }

    @Test
    void theStarterReadsBackAndCoversWhatShipsButTheGateKeepsFailing() throws Exception {
        SoupProject project = new SoupProject(SafetyClass.C).component(DATABIND, "compile")
                .ships("org.slf4j:slf4j-api", "2.0.17").component(BARE, null)
                .component(component("org.junit:junit", "4.13"), "test");
        SoupModel before = project.model();
        Path register = dir.resolve("soup.yaml");
        SoupRegisterStarter.write(before, register, dir.resolve("additions.yaml"));

        SoupRegister written = read(Files.readString(register));

        assertEquals(List.of("com.fasterxml.jackson.core:jackson-databind", "org.example:lib", "org.slf4j:slf4j-api"),
                written.entries().stream().map(SoupEntry::key).toList());
        Map<String, SoupEntry> byKey = written.entries().stream()
                .collect(Collectors.toMap(SoupEntry::key, Function.identity()));
        assertEquals(new SoupEntry("com.fasterxml.jackson.core:jackson-databind", null, "jackson-databind",
                "FasterXML, LLC", "https://github.com/FasterXML/jackson", "2.17.2", null, null, null,
                "https://github.com/FasterXML/jackson-databind/issues", null, 6),
                byKey.get("com.fasterxml.jackson.core:jackson-databind"));

        SoupModel after = SoupLinker.link(before.sbom(), written, Map.of("com.fasterxml.jackson.core:jackson-databind",
                "compile", "org.slf4j:slf4j-api", "compile", "org.junit:junit", "test"), Set.of(),
                SoupProject.BUILD_DATE, before.reviewMaxAge());
        assertEquals(List.of(), after.shipped().stream().filter(c -> c.entry() == null).toList());
        assertEquals(List.of(), SoupRegisterStarter.write(after, register, dir.resolve("additions.yaml")).file() == null
                ? List.of() : List.of("wrote again"));
        List<String> failing = io.github.iec62304.core.evaluate.Gates.evaluate(io.github.iec62304.core.evaluate.Gates
                        .all(), evidence(after), io.github.iec62304.core.evaluate.RuleLevels.defaults()).violations()
                .stream().map(Violation::ruleId).distinct().sorted().toList();
        assertEquals(List.of("SOUP-ANOMALY-REVIEW", "SOUP-END-OF-SUPPORT", "SOUP-MANUFACTURER", "SOUP-REQUIREMENTS",
                "SOUP-RISK"), failing);
    }

    private static io.github.iec62304.core.evaluate.Evidence evidence(SoupModel soup) {
        io.github.iec62304.core.evaluate.Evidence e = new SoupProject(SafetyClass.C).evidence();
        return new io.github.iec62304.core.evaluate.Evidence(e.systemClass(), e.catalog(), e.scan(), e.tests(),
                e.trace(), e.units(), soup);
    }

    private static SoupRegister read(String yaml) {
        return new SoupRegisterReader().read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                "soup.yaml");
    }
}
