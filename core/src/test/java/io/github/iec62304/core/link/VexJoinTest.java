package io.github.iec62304.core.link;

import static io.github.iec62304.core.link.SoupProject.component;
import static io.github.iec62304.core.link.SoupProject.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.link.SoupProject.Entry;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.soup.Vex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A VEX file's analyses joined with the SBOM's vulnerabilities, and judged by SOUP-VULNERABILITY. */
@Verifies("TOOL-READ-VEX")
class VexJoinTest {

    private static final String SLF4J = "org.slf4j:slf4j-api";
    private static final String VEX = "src/iec62304/vex.json";

    private static SoupProject shipsSlf4j() {
        return new SoupProject(SafetyClass.C).ships(SLF4J, "2.0.17").entry(Entry.component(SLF4J, "2.0.17"))
                .component(component("junit:junit", "4.13.2"), "test");
    }

    private static Vex vex(Vex.Statement... statements) {
        return new Vex(VEX, List.of(statements));
    }

    private static Vex.Statement says(String id, String ref, String state, int line) {
        return new Vex.Statement(id, ref, "", state, "", line);
    }

    private static List<String> vulnerabilities(SoupModel model) {
        return model.vulnerabilities().stream().map(v -> v.subject() + " " + v.vulnerability().state() + " from "
                + v.analysedIn()).toList();
    }

    @Verifies("TOOL-SOUP-VULNERABILITY")
    @Test
    void aVexAddsAVulnerabilityTheSbomDoesNotListAndItIsJudgedLikeOne() {
        SoupProject p = shipsSlf4j().vex(vex(says("CVE-2026-0001", "pkg:maven/org.slf4j/slf4j-api@2.0.17",
                "in_triage", 7)));

        assertEquals(List.of("CVE-2026-0001 (org.slf4j:slf4j-api:2.0.17) in_triage from " + VEX + ":7"),
                vulnerabilities(p.model()));
        assertEquals(List.of("SOUP-VULNERABILITY CVE-2026-0001 (org.slf4j:slf4j-api:2.0.17): is in triage; finish "
                + "the analysis. [IEC 62304 7.1.3]"), p.lines("SOUP-VULNERABILITY"));
    }

    @Verifies("TOOL-SOUP-VULNERABILITY")
    @Test
    void theVexAnalysisReplacesTheSbomsForTheSameVulnerabilityAndComponent() {
        SoupProject p = shipsSlf4j().vulnerability("CVE-2026-0001", "in_triage", ref(SLF4J, "2.0.17"))
                .vex(vex(says("CVE-2026-0001", ref(SLF4J, "2.0.17"), "not_affected", 4)));

        assertEquals(List.of("CVE-2026-0001 (org.slf4j:slf4j-api:2.0.17) not_affected from " + VEX + ":4"),
                vulnerabilities(p.model()));
        assertEquals(List.of(), p.lines("SOUP-VULNERABILITY"));
    }

    @Test
    void withoutAVexTheSbomsAnalysisHolds() {
        SoupProject p = shipsSlf4j().vulnerability("CVE-2026-0001", "in_triage", ref(SLF4J, "2.0.17"));

        assertEquals(List.of("CVE-2026-0001 (org.slf4j:slf4j-api:2.0.17) in_triage from target/bom.json"),
                vulnerabilities(p.model()));
    }

    @Test
    void aBomLinkOrAPurlThroughAVexComponentNamesTheSbomComponent() {
        SoupProject p = shipsSlf4j().vex(vex(
                says("CVE-1", "urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#" + ref(SLF4J, "2.0.17"),
                        "not_affected", 3),
                new Vex.Statement("CVE-2", "vex-local-ref", "pkg:maven/org.slf4j/slf4j-api@2.0.17", "exploitable",
                        "reachable", 9)));

        assertEquals(List.of("CVE-1 (org.slf4j:slf4j-api:2.0.17) not_affected from " + VEX + ":3",
                "CVE-2 (org.slf4j:slf4j-api:2.0.17) exploitable from " + VEX + ":9"), vulnerabilities(p.model()));
        assertEquals(List.of(), p.model().vexUnmatched());
    }

    @Test
    void whenTheVexNamesAComponentTwiceTheLessFavourableAnalysisHolds() {
        SoupProject p = shipsSlf4j().vex(vex(says("CVE-1", ref(SLF4J, "2.0.17"), "not_affected", 3),
                says("CVE-1", "pkg:maven/org.slf4j/slf4j-api@2.0.17", "exploitable", 8)));

        assertEquals(List.of("CVE-1 (org.slf4j:slf4j-api:2.0.17) exploitable from " + VEX + ":8"),
                vulnerabilities(p.model()));
    }

    @Test
    void aStatementAboutNoSbomComponentIsKeptAsideAndOneAboutATestToolIsNoFinding() {
        Vex.Statement typo = says("CVE-1", "pkg:maven/org.slf4j/slf4j-apl@2.0.17", "not_affected", 3);
        Vex.Statement otherVersion = says("CVE-2", "pkg:maven/org.slf4j/slf4j-api@2.0.16", "not_affected", 5);
        SoupModel model = shipsSlf4j().vex(vex(typo, otherVersion,
                says("CVE-3", ref("junit:junit", "4.13.2"), "in_triage", 7))).model();

        assertEquals(List.of(), vulnerabilities(model));
        assertEquals(List.of(typo, otherVersion), model.vexUnmatched());
    }

    @Test
    void purlsCompareWithoutMavensDefaultTypeAndWithSortedQualifiers() {
        assertEquals("pkg:maven/a/b@1", VulnerabilityJoin.normalised("pkg:maven/a/b@1?type=jar"));
        assertEquals("pkg:maven/a/b@1?classifier=tests&type=test-jar",
                VulnerabilityJoin.normalised("pkg:maven/a/b@1?type=test-jar&classifier=tests"));
        assertEquals("pkg:maven/a/b@1?classifier=x#sub",
                VulnerabilityJoin.normalised("pkg:maven/a/b@1?type=jar&classifier=x#sub"));
    }
}
