package io.github.iec62304.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commit the evidence comes from; a project git ignores (an IT project under target/) is outside git. */
class GitRevisionTest {

    @TempDir
    Path repo;

    private void git(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=T", "-c",
                "user.email=t@example.org", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor(), String.join(" ", command));
    }

    @BeforeEach
    void committedRepository() throws Exception {
        assumeTrue(GitRevision.of(Path.of(".")).isPresent() || hasGit(), "git is installed");
        git("init", "-q");
        Files.writeString(repo.resolve(".gitignore"), "target/\n");
        Files.createDirectories(repo.resolve("pump/src"));
        Files.writeString(repo.resolve("pump/pom.xml"), "<project/>");
        git("add", ".");
        git("commit", "-q", "-m", "init");
    }

    private static boolean hasGit() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void aCleanProjectHasItsCommit() {
        Optional<GitRevision> git = GitRevision.of(repo.resolve("pump"));

        assertTrue(git.isPresent());
        assertTrue(git.get().commit().matches("[0-9a-f]{40,64}"), git.get().commit());
        assertEquals(false, git.get().dirty());
    }

    /** The committer date dates a release build (see ReferenceDate); signatures shown by git log do not confuse it. */
    @Test
    void readsTheCommitterDateOfHead() throws Exception {
        git("config", "log.showSignature", "true");
        Files.writeString(repo.resolve("pump/src/A.java"), "class A {}");
        git("add", ".");
        ProcessBuilder commit = new ProcessBuilder("git", "-c", "user.name=T", "-c", "user.email=t@example.org", "-c",
                "commit.gpgsign=false", "commit", "-q", "-m", "release").directory(repo.toFile())
                .redirectErrorStream(true);
        commit.environment().put("GIT_COMMITTER_DATE", "2026-10-15T09:30:00+02:00");
        commit.environment().put("GIT_AUTHOR_DATE", "2020-01-01T00:00:00Z");
        Process p = commit.start();
        p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor());

        GitRevision git = GitRevision.of(repo.resolve("pump")).orElseThrow();
        assertEquals(java.time.Instant.parse("2026-10-15T07:30:00Z"), git.committed());
        assertEquals(git, GitRevision.of(repo.resolve("pump")).orElseThrow(), "the same commit, the same date");
    }

    @Test
    void anUntrackedFileBelowTheProjectMakesItDirty() throws Exception {
        Files.writeString(repo.resolve("pump/src/New.java"), "class New {}");

        assertEquals(true, GitRevision.of(repo.resolve("pump")).orElseThrow().dirty());
    }

    @Test
    void aChangeOutsideTheProjectDoesNot() throws Exception {
        Files.writeString(repo.resolve("notes.txt"), "elsewhere");

        assertEquals(false, GitRevision.of(repo.resolve("pump")).orElseThrow().dirty());
    }

    @Test
    void anIgnoredFileDoesNot() throws Exception {
        Files.createDirectories(repo.resolve("pump/target"));
        Files.writeString(repo.resolve("pump/target/out.txt"), "build output");

        assertEquals(false, GitRevision.of(repo.resolve("pump")).orElseThrow().dirty());
    }

    @Test
    void aProjectTheRepositoryIgnoresIsOutsideGit() throws Exception {
        Path it = Files.createDirectories(repo.resolve("target/it/release-project"));
        Files.writeString(it.resolve("pom.xml"), "<project/>");

        assertEquals(Optional.empty(), GitRevision.of(it));
    }

    @Test
    void aDirectoryOutsideAnyRepositoryIsOutsideGit(@TempDir Path elsewhere) {
        assumeTrue(!Files.exists(elsewhere.getParent().resolve(".git")));
        assertEquals(Optional.empty(), GitRevision.of(elsewhere));
    }

    @Test
    void aRepositoryWithoutCommitIsOutsideGit(@TempDir Path fresh) throws Exception {
        Process p = new ProcessBuilder("git", "init", "-q").directory(fresh.toFile()).start();
        assertEquals(0, p.waitFor());

        assertEquals(Optional.empty(), GitRevision.of(fresh));
    }
}
