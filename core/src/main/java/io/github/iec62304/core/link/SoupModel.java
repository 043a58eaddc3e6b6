package io.github.iec62304.core.link;

import io.github.iec62304.core.model.soup.Sbom;
import io.github.iec62304.core.model.soup.SbomComponent;
import io.github.iec62304.core.model.soup.SbomVulnerability;
import io.github.iec62304.core.model.soup.SoupEntry;
import io.github.iec62304.core.model.soup.SoupRegister;
import io.github.iec62304.core.model.soup.Vex;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The SBOM joined with the SOUP register: what ships, which entry covers it, and what is known about it.
 *
 * @param sbom            the SBOM, or {@code null} when none was read
 * @param register        the register (empty when the file does not exist)
 * @param components      every SBOM component, sorted by coordinates and version
 * @param runtime         register entries for runtime SOUP (JRE, OS)
 * @param unused          component entries that cover no shipped component
 * @param vulnerabilities SBOM vulnerabilities that affect at least one shipped component
 * @param buildDate       the date anomaly reviews are judged against
 * @param reviewMaxAge    how old an anomaly review may be
 * @param vex             the VEX read apart from the SBOM, or {@code null}
 * @param vexUnmatched    the VEX statements that name no component of the SBOM
 */
public record SoupModel(Sbom sbom, SoupRegister register, List<Component> components, List<SoupEntry> runtime,
                        List<SoupEntry> unused, List<Vulnerability> vulnerabilities, LocalDate buildDate,
                        Period reviewMaxAge, Vex vex, List<Vex.Statement> vexUnmatched) {

    public SoupModel {
        components = List.copyOf(components);
        runtime = List.copyOf(runtime);
        unused = List.copyOf(unused);
        vulnerabilities = List.copyOf(vulnerabilities);
        vexUnmatched = List.copyOf(vexUnmatched);
    }

    /**
     * One SBOM component.
     *
     * @param component          as the SBOM lists it
     * @param shipped            whether it ships with the device (compile or runtime scope; never own modules)
     * @param scope              the resolved Maven scope, or {@code sbom:<scope>} when the build did not resolve it
     * @param entry              the register entry that covers it, or {@code null}
     * @param manufacturer       from the SBOM, else the register, else empty
     * @param manufacturerSource where the manufacturer came from, or {@code none}
     */
    public record Component(SbomComponent component, boolean shipped, String scope, SoupEntry entry,
                            String manufacturer, String manufacturerSource) {
    }

    /**
     * A vulnerability and the shipped components it affects.
     *
     * @param vulnerability its id and the analysis that applies (from the SBOM or the VEX)
     * @param affected      the shipped components among its targets
     * @param analysedIn    where the analysis came from: the SBOM file, or the VEX file and line
     */
    public record Vulnerability(SbomVulnerability vulnerability, List<SbomComponent> affected, String analysedIn) {
        public Vulnerability {
            affected = List.copyOf(affected);
        }

        /** @return how messages name it: {@code CVE-2026-1234 (org.example:lib:1.0)} */
        public String subject() {
            return vulnerability.id() + " (" + affected.stream().map(SbomComponent::display)
                    .collect(java.util.stream.Collectors.joining(", ")) + ")";
        }
    }

    /** @return the register entries in use: those covering a shipped component, and runtime entries, by key */
    public List<SoupEntry> entriesInUse() {
        java.util.TreeMap<String, SoupEntry> used = new java.util.TreeMap<>();
        shipped().stream().filter(c -> c.entry() != null).forEach(c -> used.put(c.entry().key(), c.entry()));
        runtime.forEach(e -> used.put(e.key(), e));
        return List.copyOf(used.values());
    }

    /** @return the shipped components covered by the entry */
    public List<Component> coveredBy(SoupEntry entry) {
        return shipped().stream().filter(c -> c.entry() == entry).toList();
    }

    /** @return a model with no SBOM and an empty register, for builds where no SOUP rule is in force */
    public static SoupModel none(String registerSource, LocalDate buildDate, Period reviewMaxAge) {
        return new SoupModel(null, new SoupRegister(registerSource, List.of()), List.of(), List.of(), List.of(),
                List.of(), buildDate, reviewMaxAge, null, List.of());
    }

    /** @return the shipped components */
    public List<Component> shipped() {
        return components.stream().filter(Component::shipped).toList();
    }
}
