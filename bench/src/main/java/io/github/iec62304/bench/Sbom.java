package io.github.iec62304.bench;

import io.github.iec62304.bench.DeviceModel.Soup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.ExternalReference;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.vulnerability.Vulnerability;

/**
 * The CycloneDX 1.6 JSON SBOM that cyclonedx-maven-plugin 2.9 would write for the synthetic device, written with
 * cyclonedx-core-java: every SOUP component ({@code scope: required}, purl as {@code bom-ref}, license, website,
 * issue tracker, a supplier for four in five), the dependency graph, and a VEX entry ({@code not_affected}) for every
 * 20th component.
 */
final class Sbom {

    private Sbom() {
    }

    static void write(DeviceModel model, Path file) throws IOException {
        Bom bom = new Bom();
        bom.setSerialNumber("urn:uuid:" + UUID.nameUUIDFromBytes(("bench-" + model.size() + "-" + model.seed())
                .getBytes(StandardCharsets.UTF_8)));
        Component device = new Component();
        device.setType(Component.Type.APPLICATION);
        device.setGroup("com.example.bench");
        device.setName(ProjectPom.artifactId(model.size()));
        device.setVersion("1.0.0-SNAPSHOT");
        device.setPurl("pkg:maven/com.example.bench/" + device.getName() + "@1.0.0-SNAPSHOT?type=jar");
        device.setBomRef(device.getPurl());
        Metadata metadata = new Metadata();
        metadata.setComponent(device);
        bom.setMetadata(metadata);
        Dependency root = new Dependency(device.getBomRef());
        List<Component> components = new ArrayList<>();
        List<Vulnerability> vulnerabilities = new ArrayList<>();
        for (Soup s : model.soup()) {
            components.add(component(s));
            root.addDependency(new Dependency(s.purl()));
            if (s.vulnerable()) {
                vulnerabilities.add(vulnerability(s));
            }
        }
        bom.setComponents(components);
        List<Dependency> dependencies = new ArrayList<>();
        dependencies.add(root);
        model.soup().forEach(s -> dependencies.add(new Dependency(s.purl())));
        bom.setDependencies(dependencies);
        bom.setVulnerabilities(vulnerabilities);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, BomGeneratorFactory.createJson(Version.VERSION_16, bom).toJsonString());
        } catch (GeneratorException e) {
            throw new IOException("cannot write the SBOM: " + e.getMessage(), e);
        }
    }

    private static Component component(Soup s) {
        Component c = new Component();
        c.setType(Component.Type.LIBRARY);
        c.setGroup(s.group());
        c.setName(s.artifact());
        c.setVersion(s.version());
        c.setScope(Component.Scope.REQUIRED);
        c.setPurl(s.purl());
        c.setBomRef(s.purl());
        c.setDescription("Synthetic SOUP library " + s.artifact());
        if (!s.supplier().isEmpty()) {
            OrganizationalEntity supplier = new OrganizationalEntity();
            supplier.setName(s.supplier());
            c.setSupplier(supplier);
        }
        License license = new License();
        license.setId("Apache-2.0");
        LicenseChoice licenses = new LicenseChoice();
        licenses.addLicense(license);
        c.setLicenses(licenses);
        String site = "https://" + s.group().substring(12) + ".example.org/" + s.artifact();
        c.addExternalReference(reference(ExternalReference.Type.WEBSITE, site));
        c.addExternalReference(reference(ExternalReference.Type.ISSUE_TRACKER, site + "/issues"));
        return c;
    }

    private static ExternalReference reference(ExternalReference.Type type, String url) {
        ExternalReference r = new ExternalReference();
        r.setType(type);
        r.setUrl(url);
        return r;
    }

    private static Vulnerability vulnerability(Soup s) {
        Vulnerability v = new Vulnerability();
        v.setId(String.format("CVE-2026-%05d", s.index() + 1));
        Vulnerability.Analysis analysis = new Vulnerability.Analysis();
        analysis.setState(Vulnerability.Analysis.State.NOT_AFFECTED);
        analysis.setJustification(Vulnerability.Analysis.Justification.CODE_NOT_REACHABLE);
        analysis.setDetail("The vulnerable parser entry point is never called by the device.");
        v.setAnalysis(analysis);
        Vulnerability.Affect affect = new Vulnerability.Affect();
        affect.setRef(s.purl());
        v.setAffects(List.of(affect));
        return v;
    }
}
