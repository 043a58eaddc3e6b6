package io.github.iec62304.core.model.soup;

import java.util.List;

/**
 * One component of the CycloneDX SBOM.
 *
 * @param group              Maven groupId (CycloneDX group), may be empty
 * @param name               artifactId (CycloneDX name)
 * @param version            version
 * @param purl               package URL, or empty
 * @param bomRef             the SBOM's reference id, for vulnerabilities
 * @param sbomScope          required, optional, excluded, or empty
 * @param manufacturer       manufacturer, supplier or publisher from the SBOM, or empty
 * @param manufacturerSource where it came from: "SBOM manufacturer", "SBOM supplier", "SBOM publisher" or empty
 * @param licenses           license ids, names or expressions
 * @param website            website external reference, or empty
 * @param issueTracker       issue-tracker external reference, or empty
 */
public record SbomComponent(String group, String name, String version, String purl, String bomRef, String sbomScope,
                            String manufacturer, String manufacturerSource, List<String> licenses, String website,
                            String issueTracker) {

    public SbomComponent {
        licenses = List.copyOf(licenses);
    }

    /** @return {@code group:name}, the key teams and Maven use */
    public String coordinates() {
        return group.isEmpty() ? name : group + ":" + name;
    }

    /** @return {@code group:name:version}, how messages name the component */
    public String display() {
        return coordinates() + ":" + version;
    }
}
