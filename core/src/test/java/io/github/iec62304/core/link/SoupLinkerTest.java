package io.github.iec62304.core.link;

import static io.github.iec62304.core.link.SoupProject.component;
import static io.github.iec62304.core.link.SoupProject.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.iec62304.core.link.SoupProject.Entry;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.soup.SbomComponent;
import io.github.iec62304.core.model.soup.SoupEntry;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which SBOM components ship, which register entry covers each, and what is known about them. */
class SoupLinkerTest {

    private static SoupProject project() {
        return new SoupProject(SafetyClass.C);
    }

    /** @return {@code coordinates shipped scope} of every component, in model order */
    private static List<String> shipping(SoupModel model) {
        return model.components().stream().map(c -> c.component().coordinates() + " " + c.shipped() + " " + c.scope())
                .toList();
    }

    /** @return {@code coordinates -> entry key} of every component */
    private static String covering(SoupModel model) {
        return model.components().stream().map(c -> c.component().coordinates() + " -> "
                + (c.entry() == null ? "none" : c.entry().key())).collect(Collectors.joining("\n"));
    }

    @Test
    void resolvedScopesDecideWhatShips() {
        SoupModel model = project()
                .component(component("org.example:runtime-lib", "1.0"), "runtime")
                .component(component("org.example:compile-lib", "1.0"), "compile")
                .component(component("org.example:test-lib", "1.0"), "test")
                .component(component("org.example:provided-lib", "1.0"), "provided")
                .component(component("org.example:system-lib", "1.0"), "system")
                .model();

        assertEquals(List.of("org.example:compile-lib true compile", "org.example:provided-lib false provided",
                "org.example:runtime-lib true runtime", "org.example:system-lib false system",
                "org.example:test-lib false test"), shipping(model));
        assertEquals(List.of("org.example:compile-lib", "org.example:runtime-lib"),
                model.shipped().stream().map(c -> c.component().coordinates()).toList());
    }

    /** cyclonedx-maven-plugin marks test dependencies {@code required} too: the resolved scope wins. */
    @Test
    void resolvedScopeWinsOverTheSbomScope() {
        SoupModel model = project()
                .component(component("org.junit:junit", "4.13", "required", "", ""), "test")
                .component(component("org.example:lib", "1.0", "excluded", "", ""), "compile")
                .model();

        assertEquals(List.of("org.example:lib true compile", "org.junit:junit false test"), shipping(model));
    }

    @Test
    void unresolvedComponentsShipUnlessTheSbomExcludesThem() {
        SoupModel model = project()
                .component(component("org.example:excluded", "1.0", "excluded", "", ""), null)
                .component(component("org.example:optional", "1.0", "optional", "", ""), null)
                .component(component("org.example:required", "1.0", "required", "", ""), null)
                .component(component("org.example:unspecified", "1.0", "", "", ""), null)
                .model();

        assertEquals(List.of("org.example:excluded false sbom:excluded", "org.example:optional true sbom:optional",
                "org.example:required true sbom:required", "org.example:unspecified true sbom:unspecified"),
                shipping(model));
    }

    @Test
    void ownModulesNeverShip() {
        SoupModel model = project().ownModule("com.acme:pump-core").ownModule("com.acme:pump-ui")
                .ships("com.acme:pump-core", "1.0")
                .component(component("com.acme:pump-ui", "1.0"), null)
                .ships("org.slf4j:slf4j-api", "2.0.17")
                .model();

        assertEquals(List.of("com.acme:pump-core false compile", "com.acme:pump-ui false sbom:required",
                "org.slf4j:slf4j-api true compile"), shipping(model));
    }

    @Test
    void componentsAreSortedByCoordinatesThenVersion() {
        SoupModel model = project().ships("org.b:b", "2.0").ships("org.a:z", "1.0").ships("org.b:b", "10.0")
                .ships("org.a:a", "1.0").model();

        assertEquals(List.of("org.a:a:1.0", "org.a:z:1.0", "org.b:b:10.0", "org.b:b:2.0"),
                model.components().stream().map(c -> c.component().display()).toList());
    }

    @Test
    void mostSpecificEntryWins() {
        SoupModel model = project()
                .entry(Entry.component("com.fasterxml.*:*", "2.17.1"))
                .entry(Entry.component("com.fasterxml.jackson.core:*", "2.17.1"))
                .entry(Entry.component("com.fasterxml.jackson.core:jackson-databind", "2.17.1"))
                .entry(Entry.component("com.fasterxml.jackson.core:jackson-*", "2.17.1"))
                .ships("com.fasterxml.jackson.core:jackson-databind", "2.17.1")
                .ships("com.fasterxml.jackson.core:jackson-core", "2.17.1")
                .ships("com.fasterxml.jackson.core:annotations", "2.17.1")
                .ships("com.fasterxml.woodstox:woodstox-core", "7.0.0")
                .ships("org.slf4j:slf4j-api", "2.0.17")
                .model();

        assertEquals("""
                com.fasterxml.jackson.core:annotations -> com.fasterxml.jackson.core:*
                com.fasterxml.jackson.core:jackson-core -> com.fasterxml.jackson.core:jackson-*
                com.fasterxml.jackson.core:jackson-databind -> com.fasterxml.jackson.core:jackson-databind
                com.fasterxml.woodstox:woodstox-core -> com.fasterxml.*:*
                org.slf4j:slf4j-api -> none""", covering(model));
    }

