package io.github.iec62304.core.read.sbom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.model.soup.Sbom;
import io.github.iec62304.core.model.soup.SbomComponent;
import io.github.iec62304.core.model.soup.SbomVulnerability;
import io.github.iec62304.core.read.InputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the SOUP gate takes from a CycloneDX 1.6 SBOM, from small hand-written JSON and XML BOMs. */
@Verifies("TOOL-READ-SBOM")
class SbomReaderTest {

    private static final String SLF4J = "pkg:maven/org.slf4j/slf4j-api@2.0.17?type=jar";
    private static final String SERIAL = "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79";

    /** Four components: manufacturer, supplier, publisher, none; the last nested in the third. */
    private static final String JSON = """
            {
              "bomFormat": "CycloneDX",
              "specVersion": "1.6",
              "serialNumber": "%s",
              "version": 1,
              "components": [
                {
                  "type": "library",
                  "bom-ref": "%2$s",
                  "supplier": {"name": "Supplier Inc"},
                  "manufacturer": {"name": " QOS.ch "},
                  "publisher": "Publisher Inc",
                  "group": "org.slf4j",
                  "name": "slf4j-api",
                  "version": "2.0.17",
                  "scope": "required",
                  "licenses": [{"license": {"id": "MIT"}}, {"license": {"name": "Custom License"}}],
                  "purl": "%2$s",
                  "externalReferences": [
                    {"type": "vcs", "url": "https://github.com/qos-ch/slf4j"},
                    {"type": "website", "url": "https://www.slf4j.org"},
                    {"type": "issue-tracker", "url": "https://jira.qos.ch"},
                    {"type": "website", "url": "https://second.example"}
                  ]
                },
                {
                  "type": "library",
                  "bom-ref": "b-ref",
                  "supplier": {"name": "Supplier B"},
                  "publisher": "Publisher B",
                  "group": "com.example",
                  "name": "lib-b",
                  "version": "1.0",
                  "scope": "optional",
                  "licenses": [{"expression": "Apache-2.0 OR MIT"}],
                  "purl": "pkg:maven/com.example/lib-b@1.0"
                },
                {
                  "type": "library",
                  "bom-ref": "c-ref",
                  "publisher": "Publisher C",
                  "group": "com.example",
                  "name": "lib-c",
                  "version": "2.0",
                  "components": [
                    {"type": "library", "bom-ref": "nested-d", "name": "nested-d", "version": "0.1", "scope": "excluded"}
                  ]
                }
              ],
              "vulnerabilities": [
                {
                  "id": "CVE-2026-1234",
                  "analysis": {"state": "in_triage", "detail": "first line\\nsecond line"},
                  "affects": [{"ref": "%2$s"}, {"ref": "b-ref"}]
                },
                {"id": "CVE-2026-5678", "affects": [{"ref": "nested-d"}]},
                {
                  "id": "GHSA-abcd-efgh-ijkl",
                  "analysis": {"state": "not_affected", "justification": "code_not_reachable"},
                  "affects": [{"ref": "%2$s"}]
                }
              ]
            }
            """.formatted(SERIAL, SLF4J);

    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bom xmlns="http://cyclonedx.org/schema/bom/1.6" serialNumber="%s" version="1">
              <components>
                <component type="library" bom-ref="%2$s">
                  <supplier><name>Supplier Inc</name></supplier>
                  <manufacturer><name> QOS.ch </name></manufacturer>
                  <publisher>Publisher Inc</publisher>
                  <group>org.slf4j</group>
                  <name>slf4j-api</name>
                  <version>2.0.17</version>
                  <scope>required</scope>
                  <licenses>
                    <license><id>MIT</id></license>
                    <license><name>Custom License</name></license>
                  </licenses>
                  <purl>%2$s</purl>
                  <externalReferences>
                    <reference type="vcs"><url>https://github.com/qos-ch/slf4j</url></reference>
                    <reference type="website"><url>https://www.slf4j.org</url></reference>
                    <reference type="issue-tracker"><url>https://jira.qos.ch</url></reference>
                    <reference type="website"><url>https://second.example</url></reference>
                  </externalReferences>
                </component>
                <component type="library" bom-ref="b-ref">
                  <supplier><name>Supplier B</name></supplier>
                  <publisher>Publisher B</publisher>
                  <group>com.example</group>
                  <name>lib-b</name>
                  <version>1.0</version>
                  <scope>optional</scope>
                  <licenses><expression>Apache-2.0 OR MIT</expression></licenses>
                  <purl>pkg:maven/com.example/lib-b@1.0</purl>
                </component>
                <component type="library" bom-ref="c-ref">
                  <publisher>Publisher C</publisher>
                  <group>com.example</group>
                  <name>lib-c</name>
                  <version>2.0</version>
                  <components>
                    <component type="library" bom-ref="nested-d">
                      <name>nested-d</name>
                      <version>0.1</version>
                      <scope>excluded</scope>
                    </component>
                  </components>
                </component>
              </components>
              <vulnerabilities>
                <vulnerability>
                  <id>CVE-2026-1234</id>
                  <analysis><state>in_triage</state><detail>first line
            second line</detail></analysis>
                  <affects>
                    <target><ref>%2$s</ref></target>
                    <target><ref>b-ref</ref></target>
                  </affects>
                </vulnerability>
                <vulnerability>
                  <id>CVE-2026-5678</id>
                  <affects><target><ref>nested-d</ref></target></affects>
                </vulnerability>
                <vulnerability>
                  <id>GHSA-abcd-efgh-ijkl</id>
                  <analysis><state>not_affected</state><justification>code_not_reachable</justification></analysis>
                  <affects><target><ref>%2$s</ref></target></affects>
                </vulnerability>
              </vulnerabilities>
            </bom>
            """.formatted(SERIAL, SLF4J);

    private static final List<SbomComponent> COMPONENTS = List.of(
            new SbomComponent("org.slf4j", "slf4j-api", "2.0.17", SLF4J, SLF4J, "required", "QOS.ch",
                    "SBOM manufacturer", List.of("MIT", "Custom License"), "https://www.slf4j.org",
                    "https://jira.qos.ch"),
            new SbomComponent("com.example", "lib-b", "1.0", "pkg:maven/com.example/lib-b@1.0", "b-ref", "optional",
                    "Supplier B", "SBOM supplier", List.of("Apache-2.0 OR MIT"), "", ""),
            new SbomComponent("com.example", "lib-c", "2.0", "", "c-ref", "", "Publisher C", "SBOM publisher",
                    List.of(), "", ""),
            new SbomComponent("", "nested-d", "0.1", "", "nested-d", "excluded", "", "", List.of(), "", ""));

    private static final List<SbomVulnerability> VULNERABILITIES = List.of(
            new SbomVulnerability("CVE-2026-1234", List.of(SLF4J, "b-ref"), "in_triage", "first line"),
            new SbomVulnerability("CVE-2026-5678", List.of("nested-d"), "", ""),
            new SbomVulnerability("GHSA-abcd-efgh-ijkl", List.of(SLF4J), "not_affected", ""));

    private static Sbom read(String text, String source) {
        return SbomReader.read(text.getBytes(StandardCharsets.UTF_8), source);
    }

    @Test
    void json() {
        assertEquals(new Sbom("target/bom.json", "json", "1.6", SERIAL, COMPONENTS, VULNERABILITIES),
                read(JSON, "target/bom.json"));
    }

    @Test
    void xml() {
        assertEquals(new Sbom("target/bom.xml", "xml", "1.6", SERIAL, COMPONENTS, VULNERABILITIES),
                read(XML, "target/bom.xml"));
    }

    @Test
    void componentKeys() {
        SbomComponent nested = COMPONENTS.get(3);

        assertEquals("org.slf4j:slf4j-api:2.0.17", COMPONENTS.get(0).display());
        assertEquals("org.slf4j:slf4j-api", COMPONENTS.get(0).coordinates());
        assertEquals("nested-d", nested.coordinates());
        assertEquals("nested-d:0.1", nested.display());
    }

    @Test
    void blankManufacturerFallsBackToTheSupplier() {
        String json = JSON.replace("\" QOS.ch \"", "\" \"");

        SbomComponent slf4j = read(json, "target/bom.json").components().get(0);

        assertEquals("Supplier Inc SBOM supplier", slf4j.manufacturer() + " " + slf4j.manufacturerSource());
    }

    @Test
    void aBomWithoutComponentsOrVulnerabilities() {
        assertEquals(new Sbom("target/bom.json", "json", "1.6", "", List.of(), List.of()),
                read(EmptySbom.JSON, "target/bom.json"));
        assertEquals(new Sbom("target/bom.json", "json", "1.6", "", List.of(), List.of()),
                read("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1}", "target/bom.json"));
    }

    @Test
    void whatCycloneDxMavenPlugin27Writes() {
        Sbom sbom = read("""
                {"bomFormat":"CycloneDX","specVersion":"1.4","version":1,"components":[{"type":"library",
                 "bom-ref":"pkg:maven/org.slf4j/slf4j-api@2.0.17?type=jar","publisher":"QOS.ch","group":"org.slf4j",
                 "name":"slf4j-api","version":"2.0.17","scope":"required",
                 "licenses":[{"license":{"id":"MIT"}}],"purl":"pkg:maven/org.slf4j/slf4j-api@2.0.17?type=jar"}]}
                """, "target/bom.json");

        assertEquals("1.4", sbom.specVersion());
        assertEquals(List.of(new SbomComponent("org.slf4j", "slf4j-api", "2.0.17", SLF4J, SLF4J, "required", "QOS.ch",
                "SBOM publisher", List.of("MIT"), "", "")), sbom.components());
    }

    @Test
    void aSchemaProblemIsNamed() {
        InputException e = assertThrows(InputException.class, () -> read(JSON.replace("\"optional\"", "\"maybe\""),
                "target/bom.json"));

        assertEquals("target/bom.json: is not a valid CycloneDX SBOM: does not have a value in the enumeration "
                + "[\"required\", \"optional\", \"excluded\"] (1 problem)", e.getMessage());
    }

    @Test
    void anXmlSchemaProblemNamesItsLine() {
        InputException e = assertThrows(InputException.class, () -> read(XML.replace("<scope>optional</scope>",
                "<scope>maybe</scope>"), "target/bom.xml"));

        assertEquals("target/bom.xml: is not a valid CycloneDX SBOM: line 30: cvc-enumeration-valid: Value 'maybe' is "
                + "not facet-valid with respect to enumeration '[required, optional, excluded]'. It must be a value "
                + "from the enumeration.; line 30: cvc-type.3.1.3: The value 'maybe' of element 'scope' is not valid. "
                + "(2 problems)", e.getMessage());
    }

    @Test
    void shortListsAreKeptAndLongOnesCut() {
        assertEquals("one of [a, b, c]", SbomReader.shortLists("one of [a, b, c]"));
        String values = String.join(", ", java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(i -> "v" + i)
                .toList());
        assertEquals("one of [v1, v2, v3, ... (21 values)] or [x]",
                SbomReader.shortLists("one of [" + values + "] or [x]"));
    }

    @Test
    void aDuplicateKeyIsRefused() {
        byte[] bom = ("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,\"components\":[],"
                + "\"components\":[]}").getBytes(StandardCharsets.UTF_8);

        InputException e = assertThrows(InputException.class, () -> SbomReader.read(bom, "target/bom.json"));

        assertEquals("target/bom.json:1: is not a readable CycloneDX SBOM: Duplicate field 'components'",
                e.getMessage());
    }

    @Test
    void aSecondJsonValueAfterTheSbomIsRefusedNamingItsLine() {
        // a concatenated or half-merged file: what follows the first object would be silently ignored
        byte[] bom = (EmptySbom.JSON + "\n\n" + EmptySbom.JSON.replace("[]", "[{\"type\":\"library\","
                + "\"name\":\"log4j-core\",\"version\":\"2.14.1\"}]") + "\n").getBytes(StandardCharsets.UTF_8);

        InputException e = assertThrows(InputException.class, () -> SbomReader.read(bom, "target/bom.json"));

        assertEquals("target/bom.json:3: is not a readable CycloneDX SBOM: content after the end of the SBOM's JSON "
                + "object (an SBOM file holds one JSON object)", e.getMessage());
    }

    @Test
    void trailingTextAfterTheSbomIsRefusedNamingItsLine() {
        byte[] bom = (EmptySbom.JSON + "\n]\n").getBytes(StandardCharsets.UTF_8);

        InputException e = assertThrows(InputException.class, () -> SbomReader.read(bom, "target/bom.json"));

        assertEquals("target/bom.json:2: is not a readable CycloneDX SBOM: content after the end of the SBOM's JSON "
                + "object (an SBOM file holds one JSON object)", e.getMessage());
    }
}
