package io.github.iec62304.core.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one {@code git} command: no shell, output to temporary files (a child that hangs with its output open cannot
 * block the reader), killed after a timeout. A failure to start, a timeout or an interrupt give {@code null}.
 */
final class GitCommand {

    /** stdout and stderr (UTF-8) and the exit code of a finished command */
    record Result(int exit, String out, String err) {
        boolean ok() {
            return exit == 0;
        }
    }

    static final long TIMEOUT_SECONDS = 20;

    private GitCommand() {
    }

    /**
     * @param environment added to the inherited environment (tests point {@code GNUPGHOME} at a throwaway keyring)
     * @return the result, or {@code null} when git could not be run or did not finish in time
     */
    static Result run(Path dir, Map<String, String> environment, List<String> command) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("iec62304-git", ".out");
            err = Files.createTempFile("iec62304-git", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly); // gpg started by git
                process.destroyForcibly();
                return null;
            }
            return new Result(process.exitValue(), new String(Files.readAllBytes(out), StandardCharsets.UTF_8),
                    new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            delete(out);
            delete(err);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind is harmless
            }
        }
    }
}
