package io.github.iec62304.core.write;

import static io.github.iec62304.core.link.SoupProject.component;
import static io.github.iec62304.core.link.SoupProject.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.evaluate.RuleLevels;
import io.github.iec62304.core.link.SoupModel;
import io.github.iec62304.core.link.SoupProject;
import io.github.iec62304.core.link.SoupProject.Entry;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.soup.SoupEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** {@code soup-list.json} and {@code soup-list.csv}: every component with what is known and its verdict. */
@Verifies("TOOL-BUNDLE-CONTENT")
class SoupListFilesTest {

    /**
     * slf4j-api (manufacturer from the SBOM, an untriaged vulnerability), Jackson core and databind under one entry
     * (databind drifted), junit in test scope, a documented JRE and an undocumented Node runtime.
     */
    static SoupProject project() {
        return new SoupProject(SafetyClass.C)
                .component(component("org.slf4j:slf4j-api", "2.0.17", "required", "QOS.ch", "SBOM supplier"), "compile")
                .entry(Entry.component("org.slf4j:slf4j-api", "2.0.17").title("SLF4J API").manufacturer(null))
                .entry(Entry.component("com.fasterxml.jackson.core:*", "2.17.1").title("Jackson")
                        .risk(new SoupEntry.Risk(List.of(), "low", "fail-safe")))
                .ships("com.fasterxml.jackson.core:jackson-core", "2.17.1")
                .ships("com.fasterxml.jackson.core:jackson-databind", "2.17.2")
                .component(component("org.junit:junit", "4.13.2", "required", "", ""), "test")
                .entry(Entry.runtime("Eclipse Temurin JRE", "17.0.15").title("Java runtime")
                        .reviewed("17.0.15", LocalDate.of(2026, 10, 1)))
                .entry(Entry.runtime("Node", "22").manufacturer(null).risk(null).anomalyList(null).review(null))
                .vulnerability("CVE-2026-1234", "in_triage", ref("org.slf4j:slf4j-api", "2.0.17"));
    }

