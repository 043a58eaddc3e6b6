package io.github.iec62304.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: the manifest records what git says of the signature of the commit (and of the tags at it) the evidence
 * was built from. Evidence only: no outcome fails anything. The signed half generates a throwaway key in a temporary
 * GNUPGHOME and is skipped only where gpg is not installed.
 */
class GitSignatureTest {

    @TempDir
    Path repo;

    /** a short path of its own: gpg-agent's socket path must stay under ~100 characters */
    private Path gnupgHome;

    private Map<String, String> env = Map.of();

    @BeforeEach
    void repository() throws Exception {
        assumeTrue(run(repo, Map.of(), "git", "--version") == 0, "git is installed");
        git("init", "-q");
        Files.writeString(repo.resolve("pom.xml"), "<project/>");
        git("add", ".");
        git("commit", "-q", "-m", "unsigned");
    }

    @AfterEach
    void stopAgent() throws Exception {
        if (gnupgHome != null) { // the agent gpg started for the throwaway keyring
            run(repo, Map.of(), "gpgconf", "--homedir", gnupgHome.toString(), "--kill", "all");
            try (var files = Files.walk(gnupgHome)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void anUnsignedCommitIsUnsigned() {
        GitRevision git = GitRevision.of(repo, env).orElseThrow();

        assertEquals(GitSignature.Status.UNSIGNED, git.signature().status());
        assertEquals("N", git.signature().code());
        assertNull(git.signature().key());
        assertEquals(List.of(), git.tags(), "HEAD is not tagged");
    }

    @Test
    void aLightweightTagAtHeadIsUnsigned() throws Exception {
        git("tag", "v1.0.0");

        GitRevision git = GitRevision.of(repo, env).orElseThrow();

        assertEquals(1, git.tags().size());
        assertEquals("v1.0.0 UNSIGNED", git.tags().get(0).name() + " " + git.tags().get(0).signature().status());
        assertTrue(git.tags().get(0).signature().detail().contains("lightweight"));
    }

    @Test
    void aCommitSignedWithATrustedKeyIsGoodWithItsKeyId() throws Exception {
        String fingerprint = throwawayKey();
        git("-c", "user.signingkey=" + fingerprint, "commit", "-q", "-S", "--allow-empty", "-m", "signed");
        git("-c", "user.signingkey=" + fingerprint, "tag", "-s", "-m", "release 1.0.0", "v1.0.0");
        git("tag", "-a", "-m", "annotated, not signed", "annotated");

        GitRevision git = GitRevision.of(repo, env).orElseThrow();

        GitSignature commit = git.signature();
        assertEquals(GitSignature.Status.GOOD, commit.status(), commit.detail());
        assertEquals("G", commit.code());
        assertEquals("IT <it@example.org>", commit.signer());
        assertEquals(fingerprint.substring(24), commit.key(), "the long key id");
        assertEquals(fingerprint, commit.fingerprint());
        assertEquals(List.of("annotated", "v1.0.0"), git.tags().stream().map(GitTag::name).toList());
        assertEquals(GitSignature.Status.UNSIGNED, git.tags().get(0).signature().status());
        GitSignature tag = git.tags().get(1).signature();
        assertEquals("GOOD G IT <it@example.org> " + fingerprint, tag.status() + " " + tag.code() + " " + tag.signer()
                + " " + tag.fingerprint());
        assertEquals(fingerprint.substring(24), tag.key());
    }

    @Test
    void aSignatureWhoseKeyIsNotInTheKeyringIsUnknownAndSaysWhy(@TempDir Path otherHome) throws Exception {
        String fingerprint = throwawayKey();
        git("-c", "user.signingkey=" + fingerprint, "commit", "-q", "-S", "--allow-empty", "-m", "signed");
        Files.setPosixFilePermissions(otherHome, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));

        GitSignature missingKey = GitRevision.of(repo, Map.of("GNUPGHOME", otherHome.toString())).orElseThrow()
                .signature();
        run(repo, Map.of(), "gpgconf", "--homedir", otherHome.toString(), "--kill", "all");

        assertEquals("UNKNOWN E " + fingerprint.substring(24), missingKey.status() + " " + missingKey.code() + " "
                + missingKey.key());
        assertTrue(missingKey.detail().contains("missing from the build's keyring"), missingKey.detail());
    }

    @Test
    void aSignedCommitGitCannotCheckIsUnknownNotUnsigned() throws Exception {
        String fingerprint = throwawayKey();
        git("-c", "user.signingkey=" + fingerprint, "commit", "-q", "-S", "--allow-empty", "-m", "signed");
        git("config", "gpg.program", repo.resolve("no-such-gpg").toString()); // git says N when gpg cannot run

        GitSignature signature = GitRevision.of(repo, env).orElseThrow().signature();

        assertEquals(GitSignature.Status.UNKNOWN, signature.status());
        assertNull(signature.code());
        assertTrue(signature.detail().startsWith("the commit is signed, but git could not check the signature"),
                signature.detail());
    }

    @Test
    void gpgStatusLinesAreReadAsGitReadsThem() {
        String good = "[GNUPG:] NEWSIG\n[GNUPG:] GOODSIG B40F3BA549CD8646 IT <it@example.org>\n"
                + "[GNUPG:] VALIDSIG C7405B88F05AA736FFE8DED7B40F3BA549CD8646 2026-12-07 1796621444 0 4 0 22 8 00 X\n";
        assertEquals("GOOD G", line(GitSignature.ofGpgStatus(good + "[GNUPG:] TRUST_ULTIMATE 0 pgp\n")));
        assertEquals("GOOD G", line(GitSignature.ofGpgStatus(good + "[GNUPG:] TRUST_FULLY 0 pgp\n")));
        assertEquals("UNKNOWN U", line(GitSignature.ofGpgStatus(good + "[GNUPG:] TRUST_UNDEFINED 0 pgp\n")));
        assertEquals("UNKNOWN U", line(GitSignature.ofGpgStatus(good + "[GNUPG:] TRUST_NEVER 0 pgp\n")));
        assertEquals("BAD B", line(GitSignature.ofGpgStatus("[GNUPG:] BADSIG B40F3BA549CD8646 IT <it@example.org>")));
        assertEquals("EXPIRED Y", line(GitSignature.ofGpgStatus("[GNUPG:] EXPKEYSIG B40F3BA549CD8646 IT")));
        assertEquals("EXPIRED X", line(GitSignature.ofGpgStatus("[GNUPG:] EXPSIG B40F3BA549CD8646 IT")));
        assertEquals("REVOKED R", line(GitSignature.ofGpgStatus("[GNUPG:] REVKEYSIG B40F3BA549CD8646 IT")));
        GitSignature missing = GitSignature.ofGpgStatus(
                "[GNUPG:] ERRSIG B40F3BA549CD8646 22 8 00 1796621444 9 C740\n[GNUPG:] NO_PUBKEY B40F3BA549CD8646\n");
        assertEquals("UNKNOWN E", line(missing));
        assertNull(missing.signer(), "ERRSIG carries no user id");
        assertNull(GitSignature.ofGpgStatus("error: no signature found\n"));
        assertEquals("UNKNOWN", GitSignature.of("Z", "", "", "").status().name(), "a letter of a future git");
    }

    private static String line(GitSignature s) {
        return s.status() + " " + s.code();
    }

    /** @return the fingerprint of a new ed25519 key without passphrase in a fresh GNUPGHOME */
    private String throwawayKey() throws Exception {
        assumeTrue(run(repo, Map.of(), "gpg", "--version") == 0, "gpg is installed");
        gnupgHome = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "gpg");
        Files.setPosixFilePermissions(gnupgHome, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        env = Map.of("GNUPGHOME", gnupgHome.toString());
        assertEquals(0, run(repo, env, "gpg", "--batch", "--passphrase", "", "--quick-gen-key", "IT <it@example.org>",
                "ed25519", "sign", "never"));
        GitCommand.Result keys = GitCommand.run(repo, env, List.of("gpg", "--batch", "--with-colons",
                "--list-secret-keys"));
        return keys.out().lines().filter(l -> l.startsWith("fpr:")).findFirst().orElseThrow().split(":")[9];
    }

    private void git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=IT", "-c", "user.email=it@example.org",
                "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false"));
        command.addAll(List.of(args));
        assertEquals(0, run(repo, env, command.toArray(String[]::new)), String.join(" ", command));
    }

    private static int run(Path dir, Map<String, String> env, String... command) {
        GitCommand.Result result = GitCommand.run(dir, env, List.of(command));
        return result == null ? -1 : result.exit();
    }
}
