package io.github.iec62304.core.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.read.Sha256;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 5, writer part: the bundle's files are streamed to the staging directory and compressed from there,
 * the SBOM copied from disk; a failure while staging, an {@code OutOfMemoryError} included, leaves no staging files
 * and the previous bundle as it was. (The memory itself: {@code HeapLimitTest.checkOfALargeSbomRunsIn512MiB}.)
 */
@Verifies("TOOL-BUNDLE-BOUNDED-MEMORY")
class EvidenceBundleStreamingTest {

    private static final Instant BUILT = Instant.parse("2026-01-31T10:00:00Z");

    @TempDir
    Path tmp;

    @Test
    void anOutOfMemoryErrorWhileAFileIsRenderedLeavesNoStagingFilesAndTheOldBundle() throws Exception {
        runOutOfMemoryAt("soup-list.json"); // on a render thread
    }

    @Test
    void anOutOfMemoryErrorWhileTheZipIsStagedLeavesNoStagingFilesAndTheOldBundle() throws Exception {
        runOutOfMemoryAt("pump.zip.partial"); // on the calling thread
    }

    private void runOutOfMemoryAt(String name) throws IOException {
        Path dir = tmp.resolve("target/iec62304");
        Path zip = tmp.resolve("target/pump.zip");
        EvidenceBundleWriter.write(EvidenceBundleWriterTest.content(BUILT, false), dir, zip);
        byte[] old = Files.readAllBytes(zip);
        BundleFileSystem exhausted = new BundleFileSystem() {
            @Override
            public void write(Path file, byte[] bytes) throws IOException {
                exhaust(file);
                BundleFileSystem.LOCAL.write(file, bytes);
            }

            @Override
            public OutputStream create(Path file) throws IOException {
                exhaust(file);
                return BundleFileSystem.LOCAL.create(file);
            }

            private void exhaust(Path file) {
                if (file.getFileName().toString().equals(name)) {
                    throw new OutOfMemoryError("Java heap space (injected)");
                }
            }
        };

        assertThrows(OutOfMemoryError.class, () -> EvidenceBundleWriter.write(
                EvidenceBundleWriterTest.content(Instant.parse("2026-02-28T10:00:00Z"), false), dir, zip, exhausted));

        assertEquals(List.of("iec62304", "pump.zip"), names(tmp.resolve("target")));
        assertArrayEquals(old, Files.readAllBytes(zip));
    }

    @Test
    void anSbomChangedSinceItWasReadIsNotCopiedAndNothingIsLeft() throws Exception {
        Path bom = Files.writeString(tmp.resolve("bom.json"), "{\"bomFormat\":\"CycloneDX\"}\n");
        String readSha = Sha256.of("{}".getBytes(StandardCharsets.UTF_8));
        Path target = tmp.resolve("target");

        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> EvidenceBundleWriter.write(
                withSbom(new BundleAttachment(bom, "target/bom.json", readSha)), target.resolve("iec62304"),
                target.resolve("pump.zip")));

        assertEquals("cannot write the evidence bundle " + target.resolve("pump.zip") + ": target/bom.json changed "
                + "while the check ran: its copy would not be the file the gates judged. Run the build again",
                e.getMessage());
        assertEquals(List.of(), names(target));
    }

    @Test
    void theSbomIsCopiedFromDiskByteForByte() throws Exception {
        byte[] sbom = new byte[3 << 20];
        new Random(7).nextBytes(sbom);
        Path bom = Files.write(tmp.resolve("bom.json"), sbom);
        Path zip = tmp.resolve("target/pump.zip");

        EvidenceBundleWriter.write(withSbom(new BundleAttachment(bom, "target/bom.json", Sha256.of(sbom))),
                tmp.resolve("target/iec62304"), zip);

        assertArrayEquals(sbom, BaselineBundles.entries(zip).get("sbom.json"));
        assertArrayEquals(sbom, Files.readAllBytes(tmp.resolve("target/iec62304/sbom.json")));
    }

    @Test
    void aFileCompressedFromDiskIsTheEntryOfItsBytes() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 3 << 20; i++) {
            text.append("row ").append(i).append(",library-").append(i * 7919 % 100_003).append("\r\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);

        DeterministicZip.Entry whole = DeterministicZip.deflate(bytes);
        DeterministicZip.Entry streamed = DeterministicZip.deflate(Files.write(tmp.resolve("f.csv"), bytes));

        assertEquals(whole.crc(), streamed.crc());
        assertEquals(whole.size(), streamed.size());
        assertArrayEquals(whole.compressed(), streamed.compressed());
    }

    private static BundleContent withSbom(BundleAttachment sbom) {
        BundleContent c = EvidenceBundleWriterTest.content(BUILT, false);
        return new BundleContent(c.project(), c.classDeclared(), c.evidence(), c.report(), c.inputs(),
                Map.of("sbom.json", sbom));
    }

    private static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
