package io.github.iec62304.core.model.soup;

import java.util.List;

/**
 * A CycloneDX VEX document (Vulnerability Exploitability eXchange) kept apart from the SBOM: the team's analyses of
 * vulnerabilities of the components the SBOM lists.
 *
 * @param source     the file, relative to the project
 * @param statements one per vulnerability and affected component, in file order
 */
public record Vex(String source, List<Statement> statements) {

    public Vex {
        statements = List.copyOf(statements);
    }

    /**
     * What the VEX states about one vulnerability of one component.
     *
     * @param id     e.g. {@code CVE-2026-1234}
     * @param ref    the affected component as the VEX names it: a bom-ref of the SBOM, a BOM-Link
     *               ({@code urn:cdx:<serial>/<version>#<bom-ref>}), a bom-ref of the VEX's own components, or a purl
     * @param purl   the package URL of the VEX component that {@code ref} names, or empty
     * @param state  CycloneDX analysis state ({@code not_affected}, {@code in_triage}, ...), or empty when none
     * @param detail the analysis detail on one line, or empty
     * @param line   the line of the vulnerability in the file
     */
    public record Statement(String id, String ref, String purl, String state, String detail, int line) {
    }
}
