package io.github.iec62304.core.write;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.GateReport;
import io.github.iec62304.core.read.Sha256;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Queue;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Writes the evidence bundle: the directory (e.g. {@code target/iec62304/}) and its zip (the artifact attached
 * with classifier {@code iec62304-evidence}). Every file is written beside the target first, then moved into
 * place, the zip last: an interrupted or failing run never leaves a partial bundle. Same content and timestamp
 * give byte-identical files and zip.
 *
 * <p>Large projects make files of tens of MB: each is rendered, digested, written to the staging directory and
 * compressed on one of a few threads, in parallel (each file only reads the evidence), while the calling thread
 * appends the compressed ones, in name order, to the zip. {@code manifest.json} comes last, since it holds the
 * SHA-256 of every other file.
 */
public final class EvidenceBundleWriter {

    static final String MANIFEST = "manifest.json";
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
            Queue<Rendered> rendered = renderInParallel(content, renderers, null);
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
    private static Queue<Rendered> renderInParallel(BundleContent content, ExecutorService pool, Path stagingDir) {
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
                Files.write(stagingDir.resolve(name), bytes);
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
            return new RenderedFile(null, Sha256.of(bytes), DeterministicZip.deflate(bytes));
        }, pool))));
        return started;
    }

    /**
     * @param content   what to document
     * @param directory the bundle directory, replaced as a whole
     * @param zipFile   the bundle zip, replaced atomically
     */
    public static void write(BundleContent content, Path directory, Path zipFile) {
        Path stagingDir = directory.resolveSibling(directory.getFileName() + ".partial");
        Path stagingZip = zipFile.resolveSibling(zipFile.getFileName() + ".partial");
        Path previousDir = directory.resolveSibling(directory.getFileName() + ".previous");
        ExecutorService renderers = renderers();
        try {
            deleteTree(stagingDir);
            deleteTree(previousDir);
            Files.createDirectories(stagingDir);
            Files.createDirectories(zipFile.toAbsolutePath().getParent());
            Queue<Rendered> rendered = renderInParallel(content, renderers, stagingDir);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(stagingZip), 1 << 16);
                 DeterministicZip zip = new DeterministicZip(out, content.project().buildTimestamp())) {
                SortedMap<String, String> digests = new TreeMap<>();
                for (Rendered r = rendered.poll(); r != null; r = rendered.poll()) {
                    RenderedFile f = join(r.file());
                    zip.add(r.name(), f.zipEntry());
                    digests.put(r.name(), f.sha256());
                }
                byte[] manifest = Manifest.json(content, digests);
                Files.write(stagingDir.resolve(MANIFEST), manifest);
                zip.add(MANIFEST, manifest);
            }
            if (Files.exists(directory)) {
                Files.move(directory, previousDir);
            }
            Files.move(stagingDir, directory);
            deleteTree(previousDir);
            move(stagingZip, zipFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the evidence bundle " + zipFile + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) { // a render thread could not write its file to the staging directory
            throw new UncheckedIOException("cannot write the evidence bundle " + zipFile + ": "
                    + e.getCause().getMessage(), e.getCause());
        } finally {
            renderers.shutdownNow();
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
