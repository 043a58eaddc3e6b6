package io.github.iec62304.core.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.read.Sha256;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 2: a fault (a crash) at every single file-system step of writing or withdrawing a bundle leaves
 * on disk wholly the old evidence or wholly the new one: the zip is the old or the new one, byte for byte, and the
 * directory is absent or exactly the unpacked zip beside it, with a marker naming that zip's SHA-256. The next run
 * removes the leftovers and says so.
 */
@Verifies("TOOL-BUNDLE-ATOMIC")
class EvidenceBundleAtomicityTest {

    private static final Instant OLD = Instant.parse("2026-01-31T10:00:00Z");
    private static final Instant NEW = Instant.parse("2026-02-28T10:00:00Z");

    private static final BundleFileSystem NO_FAULT = new FaultyFileSystem(Integer.MAX_VALUE);

    @TempDir
    Path tmp;

    @Test
    void aCrashAtAnyStepOfWritingLeavesTheOldOrTheNewBundleAndTheNextRunCleansUp() throws Exception {
        byte[] newZip = freshZip(NEW);
        int step = 1;
        for (; ; step++) {
            Path target = Files.createDirectories(tmp.resolve("run" + step + "/target"));
            Path dir = target.resolve("iec62304");
            Path zip = target.resolve("pump.zip");
            EvidenceBundleWriter.write(EvidenceBundleWriterTest.content(OLD, false), dir, zip, NO_FAULT);
            byte[] oldZip = Files.readAllBytes(zip);
            FaultyFileSystem crashing = new FaultyFileSystem(step);

            try {
                EvidenceBundleWriter.write(EvidenceBundleWriterTest.content(NEW, false), dir, zip, crashing);
            } catch (RuntimeException expected) {
                assertTrue(crashing.crashed(), expected.toString());
            }
            if (!crashing.crashed()) {
                assertConsistent(dir, zip, newZip, "no fault");
                break;
            }
            byte[] zipNow = Files.readAllBytes(zip);
            assertTrue(java.util.Arrays.equals(zipNow, oldZip) || java.util.Arrays.equals(zipNow, newZip),
                    "step " + step + ": the zip is neither the old nor the new one");
            assertConsistent(dir, zip, zipNow, "step " + step);
            boolean leftovers = hasLeftovers(target);

            List<Path> removed = EvidenceBundleWriter.write(EvidenceBundleWriterTest.content(NEW, false), dir, zip,
                    NO_FAULT);

            assertEquals(leftovers, !removed.isEmpty(), "step " + step + ": leftovers " + removed);
            assertFalse(hasLeftovers(target), "step " + step);
            assertConsistent(dir, zip, newZip, "step " + step + ", next run");
        }
        assertTrue(step > 30, "the write has more steps than " + step); // each staged file: write + fsync
    }

    @Test
    void aCrashAtAnyStepOfWithdrawingLeavesTheOldBundleOrNone() throws Exception {
        for (int step = 1; ; step++) {
            Path target = Files.createDirectories(tmp.resolve("run" + step + "/target"));
            Path dir = target.resolve("iec62304");
            Path zip = target.resolve("pump.zip");
            EvidenceBundleWriter.write(EvidenceBundleWriterTest.content(OLD, false), dir, zip, NO_FAULT);
            byte[] oldZip = Files.readAllBytes(zip);
            FaultyFileSystem crashing = new FaultyFileSystem(step);

            try {
                EvidenceBundleWriter.withdraw(dir, zip, crashing);
            } catch (RuntimeException expected) {
                assertTrue(crashing.crashed(), expected.toString());
            }
            if (Files.exists(zip)) {
                assertArrayEquals(oldZip, Files.readAllBytes(zip), "step " + step);
                assertConsistent(dir, zip, oldZip, "step " + step);
            } else {
                assertFalse(Files.exists(dir), "step " + step + ": a directory without its zip");
            }
            if (!crashing.crashed()) {
                assertFalse(Files.exists(zip));
                assertFalse(hasLeftovers(target));
                break;
            }
            EvidenceBundleWriter.withdraw(dir, zip, NO_FAULT);
            assertFalse(hasLeftovers(target), "step " + step);
        }
    }

    @Test
    void theOldOrderOfRenamesWouldShowANewDirectoryBesideTheOldZip() throws Exception {
        // What the writer did before: move the new directory in place, then the zip. A crash between the two
        // renames left target/iec62304/ of the new run beside the zip of the old one; the check below catches it.
        Path target = Files.createDirectories(tmp.resolve("old-order/target"));
        Path dir = target.resolve("iec62304");
        Path zip = target.resolve("pump.zip");
        EvidenceBundleWriter.write(EvidenceBundleWriterTest.content(OLD, false), dir, zip);
        EvidenceBundleWriter.write(EvidenceBundleWriterTest.content(NEW, false), target.resolve("new"),
                target.resolve("new.zip"));
        Files.move(dir, target.resolve("gone"));
        Files.move(target.resolve("new"), dir);

        assertThrows(AssertionError.class, () -> assertConsistent(dir, zip, Files.readAllBytes(zip), "old order"));
    }

    @Test
    void theMarkerNamesTheZipTheDirectoryBelongsTo() throws Exception {
        Path dir = tmp.resolve("target/iec62304");
        Path zip = tmp.resolve("target/pump.zip");
        EvidenceBundleWriter.write(EvidenceBundleWriterTest.content(OLD, false), dir, zip);

        assertEquals(Sha256.of(Files.readAllBytes(zip)) + "  ../pump.zip\n",
                Files.readString(dir.resolve(BundleOwnership.MARKER)));
    }

    private byte[] freshZip(Instant when) throws IOException {
        Path target = Files.createDirectories(tmp.resolve("fresh"));
        EvidenceBundleWriter.write(EvidenceBundleWriterTest.content(when, false), target.resolve("d"),
                target.resolve("z.zip"));
        return Files.readAllBytes(target.resolve("z.zip"));
    }

    private static boolean hasLeftovers(Path target) throws IOException {
        try (Stream<Path> list = Files.list(target)) {
            return list.anyMatch(p -> p.getFileName().toString().endsWith(".partial")
                    || p.getFileName().toString().endsWith(".previous"));
        }
    }

    /** The directory is absent, or holds exactly the zip's entries and a marker with the zip's digest. */
    static void assertConsistent(Path dir, Path zip, byte[] zipBytes, String when) throws IOException {
        assertArrayEquals(zipBytes, Files.readAllBytes(zip), when);
        if (!Files.exists(dir)) {
            return;
        }
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        byte[] marker = files.remove(BundleOwnership.MARKER);
        assertEquals(Sha256.of(zipBytes) + "  ../" + zip.getFileName() + "\n",
                marker == null ? null : new String(marker, StandardCharsets.UTF_8), when + ": marker");
        assertEquals(entries.keySet(), files.keySet(), when);
        entries.forEach((name, bytes) -> assertArrayEquals(bytes, files.get(name), when + ": " + name));
    }
}
