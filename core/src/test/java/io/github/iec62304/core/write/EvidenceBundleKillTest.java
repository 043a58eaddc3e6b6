package io.github.iec62304.core.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.iec62304.annotations.Verifies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 2 with a real {@code kill -9}: a JVM writing the bundle is killed by strace exactly at its N-th
 * rename (the publishing steps), for every N; what is on disk is then the old bundle or the new one, and the next
 * run cleans up. Skipped where strace is missing or may not trace (a container without ptrace).
 */
@Verifies("TOOL-BUNDLE-ATOMIC")
class EvidenceBundleKillTest {

    private static final String OLD = "2026-01-31T10:00:00Z";
    private static final String NEW = "2026-02-28T10:00:00Z";
    private static final String RENAMES = "rename,renameat,renameat2";

    @TempDir
    Path tmp;

    @Test
    void aJvmKilledAtEachRenameLeavesTheOldOrTheNewBundle() throws Exception {
        assumeTrue(run(List.of("strace", "-qq", "-o", "/dev/null", "true")) == 0, "strace cannot trace here");
        Path fresh = tmp.resolve("fresh");
        assertEquals(0, write(List.of(), fresh.resolve("d"), fresh.resolve("z.zip"), NEW));
        byte[] newZip = Files.readAllBytes(fresh.resolve("z.zip"));
        for (int n = 1; ; n++) {
            Path target = Files.createDirectories(tmp.resolve("run" + n));
            Path dir = target.resolve("iec62304");
            Path zip = target.resolve("pump.zip");
            assertEquals(0, write(List.of(), dir, zip, OLD));
            byte[] oldZip = Files.readAllBytes(zip);

            int exit = write(List.of("strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=" + RENAMES, "-e",
                    "inject=" + RENAMES + ":error=EIO:signal=SIGKILL:when=" + n), dir, zip, NEW);

            byte[] zipNow = Files.readAllBytes(zip);
            assertTrue(Arrays.equals(zipNow, oldZip) || Arrays.equals(zipNow, newZip), "rename " + n);
            EvidenceBundleAtomicityTest.assertConsistent(dir, zip, zipNow, "killed at rename " + n);
            if (exit == 0) { // fewer renames than n: the write completed
                assertTrue(n > 3, "the write renames the old directory away, the zip and the new directory");
                assertTrue(Arrays.equals(zipNow, newZip));
                break;
            }
            assertEquals(0, write(List.of(), dir, zip, NEW));
            EvidenceBundleAtomicityTest.assertConsistent(dir, zip, newZip, "after rename " + n + ", next run");
            try (Stream<Path> list = Files.list(target)) {
                assertEquals(List.of("iec62304", "pump.zip"),
                        list.map(p -> p.getFileName().toString()).sorted().toList(), "rename " + n);
            }
        }
        assertFalse(Files.exists(tmp.resolve("run1/iec62304.partial")));
    }

    /** @return the exit code of a JVM that writes one bundle, started under {@code wrapper} */
    private static int write(List<String> wrapper, Path dir, Path zip, String timestamp) throws Exception {
        List<String> command = new java.util.ArrayList<>(wrapper);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), BundleWriteProcess.class.getName(), dir.toString(),
                zip.toString(), timestamp));
        return run(command);
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            return -1; // not installed
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return p.exitValue();
    }
}
