package io.github.iec62304.core.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The git commit the evidence was built from, and whether the project's files differ from it (IEC 62304 5.1.11:
 * evidence from the committed tree). Asks the {@code git} command; none installed or no repository gives empty.
 *
 * @param commit full commit id of HEAD
 * @param dirty  {@code true} when tracked or untracked, not ignored files below the project differ from HEAD
 */
public record GitRevision(String commit, boolean dirty) {

    private static final long TIMEOUT_SECONDS = 20;

    /**
     * @return the revision of the repository that contains {@code projectDir}, if any; empty too when the repository
     *         ignores the project directory (its files are not version-controlled, e.g. a project under target/)
     */
    public static Optional<GitRevision> of(Path projectDir) {
        Optional<String> head = run(projectDir, "git", "rev-parse", "--verify", "HEAD");
        if (head.isEmpty() || !head.get().strip().matches("[0-9a-f]{40,64}")
                || run(projectDir, "git", "check-ignore", "-q", ".").isPresent()) {
            return Optional.empty();
        }
        Optional<String> status = run(projectDir, "git", "status", "--porcelain", "--", ".");
        return Optional.of(new GitRevision(head.get().strip(), status.map(s -> !s.isBlank()).orElse(true)));
    }

    private static Optional<String> run(Path dir, String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command)).directory(dir.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out;
            try (InputStream in = process.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 ? Optional.of(new String(out, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
