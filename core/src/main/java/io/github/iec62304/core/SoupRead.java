package io.github.iec62304.core;

import io.github.iec62304.core.evaluate.Gates;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.RuleLevels;
import io.github.iec62304.core.evaluate.regression.SoupChangeRule;
import io.github.iec62304.core.link.SoupLinker;
import io.github.iec62304.core.link.SoupModel;
import io.github.iec62304.core.model.InputFile;
import io.github.iec62304.core.read.soup.SoupFiles;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The SOUP register and the SBOM, read on a thread of their own while the check reads everything else (they
 * depend on nothing else read), then joined. The SBOM is required where a SOUP rule is in force (SOUP-CHANGE only
 * when a baseline is compared); it is copied into the bundle as read. A problem with these files surfaces when
 * {@link #link} is called, so the check still reports problems in the order of its inputs.
 */
final class SoupRead {

    /**
     * Reused threads, so that in a multi-module build the next module's read finds the cyclonedx parser its
     * thread already built ({@code SbomReader} keeps one per thread; building one takes about 100 ms).
     */
    private static final ExecutorService READERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "iec62304-soup-read");
        t.setDaemon(true);
        return t;
    });

    private final CheckSettings settings;
    private final Future<SoupFiles.Read> read;

    private SoupRead(CheckSettings settings, Future<SoupFiles.Read> read) {
        this.settings = settings;
        this.read = read;
    }

    /** Starts reading, unless every SOUP rule is off: then the files are not read, so they cannot stop the build. */
    static SoupRead start(CheckSettings settings, RuleLevels levels) {
        boolean baseline = settings.release().baseline().kind() == ReleaseSettings.BaselineSource.Kind.BUNDLE;
        boolean required = Gates.all().stream().filter(r -> r.id().startsWith("SOUP-"))
                .filter(r -> baseline || !(r instanceof SoupChangeRule))
                .anyMatch(r -> levels.levelOf(r, settings.effectiveClass()) != Level.OFF);
        if (!required) {
            return new SoupRead(settings, null);
        }
        return new SoupRead(settings, READERS.submit(() -> SoupFiles.read(settings.projectDir(), settings.soup(),
                settings::label, true, settings.buildStart())));
    }

    /**
     * Waits for the files and joins register and SBOM.
     *
     * @param inputs      receives the files read, with digests
     * @param attachments receives the SBOM as read, by bundle file name
     * @param warnings    receives what the log should say
     */
    SoupModel link(List<InputFile> inputs, Map<String, byte[]> attachments, List<String> warnings) {
        SoupSettings soup = settings.soup();
        if (read == null) {
            return SoupModel.none(settings.label(soup.register()), settings.buildDate(), soup.reviewMaxAge());
        }
        SoupFiles.Read files = await();
        inputs.addAll(files.inputs());
        warnings.addAll(files.warnings());
        if (files.sbom() != null) {
            attachments.put("sbom." + files.sbom().format(), files.sbomBytes());
        }
        return SoupLinker.link(files.sbom(), files.register(), soup.resolvedScopes(), soup.ownModules(),
                settings.buildDate(), soup.reviewMaxAge());
    }

    private SoupFiles.Read await() {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the SBOM", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
