package io.github.iec62304.core.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The git commit the evidence was built from, and whether the project's files differ from it (IEC 62304 5.1.11:
 * evidence from the committed tree). Asks the {@code git} command; none installed or no repository gives empty.
 *
 * @param commit    full commit id of HEAD
 * @param dirty     {@code true} when tracked or untracked, not ignored files below the project differ from HEAD
 * @param committed the committer date of HEAD: fixed for the commit, so a release build can judge dates against it
 *                  and a rebuild of the same commit judges the same (see {@link ReferenceDate})
 */
public record GitRevision(String commit, boolean dirty, Instant committed) {

    private static final long TIMEOUT_SECONDS = 20;

    public GitRevision {
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(committed, "committed");
    }

    /**
     * @return the revision of the repository that contains {@code projectDir}, if any; empty too when the repository
     *         ignores the project directory (its files are not version-controlled, e.g. a project under target/)
     */
    public static Optional<GitRevision> of(Path projectDir) {
        // one process for the commit and its committer date (seconds since the epoch); signatures off, since
        // log.showSignature=true would print them on stdout
        String[] head = run(projectDir, "git", "-c", "log.showSignature=false", "log", "-1", "--format=%H %ct",
                "HEAD", "--").map(s -> s.strip().split(" ")).orElse(new String[0]);
        if (head.length != 2 || !head[0].matches("[0-9a-f]{40,64}") || !head[1].matches("-?[0-9]{1,12}")
                || run(projectDir, "git", "check-ignore", "-q", ".").isPresent()) {
            return Optional.empty();
        }
        Optional<String> status = run(projectDir, "git", "status", "--porcelain", "--", ".");
        return Optional.of(new GitRevision(head[0], status.map(s -> !s.isBlank()).orElse(true),
                Instant.ofEpochSecond(Long.parseLong(head[1]))));
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
