package io.github.iec62304.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.project.ProjectInfo;
import io.github.iec62304.core.write.BundleLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin replaces and deletes only what it wrote (issue 13 item 1): an evidence directory or bundle file over
 * the user's files is refused before anything is touched; after a BUILD ERROR the earlier bundle is withdrawn.
 */
@Verifies("TOOL-BUNDLE-OWNED-FILES-ONLY")
class Iec62304CheckBundlePathTest {

    private static final String TAIL = ". Nothing was changed. Set evidenceDirectory (iec62304.evidenceDirectory) "
            + "to a path of its own, such as the default target/iec62304.";
    private static final String ZIP_TAIL = ". Nothing was changed. Set bundleFile (iec62304.bundleFile) to a path "
            + "of its own, such as the default target/<finalName>-iec62304-evidence.zip.";

    @TempDir
    Path root;
    Path project;

    @BeforeEach
    void createProject() throws Exception {
        project = Files.createDirectories(root.resolve("pump"));
        io.github.iec62304.core.read.sbom.EmptySbom.writeTo(project);
        Files.createDirectories(project.resolve("src/iec62304"));
        Files.writeString(project.resolve("src/iec62304/requirements.yaml"),
                "requirements:\n  - id: REQ-1\n    title: Rate\n    text: The pump shall pump.\n");
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Files.createDirectories(project.resolve("docs"));
        Files.writeString(project.resolve("docs/notes.md"), "the user's notes");
    }

    private CheckSettings settings(String dir, String zip) {
        return new CheckSettings(project,
                new ProjectInfo("com.acme", "pump", "1.0-SNAPSHOT", "Pump", "0.1.0-SNAPSHOT",
                        Instant.parse("2026-01-31T10:00:00Z"), null),
                null, Path.of("src/iec62304/requirements.yaml"), Path.of("src/iec62304/architecture.yaml"),
                Path.of("target/classes"), Path.of("target/test-classes"), List.of(Path.of("target/surefire-reports")),
                List.of(Path.of("target/jacoco.exec")), CheckSettings.defaultCriteria(),
                new SoupSettings(List.of(Path.of("target/bom.json")), Path.of("src/iec62304/soup.yaml"), Map.of(),
                        Set.of(), SoupSettings.DEFAULT_REVIEW_MAX_AGE, true),
                ReleaseSettings.development(), Instant.parse("2026-01-31T11:00:00Z"), Map.of(), Path.of(dir),
                Path.of(zip));
    }

    private String refused(CheckSettings settings, List<Path> roots) {
        return assertThrows(RuntimeException.class, () -> Iec62304Check.run(settings, roots)).getMessage();
    }

    private void assertUserFilesKept() throws Exception {
        assertEquals("the user's notes", Files.readString(project.resolve("docs/notes.md")));
        assertEquals("<project/>", Files.readString(project.resolve("pom.xml")));
        assertTrue(Files.exists(project.resolve("src/iec62304/requirements.yaml")));
    }

    @Test
    void evidenceDirectoryHoldingUserFilesIsRefusedAndKept() throws Exception {
        assertEquals("Refusing to write the evidence directory docs: it holds files the plugin did not write "
                + "(notes.md)" + TAIL, refused(settings("docs", "target/pump.zip"), List.of()));
        assertUserFilesKept();
        assertEquals(List.of("notes.md"), List.of(project.resolve("docs").toFile().list()));
        assertFalse(Files.exists(project.resolve("target/pump.zip")));
    }

    @Test
    void projectDirectoryAndItsParentAreRefused() throws Exception {
        assertEquals("Refusing to write the evidence directory .: it is the project directory" + TAIL,
                refused(settings(".", "target/pump.zip"), List.of()));
        assertEquals("Refusing to write the evidence directory " + BundleLocation.canonical(root)
                + ": it holds the project directory" + TAIL, refused(settings("..", "target/pump.zip"), List.of()));
        assertUserFilesKept();
        assertFalse(Files.exists(project.resolve("target/pump.zip")));
    }

