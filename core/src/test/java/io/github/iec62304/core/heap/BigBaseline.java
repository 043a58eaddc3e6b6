package io.github.iec62304.core.heap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.iec62304.core.read.Sha256;
import io.github.iec62304.core.write.BaselineBundles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the bundle of the release project of {@link BaselineBundles}, with a test record of the given size in its
 * place (streamed: never held in memory), and its SHA-256 in the manifest: a legitimate baseline, only large.
 */
final class BigBaseline {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BigBaseline() {
    }

    /** @return the zip, with about {@code cases} test cases of about 400 bytes each */
    static Path write(Path zip, int cases) throws IOException {
        Map<String, byte[]> entries = BaselineBundles.entries(BaselineBundles.write(BaselineBundles.pump100(),
                BaselineBundles.info("com.acme", "pump", "1.0.0"), Files.createDirectories(zip.getParent())));
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.setLevel(1); // fast: the test is about reading
            String recordSha = null;
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                if (e.getKey().equals("manifest.json")) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(e.getKey()));
                if (e.getKey().equals("test-record.json")) {
                    recordSha = testRecord(out, cases);
                } else {
                    out.write(e.getValue());
                }
                out.closeEntry();
            }
            ObjectNode manifest = (ObjectNode) JSON.readTree(entries.get("manifest.json"));
            for (var f : manifest.path("files")) {
                if (f.path("path").asText().equals("test-record.json")) {
                    ((ObjectNode) f).put("sha256", recordSha);
                }
            }
            out.putNextEntry(new ZipEntry("manifest.json"));
            out.write(JSON.writeValueAsBytes(manifest));
            out.closeEntry();
        }
        return zip;
    }

    private static String testRecord(OutputStream zip, int cases) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        OutputStream tee = new DigestOutputStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                zip.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                zip.write(b, off, len);
            }
        }, digest);
        Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(tee, StandardCharsets.UTF_8), 1 << 16);
        w.write("{\"summary\":{\"total\":" + cases + "},\"testCases\":[");
        for (int i = 0; i < cases; i++) {
            w.write(i == 0 ? "{" : ",{");
            w.write("\"class\":\"com.acme.pump.module" + (i % 97) + ".DoseCalculator" + (i / 97) + "Test\",");
            w.write("\"name\":\"ratesAreRounded" + i + "(int, Zone)[" + (i % 7) + "]\",");
            w.write("\"id\":\"com.acme.pump.module" + (i % 97) + ".DoseCalculator" + (i / 97) + "Test#ratesAreRounded"
                    + i + "[" + (i % 7 + 1) + "]\",");
            w.write("\"outcome\":\"" + (i % 50 == 0 ? "FAILED" : "PASSED") + "\",\"timeSeconds\":0." + (i % 1000)
                    + ",\"reruns\":0,\"message\":\"expected: <" + (i * 31L) + "> but was: <" + (i * 17L)
                    + "> while checking the hourly rate limit of drug library entry " + Integer.toHexString(i * 7919)
                    + " at step " + (i % 13) + "\",\"reports\":[\"target/surefire-reports/TEST-com.acme.pump.module"
                    + (i % 97) + ".DoseCalculator" + (i / 97) + "Test.xml\"]}");
        }
        w.write("]}");
        w.flush();
        return Sha256.hex(digest.digest());
    }
}
