package io.github.iec62304.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.evaluate.Gates;
import io.github.iec62304.core.evaluate.RuleLevels;
import io.github.iec62304.core.link.TraceLinker;
import io.github.iec62304.core.model.CodeLink;
import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.ClassCoverage;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.Counter;
import io.github.iec62304.core.model.InputFile;
import io.github.iec62304.core.model.LinkKind;
import io.github.iec62304.core.model.Requirement;
import io.github.iec62304.core.model.RequirementCatalog;
import io.github.iec62304.core.model.SystemRequirement;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.TestRecord;
import io.github.iec62304.core.project.GitRevision;
import io.github.iec62304.core.project.GitSignature;
import io.github.iec62304.core.project.GitTag;
import io.github.iec62304.core.project.ProjectInfo;
import io.github.iec62304.core.write.BundleContent;
import io.github.iec62304.core.write.EvidenceBundleWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * The JSON schemas published on the site ({@code src/site/resources/schemas}) describe what the code writes:
 * every bundle file validates, the sample project's catalog validates, the examples on the site validate and
 * appear on their pages word for word, and a broken document does not.
 */
@Verifies("TOOL-BUNDLE-SCHEMAS")
class PublishedSchemasTest {

    private static final Path SCHEMAS = Path.of("..", "src", "site", "resources", "schemas");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    /** Example files published with the site; each is shown on a page of the site too. */
    private static final Path EXAMPLES = Path.of("..", "src", "site", "resources", "examples");
    private static final Path PAGES = Path.of("..", "src", "site", "markdown");
    private static final List<String> RELEASE_RULES = List.of("REGRESSION-BASELINE", "REGRESSION-TEST",
            "REGRESSION-REQUIREMENT", "REGRESSION-COVERAGE", "SOUP-CHANGE", "ANOMALY-EVALUATED", "ANOMALY-ACCEPTABLE",
            "RELEASE-VERIFIED", "RELEASE-SNAPSHOT", "RELEASE-GIT", "RELEASE-REPRODUCIBLE", "RELEASE-ARCHIVED");
    private static final List<String> RELEASE_CLAUSES = List.of("5.6.6; 5.7.3", "5.6.6; 5.7.3; 9.7 d", "5.7.3; 9.7 d",
            "5.5.5; 9.7 d", "7.4.1", "5.8.2; 5.8.3", "5.8.3", "5.8.1", "5.8.4; 8.1.1", "5.1.11", "5.8.5", "5.8.7; 5.8.8");

    private static List<String> errors(String schemaFile, JsonNode document) throws Exception {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        try (InputStream in = Files.newInputStream(SCHEMAS.resolve(schemaFile))) {
            Schema schema = registry.getSchema(in);
            return schema.validate(document).stream().map(Error::toString).toList();
        }
    }

    /** A failing build on purpose: every part of every file is present (violations, WARN, dangling, flaky). */
    private static SortedMap<String, byte[]> bundle() {
        return bundle(false);
    }

    /**
     * @param modules as a multi-module device of two modules (issue 14): the module of every class, test and input,
     *                and an item that owns a module
     */
    private static SortedMap<String, byte[]> bundle(boolean modules) {
        return bundle(modules, null);
    }

    /** @param waivers the waiver register, or {@code null} for a project without one */
    private static SortedMap<String, byte[]> bundle(boolean modules,
                                                    io.github.iec62304.core.model.waiver.WaiverRegister waivers) {
        Requirement rate = new Requirement("REQ-RATE", "Rate", "The pump shall compute the rate.", null,
                List.of("RC-01"), List.of("SYS-1"), 2);
        Requirement alarm = new Requirement("REQ-ALARM", "Alarm", "The pump shall alarm.", SafetyClass.B,
                List.of(), List.of("SYS-9"), 6);
        // issue 15: system requirements rolled up NOT_VERIFIED, NOT_SOFTWARE and NO_SOFTWARE_REQUIREMENT; SYS-9 unresolved
        RequirementCatalog catalog = new RequirementCatalog("src/iec62304/requirements.yaml", List.of(rate, alarm),
                List.of(new SystemRequirement("SYS-1", "Dose delivery", "The pump shall deliver the dose.", null, 12),
                        new SystemRequirement("SYS-2", "Flow accuracy", null, "hardware: pump mechanism", 15),
                        new SystemRequirement("SYS-3", "Battery alarm", null, null, 18)));
        CodeLocation test = new CodeLocation("com.acme.PumpTest", "rate");
        CodeScan scan = new CodeScan(List.of(
                new CodeLink(LinkKind.IMPLEMENTS, "REQ-RATE", new CodeLocation("com.acme.Pump", null)),
                new CodeLink(LinkKind.VERIFIES, "REQ-NONE", test),
                new CodeLink(LinkKind.VERIFIES, "REQ-RATE", test)),
                java.util.Set.of(test), Map.of(), List.of(), FileTime.fromMillis(0),
                List.of(new ClassCoverage("com.acme.Pump", new Counter(40, 50), new Counter(8, 10), new Counter(1, 4)),
                        new ClassCoverage("com.acme.Pump$Valve", new Counter(5, 5), new Counter(1, 1), Counter.EMPTY),
                        new ClassCoverage("com.acme.Constants", Counter.EMPTY, Counter.EMPTY, Counter.EMPTY)),
                List.of(), java.util.Set.of("com.acme.PumpTest", "com.acme.PumpIT"));
        if (modules) {
            scan = new CodeScan(scan.links(), scan.testMethods(), scan.superClasses(), scan.inputs(),
                    scan.newestClass(), scan.production(), scan.staleCoverage(), scan.testClasses(),
                    scan.displayNames(), Map.of("com.acme.Pump", "pump-core", "com.acme.Constants", "pump-core",
                    "com.acme.PumpTest", "pump-it", "com.acme.PumpIT", "pump-it"), Map.of());
        }
        io.github.iec62304.core.model.Architecture architecture = modules
                ? new io.github.iec62304.core.model.Architecture("src/iec62304/architecture.yaml", List.of(
                new io.github.iec62304.core.model.SoftwareItem("CORE", "Core", null, null, List.of(), List.of(),
                        null, null, 2, List.of("pump-core"))), List.of())
                : io.github.iec62304.core.model.Architecture.implicit();
        TestRecord tests = new TestRecord(List.of(new TestCaseResult("com.acme.PumpTest", "rate(int)[1]",
                TestOutcome.FAILED, 0.25, 2, "expected: <1> but was: <2>",
                List.of("target/surefire-reports/TEST-com.acme.PumpTest.xml"))), List.of(),
                Map.of("com.acme.OldTest", "target/surefire-reports/TEST-com.acme.OldTest.xml"));
        Evidence development = new Evidence(SafetyClass.C, catalog, scan, tests,
                TraceLinker.link(catalog, SafetyClass.C, scan, tests, records(catalog)), io.github.iec62304.core.link.UnitLinker.link(architecture, "src/iec62304/architecture.yaml", SafetyClass.C, io.github.iec62304.core.CheckSettings.defaultCriteria(), scan, tests), soup());
        // as Iec62304Check builds it for 1.0.0 with no <baseline>: a release build outside git, not attached
        Evidence evidence = new Evidence(SafetyClass.C, catalog, scan, tests, development.trace(), development.units(),
                development.soup(), io.github.iec62304.core.link.RegressionModel.notCompared("no baseline declared",
                "1.0.0", io.github.iec62304.core.model.release.ChangeLog.empty("src/iec62304/changes.yaml"),
                ReleaseSettings.DEFAULT_COVERAGE_TOLERANCE), io.github.iec62304.core.link.AnomalyLinker.link(
                io.github.iec62304.core.model.release.AnomalyRegister.empty("src/iec62304/anomalies.yaml"),
                development.trace(), development.units(), development.soup()),
                new io.github.iec62304.core.model.release.ReleaseFacts(true, "version 1.0.0 is not a SNAPSHOT",
                        "com.acme:pump:1.0.0", "1.0.0", false, List.of(), null, false, false, false,
                        io.github.iec62304.core.model.release.BuildEnvironment.current(null, List.of()),
                        io.github.iec62304.core.project.ReferenceDate.of(true, Instant.parse("2026-01-31T10:00:00Z"),
                                Instant.parse("2026-01-31T09:00:00Z"), Instant.parse("2026-11-01T10:00:00Z")), false,
                        Instant.parse("2026-01-31T10:00:00Z")));
        if (waivers != null) {
            evidence = evidence.withWaivers(waivers);
        }
        GateReport report = Gates.evaluate(Gates.all(), evidence, RuleLevels.defaults());
        ProjectInfo project = new ProjectInfo("com.acme", "pump", "1.0.0", "Pump", "0.1.0",
                Instant.parse("2026-01-31T10:00:00Z"), new GitRevision("0".repeat(40), true,
                Instant.parse("2026-01-31T09:00:00Z"), SIGNED, List.of(
                        new GitTag("v1.0.0", new GitSignature(GitSignature.Status.UNKNOWN, "U", "IT <it@example.org>",
                                "B40F3BA549CD8646", "C7405B88F05AA736FFE8DED7B40F3BA549CD8646",
                                "good signature, but the key is not trusted in the build's keyring")),
                        new GitTag("release", new GitSignature(GitSignature.Status.UNSIGNED, "N", null, null, null,
                                "lightweight tag")))));
        return EvidenceBundleWriter.render(new BundleContent(project, true, evidence, report,
                List.of(new InputFile("src/iec62304/requirements.yaml", "ab".repeat(32), 1),
                        new InputFile("pump-core/target/classes", "cd".repeat(32), 3, InputFile.DigestOf.CLASS_FILES,
                                modules ? "pump-core" : null)), Map.of()));
    }