    @Test
    void patternsMatchWholeCoordinatesAndOnlyStarIsSpecial() {
        SoupModel model = project()
                .entry(Entry.component("org.slf4j:slf4j", "1"))
                .entry(Entry.component("org.slf4j:slf4j-api", "1"))
                .ships("org.slf4j:slf4j-api-extra", "1")
                .ships("orgXslf4j:slf4j-api", "1")
                .ships("org.slf4j:slf4j-api", "1")
                .model();

        assertEquals("""
                org.slf4j:slf4j-api -> org.slf4j:slf4j-api
                org.slf4j:slf4j-api-extra -> none
                orgXslf4j:slf4j-api -> none""", covering(model));
    }

    @Test
    void manufacturerComesFromTheSbomElseTheRegister() {
        SoupModel model = project()
                .entry(Entry.component("org.example:*", "1.0").manufacturer("Register Inc"))
                .entry(Entry.component("org.other:documented", "1.0").manufacturer(null))
                .component(component("org.example:by-manufacturer", "1.0", "required", "Maker", "SBOM manufacturer"),
                        "compile")
                .component(component("org.example:by-supplier", "1.0", "required", "Seller", "SBOM supplier"),
                        "compile")
                .component(component("org.example:by-publisher", "1.0", "required", "Author", "SBOM publisher"),
                        "compile")
                .ships("org.example:by-register", "1.0")
                .ships("org.other:documented", "1.0")
                .ships("org.other:unregistered", "1.0")
                .model();

        assertEquals(List.of("org.example:by-manufacturer Maker (SBOM manufacturer)",
                        "org.example:by-publisher Author (SBOM publisher)",
                        "org.example:by-register Register Inc (register)",
                        "org.example:by-supplier Seller (SBOM supplier)",
                        "org.other:documented  (none)",
                        "org.other:unregistered  (none)"),
                model.components().stream().map(c -> c.component().coordinates() + " " + c.manufacturer() + " ("
                        + c.manufacturerSource() + ")").toList());
    }

    @Test
    void entriesThatCoverNothingShippedAreUnused() {
        SoupModel model = project()
                .entry(Entry.component("org.slf4j:slf4j-api", "2.0.17"))
                .entry(Entry.component("org.slf4j:*", "2.0.17"))
                .entry(Entry.component("org.junit:junit", "4.13"))
                .entry(Entry.component("org.apache.commons:commons-lang3", "3.14.0"))
                .entry(Entry.runtime("Eclipse Temurin JRE", "17.0.15"))
                .ships("org.slf4j:slf4j-api", "2.0.17")
                .component(component("org.junit:junit", "4.13"), "test")
                .model();

        assertEquals(List.of("org.slf4j:*", "org.junit:junit", "org.apache.commons:commons-lang3"),
                model.unused().stream().map(SoupEntry::key).toList());
        assertEquals(List.of("runtime Eclipse Temurin JRE"), model.runtime().stream().map(SoupEntry::key).toList());
        assertEquals(List.of("org.slf4j:slf4j-api", "runtime Eclipse Temurin JRE"),
                model.entriesInUse().stream().map(SoupEntry::key).toList());
    }

    @Test
    void anEntryCoversEveryShippedComponentItMatches() {
        SoupModel model = project()
                .entry(Entry.component("com.fasterxml.jackson.core:*", "2.17.1"))
                .ships("com.fasterxml.jackson.core:jackson-databind", "2.17.2")
                .ships("com.fasterxml.jackson.core:jackson-core", "2.17.1")
                .component(component("com.fasterxml.jackson.core:jackson-annotations", "2.17.1"), "test")
                .model();
        SoupEntry jackson = model.entriesInUse().get(0);

        assertEquals(List.of("com.fasterxml.jackson.core:jackson-core:2.17.1",
                "com.fasterxml.jackson.core:jackson-databind:2.17.2"),
                model.coveredBy(jackson).stream().map(c -> c.component().display()).toList());
        assertEquals(List.of(), model.unused());
    }

    @Test
    void onlyVulnerabilitiesOfShippedComponentsCount() {
        SoupModel model = project()
                .ships("org.example:lib", "1.0")
                .ships("org.example:other", "2.0")
                .component(component("org.junit:junit", "4.13"), "test")
                .vulnerability("CVE-2026-0001", "in_triage", ref("org.junit:junit", "4.13"))
                .vulnerability("CVE-2026-0002", "", ref("org.junit:junit", "4.13"), ref("org.example:lib", "1.0"),
                        ref("org.example:lib", "1.0"), "unknown-ref", ref("org.example:other", "2.0"))
                .vulnerability("CVE-2026-0003", "exploitable", "unknown-ref")
                .model();

        assertEquals(List.of("CVE-2026-0002 [org.example:lib:1.0, org.example:other:2.0]"),
                model.vulnerabilities().stream().map(v -> v.vulnerability().id() + " " + v.affected().stream()
                        .map(SbomComponent::display).toList()).toList());
    }

    @Test
    void withoutAnSbomNothingShipsAndEveryComponentEntryIsUnused() {
        SoupModel model = project().entry(Entry.component("org.slf4j:slf4j-api", "2.0.17"))
                .entry(Entry.runtime("JRE", "17")).noSbom().model();

        assertNull(model.sbom());
        assertEquals(List.of(), model.components());
        assertEquals(List.of("org.slf4j:slf4j-api"), model.unused().stream().map(SoupEntry::key).toList());
        assertEquals(List.of("runtime JRE"), model.entriesInUse().stream().map(SoupEntry::key).toList());
    }
}
