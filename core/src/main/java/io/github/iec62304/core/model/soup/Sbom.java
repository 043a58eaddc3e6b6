package io.github.iec62304.core.model.soup;

import java.util.List;

/**
 * The CycloneDX SBOM of this build, as read.
 *
 * @param source          the file, relative to the project
 * @param format          {@code json} or {@code xml}
 * @param specVersion     CycloneDX spec version, e.g. {@code 1.6}
 * @param serialNumber    the BOM serial number, or empty
 * @param components      every component, nested ones included, in file order
 * @param vulnerabilities every vulnerability, in file order
 */
public record Sbom(String source, String format, String specVersion, String serialNumber,
                   List<SbomComponent> components, List<SbomVulnerability> vulnerabilities) {

    public Sbom {
        components = List.copyOf(components);
        vulnerabilities = List.copyOf(vulnerabilities);
    }
}