    private static JsonNode json(SoupProject p) throws Exception {
        GateReport report = p.evaluate(RuleLevels.defaults());
        return new ObjectMapper().readTree(SoupListFiles.json(p.model(), report));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> list(JsonNode array, String format) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> format(n, format)).toList();
    }

    /** @return the format with each {@code {field}} replaced by the node's text */
    private static String format(JsonNode node, String format) {
        String out = format;
        for (String f : fieldNames(node)) {
            out = out.replace("{" + f + "}", node.get(f).isTextual() ? node.get(f).asText() : node.get(f).toString());
        }
        return out;
    }

    @Test
    void jsonHeader() throws Exception {
        JsonNode root = json(project());

        assertEquals(List.of("sbom", "register", "buildDate", "reviewMaxAge", "components", "runtime",
                "vulnerabilities", "vex"), fieldNames(root));
        assertEquals("{\"path\":\"target/bom.json\",\"specVersion\":\"1.6\",\"serialNumber\":null}",
                root.get("sbom").toString());
        assertEquals("src/iec62304/soup.yaml 2026-11-01 P12M", root.get("register").asText() + " "
                + root.get("buildDate").asText() + " " + root.get("reviewMaxAge").asText());
    }

    /**
     * Findings about a component (its display name) fail it, and so does a failed vulnerability that affects it:
     * slf4j-api's untriaged vulnerability makes it FAILED.
     */
    @Test
    void jsonComponentsWithTheirVerdicts() throws Exception {
        JsonNode components = json(project()).get("components");

        assertEquals(List.of(
                        "com.fasterxml.jackson.core:jackson-core:2.17.1 shipped=true compile Acme (register) PASSED",
                        "com.fasterxml.jackson.core:jackson-databind:2.17.2 shipped=true compile Acme (register) FAILED",
                        "org.junit:junit:4.13.2 shipped=false test null (none) NOT_SHIPPED",
                        "org.slf4j:slf4j-api:2.0.17 shipped=true compile QOS.ch (SBOM supplier) FAILED"),
                list(components, "{group}:{name}:{version} shipped={shipped} {scope} {manufacturer} "
                        + "({manufacturerSource}) {verdict}"));
        assertEquals("{\"group\":\"com.fasterxml.jackson.core\",\"name\":\"jackson-databind\",\"version\":\"2.17.2\","
                + "\"purl\":\"pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.17.2?type=jar\","
                + "\"shipped\":true,\"scope\":\"compile\",\"manufacturer\":\"Acme\",\"manufacturerSource\":\"register\","
                + "\"licenses\":[\"Apache-2.0\"],\"entry\":\"com.fasterxml.jackson.core:*\",\"title\":\"Jackson\","
                + "\"functionalRequirements\":\"Parse the configuration at start-up, < 50 ms.\","
                + "\"systemRequirements\":\"Java 17; 2 MB heap.\","
                + "\"risk\":{\"hazards\":[],\"level\":\"low\",\"rationale\":\"fail-safe\"},"
                + "\"anomalyList\":\"https://example.org/issues\","
                + "\"anomalyReview\":{\"version\":\"2.17.1\",\"date\":\"2026-09-01\",\"reviewer\":\"J. Doe\","
                + "\"result\":\"No open issue affects the features we use.\"},\"support\":\"supported\","
                + "\"endOfSupport\":\"none announced\","
                + "\"fingerprint\":\"v1:f8320469e4436f74a5f0ca92c60f920c48822f0a8cf25beac2ff75c339ee47ca\","
                + "\"approvals\":[],\"verdict\":\"FAILED\"}",
                components.get(1).toString());
        assertEquals("{\"group\":\"org.junit\",\"name\":\"junit\",\"version\":\"4.13.2\","
                + "\"purl\":\"pkg:maven/org.junit/junit@4.13.2?type=jar\",\"shipped\":false,\"scope\":\"test\","
                + "\"manufacturer\":null,\"manufacturerSource\":\"none\",\"licenses\":[\"Apache-2.0\"],\"entry\":null,"
                + "\"title\":null,\"functionalRequirements\":null,\"systemRequirements\":null,\"risk\":null,"
                + "\"anomalyList\":null,\"anomalyReview\":null,\"support\":null,\"endOfSupport\":null,"
                + "\"fingerprint\":null,\"approvals\":[],\"verdict\":\"NOT_SHIPPED\"}",
                components.get(2).toString());
    }

    /** A finding about the entry (its subject is the entry's key) fails every component the entry covers. */
    @Test
    void anEntryFindingFailsEveryComponentItCovers() throws Exception {
        JsonNode components = json(project().entry(Entry.component("org.example:*", "1").systemRequirements(null))
                .ships("org.example:a", "1").ships("org.example:b", "1")).get("components");

        assertEquals(List.of("org.example:a FAILED", "org.example:b FAILED"),
                list(components, "{group}:{name} {verdict}").stream().filter(s -> s.startsWith("org.example"))
                        .toList());
    }

    @Test
    void aWarningDoesNotFail() throws Exception {
        JsonNode components = json(new SoupProject(SafetyClass.C).ships("org.example:a", "1")
                .entry(Entry.component("org.example:a", "1")).entry(Entry.component("org.example:unused", "1")))
                .get("components");

        assertEquals(List.of("org.example:a PASSED"), list(components, "{group}:{name} {verdict}"));
    }

    @Test
    void jsonRuntimeAndVulnerabilities() throws Exception {
        JsonNode root = json(project());

        assertEquals(List.of("Eclipse Temurin JRE 17.0.15 Acme Java runtime PASSED", "Node 22 null Title FAILED"),
                list(root.get("runtime"), "{name} {version} {manufacturer} {title} {verdict}"));
        assertEquals(List.of("name", "manufacturer", "version", "title", "functionalRequirements", "systemRequirements",
                "risk", "anomalyList", "anomalyReview", "support", "endOfSupport", "fingerprint", "approvals", "verdict"),
                fieldNames(root.get("runtime").get(0)));
        assertEquals("[{\"id\":\"CVE-2026-1234\",\"affects\":[\"org.slf4j:slf4j-api:2.0.17\"],\"state\":\"in_triage\","
                + "\"detail\":\"\",\"analysedIn\":\"target/bom.json\"}]", root.get("vulnerabilities").toString());
    }

    @Test
    void withoutAnSbom() throws Exception {
        SoupModel none = SoupModel.none("src/iec62304/soup.yaml", LocalDate.of(2026, 1, 31), java.time.Period.ofDays(90));

        JsonNode root = new ObjectMapper().readTree(SoupListFiles.json(none, new GateReport(List.of(), List.of())));

        assertEquals("{\"sbom\":null,\"register\":\"src/iec62304/soup.yaml\",\"buildDate\":\"2026-01-31\","
                + "\"reviewMaxAge\":\"P90D\",\"components\":[],\"runtime\":[],\"vulnerabilities\":[],\"vex\":null}",
                root.toString());
    }

    @Test
    void csv() {
        SoupProject p = project();

        String csv = CsvText.of(SoupListFiles.csv(p.model(), p.evaluate(RuleLevels.defaults())));

        String requirements = "\"Parse the configuration at start-up, < 50 ms.\",\"Java 17; 2 MB heap.\",";
        String support = "supported,none announced,";
        assertEquals("component,version,shipped,scope,manufacturer,manufacturer source,licenses,register entry,"
                + "functional requirements,system requirements,risk,anomaly list,anomaly review,support,end of support,"
                + "verdict\r\n"
                + "com.fasterxml.jackson.core:jackson-core,2.17.1,true,compile,Acme,register,Apache-2.0,"
                + "com.fasterxml.jackson.core:*," + requirements + "level low: fail-safe,https://example.org/issues,"
                + "2.17.1 on 2026-09-01 by J. Doe: No open issue affects the features we use.," + support + "PASSED\r\n"
                + "com.fasterxml.jackson.core:jackson-databind,2.17.2,true,compile,Acme,register,Apache-2.0,"
                + "com.fasterxml.jackson.core:*," + requirements + "level low: fail-safe,https://example.org/issues,"
                + "2.17.1 on 2026-09-01 by J. Doe: No open issue affects the features we use.," + support + "FAILED\r\n"
                + "org.junit:junit,4.13.2,false,test,,none,Apache-2.0,,,,,,,,,NOT_SHIPPED\r\n"
                + "org.slf4j:slf4j-api,2.0.17,true,compile,QOS.ch,SBOM supplier,Apache-2.0,org.slf4j:slf4j-api,"
                + requirements + "hazards HAZ-1,https://example.org/issues,2.0.17 on 2026-09-01 by J. Doe: No open "
                + "issue affects the features we use.," + support + "FAILED\r\n"
                + "Eclipse Temurin JRE,17.0.15,true,runtime,Acme,register,,runtime Eclipse Temurin JRE,"
                + requirements + "hazards HAZ-1,https://example.org/issues,17.0.15 on 2026-10-01 by J. Doe: Nothing "
                + "applies.," + support + "PASSED\r\n"
                + "Node,22,true,runtime,,none,,runtime Node," + requirements + ",,," + support + "FAILED\r\n", csv);
    }

    @Test
    void csvRiskWithHazardsAndLevel() {
        SoupProject p = new SoupProject(SafetyClass.C).ships("org.example:a", "1").entry(Entry.component(
                "org.example:a", "1").risk(new SoupEntry.Risk(List.of("HAZ-1", "HAZ-2"), "low", "fail-safe")));

        String csv = CsvText.of(SoupListFiles.csv(p.model(), p.evaluate(RuleLevels.defaults())));

        assertEquals(",\"hazards HAZ-1, HAZ-2; level low: fail-safe\",", csv.substring(csv.indexOf(",\"hazards"),
                csv.indexOf("fail-safe\",") + "fail-safe\",".length()));
    }
}
