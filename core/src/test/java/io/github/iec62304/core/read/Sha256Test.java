package io.github.iec62304.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {

    @Test
    void hexOfKnownValue() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Sha256.of("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void digestCoversTheWholeStreamEvenWhenTheParserReadsPartAndClosesIt(@TempDir Path tmp) throws Exception {
        byte[] bytes = "0123456789".repeat(5000).getBytes(StandardCharsets.US_ASCII);
        Path file = Files.write(tmp.resolve("input"), bytes);

        String digest;
        try (InputStream raw = Files.newInputStream(file); Sha256.DigestingStream in = new Sha256.DigestingStream(raw)) {
            in.read();
            in.read(new byte[100], 0, 100);
            in.close(); // what Jackson and StAX do when they finish
            digest = in.finish();
        }

        assertEquals(Sha256.of(bytes), digest);
    }

    @Test
    void digestOfUnreadStream() throws Exception {
        try (Sha256.DigestingStream in = new Sha256.DigestingStream(new ByteArrayInputStream(new byte[0]))) {
            assertEquals(Sha256.of(new byte[0]), in.finish());
        }
    }
}
