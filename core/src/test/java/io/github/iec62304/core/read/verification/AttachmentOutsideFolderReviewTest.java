package io.github.iec62304.core.read.verification;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.core.read.InputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review finding: an attachment must be a file below the register's folder, and '..' and absolute paths are refused,
 * but a symbolic link to a directory (which git commits as such) lets a record's attachment be any file outside it:
 * only the last path element is checked with NOFOLLOW_LINKS. The file is then copied into the evidence bundle
 * (record-...), which CI uploads and the release deploys.
 */
class AttachmentOutsideFolderReviewTest {

    @TempDir
    Path tmp;

    @Test
    void anAttachmentBehindADirectoryLinkOutsideTheRegistersFolderIsRefused() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("repo/src/iec62304"));
        Path outside = Files.createDirectories(tmp.resolve("home/.ssh"));
        Files.writeString(outside.resolve("id_rsa"), "-----BEGIN PRIVATE KEY-----");
        Files.createSymbolicLink(folder.resolve("records"), outside);
        String yaml = """
                records:
                  - id: VR-1
                    method: inspection
                    protocol: TP-1
                    protocolRevision: A
                    requirements: [REQ-1]
                    version: 1.0.0
                    executedBy: A. Tester
                    date: 2026-11-05
                    result: pass
                    attachments: [records/id_rsa]
                """;

        assertThrows(InputException.class, () -> new VerificationRecordReader().read(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "verification-records.yaml", folder),
                "records/id_rsa resolves to " + outside.resolve("id_rsa") + ", outside the register's folder");
    }
}
