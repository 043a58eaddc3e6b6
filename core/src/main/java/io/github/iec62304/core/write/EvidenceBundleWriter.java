package io.github.iec62304.core.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes the evidence bundle: the directory (e.g. {@code target/iec62304/}) and its zip (the artifact attached
 * with classifier {@code iec62304-evidence}). Everything is built in memory and written beside the target
 * first, then moved into place, the zip last: an interrupted or failing run never leaves a partial bundle.
 * Same content and timestamp give byte-identical files and zip.
 */
public final class EvidenceBundleWriter {

    private EvidenceBundleWriter() {
    }

    /** @return the bundle files by name, manifest included */
    public static SortedMap<String, byte[]> render(BundleContent content) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put("trace-matrix.json", TraceMatrixFiles.json(content.evidence().trace()));
        files.put("trace-matrix.csv", TraceMatrixFiles.csv(content.evidence().trace()));
        files.put("test-record.json", TestRecordFiles.json(content.evidence().tests()));
        files.put("test-record.csv", TestRecordFiles.csv(content.evidence().tests()));
        files.put("unit-verification.json", UnitVerificationFiles.json(content.evidence().units(),
                content.evidence().systemClass(), content.report()));
        files.put("unit-verification.csv", UnitVerificationFiles.csv(content.evidence().units(), content.report()));
        files.put("soup-list.json", SoupListFiles.json(content.evidence().soup(), content.report()));
        files.put("soup-list.csv", SoupListFiles.csv(content.evidence().soup(), content.report()));
        files.put("regression-report.json", ReleaseFiles.regressionJson(content.evidence().regression()));
        files.put("regression-report.csv", ReleaseFiles.regressionCsv(content.evidence().regression()));
        files.put("anomalies.json", ReleaseFiles.anomaliesJson(content.evidence().anomalies(),
                content.evidence().release().releaseBuild()));
        files.put("anomalies.csv", ReleaseFiles.anomaliesCsv(content.evidence().anomalies()));
        files.put("release-checklist.json", ReleaseFiles.checklistJson(content.evidence(), content.report()));
        files.put("release-checklist.csv", ReleaseFiles.checklistCsv(content.evidence(), content.report()));
        files.putAll(content.attachments());
        files.put("index.html", IndexPage.html(content));
        files.put("manifest.json", Manifest.json(content, new TreeMap<>(files)));
        return files;
    }

    /**
     * @param content   what to document
     * @param directory the bundle directory, replaced as a whole
     * @param zipFile   the bundle zip, replaced atomically
     */
    public static void write(BundleContent content, Path directory, Path zipFile) {
        SortedMap<String, byte[]> files = render(content);
        byte[] zip = DeterministicZip.zip(files, content.project().buildTimestamp());
        Path stagingDir = directory.resolveSibling(directory.getFileName() + ".partial");
        Path stagingZip = zipFile.resolveSibling(zipFile.getFileName() + ".partial");
        Path previousDir = directory.resolveSibling(directory.getFileName() + ".previous");
        try {
            deleteTree(stagingDir);
            deleteTree(previousDir);
            Files.createDirectories(stagingDir);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(stagingDir.resolve(f.getKey()), f.getValue());
            }
            Files.createDirectories(zipFile.toAbsolutePath().getParent());
            Files.write(stagingZip, zip);
            if (Files.exists(directory)) {
                Files.move(directory, previousDir);
            }
            Files.move(stagingDir, directory);
            deleteTree(previousDir);
            move(stagingZip, zipFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the evidence bundle " + zipFile + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
