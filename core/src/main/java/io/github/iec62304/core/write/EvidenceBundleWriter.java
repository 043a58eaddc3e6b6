package io.github.iec62304.core.write;

import io.github.iec62304.core.read.Sha256;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Writes the evidence bundle: the zip (the evidence, attached with classifier {@code iec62304-evidence}) and the
 * same files unpacked in a directory (e.g. {@code target/iec62304/}). Both are staged beside their targets and
 * published by {@link BundleSteps}: at every instant the zip is wholly the old one or wholly the new one, and the
 * directory is either absent or the complete copy of the zip beside it (its marker file holds that zip's SHA-256).
 * Same content and timestamp give byte-identical files and zip.
 *
 * <p>Large projects make files of tens or hundreds of MB (an SBOM of 100,000 components: a 60 MB SOUP list, a
 * 45 MB index, a 30 MB manifest, the 175 MB SBOM copy). Each file is streamed ({@link BundleFile}) to the staging
 * directory through a digest, then compressed from there, on one of a few threads, in parallel (each file only reads
 * the evidence), while the calling thread appends the compressed ones, in name order, to the zip: what stays in
 * memory is the evidence itself and the compressed entries not yet appended (at most the zip's size), never a
 * file's bytes. The SBOM copy is copied from disk ({@link BundleAttachment}). {@code manifest.json} comes last,
 * since it holds the SHA-256 of every other file. A failure while staging (an {@code OutOfMemoryError} too) removes
 * the staging files; what a crash leaves, the next run removes.
 */
public final class EvidenceBundleWriter {

    /**
     * @param name a file name
     * @return whether an evidence bundle of this plugin can hold a file of this name (for a copy of a bundle, such
     *         as the site report's, to remove an earlier copy's files and never anything else)
     */
    public static boolean bundleFileName(String name) {
        return BundleOwnership.ourName(name);
    }

    static final String MANIFEST = "manifest.json";
    /** Suffix of the directory and zip a run writes before it publishes them. */
    static final String STAGING = ".partial";
    /** Suffix of the directory a run moves the old one to while it publishes the new one. */
    static final String PREVIOUS = ".previous";
    private static final int MAX_RENDER_THREADS = 3;

    private EvidenceBundleWriter() {
    }

    /** One file of the bundle, rendered on another thread together with its digest. */
    private record Rendered(String name, CompletableFuture<RenderedFile> file) {
    }

    /**
     * A file's digest and either its bytes, or (when the bundle is written) its compressed zip entry: the file is
     * then already in the staging directory and its bytes are released.
     */
    private record RenderedFile(byte[] bytes, String sha256, DeterministicZip.Entry zipEntry) {
    }

    /** @return the bundle files by name, manifest included */
    public static SortedMap<String, byte[]> render(BundleContent content) {
        ExecutorService renderers = renderers();
        try {
            SortedMap<String, byte[]> files = new TreeMap<>();
            SortedMap<String, String> digests = new TreeMap<>();
            Queue<Rendered> rendered = renderInParallel(content, renderers, null, null);
            for (Rendered r = rendered.poll(); r != null; r = rendered.poll()) {
                RenderedFile f = join(r.file());
                files.put(r.name(), f.bytes());
                digests.put(r.name(), f.sha256());
            }
            files.put(MANIFEST, Manifest.json(content, digests));
            return files;
        } finally {
            renderers.shutdownNow();
        }
    }

    /**
     * The threads that render and compress while the caller writes: one per core, at most 3 (every file in flight
     * holds its compressed bytes until the zip takes it).
     */
    private static ExecutorService renderers() {
        int threads = Math.max(1, Math.min(MAX_RENDER_THREADS, Runtime.getRuntime().availableProcessors()));
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "iec62304-bundle-render");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts rendering every file but the manifest.
     *
     * @param stagingDir where each file is written and then compressed for the zip, or {@code null} to keep the
     *                   bytes
     * @return the files in name order; a file taken from the queue can be collected
     */
    private static Queue<Rendered> renderInParallel(BundleContent content, ExecutorService pool, Path stagingDir,
                                                    BundleFileSystem fs) {
        Queue<Rendered> started = new ArrayDeque<>();
        BundleFiles.of(content).forEach((name, file) -> started.add(new Rendered(name, CompletableFuture.supplyAsync(() -> {
            if (stagingDir == null) {
                byte[] bytes = BundleFile.bytes(file);
                return new RenderedFile(bytes, Sha256.of(bytes), null);
            }
            try {
                return stage(stagingDir.resolve(name), file, fs);
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }, pool))));
        return started;
    }

    /**
     * Streams one file to the staging directory, digesting it on the way, forces it to disk, then compresses it from
     * there: only its compressed bytes stay in memory (for the zip), never the file.
     */
    private static RenderedFile stage(Path path, BundleFile file, BundleFileSystem fs) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        try (OutputStream out = new BufferedOutputStream(new DigestOutputStream(fs.create(path), digest), 1 << 16)) {
            file.writeTo(out);
        }
        fs.sync(path);
        return new RenderedFile(null, Sha256.hex(digest.digest()), DeterministicZip.deflate(path));
    }

    /**
     * Writes the bundle and publishes it; see the class comment and {@code evidence-bundle.md} ("Atomic write")
     * for what is on disk at every instant.
     *
     * @param content   what to document
     * @param directory the bundle directory, replaced as a whole; absent or written by the plugin
     * @param zipFile   the bundle zip, replaced atomically; absent or written by the plugin
     * @return the leftovers of an interrupted earlier run that were removed first (empty when none)
     * @throws UnsafeBundlePathException when a path to replace was not written by the plugin (nothing touched)
     */
    public static List<Path> write(BundleContent content, Path directory, Path zipFile) {
        return write(content, directory, zipFile, BundleFileSystem.LOCAL);
    }

    static List<Path> write(BundleContent content, Path directory, Path zipFile, BundleFileSystem fs) {
        BundleSteps steps = new BundleSteps(BundleLocation.canonical(directory), BundleLocation.canonical(zipFile),
                fs);
        ExecutorService renderers = renderers();
        boolean staging = false;
        try {
            steps.requireOurs();
            List<Path> leftovers = steps.removeLeftovers();
            Files.createDirectories(steps.directory().getParent());
            Files.createDirectories(steps.zipFile().getParent());
            fs.createDirectory(steps.stagingDir());
            staging = true;
            steps.publish(stageZip(content, steps, renderers));
            return leftovers;
        } catch (IOException | RuntimeException | Error e) { // an OutOfMemoryError too: no staging files are left
            if (staging) {
                stop(renderers); // before the clean-up: no render thread may still be writing a staging file
                steps.discardStaging();
            }
            throw failure(e, zipFile);
        } finally {
            renderers.shutdownNow();
        }
    }

    /** Stages every file and the zip; {@code manifest.json} last. @return the staged zip's SHA-256 */
    private static String stageZip(BundleContent content, BundleSteps steps, ExecutorService renderers)
            throws IOException {
        Queue<Rendered> rendered = renderInParallel(content, renderers, steps.stagingDir(), steps.fs());
        MessageDigest zipDigest = Sha256.newDigest();
        try (OutputStream out = new BufferedOutputStream(new DigestOutputStream(steps.fs().create(steps.stagingZip()),
                zipDigest), 1 << 16);
             DeterministicZip zip = new DeterministicZip(out, content.project().buildTimestamp())) {
            SortedMap<String, String> digests = new TreeMap<>();
            for (Rendered r = rendered.poll(); r != null; r = rendered.poll()) {
                RenderedFile f = join(r.file());
                zip.add(r.name(), f.zipEntry());
                digests.put(r.name(), f.sha256());
            }
            RenderedFile manifest = stage(steps.stagingDir().resolve(MANIFEST),
                    sink -> Manifest.write(sink, content, digests), steps.fs());
            zip.add(MANIFEST, manifest.zipEntry());
        }
        return Sha256.hex(zipDigest.digest());
    }

    /** Stops the render threads and waits (briefly) until none runs. */
    private static void stop(ExecutorService renderers) {
        renderers.shutdownNow();
        try {
            renderers.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return the failure to throw: an I/O problem as one line naming the bundle, anything else as it was */
    private static RuntimeException failure(Throwable e, Path zipFile) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof IOException io) { // also from a render thread that could not write its staging file
            return new UncheckedIOException("cannot write the evidence bundle " + zipFile + ": " + io.getMessage(),
                    io);
        }
        if (e instanceof Error error) {
            throw error;
        }
        return (RuntimeException) e;
    }

    /**
     * Removes the bundle of an earlier run (and any leftovers of an interrupted one), so that a run that writes no
     * bundle (a BUILD ERROR) leaves nothing that could be taken for its evidence. Removes only what the plugin
     * wrote: the directory first (one rename), then the zip.
     *
     * @return what was removed (empty when there was nothing)
     * @throws UnsafeBundlePathException when a path was not written by the plugin (nothing touched)
     */
    public static List<Path> withdraw(Path directory, Path zipFile) {
        return withdraw(directory, zipFile, BundleFileSystem.LOCAL);
    }

    static List<Path> withdraw(Path directory, Path zipFile, BundleFileSystem fs) {
        BundleSteps steps = new BundleSteps(BundleLocation.canonical(directory), BundleLocation.canonical(zipFile),
                fs);
        try {
            steps.requireOurs();
            List<Path> removed = new ArrayList<>(steps.removeLeftovers());
            removed.addAll(steps.withdraw());
            return removed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the evidence bundle of an earlier run " + zipFile + ": "
                    + e.getMessage(), e);
        }
    }

    /** Waits for a rendered file; a failure surfaces as thrown by the renderer. */
    private static RenderedFile join(CompletableFuture<RenderedFile> file) {
        try {
            return file.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
