package io.github.iec62304.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.reporting.MavenReportException;
import org.junit.jupiter.api.Test;

/**
 * The report goal reads the evidence that check wrote and never runs the gates: without evidence it is skipped, a
 * corrupt manifest is one line naming it. The page itself: {@link EvidenceReportRendererTest} and the IT
 * site-report-lists-evidence.
 */
@Verifies("TOOL-GOAL-REPORT")
@MojoTest
class ReportMojoTest {

    @Test
    @InjectMojo(goal = "report")
    @MojoParameter(name = "evidenceDirectory", value = "target/report-test/no-evidence")
    void withoutEvidenceThereIsNoReport(ReportMojo mojo) throws Exception {
        assertEquals("iec62304", mojo.getOutputName());
        assertFalse(mojo.canGenerateReport());
    }

    @Test
    @InjectMojo(goal = "report")
    @MojoParameter(name = "evidenceDirectory", value = "target/report-test/evidence")
    void aBundleIsReportedAndACorruptOneIsOneLine(ReportMojo mojo) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "report-test", "evidence"));
        Files.writeString(dir.resolve("manifest.json"), "{\"format\":\"iec62304-evidence/1\",\"verdict\":\"PASSED\"}");
        assertTrue(mojo.canGenerateReport());

        Files.writeString(dir.resolve("manifest.json"), "{\"format\":");
        MavenReportException e = assertThrows(MavenReportException.class, mojo::canGenerateReport);
        assertTrue(e.getMessage().startsWith(dir.resolve("manifest.json").toAbsolutePath() + ":1: is not valid JSON")
                || e.getMessage().startsWith(dir.resolve("manifest.json") + ":1: is not valid JSON"), e.getMessage());
    }

    /**
     * Review: 'mvn verify site -Diec62304.skip=true' runs no gates, yet the site showed the evidence an earlier build
     * left in target/iec62304 as this build's (its verdict, violations and bundle).
     */
    @Test
    @InjectMojo(goal = "report")
    @MojoParameter(name = "evidenceDirectory", value = "target/report-test/skipped")
    @MojoParameter(name = "skip", value = "true")
    void aSkippedCheckShowsNoEarlierEvidence(ReportMojo mojo) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "report-test", "skipped"));
        Files.writeString(dir.resolve("manifest.json"), "{\"format\":\"iec62304-evidence/1\",\"verdict\":\"PASSED\"}");
        assertFalse(mojo.canGenerateReport());
    }

    /**
     * Issue 17: 'mvn site' without 'verify' after a version bump showed the earlier version's evidence (its verdict
     * and bundle) under this version's site; only the coordinates on the page told them apart.
     */
    @Test
    @InjectMojo(goal = "report")
    @MojoParameter(name = "evidenceDirectory", value = "target/report-test/other-version")
    void evidenceOfAnotherVersionIsNotShown(ReportMojo mojo) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "report-test", "other-version"));
        Files.writeString(dir.resolve("manifest.json"), "{\"format\":\"iec62304-evidence/1\",\"verdict\":\"PASSED\","
                + "\"project\":{\"groupId\":\"com.acme\",\"artifactId\":\"pump\",\"version\":\"0.0.1-not-this-one\"}}");
        assertFalse(mojo.canGenerateReport());
    }

    /**
     * Review: a site built again without 'clean' kept the files an earlier bundle had and this one has not (here a
     * waivers.json) beside this bundle's index.html in the site's iec62304/ folder.
     */
    @Test
    @InjectMojo(goal = "report")
    @MojoParameter(name = "evidenceDirectory", value = "target/report-test/fresh")
    void theSiteCopyHoldsOnlyThisBundlesFiles(ReportMojo mojo) throws Exception {
        Path copy = siteCopy(mojo, "fresh", "site", "waivers.json");
        assertTrue(Files.isRegularFile(copy.resolve("index.html")));
        assertFalse(Files.exists(copy.resolve("waivers.json")), "an earlier bundle's file stayed in the site");
    }

    /** The site's copy removes only names a bundle can hold: a file the project put there stays. */
    @Test
    @InjectMojo(goal = "report")
    @MojoParameter(name = "evidenceDirectory", value = "target/report-test/fresh2")
    void theSiteCopyKeepsWhatTheProjectPutThere(ReportMojo mojo) throws Exception {
        Path copy = siteCopy(mojo, "fresh2", "site2", "notes.html");
        assertTrue(Files.isRegularFile(copy.resolve("notes.html")), "a file the plugin did not write was removed");
    }

    /**
     * Writes a passing bundle (manifest and index) to {@code target/report-test/<evidence>}, puts {@code earlier} in
     * the site's bundle folder as if an earlier run had left it, and copies the bundle into the site.
     *
     * @return the site's bundle folder
     */
    private static Path siteCopy(ReportMojo mojo, String evidence, String site, String earlier) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "report-test", evidence));
        Files.writeString(dir.resolve("manifest.json"), "{\"format\":\"iec62304-evidence/1\",\"verdict\":\"PASSED\"}");
        Files.writeString(dir.resolve("index.html"), "<html></html>");
        Path out = Files.createDirectories(Path.of("target", "report-test", site));
        Path folder = Files.createDirectories(out.resolve(ReportMojo.BUNDLE_FOLDER));
        Files.writeString(folder.resolve(earlier), "left by an earlier run");
        mojo.setReportOutputDirectory(out.toFile());
        java.lang.reflect.Method copy = ReportMojo.class.getDeclaredMethod("copyBundle");
        copy.setAccessible(true);
        assertEquals(true, copy.invoke(mojo));
        return folder;
    }
}