    @Test
    void sourceAndResourceRootsAreRefusedEvenWhenEmpty() throws Exception {
        List<Path> roots = List.of(Path.of("src/main/java"), Path.of("src/main/resources"));
        assertEquals("Refusing to write the evidence directory src/main/resources/evidence: it is, lies in or holds "
                + "the source or resource root src/main/resources" + TAIL,
                refused(settings("src/main/resources/evidence", "target/pump.zip"), roots));
        assertEquals("Refusing to write the evidence directory src: it is, lies in or holds the source or resource "
                + "root src/main/java" + TAIL, refused(settings("src", "target/pump.zip"), roots));
        assertEquals("Refusing to write the bundle file src/main/java/pump.zip: it is, lies in or holds the source "
                + "or resource root src/main/java" + ZIP_TAIL,
                refused(settings("target/iec62304", "src/main/java/pump.zip"), roots));
        assertFalse(Files.exists(project.resolve("src/main")));
    }

    @Test
    void bundleFileOverAUserFileIsRefusedAndKept() throws Exception {
        assertEquals("Refusing to write the bundle file pom.xml: it exists and it is not an evidence zip written by "
                + "the plugin" + ZIP_TAIL, refused(settings("target/iec62304", "pom.xml"), List.of()));
        assertEquals("Refusing to write the bundle file docs: it exists and it is not a regular file" + ZIP_TAIL,
                refused(settings("target/iec62304", "docs"), List.of()));
        assertEquals("Refusing to write the bundle file target/iec62304/pump.zip: it is, lies in or holds the "
                + "evidence directory target/iec62304" + ZIP_TAIL,
                refused(settings("target/iec62304", "target/iec62304/pump.zip"), List.of()));
        assertUserFilesKept();
        assertFalse(Files.exists(project.resolve("target/iec62304")));
    }

    @Test
    void aUserFileDroppedIntoTheEvidenceDirectoryIsNotDeleted() throws Exception {
        Iec62304Check.run(settings("target/iec62304", "target/pump.zip"), List.of());
        Files.writeString(project.resolve("target/iec62304/review-notes.txt"), "mine");

        assertEquals("Refusing to write the evidence directory target/iec62304: it holds files the plugin did not "
                + "write (review-notes.txt)" + TAIL, refused(settings("target/iec62304", "target/pump.zip"), List.of()));
        assertEquals("mine", Files.readString(project.resolve("target/iec62304/review-notes.txt")));
    }

    @Test
    void aForeignZipBesideTheBundleIsNotDeleted() throws Exception {
        Files.createDirectories(project.resolve("target"));
        Files.writeString(project.resolve("target/pump.zip.partial"), "someone else's");

        assertEquals("Refusing to write the bundle file target/pump.zip: the plugin needs target/pump.zip.partial "
                + "beside it, but that file was not written by the plugin" + ZIP_TAIL,
                refused(settings("target/iec62304", "target/pump.zip"), List.of()));
        assertEquals("someone else's", Files.readString(project.resolve("target/pump.zip.partial")));
    }

    @Test
    void theBundleOfTheLastRunIsReplacedAndLeftoversAreRemovedAndReported() throws Exception {
        Iec62304Check.run(settings("target/iec62304", "target/pump.zip"), List.of());
        Files.createDirectories(project.resolve("target/iec62304.partial"));
        Files.writeString(project.resolve("target/iec62304.partial/index.html"), "half");

        CheckResult again = Iec62304Check.run(settings("target/iec62304", "target/pump.zip"), List.of());

        assertTrue(again.warnings().contains(
                "Removed the leftovers of an interrupted earlier run: target/iec62304.partial."), again.warnings()
                .toString());
        assertFalse(Files.exists(project.resolve("target/iec62304.partial")));
        assertTrue(Files.exists(project.resolve("target/iec62304/manifest.json")));
    }

    @Test
    void afterABuildErrorTheEarlierBundleIsWithdrawn() throws Exception {
        Iec62304Check.run(settings("target/iec62304", "target/pump.zip"), List.of());
        BundleLocation location = BundleLocation.check(project, Path.of("target/iec62304"),
                Path.of("target/pump.zip"), List.of());

        assertEquals("Removed the evidence bundle of an earlier run (target/iec62304, target/pump.zip): this run "
                + "wrote none, so it cannot be taken for this run's evidence.",
                Iec62304Check.withdrawEarlierBundle(project, location));
        assertFalse(Files.exists(project.resolve("target/iec62304")));
        assertFalse(Files.exists(project.resolve("target/pump.zip")));
        assertEquals(null, Iec62304Check.withdrawEarlierBundle(project, location));
        assertUserFilesKept();
    }
}
