package io.github.iec62304.plugin;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The file GitHub Actions shows on the job page, named by the environment variable {@value #VARIABLE}. The summary
 * is appended, never written over: other steps of the job write to the same file.
 */
final class StepSummaryFile {

    /** The environment variable GitHub Actions sets for each step. */
    static final String VARIABLE = "GITHUB_STEP_SUMMARY";

    private StepSummaryFile() {
    }

    /**
     * @param path     the variable's value, or {@code null} outside GitHub Actions (then nothing happens)
     * @param markdown the summary
     * @return why the summary could not be written (a warning, never a build failure: the bundle is the evidence,
     *         the summary only a view of it), or {@code null}
     */
    static String append(String path, String markdown) {
        if (path == null || path.isBlank()) {
            return null;
        }
        try (OutputStream out = Files.newOutputStream(Path.of(path), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
            out.write(markdown.getBytes(StandardCharsets.UTF_8));
            return null;
        } catch (IOException | RuntimeException e) {
            return "Could not append the IEC 62304 summary to " + VARIABLE + " (" + path + "): " + e
                    + ". The build's outcome and the evidence bundle are not affected; check the variable's path.";
        }
    }
}
