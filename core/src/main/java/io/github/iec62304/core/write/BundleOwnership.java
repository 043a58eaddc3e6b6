package io.github.iec62304.core.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Tells the plugin's own files from the user's: the plugin replaces or deletes only what it wrote.
 *
 * <ul>
 *   <li>An evidence directory is the plugin's when it holds the marker file {@value #MARKER} (or, written by a
 *       version before the marker, a {@code manifest.json} of format {@code iec62304-evidence/...}), and nothing
 *       but regular files with the names the plugin writes. An empty directory may be used too.</li>
 *   <li>A bundle zip is the plugin's when its {@code manifest.json} entry has format
 *       {@code iec62304-evidence/...}.</li>
 *   <li>A staging zip ({@code .partial}) is the plugin's when it starts with the zip entry the plugin always
 *       writes first, {@code anomalies.csv}.</li>
 * </ul>
 */
final class BundleOwnership {

    /** The marker of an evidence directory: one {@code sha256sum} line, the digest of the zip it belongs to. */
    static final String MARKER = ".iec62304-evidence.sha256";

    /** Every name the plugin writes into an evidence directory. */
    static final Set<String> NAMES = Set.of(MARKER, EvidenceBundleWriter.MANIFEST, "index.html",
            "trace-matrix.json", "trace-matrix.csv", "test-record.json", "test-record.csv",
            "unit-verification.json", "unit-verification.csv", "soup-list.json", "soup-list.csv",
            "regression-report.json", "regression-report.csv", "change-impact.csv", "anomalies.json", "anomalies.csv",
            "release-checklist.json", "release-checklist.csv", "sbom.json", "sbom.xml", "verification-records.json",
            "verification-records.csv", "system-requirements.csv", "risk-trace.json", "risk-trace.csv",
            "waivers.json", "waivers.csv", JunitReport.NAME, SarifReport.NAME,
            "requirements.reqif", "conformity.json", "conformity.csv");

    /** The prefix of the files kept with verification records ({@link RecordAttachments}). */
    static final String RECORD_FILE = "record-";

    /** @return whether the plugin writes files of this name into an evidence directory */
    static boolean ourName(String name) {
        return NAMES.contains(name) || name.startsWith(RECORD_FILE) && name.length() > RECORD_FILE.length();
    }

    static final String FIRST_ENTRY = "anomalies.csv";
    private static final String FORMAT = "\"format\" : \"iec62304-evidence/";

    private BundleOwnership() {
    }

    /**
     * @param requireMark {@code true} for the evidence directory itself (marker or our manifest needed), {@code false}
     *                    for the plugin's staging siblings ({@code .partial}, {@code .previous}), where our file
     *                    names suffice
     * @return why the plugin may not replace or delete this directory, or {@code null} when it may (it is absent,
     *         empty or the plugin's)
     */
    static String whyNotOurs(Path dir, boolean requireMark) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return "it is not a directory";
        }
        List<String> foreign = new ArrayList<>();
        boolean any;
        String manifest = null;
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> entries = list.sorted().toList();
            any = !entries.isEmpty();
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (!ourName(name) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    foreign.add(name);
                } else if (requireMark && !NAMES.contains(name)) {
                    // a file kept with a verification record: ours only when our manifest lists it, so that a
                    // user's record-notes.txt in the evidence directory is never taken for ours and deleted
                    manifest = manifest != null ? manifest : manifestText(dir);
                    if (!manifest.contains("\"path\" : \"" + name + "\"")) {
                        foreign.add(name);
                    }
                }
            }
        }
        if (!foreign.isEmpty()) {
            return "it holds files the plugin did not write (" + String.join(", ",
                    foreign.subList(0, Math.min(5, foreign.size()))) + (foreign.size() > 5 ? ", ..." : "") + ")";
        }
        if (any && requireMark && !Files.isRegularFile(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)
                && !startsWithFormat(dir.resolve(EvidenceBundleWriter.MANIFEST))) {
            return "it has no evidence marker (" + MARKER + "): the plugin did not create it";
        }
        return null;
    }

    /** @return the evidence directory's manifest.json as text, empty when it has none */
    private static String manifestText(Path dir) throws IOException {
        Path manifest = dir.resolve(EvidenceBundleWriter.MANIFEST);
        return Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)
                ? Files.readString(manifest, StandardCharsets.UTF_8) : "";
    }

    /** @return why the plugin may not replace or delete this file, or {@code null} when it may */
    static String whyNotOurZip(Path zip) {
        if (!Files.exists(zip, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (!Files.isRegularFile(zip, LinkOption.NOFOLLOW_LINKS)) {
            return "it is not a regular file";
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry manifest = file.getEntry(EvidenceBundleWriter.MANIFEST);
            if (manifest != null) {
                try (InputStream in = file.getInputStream(manifest)) {
                    if (hasFormat(in.readNBytes(200))) {
                        return null;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // not a zip: not ours
        }
        return "it is not an evidence zip written by the plugin";
    }

    /** @return {@code true} when the file is absent or a staging zip the plugin began */
    static boolean isOurPartialZip(Path zip) {
        if (!Files.exists(zip, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (!Files.isRegularFile(zip, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(zip)) {
            byte[] head = in.readNBytes(30 + FIRST_ENTRY.length());
            return head.length == 0 // created, nothing written yet
                    || head.length == 30 + FIRST_ENTRY.length() && head[0] == 'P' && head[1] == 'K' && head[2] == 3
                    && head[3] == 4 && new String(head, 30, FIRST_ENTRY.length(), StandardCharsets.UTF_8)
                    .equals(FIRST_ENTRY);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean startsWithFormat(Path manifest) {
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(manifest)) {
            return hasFormat(in.readNBytes(200));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean hasFormat(byte[] head) {
        return new String(head, StandardCharsets.UTF_8).contains(FORMAT);
    }
}