    /** Issue 19: a record that passed on another version (stale), one that failed, one naming an unknown id. */
    private static io.github.iec62304.core.link.VerificationModel records(RequirementCatalog catalog) {
        io.github.iec62304.core.model.verification.VerificationMethod inspection =
                io.github.iec62304.core.model.verification.VerificationMethod.INSPECTION;
        var pass = io.github.iec62304.core.model.verification.VerificationRecord.Result.PASS;
        var register = new io.github.iec62304.core.model.verification.VerificationRegister(
                "src/iec62304/verification-records.yaml", List.of(
                new io.github.iec62304.core.model.verification.VerificationRecord("VR-1", inspection, "TP-1", "B",
                        List.of("REQ-ALARM"), "0.9.0", "3f2c9e1", "A. Tester", "2026-01-05", pass, List.of(),
                        List.of(new io.github.iec62304.core.model.verification.VerificationRecord.Attachment(
                                "records/vr-1.pdf", java.nio.file.Path.of("src/iec62304/records/vr-1.pdf"),
                                "ef".repeat(32))), 2),
                new io.github.iec62304.core.model.verification.VerificationRecord("VR-2",
                        io.github.iec62304.core.model.verification.VerificationMethod.MANUAL_TEST, "TP-2", "A",
                        List.of("REQ-RATE", "REQ-GONE"), "1.0.0", null, "B. Tester", "2026-01-20",
                        io.github.iec62304.core.model.verification.VerificationRecord.Result.FAIL, List.of(),
                        List.of(), 14)));
        return io.github.iec62304.core.link.VerificationLinker.link(register, catalog,
                io.github.iec62304.core.model.release.AnomalyRegister.empty("src/iec62304/anomalies.yaml"),
                io.github.iec62304.core.model.release.ChangeLog.empty("src/iec62304/changes.yaml"), "1.0.0",
                "0".repeat(40), true);
    }

    private static final String SBOM = """
            {"bomFormat":"CycloneDX","specVersion":"1.6","version":1,
             "components":[
              {"type":"library","bom-ref":"pkg:maven/org.slf4j/slf4j-api@2.0.17?type=jar","group":"org.slf4j",
               "name":"slf4j-api","version":"2.0.17","publisher":"QOS.ch",
               "purl":"pkg:maven/org.slf4j/slf4j-api@2.0.17?type=jar","licenses":[{"license":{"id":"MIT"}}]},
              {"type":"library","bom-ref":"c2","group":"commons-codec","name":"commons-codec","version":"1.17.1"},
              {"type":"library","bom-ref":"c3","group":"org.junit.jupiter","name":"junit-jupiter","version":"6.1.3"}],
             "vulnerabilities":[{"id":"CVE-2026-0001","affects":[{"ref":"c2"}],"analysis":{"state":"in_triage"}}]}
            """;
    private static final String REGISTER = """
            soup:
              - component: pkg:maven/org.slf4j/slf4j-api
                title: SLF4J API
                version: "2.0.17"
                functionalRequirements: logging facade
                systemRequirements: Java 17
                risk: {hazards: [HAZ-1]}
                anomalyList: https://github.com/qos-ch/slf4j/issues
                anomalyReview: {version: "2.0.17", date: 2026-01-01, reviewer: J. Doe, result: none applies}
                support: supported
                endOfSupport: none announced
              - runtime: Java runtime
                title: Eclipse Temurin
                manufacturer: Eclipse Foundation
                version: "17.0.15"
                support: security-fixes-only
                endOfSupport: 2027-10-01
            """;

