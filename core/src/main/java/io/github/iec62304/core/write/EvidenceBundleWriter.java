package io.github.iec62304.core.write;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.GateReport;
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
import java.util.function.Supplier;

/**
 * Writes the evidence bundle: the zip (the evidence, attached with classifier {@code iec62304-evidence}) and the
 * same files unpacked in a directory (e.g. {@code target/iec62304/}). Both are staged beside their targets and
 * published by {@link BundleSteps}: at every instant the zip is wholly the old one or wholly the new one, and the
 * directory is either absent or the complete copy of the zip beside it (its marker file holds that zip's SHA-256).
 * Same content and timestamp give byte-identical files and zip.
 *
 * <p>Large projects make files of tens of MB: each is rendered, digested, written to the staging directory and
 * compressed on one of a few threads, in parallel (each file only reads the evidence), while the calling thread
 * appends the compressed ones, in name order, to the zip. {@code manifest.json} comes last, since it holds the
 * SHA-256 of every other file.
 */
public final class EvidenceBundleWriter {

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
     * holds its bytes).
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
        Evidence e = content.evidence();
        GateReport report = content.report();
        SortedMap<String, Supplier<byte[]>> files = new TreeMap<>();
        files.put("trace-matrix.json", () -> TraceMatrixFiles.json(e.trace()));
        files.put("trace-matrix.csv", () -> TraceMatrixFiles.csv(e.trace()));
        files.put("test-record.json", () -> TestRecordFiles.json(e.tests()));
        files.put("test-record.csv", () -> TestRecordFiles.csv(e.tests()));
        files.put("unit-verification.json", () -> UnitVerificationFiles.json(e.units(), e.systemClass(), report));
        files.put("unit-verification.csv", () -> UnitVerificationFiles.csv(e.units(), report));
        files.put("soup-list.json", () -> SoupListFiles.json(e.soup(), report));
        files.put("soup-list.csv", () -> SoupListFiles.csv(e.soup(), report));
        files.put("regression-report.json", () -> ReleaseFiles.regressionJson(e.regression()));
        files.put("regression-report.csv", () -> ReleaseFiles.regressionCsv(e.regression()));
        files.put("anomalies.json", () -> ReleaseFiles.anomaliesJson(e.anomalies(), e.release().releaseBuild()));
        files.put("anomalies.csv", () -> ReleaseFiles.anomaliesCsv(e.anomalies()));
        files.put("release-checklist.json", () -> ReleaseFiles.checklistJson(e, report));
        files.put("release-checklist.csv", () -> ReleaseFiles.checklistCsv(e, report));
        content.attachments().forEach((name, bytes) -> files.put(name, () -> bytes));
        files.put("index.html", () -> IndexPage.html(content));
        Queue<Rendered> started = new ArrayDeque<>();
        files.forEach((name, renderer) -> started.add(new Rendered(name, CompletableFuture.supplyAsync(() -> {
            byte[] bytes = renderer.get();
            if (stagingDir == null) {
                return new RenderedFile(bytes, Sha256.of(bytes), null);
            }
            try {
                fs.write(stagingDir.resolve(name), bytes);
                fs.sync(stagingDir.resolve(name));
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
            return new RenderedFile(null, Sha256.of(bytes), DeterministicZip.deflate(bytes));
        }, pool))));
        return started;
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
        try {
            steps.requireOurs();
            List<Path> leftovers = steps.removeLeftovers();
            Files.createDirectories(steps.directory().getParent());
            Files.createDirectories(steps.zipFile().getParent());
            fs.createDirectory(steps.stagingDir());
            Queue<Rendered> rendered = renderInParallel(content, renderers, steps.stagingDir(), fs);
            MessageDigest zipDigest = Sha256.newDigest();
            try (OutputStream out = new BufferedOutputStream(new DigestOutputStream(fs.create(steps.stagingZip()),
                    zipDigest), 1 << 16);
                 DeterministicZip zip = new DeterministicZip(out, content.project().buildTimestamp())) {
                SortedMap<String, String> digests = new TreeMap<>();
                for (Rendered r = rendered.poll(); r != null; r = rendered.poll()) {
                    RenderedFile f = join(r.file());
                    zip.add(r.name(), f.zipEntry());
                    digests.put(r.name(), f.sha256());
                }
                byte[] manifest = Manifest.json(content, digests);
                steps.stage(MANIFEST, manifest);
                zip.add(MANIFEST, manifest);
            }
            steps.publish(Sha256.hex(zipDigest.digest()));
            return leftovers;
        } catch (IOException e) {
            steps.discardStaging();
            throw new UncheckedIOException("cannot write the evidence bundle " + zipFile + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) { // a render thread could not write its file to the staging directory
            steps.discardStaging();
            throw new UncheckedIOException("cannot write the evidence bundle " + zipFile + ": "
                    + e.getCause().getMessage(), e.getCause());
        } finally {
            renderers.shutdownNow();
        }
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
