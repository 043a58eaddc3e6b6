package io.github.iec62304.core.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The file-system steps that stage, publish and remove one bundle, in the order that keeps the guarantee: the zip
 * is only ever replaced by one atomic rename, and the directory {@code D} is only present while it is the complete
 * copy of the zip beside it.
 *
 * <ol>
 *   <li>stage: {@code D.partial/} and {@code Z.partial}, each file forced to disk, the marker
 *       ({@value BundleOwnership#MARKER}, the zip's SHA-256) last;</li>
 *   <li>publish: rename {@code D} to {@code D.previous} (the old directory disappears with one rename), rename
 *       {@code Z.partial} over {@code Z} (atomic), rename {@code D.partial} to {@code D}, each followed by forcing
 *       the parent directory to disk so that a power loss cannot reorder them; then delete {@code D.previous}.</li>
 * </ol>
 *
 * A crash at any step leaves the old zip or the new one, and {@code D} absent or matching it. The next run removes
 * the leftovers ({@code D.partial}, {@code D.previous}, {@code Z.partial}) and says so. Deletes only files with
 * names the plugin writes.
 */
record BundleSteps(Path directory, Path zipFile, BundleFileSystem fs) {

    Path stagingDir() {
        return directory.resolveSibling(directory.getFileName() + EvidenceBundleWriter.STAGING);
    }

    Path previousDir() {
        return directory.resolveSibling(directory.getFileName() + EvidenceBundleWriter.PREVIOUS);
    }

    Path stagingZip() {
        return zipFile.resolveSibling(zipFile.getFileName() + EvidenceBundleWriter.STAGING);
    }

    /** Refuses, before any change, paths the plugin did not write. */
    void requireOurs() throws IOException {
        String why = BundleOwnership.whyNotOurs(directory, true);
        why = why != null ? why : BundleOwnership.whyNotOurs(stagingDir(), false);
        why = why != null ? why : BundleOwnership.whyNotOurs(previousDir(), true); // a renamed evidence directory
        why = why != null ? why : BundleOwnership.whyNotOurZip(zipFile);
        if (why == null && !BundleOwnership.isOurPartialZip(stagingZip())) {
            why = stagingZip() + " was not written by the plugin";
        }
        if (why != null) {
            throw new UnsafeBundlePathException("Refusing to replace the evidence bundle " + zipFile + " / "
                    + directory + ": " + why + ". Nothing was changed.");
        }
    }

    /** @return the leftovers of an interrupted run, removed */
    List<Path> removeLeftovers() throws IOException {
        List<Path> removed = new ArrayList<>();
        for (Path dir : List.of(stagingDir(), previousDir())) {
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                deleteOurTree(dir, dir.equals(previousDir()));
                removed.add(dir);
            }
        }
        if (Files.exists(stagingZip(), LinkOption.NOFOLLOW_LINKS)) {
            fs.delete(stagingZip());
            removed.add(stagingZip());
        }
        return removed;
    }

    /** Writes one file into the staging directory and forces it to disk. */
    void stage(String name, byte[] bytes) throws IOException {
        fs.write(stagingDir().resolve(name), bytes);
        fs.sync(stagingDir().resolve(name));
    }

    /** Marks the staged directory as the copy of the staged zip, then publishes both. */
    void publish(String zipSha256) throws IOException {
        fs.sync(stagingZip());
        String zipPath = (Objects.equals(directory.getRoot(), zipFile.getRoot()) ? directory.relativize(zipFile)
                : zipFile).toString().replace('\\', '/'); // another drive (Windows): the absolute path
        stage(BundleOwnership.MARKER, (zipSha256 + "  " + zipPath + "\n").getBytes(StandardCharsets.UTF_8));
        fs.sync(stagingDir());
        if (Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            fs.move(directory, previousDir());
            fs.sync(directory.getParent());
        }
        fs.move(stagingZip(), zipFile);
        fs.sync(zipFile.getParent());
        fs.move(stagingDir(), directory);
        fs.sync(directory.getParent());
        if (Files.exists(previousDir(), LinkOption.NOFOLLOW_LINKS)) {
            deleteOurTree(previousDir(), true);
        }
    }

    /** @return the directory and zip removed (directory first, by one rename) */
    List<Path> withdraw() throws IOException {
        List<Path> removed = new ArrayList<>();
        if (Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            fs.move(directory, previousDir());
            fs.sync(directory.getParent());
            removed.add(directory);
        }
        if (Files.exists(zipFile, LinkOption.NOFOLLOW_LINKS)) {
            fs.delete(zipFile);
            fs.sync(zipFile.getParent());
            removed.add(zipFile);
        }
        if (Files.exists(previousDir(), LinkOption.NOFOLLOW_LINKS)) {
            deleteOurTree(previousDir(), true);
        }
        return removed;
    }

    /** After a failure while staging: removes what this run staged, as far as it can (the next run does the rest). */
    void discardStaging() {
        try {
            if (Files.exists(stagingDir(), LinkOption.NOFOLLOW_LINKS)) {
                deleteOurTree(stagingDir(), false);
            }
            if (Files.exists(stagingZip(), LinkOption.NOFOLLOW_LINKS)) {
                fs.delete(stagingZip());
            }
        } catch (IOException | RuntimeException e) {
            // left for the next run, which removes leftovers and says so
        }
    }

    /**
     * Deletes a directory holding only files the plugin writes; anything else stops it.
     *
     * @param requireMark {@code true} for a renamed evidence directory ({@code .previous}): it must carry the
     *                    marker (or an earlier version's manifest), which is deleted last, so that a delete cut off
     *                    half-way leaves a directory the next run still recognises
     */
    private void deleteOurTree(Path dir, boolean requireMark) throws IOException {
        String why = BundleOwnership.whyNotOurs(dir, requireMark);
        if (why != null) {
            throw new UnsafeBundlePathException("Refusing to delete " + dir + ": " + why + ".");
        }
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.sorted(BundleSteps::marksLast).toList()) {
                fs.delete(p);
            }
        }
        fs.delete(dir);
    }

    /** Orders the marker and the manifest (what shows a directory is the plugin's) after every other file. */
    private static int marksLast(Path a, Path b) {
        return Comparator.comparing((Path p) -> isMark(p)).thenComparing(Comparator.naturalOrder()).compare(a, b);
    }

    private static boolean isMark(Path p) {
        String name = p.getFileName().toString();
        return name.equals(BundleOwnership.MARKER) || name.equals(EvidenceBundleWriter.MANIFEST);
    }
}