    /** A SOUP list with every kind of entry: registered, unregistered, not shipped, runtime, a vulnerability. */
    private static io.github.iec62304.core.link.SoupModel soup() {
        try {
            var sbom = io.github.iec62304.core.read.sbom.SbomReader.read(
                    SBOM.getBytes(java.nio.charset.StandardCharsets.UTF_8), "target/bom.json");
            var register = new io.github.iec62304.core.read.soup.SoupRegisterReader().read(
                    new java.io.ByteArrayInputStream(REGISTER.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    "src/iec62304/soup.yaml");
            // issue 16: a VEX kept apart from the SBOM analyses slf4j-api
            var vex = new io.github.iec62304.core.model.soup.Vex("src/iec62304/vex.json", List.of(
                    new io.github.iec62304.core.model.soup.Vex.Statement("CVE-2026-0002",
                            "pkg:maven/org.slf4j/slf4j-api@2.0.17", "", "not_affected", "code not reachable", 4)));
            return io.github.iec62304.core.link.SoupLinker.link(sbom, vex, register, Map.of("org.slf4j:slf4j-api",
                    "compile", "commons-codec:commons-codec", "runtime", "org.junit.jupiter:junit-jupiter", "test"),
                    java.util.Set.of(), java.time.LocalDate.of(2026, 1, 31),
                    io.github.iec62304.core.SoupSettings.DEFAULT_REVIEW_MAX_AGE);
        } catch (RuntimeException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyBundleFileValidatesAgainstItsSchema() throws Exception {
        SortedMap<String, byte[]> files = bundle();
        for (String name : BUNDLE_JSON) {
            assertEquals(List.of(), errors(name + ".schema.json", JSON.readTree(files.get(name + ".json"))), name);
        }
        // the fixture exercises the unit part too: a failing class C unit with a not-run test class, a unit without code
        JsonNode units = JSON.readTree(files.get("unit-verification.json")).get("units");
        assertEquals("com.acme.Constants NO_CODE, com.acme.Pump FAILED", units.get(0).get("id").asText() + " "
                + units.get(0).get("verdict").asText() + ", " + units.get(1).get("id").asText() + " "
                + units.get(1).get("verdict").asText());
        assertEquals("com.acme.PumpIT", units.get(1).get("testClassesNotRun").get(0).asText());
    }

    /** Issue 14: the module names a multi-module device adds to its bundle are part of the published formats. */
    @Test
    void aMultiModuleBundleValidatesAgainstTheSchemasToo() throws Exception {
        SortedMap<String, byte[]> files = bundle(true);
        assertBundleValidates(files);
        JsonNode matrix = JSON.readTree(files.get("trace-matrix.json")).get("requirements").get(0);
        assertEquals("pump-core pump-it", matrix.get("implementedIn").get(0).get("module").asText() + " "
                + matrix.get("verifiedBy").get(0).get("module").asText());
        assertEquals("pump-core", JSON.readTree(files.get("manifest.json")).get("modules").get(0).asText());
    }

    /** Issue 19: the records, their verdicts and the files kept with them are part of the published formats. */
    @Test
    void verificationRecordsValidateWithEveryVerdict() throws Exception {
        JsonNode records = JSON.readTree(bundle().get("verification-records.json"));
        assertEquals(List.of(), errors("verification-records.schema.json", records));
        assertEquals("STALE FAILED", records.get("records").get(0).get("verdict").asText() + " "
                + records.get("records").get(1).get("verdict").asText());
        assertEquals("record-VR-1-vr-1.pdf", records.get("records").get(0).get("attachments").get(0)
                .get("bundleFile").asText());
        JsonNode alarm = JSON.readTree(bundle().get("trace-matrix.json")).get("requirements").get(1);
        assertEquals("VR-1 STALE", alarm.get("records").get(0).get("id").asText() + " "
                + alarm.get("records").get(0).get("verdict").asText());
    }

    /** Every JSON file of a bundle that has a schema. */
    private static final List<String> BUNDLE_JSON = List.of("manifest", "trace-matrix", "test-record",
            "unit-verification", "soup-list", "regression-report", "anomalies", "release-checklist",
            "verification-records", "conformity");

    private static void assertBundleValidates(SortedMap<String, byte[]> files) throws Exception {
        for (String name : BUNDLE_JSON) {
            assertEquals(List.of(), errors(name + ".schema.json", JSON.readTree(files.get(name + ".json"))), name);
        }
    }

    /**
     * A failing release build of 1.1.0 against baseline 1.0.0: justified and unjustified differences of every kind,
     * every kind of residual anomaly (evaluated or not, acceptable or not), an allowed and a forbidden SNAPSHOT.
     */
    private static io.github.iec62304.core.link.ReleaseProject releaseWithEverything() {
        String t = "com.acme.RateTest";
        return new io.github.iec62304.core.link.ReleaseProject(SafetyClass.C)
                .baselineTest(t + "#gone", "PASSED").baselineTest(t + "#rate[1]", "PASSED")
                .baselineTest(t + "#rate[2]", "PASSED").baselineTest(t + "#retired", "PASSED")
                .baselineTest(t + "#skipped", "PASSED").baselineTest(t + "#error", "PASSED")
                .baselineRequirement("REQ-RATE", "VERIFIED", SafetyClass.C)
                .baselineRequirement("REQ-OLD", "VERIFIED", SafetyClass.B)
                .baselineRequirement("REQ-WITHDRAWN", "VERIFIED", SafetyClass.A)
                .baselineRequirement("REQ-NEVER", "UNTESTED", SafetyClass.A)
                .baselineUnit("CALC", SafetyClass.C, new Counter(95, 100), new Counter(90, 100))
                .baselineUnit("RATE", SafetyClass.C, new Counter(100, 100), new Counter(10, 10))
                .baselineSoup("org.slf4j:slf4j-api", "2.0.16").baselineSoup("commons-io:commons-io", "2.16.0")
                .baselineSoup("org.gone:gone", "1.0").baselineSoup("runtime:Java runtime", "17.0.14")
                .now(p -> p.requirement("REQ-RATE", null).requirement("REQ-NEW", SafetyClass.B)
                        .verifies("REQ-RATE", t, "rate").ran(t, "rate(int, Zone)[1]", TestOutcome.PASSED, "")
                        .ran(t, "rate(int, Zone)[2]", TestOutcome.FAILED, "expected 2 but was 3")
                        .ran(t, "skipped", TestOutcome.SKIPPED, "").ran(t, "error", TestOutcome.ERROR, "NPE")
                        .verifies("REQ-NEW", t, "notRun")
                        .item(io.github.iec62304.core.link.UnitProject.item("DOSING", null, null, "com.acme.dosing"))
                        .unit(io.github.iec62304.core.link.UnitProject.unit("CALC", "DOSING", "com.acme.dosing.Dose*"))
                        .unit(io.github.iec62304.core.link.UnitProject.unit("RATE", "DOSING", "com.acme.dosing.Rate*"))
                        .cls("com.acme.dosing.DoseCalc", 90, 100, 80, 100).cls("com.acme.dosing.RateCalc", 5, 10, 1, 10)
                        .testClass("com.acme.dosing.DoseCalcTest"))
                .soup(x -> x.ships("org.slf4j:slf4j-api", "2.0.17").ships("commons-io:commons-io", "2.17.0")
                        .ships("org.new:lib", "1.0").ships("org.vuln:lib", "3.0")
                        .entry(io.github.iec62304.core.link.SoupProject.Entry.runtime("Java runtime", "17.0.15"))
                        .vulnerability("CVE-1", "exploitable", io.github.iec62304.core.link.SoupProject.ref("org.vuln:lib", "3.0"))
                        .vulnerability("CVE-2", "in_triage", io.github.iec62304.core.link.SoupProject.ref("org.vuln:lib", "3.0"))
                        .vulnerability("CVE-3", "", io.github.iec62304.core.link.SoupProject.ref("org.vuln:lib", "3.0"))
                        .vulnerability("CVE-4", "not_affected", io.github.iec62304.core.link.SoupProject.ref("org.vuln:lib", "3.0")))
                .change(io.github.iec62304.core.link.ReleaseProject.testChange("CR-1", "1.1.0", t + "#retired"))
                .change(io.github.iec62304.core.link.ReleaseProject.requirementChange("CR-2", "1.1.0", "REQ-WITHDRAWN"))
                .change(io.github.iec62304.core.link.ReleaseProject.unitChange("CR-3", "1.1.0", "RATE"))
                .change(io.github.iec62304.core.link.ReleaseProject.soupChange("CR-4", "1.1.0", "org.slf4j:slf4j-api", "2.0.17"))
                .change(io.github.iec62304.core.link.ReleaseProject.soupChange("CR-5", "1.1.0", "org.gone:gone", "removed"))
                .change(io.github.iec62304.core.link.ReleaseProject.testChange("CR-0", "1.0.0", t))
                .anomaly(io.github.iec62304.core.link.ReleaseProject.evaluated("PR-1", "open", true, List.of(t + "#rate"), List.of()))
                .anomaly(io.github.iec62304.core.link.ReleaseProject.evaluated("PR-2", "deferred", false, List.of(), List.of("CVE-1")))
                .anomaly(io.github.iec62304.core.link.ReleaseProject.unevaluated("PR-3", "open", List.of(t + "#skipped"), List.of()))
                .anomaly(io.github.iec62304.core.link.ReleaseProject.evaluated("PR-4", "closed", true, List.of(), List.of()))
                .snapshot("io.github.iec62304:iec62304-maven-plugin:0.1.0-SNAPSHOT", "plugin", true)
                .snapshot("com.x:lib:1.0-SNAPSHOT", "dependency (compile)", false)
                .git(null).notReproducible();
    }

    private static SortedMap<String, byte[]> render(io.github.iec62304.core.link.ReleaseProject p, String version) {
        return io.github.iec62304.core.write.BaselineBundles.render(p,
                io.github.iec62304.core.write.BaselineBundles.info("com.acme", "pump", version));
    }

    @Test
    void aReleaseBundleWithEveryDifferenceAndResidualAnomalyValidates() throws Exception {
        SortedMap<String, byte[]> files = render(releaseWithEverything(), "1.1.0");

        assertBundleValidates(files);
        JsonNode report = JSON.readTree(files.get("regression-report.json"));
        assertEquals("TEST TEST TEST TEST TEST REQUIREMENT REQUIREMENT REQUIREMENT REQUIREMENT UNIT_COVERAGE UNIT_COVERAGE SOUP SOUP "
                + "SOUP SOUP SOUP SOUP", String.join(" ", report.findValuesAsText("kind")));
        JsonNode anomalies = JSON.readTree(files.get("anomalies.json"));
        assertEquals(List.of("ACCEPTABLE", "NOT_EVALUATED", "UNACCEPTABLE"), anomalies.findValuesAsText("verdict")
                .stream().distinct().sorted().toList());
        assertEquals(List.of("PROBLEM_REPORT", "TEST", "VULNERABILITY"), anomalies.get("residual").findValuesAsText(
                "kind").stream().distinct().toList());
    }

    /** Approvals bound to content: in the manifest, the regression report, the anomalies and the index page. */
    @Test
    void aBundleWithApprovalsValidates() throws Exception {
        String stale = "v1:" + "ab".repeat(32);
        io.github.iec62304.core.model.approval.Approval approval = new io.github.iec62304.core.model.approval
                .Approval("A. Weber", "Head of quality", "2026-01-20",
                io.github.iec62304.core.model.approval.Approval.Meaning.APPROVAL, stale, 3);
        io.github.iec62304.core.model.release.ChangeRecord cr = io.github.iec62304.core.link.ReleaseProject
                .requirementChange("CR-2", "1.1.0", "REQ-1");
        io.github.iec62304.core.model.release.AnomalyRecord pr = io.github.iec62304.core.link.ReleaseProject
                .evaluated("PR-1", "open", true, List.of(), List.of());
        io.github.iec62304.core.link.ReleaseProject p = new io.github.iec62304.core.link.ReleaseProject(SafetyClass.B)
                .declared(io.github.iec62304.core.link.ReleaseProject.BaselineDeclared.NONE)
                .now(q -> q.requirement("REQ-1", null))
                .change(new io.github.iec62304.core.model.release.ChangeRecord(cr.id(), cr.release(),
                        cr.description(), cr.approvedBy(), cr.date(), cr.tests(), cr.requirements(), cr.units(),
                        cr.soup(), cr.line(), List.of(), List.of(), List.of(), List.of(approval)))
                .anomaly(new io.github.iec62304.core.model.release.AnomalyRecord(pr.id(), pr.title(), pr.status(),
                        pr.tests(), pr.vulnerabilities(), pr.safetyImpact(), pr.evaluation(), pr.evaluatedBy(),
                        pr.date(), pr.acceptable(), pr.line(), List.of(approval)))
                .releaseApproval("1.1.0", approval);
        SortedMap<String, byte[]> files = render(p, "1.1.0");

        assertBundleValidates(files);
        JsonNode release = JSON.readTree(files.get("manifest.json")).get("releaseApproval");
        assertEquals(List.of("STALE", "1.1.0", "STALE"), List.of(release.get("status").asText(),
                release.get("version").asText(), release.get("approvals").get(0).get("status").asText()));
        assertEquals(List.of("change record CR-2 STALE"), JSON.readTree(files.get("regression-report.json"))
                .get("approvals").findValuesAsText("approves").stream().map(a -> a + " CR-2 STALE").toList());
        assertEquals("anomaly record", JSON.readTree(files.get("anomalies.json")).get("records").get(0)
                .get("approvals").get(0).get("approves").asText());
        assertTrue(new String(files.get("index.html"), StandardCharsets.UTF_8).contains("<h2>Approvals (3)</h2>"));
    }

    @Test
    void registersWithApprovalsValidateAndAMalformedApprovalDoesNot() throws Exception {
        String approval = "      - by: A. Weber\n        role: QA\n        date: 2026-11-20\n        meaning: approval\n"
                + "        fingerprint: v1:" + "ab".repeat(32) + "\n";
        String change = "changes:\n  - id: CR-1\n    release: 1.1.0\n    description: D\n    approvals:\n" + approval;
        assertEquals(List.of(), errors("changes.schema.json", YAML.readTree(change)));
        assertFalse(errors("changes.schema.json", YAML.readTree(change.replace("approvals:\n" + approval, "date: "
                + "2026-11-20\n"))).isEmpty(), "approvedBy or approvals");
        assertFalse(errors("changes.schema.json", YAML.readTree(change.replace("approval\n", "signed\n")))
                .isEmpty());
        assertEquals(List.of(), errors("anomaly-register.schema.json", YAML.readTree("anomalies:\n  - id: PR-1\n"
                + "    title: T\n    status: open\n    approvals:\n" + approval)));
        String release = "approvals:\n  - version: 1.1.0\n" + approval.substring("      - ".length()).replaceAll(
                "(?m)^        ", "    ").replaceFirst("^", "    ");
        assertEquals(List.of(), errors("release-approval.schema.json", YAML.readTree(release)), release);
        assertFalse(errors("release-approval.schema.json", YAML.readTree(release.replace("v1:", "v2:"))).isEmpty());
    }

    @Test
    void aSnapshotBuildsBundleValidates() throws Exception {
        assertBundleValidates(render(new io.github.iec62304.core.link.ReleaseProject(SafetyClass.B).development()
                .declared(io.github.iec62304.core.link.ReleaseProject.BaselineDeclared.NOT_DECLARED)
                .now(p -> p.requirement("REQ-1", null)), "1.1.0-SNAPSHOT"));
    }

    @Test
    void aSnapshotBuildWithABaselineValidates() throws Exception {
        assertBundleValidates(render(releaseWithEverything().development(), "1.1.0-SNAPSHOT"));
    }

    @Test
    void aPassingFirstReleasesBundleValidates() throws Exception {
        assertBundleValidates(render(new io.github.iec62304.core.link.ReleaseProject(SafetyClass.A)
                .declared(io.github.iec62304.core.link.ReleaseProject.BaselineDeclared.NONE)
                .now(p -> p.requirement("REQ-1", null)), "1.0.0"));
    }

    private static final GitSignature SIGNED = new GitSignature(GitSignature.Status.GOOD, "G",
            "IT <it@example.org>", "B40F3BA549CD8646", "C7405B88F05AA736FFE8DED7B40F3BA549CD8646",
            "good signature by a valid key trusted in the build's keyring");

    /** Issue 16: the commit's and its tags' signature status are part of the manifest's published format. */
    @Test
    void theManifestRecordsGitSignatures() throws Exception {
        ObjectNode manifest = (ObjectNode) JSON.readTree(bundle().get("manifest.json"));
        assertEquals(List.of(), errors("manifest.schema.json", manifest));
        JsonNode git = manifest.get("git");
        assertEquals("GOOD G B40F3BA549CD8646 | v1.0.0 UNKNOWN U | release UNSIGNED N",
                git.get("signature").get("status").asText() + " " + git.get("signature").get("code").asText() + " "
                        + git.get("signature").get("key").asText() + " | " + git.get("tags").get(0).get("name")
                        .asText() + " " + git.get("tags").get(0).get("signature").get("status").asText() + " "
                        + git.get("tags").get(0).get("signature").get("code").asText() + " | "
                        + git.get("tags").get(1).get("name").asText() + " "
                        + git.get("tags").get(1).get("signature").get("status").asText() + " "
                        + git.get("tags").get(1).get("signature").get("code").asText());
        ((ObjectNode) git.get("signature")).put("status", "PROBABLY_FINE");
        assertFalse(errors("manifest.schema.json", manifest).isEmpty(), "an unknown status");
        ((ObjectNode) git.get("signature")).put("status", "GOOD");
        ((ObjectNode) git.get("signature")).remove("detail");
        assertFalse(errors("manifest.schema.json", manifest).isEmpty(), "a status without its detail");
        // a manifest of an earlier version (no signature, no tags) still validates
        ((ObjectNode) git).remove(List.of("signature", "tags"));
        assertEquals(List.of(), errors("manifest.schema.json", manifest));
    }

    @Test
    void aManifestWithAnUnknownVerdictIsRejected() throws Exception {
        JsonNode manifest = JSON.readTree(bundle().get("manifest.json"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) manifest).put("verdict", "MOSTLY_FINE");
        assertFalse(errors("manifest.schema.json", manifest).isEmpty());
    }

    @Test
    void aManifestInputMustSayWhatItsDigestIsTakenOver() throws Exception {
        JsonNode manifest = JSON.readTree(bundle().get("manifest.json"));
        com.fasterxml.jackson.databind.node.ObjectNode input =
                (com.fasterxml.jackson.databind.node.ObjectNode) manifest.get("inputs").get(0);
        input.put("sha256Of", "whatever");
        assertFalse(errors("manifest.schema.json", manifest).isEmpty());
        input.remove("sha256Of");
        assertFalse(errors("manifest.schema.json", manifest).isEmpty());
    }

    @Test
    void aTestRecordWithDurationsIsRejected() throws Exception {
        // durations change with every run of the same tests: the bundle does not carry them (issue 13 item 11)
        JsonNode record = JSON.readTree(bundle().get("test-record.json"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) record.get("testCases").get(0)).put("timeSeconds", 0.5);
        assertFalse(errors("test-record.schema.json", record).isEmpty());
    }

    @Test
    void theSampleProjectCatalogValidates() throws Exception {
        JsonNode catalog = new YAMLMapper().readTree(
                Path.of("..", "sample-device-project", "src", "iec62304", "requirements.yaml").toFile());
        assertEquals(List.of(), errors("requirements.schema.json", catalog));
    }

    /** Issue 15: the roll-up of every status is part of the published format, and its statuses are consistent. */
    @Test
    void theSystemRequirementRollUpValidatesAndAnInconsistentOneIsRejected() throws Exception {
        JsonNode matrix = JSON.readTree(bundle().get("trace-matrix.json"));
        assertEquals(List.of(), errors("trace-matrix.schema.json", matrix));
        JsonNode systems = matrix.get("systemRequirements");
        assertEquals("SYS-1 NOT_VERIFIED [\"REQ-RATE\"], SYS-2 NOT_SOFTWARE [], SYS-3 NO_SOFTWARE_REQUIREMENT []",
                systems.get(0).get("id").asText() + " " + systems.get(0).get("status").asText() + " "
                        + systems.get(0).get("notVerified") + ", " + systems.get(1).get("id").asText() + " "
                        + systems.get(1).get("status").asText() + " " + systems.get(1).get("derived") + ", "
                        + systems.get(2).get("id").asText() + " " + systems.get(2).get("status").asText() + " "
                        + systems.get(2).get("derived"));
        assertEquals("REQ-ALARM SYS-9", matrix.get("unresolvedParents").get(0).get("requirement").asText() + " "
                + matrix.get("unresolvedParents").get(0).get("parent").asText());
        ((com.fasterxml.jackson.databind.node.ObjectNode) systems.get(0)).put("status", "VERIFIED");
        assertFalse(errors("trace-matrix.schema.json", matrix).isEmpty(), "VERIFIED with a requirement not verified");
    }

    @Test
    void aCatalogWithSystemRequirementsValidatesAndAMarkerThatGivesNoReasonIsRejected() throws Exception {
        String catalog = "requirements:\n  - id: R-1\n    title: T\n    text: X\n    parents: [SYS-1]\n"
                + "systemRequirements:\n  - id: SYS-1\n    title: Dose\n  - id: SYS-2\n    title: Flow\n"
                + "    notSoftware: 'hardware: mechanism'\n";
        assertEquals(List.of(), errors("requirements.schema.json", YAML.readTree(catalog)));
        assertFalse(errors("requirements.schema.json", YAML.readTree(catalog.replace("'hardware: mechanism'",
                "' Yes'"))).isEmpty());
        assertFalse(errors("requirements.schema.json", YAML.readTree(catalog.replace("title: Flow",
                "title: Flow\n    parents: [SYS-1]"))).isEmpty());
        assertFalse(errors("requirements.schema.json", YAML.readTree(catalog.replace("    title: Dose\n", "")))
                .isEmpty());
    }

    @Test
    void aCatalogWithDeclaredTestLinksValidatesAndABadSelectorIsRejected() throws Exception {
        String catalog = "requirements:\n  - id: R-1\n    title: T\n    text: X\n    tests:\n"
                + "      - maven.invoker.it.all-traced-passes\n      - Pump System.Alarm#Occlusion Alarm Sounds\n"
                + "      - tests.test_dose#test_rate[2]\n";
        assertEquals(List.of(), errors("requirements.schema.json", YAML.readTree(catalog)));
        for (String bad : List.of("'#m'", "a.B#", "a#b#c", "a.*", "a#m[0]", "a.")) {
            assertFalse(errors("requirements.schema.json", YAML.readTree(catalog.replace("tests.test_dose#test_rate[2]",
                    bad))).isEmpty(), bad);
        }
        assertFalse(errors("requirements.schema.json", YAML.readTree(catalog.replace("    tests:\n", "    tests: []\n"
                + "    x:\n"))).isEmpty());
    }

    /** A test a catalog selector links: its reported name may hold spaces, and linkedBy says where the link is. */
    @Test
    void aTraceMatrixWithADeclaredTestLinkValidates() throws Exception {
        JsonNode matrix = JSON.readTree(bundle().get("trace-matrix.json"));
        com.fasterxml.jackson.databind.node.ArrayNode tests = (com.fasterxml.jackson.databind.node.ArrayNode)
                matrix.get("requirements").get(0).get("verifiedBy");
        tests.addObject().put("test", "Pump System.Alarm#Occlusion Alarm Sounds").put("outcome", "PASSED")
                .put("invocations", 1).put("reruns", 0).put("message", "")
                .<com.fasterxml.jackson.databind.node.ObjectNode>set("reports", JSON.createArrayNode()
                        .add("target/failsafe-reports/TEST-pump-system.xml"))
                .set("linkedBy", JSON.createArrayNode().add("src/iec62304/requirements.yaml:12 tests: Pump "
                        + "System.Alarm#Occlusion Alarm Sounds"));
        assertEquals(List.of(), errors("trace-matrix.schema.json", matrix));
        assertEquals("[\"@Verifies\"]", tests.get(0).get("linkedBy").toString());
        ((com.fasterxml.jackson.databind.node.ObjectNode) tests.get(tests.size() - 1)).set("linkedBy",
                JSON.createArrayNode().add("the catalog"));
        assertFalse(errors("trace-matrix.schema.json", matrix).isEmpty());
    }

    @Test
    void aCatalogWithAnUnknownFieldIsRejected() throws Exception {
        JsonNode catalog = new YAMLMapper().readTree("requirements:\n  - id: R-1\n    title: T\n    text: X\n"
                + "    titel: typo\n");
        assertFalse(errors("requirements.schema.json", catalog).isEmpty());
    }

    private static String example(String name) throws Exception {
        return Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8);
    }

    /** The example is shown on the page exactly as published, so page and validated file cannot drift apart. */
    private static void assertShownOn(String page, String example) throws Exception {
        String text = Files.readString(PAGES.resolve(page), StandardCharsets.UTF_8);
        assertTrue(text.contains(example(example)), example + " is shown on " + page + " word for word");
    }

    @Test
    void theSiteExamplesOfChangeRecordsAndAnomaliesValidate() throws Exception {
        assertEquals(List.of(), errors("changes.schema.json", YAML.readTree(example("changes.yaml"))));
        assertEquals(List.of(), errors("anomaly-register.schema.json", YAML.readTree(example("anomalies.yaml"))));
        assertShownOn("changes.md", "changes.yaml");
        assertShownOn("anomalies.md", "anomalies.yaml");
    }

    /** Issue 15: the risk extract as the sample pump keeps it and the reader's test fixture; a broken one fails. */
    @Test
    void theRiskExtractsOfTheSampleAndTheReaderTestValidate() throws Exception {
        Path sample = Path.of("..", "sample-device-project", "src", "iec62304", "risks.yaml");
        assertEquals(List.of(), errors("risks.schema.json", YAML.readTree(sample.toFile())));
        assertEquals(List.of(), errors("risks.schema.json", YAML.readTree(
                io.github.iec62304.core.read.risk.RiskFileReaderTest.CHAIN)));
        assertFalse(errors("risks.schema.json", YAML.readTree(io.github.iec62304.core.read.risk.RiskFileReaderTest
                .CHAIN.replace("    reference: HW-SPEC-012 section 4\n", ""))).isEmpty());
        assertFalse(errors("risks.schema.json", YAML.readTree(io.github.iec62304.core.read.risk.RiskFileReaderTest
                .CHAIN.replace("kind: protective-measure", "kind: alarm"))).isEmpty());
    }

    /** Issue 19: the register of verification records, as the site shows it and as the sample pump keeps it. */
    @Test
    void theVerificationRecordsOfTheSiteAndTheSampleValidate() throws Exception {
        assertEquals(List.of(), errors("verification-register.schema.json",
                YAML.readTree(example("verification-records.yaml"))));
        assertShownOn("verification-records.md", "verification-records.yaml");
        Path sample = Path.of("..", "sample-device-project", "src", "iec62304");
        assertEquals(List.of(), errors("verification-register.schema.json",
                YAML.readTree(sample.resolve("verification-records.yaml").toFile())));
        // and the plugin reads it: every field known, the kept protocol file found
        try (java.io.InputStream in = Files.newInputStream(sample.resolve("verification-records.yaml"))) {
            assertEquals(2, new io.github.iec62304.core.read.verification.VerificationRecordReader().read(in,
                    "src/iec62304/verification-records.yaml", sample).records().size());
        }
        ObjectNode broken = (ObjectNode) YAML.readTree(example("verification-records.yaml"));
        ((ObjectNode) broken.get("records").get(0)).put("result", "passed");
        assertFalse(errors("verification-register.schema.json", broken).isEmpty());
    }

    @Test
    void theSiteExamplesOfTheReleaseBundleFilesValidate() throws Exception {
        for (String name : List.of("regression-report", "anomalies", "release-checklist")) {
            assertEquals(List.of(), errors(name + ".schema.json", JSON.readTree(example(name + ".json"))), name);
            assertShownOn("evidence-bundle.md", name + ".json");
        }
    }

    /** Issue 17: the conformity table as evidence-bundle.md shows it; an N/A clause that names evidence is not. */
    @Test
    void theSiteExampleOfTheConformityTableValidatesAndAnInconsistentOneIsRejected() throws Exception {
        assertEquals(List.of(), errors("conformity.schema.json", JSON.readTree(example("conformity.json"))));
        assertShownOn("evidence-bundle.md", "conformity.json");
        ObjectNode table = (ObjectNode) JSON.readTree(example("conformity.json"));
        for (JsonNode c : table.get("clauses")) {
            if (c.get("result").asText().equals("N/A")) {
                ((ArrayNode) c.get("evidence")).add("trace-matrix.json");
            }
        }
        assertFalse(errors("conformity.schema.json", table).isEmpty(), "an N/A clause shows no evidence");
        ObjectNode manual = (ObjectNode) JSON.readTree(example("conformity.json"));
        ((ObjectNode) manual.get("clauses").get(0)).put("result", "MANUAL");
        assertFalse(errors("conformity.schema.json", manual).isEmpty(), "a MANUAL clause has no deciding rule");
    }

    @Test
    void aChangeRecordWithAnUnknownFieldOrNoAnalysisIsRejected() throws Exception {
        String record = "changes:\n  - id: CR-1\n    release: 1.1.0\n    description: D\n    approvedBy: CCB\n";
        assertEquals(List.of(), errors("changes.schema.json", YAML.readTree(record)));
        assertFalse(errors("changes.schema.json", YAML.readTree(record + "    aproved: typo\n")).isEmpty());
        assertFalse(errors("changes.schema.json", YAML.readTree(record
                + "    soup:\n      - component: org.slf4j:slf4j-api\n        version: 2.0.17\n")).isEmpty());
        assertFalse(errors("changes.schema.json", YAML.readTree(record.replace("release: 1.1.0", "release: 2.0")))
                .isEmpty(), "a release YAML reads as a number must be quoted");
    }

    @Test
    void anAnomalyWithAnUnknownStatusOrAVagueVerdictIsRejected() throws Exception {
        String anomaly = "anomalies:\n  - id: PR-1\n    title: T\n    status: open\n";
        assertEquals(List.of(), errors("anomaly-register.schema.json", YAML.readTree(anomaly + "    acceptable: no\n")));
        assertFalse(errors("anomaly-register.schema.json", YAML.readTree(anomaly.replace("open", "fixed"))).isEmpty());
        assertFalse(errors("anomaly-register.schema.json", YAML.readTree(anomaly + "    acceptable: maybe\n"))
                .isEmpty());
    }

    /** The manifest of a build with the regression and release gates: the fields the contract adds to the layout. */
    private static ObjectNode releaseManifest() throws Exception {
        ObjectNode manifest = (ObjectNode) JSON.readTree(bundle().get("manifest.json"));
        manifest.put("releaseBuild", false);
        manifest.putNull("baseline");
        ObjectNode environment = manifest.putObject("buildEnvironment");
        environment.putObject("java").put("version", "17.0.15").put("vendor", "Eclipse Adoptium")
                .put("vm", "OpenJDK 64-Bit Server VM 17.0.15+6");
        environment.put("maven", "3.9.16");
        environment.putObject("os").put("name", "Linux").put("version", "6.8.0").put("arch", "amd64");
        environment.putArray("plugins").add("io.github.iec62304:iec62304-maven-plugin:0.1.0")
                .add("org.apache.maven.plugins:maven-surefire-plugin:3.6.1");
        ArrayNode rules = (ArrayNode) manifest.get("rules");
        if (rules.size() == 19) {
            for (int i = 0; i < RELEASE_RULES.size(); i++) {
                String reason = i < 5 ? "no baseline declared" : "not a release build";
                rules.addObject().put("id", RELEASE_RULES.get(i)).put("clause", RELEASE_CLAUSES.get(i)).put("title", "T")
                        .set("levels", JSON.readTree("{\"A\":\"ERROR\",\"B\":\"ERROR\",\"C\":\"ERROR\"}"));
                ((ObjectNode) rules.get(rules.size() - 1)).put("verdict", "NOT_APPLICABLE").put("reason", reason)
                        .put("errors", 0).put("warnings", 0);
            }
            ArrayNode files = (ArrayNode) manifest.get("files");
            for (String name : List.of("anomalies.csv", "anomalies.json", "regression-report.csv",
                    "regression-report.json", "release-checklist.csv", "release-checklist.json")) {
                files.addObject().put("path", name).put("sha256", "ab".repeat(32));
            }
        }
        return manifest;
    }

    @Test
    void aManifestWithTheReleaseGatesValidates() throws Exception {
        ObjectNode manifest = releaseManifest();
        assertEquals(List.of(), errors("manifest.schema.json", manifest));
        manifest.set("baseline", JSON.readTree(example("regression-report.json")).get("baseline"));
        assertEquals(List.of(), errors("manifest.schema.json", manifest));
    }

    private static List<String> rules(ObjectNode manifest) {
        List<String> ids = new java.util.ArrayList<>();
        manifest.get("rules").forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    @Test
    void aManifestWithTheReleaseGatesIsRejectedWhenIncomplete() throws Exception {
        ObjectNode noReason = releaseManifest();
        ((ObjectNode) noReason.get("rules").get(rules(noReason).indexOf("SOUP-CHANGE"))).remove("reason");
        assertFalse(errors("manifest.schema.json", noReason).isEmpty(), "NOT_APPLICABLE needs a reason");

        ObjectNode fewerRules = releaseManifest();
        for (int i = 0; i < 5; i++) {
            ((ArrayNode) fewerRules.get("rules")).remove(fewerRules.get("rules").size() - 1);
        }
        assertFalse(errors("manifest.schema.json", fewerRules).isEmpty(), "releaseBuild comes with at least 31 rules");

        ObjectNode noEnvironment = releaseManifest();
        noEnvironment.remove("buildEnvironment");
        assertFalse(errors("manifest.schema.json", noEnvironment).isEmpty(), "releaseBuild comes with buildEnvironment");

        ObjectNode notApplicableTrace = releaseManifest();
        ((ObjectNode) notApplicableTrace.get("rules").get(0)).put("verdict", "NOT_APPLICABLE")
                .put("reason", "not a release build").put("errors", 0).put("warnings", 0);
        assertFalse(errors("manifest.schema.json", notApplicableTrace).isEmpty(), "TRACE-TESTED always applies");
    }

    @Test
    void aRegressionReportWithAnUnjustifiableDifferenceIsRejected() throws Exception {
        ObjectNode report = (ObjectNode) JSON.readTree(example("regression-report.json"));
        ((ObjectNode) report.get("differences").get(0)).put("now", "PASSED");
        assertFalse(errors("regression-report.schema.json", report).isEmpty(), "a test that still passes is no difference");
        ObjectNode checklist = (ObjectNode) JSON.readTree(example("release-checklist.json"));
        ((ArrayNode) checklist.get("items")).remove(5);
        assertFalse(errors("release-checklist.schema.json", checklist).isEmpty(), "5.8.6 is missing");
    }

    /** Issue 16: waivers applied (an error and a warning, a whole unit), expired and unused, in every file. */
    private static io.github.iec62304.core.model.waiver.WaiverRegister unapprovedWaivers() {
        String unit = "unit com.acme.Pump (class C, item SYSTEM)";
        return new io.github.iec62304.core.model.waiver.WaiverRegister("src/iec62304/waivers.yaml", List.of(
                waiver("W-1", "TRACE-TESTED", "REQ-ALARM", "2026-06-30"),
                waiver("W-2", "UNIT-CLASS-C-RECORD", unit, "2026-06-30"),
                waiver("W-3", "UNIT-COVERAGE", unit, "2026-06-30"),
                waiver("W-4", "UNIT-TESTS-PASS", unit, "2026-06-30"),
                waiver("W-5", "SOUP-REGISTERED", "commons-codec:commons-codec:1.17.1", "2026-06-30"),
                waiver("W-6", "TRACE-PASSED", "REQ-RATE", "2026-01-30"),
                waiver("W-7", "TRACE-TESTED", "REQ-GONE", "2026-06-30"),
                waiver("W-8", "TRACE-IMPLEMENTED", "REQ-ALARM", "2026-06-30")), true);
    }

    private static io.github.iec62304.core.model.waiver.Waiver waiver(String id, String rule, String subject,
                                                                       String expires) {
        return new io.github.iec62304.core.model.waiver.Waiver(id, rule, subject, "accepted until the fix ships",
                List.of(), java.time.LocalDate.parse(expires), 2);
    }

    /** @return the waivers, each approved for the content fingerprint the unapproved build gives it */
    private static io.github.iec62304.core.model.waiver.WaiverRegister waivers() throws java.io.IOException {
        io.github.iec62304.core.model.waiver.WaiverRegister unapproved = unapprovedWaivers();
        JsonNode report = JSON.readTree(bundle(false, unapproved).get("waivers.json")).get("waivers");
        List<io.github.iec62304.core.model.waiver.Waiver> approved = new java.util.ArrayList<>();
        for (int i = 0; i < unapproved.waivers().size(); i++) {
            io.github.iec62304.core.model.waiver.Waiver w = unapproved.waivers().get(i);
            approved.add(new io.github.iec62304.core.model.waiver.Waiver(w.id(), w.rule(), w.subject(),
                    w.rationale(), List.of(new io.github.iec62304.core.model.approval.Approval("J. Roe",
                    "Quality manager", "2026-01-10", io.github.iec62304.core.model.approval.Approval.Meaning.APPROVAL,
                    report.get(i).get("fingerprint").asText(), 3)), w.expires(), w.line()));
        }
        return new io.github.iec62304.core.model.waiver.WaiverRegister(unapproved.source(), approved, true);
    }

    @Test
    void aBundleWithWaiversValidatesAndSaysWaivedEverywhere() throws Exception {
        SortedMap<String, byte[]> files = bundle(false, waivers());
        assertBundleValidates(files);
        JsonNode report = JSON.readTree(files.get("waivers.json"));
        assertEquals(List.of(), errors("waiver-report.schema.json", report));
        List<String> statuses = new java.util.ArrayList<>();
        report.get("waivers").forEach(w -> statuses.add(w.get("id").asText() + " " + w.get("status").asText() + " "
                + w.get("violations").size()));
        assertEquals(List.of("W-1 APPLIED 1", "W-2 APPLIED 1", "W-3 APPLIED 2", "W-4 APPLIED 1", "W-5 APPLIED 1",
                "W-6 EXPIRED 1", "W-7 UNUSED 0", "W-8 APPLIED 1"), statuses);
        JsonNode manifest = JSON.readTree(files.get("manifest.json"));
        JsonNode tested = null;
        for (JsonNode v : manifest.get("violations")) {
            if (v.get("rule").asText().equals("TRACE-TESTED")) {
                tested = v;
            }
        }
        assertEquals("WAIVED ERROR W-1 2026-06-30", tested.get("level").asText() + " "
                + tested.get("waivedLevel").asText() + " " + tested.get("waiver").get("id").asText() + " "
                + tested.get("waiver").get("expires").asText());
        JsonNode units = JSON.readTree(files.get("unit-verification.json")).get("units");
        assertEquals("com.acme.Pump WAIVED", units.get(1).get("id").asText() + " " + units.get(1).get("verdict")
                .asText());
        assertEquals(7, JSON.readTree(files.get("release-checklist.json")).get("waived").size());
        String checklist = new String(files.get("release-checklist.csv"), StandardCharsets.UTF_8);
        assertTrue(checklist.contains("7 violations WAIVED, not counted as remaining, accepted by waivers W-1, W-2, "
                + "W-3, W-4, W-5, W-8 (waivers.json)"), checklist);
        // issue 17: a clause whose rules pass only because waivers accept violations never reads PASS
        JsonNode conformity = JSON.readTree(files.get("conformity.json"));
        assertTrue(conformity.get("summary").get("WAIVED").asInt() > 0, conformity.get("summary").toString());
        for (JsonNode c : conformity.get("clauses")) {
            String verdicts = c.get("rules").findValuesAsText("verdict").toString();
            if (verdicts.contains("WAIVED") && !verdicts.contains("FAILED") && !c.get("result").asText().equals("N/A")) {
                assertEquals("WAIVED", c.get("result").asText(), c.toString());
            }
        }
        String index = new String(files.get("index.html"), StandardCharsets.UTF_8);
        assertTrue(index.contains("<h2>Waivers (8)</h2>"), index);
        // review of issue 17: the units bar read full although the unit's failure was only waived
        String unitBar = index.substring(index.indexOf("Units passing"), index.indexOf("SOUP complete"));
        assertTrue(unitBar.contains("<span>1 / 2</span>\n<span class=\"note\">(1 waived)</span>"), unitBar);
        assertTrue(index.contains("<td class=\"WAIVED\">WAIVED</td><td><a href=\"https://iec62304.github.io/"
                        + "iec62304-maven-plugin/rules/TRACE-TESTED.html\">TRACE-TESTED</a></td><td><a "
                        + "href=\"#req-REQ-ALARM\"><code>REQ-ALARM</code></a>"),
                index);
    }

    /** Issue 16: a project without waivers.yaml keeps its bundle: the same files, the same keys. */
    @Test
    void withoutAWaiverRegisterTheBundleKeepsItsFilesAndKeys() throws Exception {
        SortedMap<String, byte[]> without = bundle();
        SortedMap<String, byte[]> with = bundle(false, waivers());
        java.util.Set<String> names = new java.util.TreeSet<>(with.keySet());
        names.removeAll(List.of("waivers.json", "waivers.csv"));
        assertEquals(names, without.keySet());
        JsonNode manifest = JSON.readTree(without.get("manifest.json"));
        for (JsonNode v : manifest.get("violations")) {
            assertEquals(List.of("rule", "clause", "level", "subject", "message"), fieldNames(v));
        }
        for (JsonNode r : manifest.get("rules")) {
            assertFalse(r.has("waived"), r.toString());
        }
        assertEquals(List.of("releaseBuild", "why", "version", "items", "snapshots"), fieldNames(JSON.readTree(
                without.get("release-checklist.json"))));
        assertFalse(new String(without.get("index.html"), StandardCharsets.UTF_8).contains("WAIVED"));
        assertFalse(new String(without.get("manifest.json"), StandardCharsets.UTF_8).contains("WAIVED"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theWaiverRegisterSchemaAcceptsWhatThePluginReadsAndRejectsANeverWaivableRule() throws Exception {
        String valid = io.github.iec62304.core.read.waiver.WaiverRegisterReaderTest.VALID;
        assertEquals(List.of(), errors("waivers.schema.json", YAML.readTree(valid)));
        assertFalse(errors("waivers.schema.json", YAML.readTree(valid.replace("TRACE-TESTED", "RELEASE-GIT")))
                .isEmpty());
        assertFalse(errors("waivers.schema.json", YAML.readTree(valid.replace("    expires: 2026-06-30\n", "")))
                .isEmpty());
        assertFalse(errors("waivers.schema.json", YAML.readTree(valid + "    approvedOn: 2026-01-10\n")).isEmpty());
    }
}
