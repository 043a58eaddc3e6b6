package io.github.iec62304.core.project;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The git commit the evidence was built from, and whether the project's files differ from it (IEC 62304 5.1.11:
 * evidence from the committed tree). Asks the {@code git} command; none installed or no repository gives empty.
 *
 * @param commit    full commit id of HEAD
 * @param dirty     {@code true} when tracked or untracked, not ignored files below the project differ from HEAD
 * @param committed the committer date of HEAD: fixed for the commit, so a release build can judge dates against it
 *                  and a rebuild of the same commit judges the same (see {@link ReferenceDate})
 * @param signature what {@code git verify-commit} says of HEAD's signature, or {@code null} when not read
 * @param tags      the tags pointing at HEAD, by name, each with what {@code git verify-tag} says of it
 */
public record GitRevision(String commit, boolean dirty, Instant committed, GitSignature signature,
                          List<GitTag> tags) {

    public GitRevision {
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(committed, "committed");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A revision whose signature and tags were not read. */
    public GitRevision(String commit, boolean dirty, Instant committed) {
        this(commit, dirty, committed, null, List.of());
    }

    /**
     * @return the revision of the repository that contains {@code projectDir}, if any; empty too when the repository
     *         ignores the project directory (its files are not version-controlled, e.g. a project under target/)
     */
    public static Optional<GitRevision> of(Path projectDir) {
        return of(projectDir, Map.of());
    }

    /** @param environment added to git's environment (a test's throwaway {@code GNUPGHOME}) */
    static Optional<GitRevision> of(Path projectDir, Map<String, String> environment) {
        // one process for the commit and its committer date (seconds since the epoch); signatures off, since
        // log.showSignature=true would print them on stdout
        String[] head = run(projectDir, environment, "git", "-c", "log.showSignature=false", "log", "-1", "--format=%H %ct",
                "HEAD", "--").map(s -> s.strip().split(" ")).orElse(new String[0]);
        if (head.length != 2 || !head[0].matches("[0-9a-f]{40,64}") || !head[1].matches("-?[0-9]{1,12}")
                || run(projectDir, environment, "git", "check-ignore", "-q", ".").isPresent()) {
            return Optional.empty();
        }
        Optional<String> status = run(projectDir, environment, "git", "status", "--porcelain", "--", ".");
        return Optional.of(new GitRevision(head[0], status.map(s -> !s.isBlank()).orElse(true),
                Instant.ofEpochSecond(Long.parseLong(head[1])), commitSignature(projectDir, environment, head[0]),
                tags(projectDir, environment, head[0])));
    }

    /** git's own verdict ({@code %G?}, the same check as {@code git verify-commit}) on the commit's signature. */
    private static GitSignature commitSignature(Path dir, Map<String, String> env, String commit) {
        GitCommand.Result log = GitCommand.run(dir, env, List.of("git", "-c", "log.showSignature=false", "log", "-1",
                "--format=%G?%x00%GS%x00%GK%x00%GF", commit, "--"));
        if (log == null || !log.ok()) {
            return GitSignature.unknown(log == null ? "git did not answer in " + GitCommand.TIMEOUT_SECONDS + " s"
                    : "git log failed: " + GitSignature.firstLines(log.err()));
        }
        String[] f = log.out().replaceAll("\\r?\\n$", "").split("\0", -1);
        if (f.length != 4) {
            return GitSignature.unknown("unexpected output of git log: " + GitSignature.firstLines(log.out()));
        }
        if ("N".equals(f[0])) { // git also says N for a signed commit when it cannot run gpg: look at the object
            GitCommand.Result object = GitCommand.run(dir, env, List.of("git", "cat-file", "commit", commit));
            if (object == null || !object.ok()) {
                return GitSignature.unknown("git cat-file could not read the commit");
            }
            String header = object.out().split("\n\n", 2)[0];
            if (header.lines().anyMatch(l -> l.startsWith("gpgsig ") || l.startsWith("gpgsig-sha256 "))) {
                GitCommand.Result verify = GitCommand.run(dir, env, List.of("git", "verify-commit", "--raw", commit));
                return GitSignature.unknown("the commit is signed, but git could not check the signature"
                        + (verify == null ? "" : ": " + GitSignature.firstLines(verify.err())));
            }
        }
        return GitSignature.of(f[0], f[1], f[2], f[3]);
    }

    /** The tags that point at the commit, each with {@code git verify-tag}'s verdict. */
    private static List<GitTag> tags(Path dir, Map<String, String> env, String commit) {
        GitCommand.Result names = GitCommand.run(dir, env, List.of("git", "tag", "--points-at", commit));
        if (names == null || !names.ok()) {
            return List.of();
        }
        List<GitTag> tags = new ArrayList<>();
        for (String name : names.out().lines().map(String::strip).filter(n -> !n.isEmpty()).sorted().toList()) {
            String ref = "refs/tags/" + name;
            GitCommand.Result type = GitCommand.run(dir, env, List.of("git", "cat-file", "-t", ref));
            if (type != null && type.ok() && !"tag".equals(type.out().strip())) {
                tags.add(new GitTag(name, GitSignature.unsigned(
                        "lightweight tag: it has no tag object that could carry a signature")));
                continue;
            }
            GitCommand.Result verify = GitCommand.run(dir, env, List.of("git", "verify-tag", "--raw", ref));
            GitSignature signature;
            if (verify == null) {
                signature = GitSignature.unknown("git verify-tag did not answer in " + GitCommand.TIMEOUT_SECONDS
                        + " s");
            } else if ((signature = GitSignature.ofGpgStatus(verify.err())) == null) {
                if (verify.ok()) { // a signature format without gpg status lines (ssh, x509) that git accepted
                    signature = new GitSignature(GitSignature.Status.GOOD, "G", null, null, null,
                            "git verify-tag accepted the signature: " + GitSignature.firstLines(verify.err()));
                } else if (verify.err().contains("no signature found")) {
                    signature = GitSignature.unsigned("annotated tag without a signature");
                } else {
                    signature = GitSignature.unknown("git verify-tag could not check the signature: "
                            + GitSignature.firstLines(verify.err()));
                }
            }
            tags.add(new GitTag(name, signature));
        }
        return tags;
    }

    private static Optional<String> run(Path dir, Map<String, String> environment, String... command) {
        GitCommand.Result result = GitCommand.run(dir, environment, List.of(command));
        return result != null && result.ok() ? Optional.of(result.out()) : Optional.empty();
    }
}
