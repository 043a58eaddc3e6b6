package io.github.iec62304.core.write;

import static io.github.iec62304.core.link.UnitProject.item;
import static io.github.iec62304.core.link.UnitProject.unit;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.evaluate.Gates;
import io.github.iec62304.core.evaluate.RuleLevels;
import io.github.iec62304.core.link.ReleaseProject;
import io.github.iec62304.core.link.SoupProject;
import io.github.iec62304.core.model.InputFile;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.project.GitRevision;
import io.github.iec62304.core.project.ProjectInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Evidence bundles of a previous release, as this plugin writes them, and zips crafted from them. */
public final class BaselineBundles {

    public static final Instant BUILT = Instant.parse("2026-10-01T10:00:00Z");

    private BaselineBundles() {
    }

    /**
     * Release 1.0.0 of com.acme:pump (class C): REQ-RATE verified by a parameterized test, REQ-ALARM not verified,
     * REQ-OLD untested; unit CALC at 95% lines, 90% branches; slf4j-api 2.0.16 and a JRE shipped.
     */
    public static ReleaseProject pump100() {
        return new ReleaseProject(SafetyClass.C).version("1.0.0").declared(ReleaseProject.BaselineDeclared.NONE)
                .now(p -> p.requirement("REQ-RATE", null).requirement("REQ-ALARM", SafetyClass.B)
                        .requirement("REQ-OLD", SafetyClass.A)
                        .verifies("REQ-RATE", "com.acme.RateTest", "rate")
                        .ran("com.acme.RateTest", "rate(int, Zone)[1]", TestOutcome.PASSED, "")
                        .ran("com.acme.RateTest", "rate(int, Zone)[2]", TestOutcome.PASSED, "")
                        .verifies("REQ-ALARM", "com.acme.AlarmTest", "sounds")
                        .ran("com.acme.AlarmTest", "sounds", TestOutcome.FAILED, "boom")
                        .ran("com.acme.AlarmTest$Nested", "quiet", TestOutcome.SKIPPED, "")
                        .item(item("DOSING", null, null, "com.acme.dosing"))
                        .unit(unit("CALC", "DOSING", "com.acme.dosing.Dose*"))
                        .cls("com.acme.dosing.DoseCalc", 95, 100, 9, 10)
                        .passing("com.acme.dosing.DoseCalcTest"))
                .soup(s -> s.ships("org.slf4j:slf4j-api", "2.0.16")
                        .entry(SoupProject.Entry.component("org.slf4j:slf4j-api", "2.0.16"))
                        .entry(SoupProject.Entry.runtime("Java runtime", "17.0.15")));
    }

    public static ProjectInfo info(String groupId, String artifactId, String version) {
        return new ProjectInfo(groupId, artifactId, version, "Pump", "0.1.0", BUILT,
                new GitRevision(ReleaseProject.COMMIT, false, ReleaseProject.COMMITTED));
    }

    /** @return the files of the project's bundle */
    public static SortedMap<String, byte[]> render(ReleaseProject project, ProjectInfo info) {
        Evidence e = project.evidence();
        GateReport report = Gates.evaluate(Gates.all(), e, RuleLevels.defaults());
        return EvidenceBundleWriter.render(new BundleContent(info, true, e, report,
                List.of(new InputFile("src/iec62304/requirements.yaml", "ab".repeat(32), 1)), Map.of()));
    }

    /** @return the bundle zip the plugin writes for the project, in {@code dir} */
    public static Path write(ReleaseProject project, ProjectInfo info, Path dir) {
        Evidence e = project.evidence();
        GateReport report = Gates.evaluate(Gates.all(), e, RuleLevels.defaults());
        Path zip = dir.resolve(info.artifactId() + "-" + info.version() + "-iec62304-evidence.zip");
        EvidenceBundleWriter.write(new BundleContent(info, true, e, report,
                List.of(new InputFile("src/iec62304/requirements.yaml", "ab".repeat(32), 1)), Map.of()),
                dir.resolve("bundle-" + info.version()), zip);
        return zip;
    }

    /** @return the entries of a zip, in order */
    public static Map<String, byte[]> entries(Path zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** @return a zip of the entries, in order (names as given: nothing checks them) */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
