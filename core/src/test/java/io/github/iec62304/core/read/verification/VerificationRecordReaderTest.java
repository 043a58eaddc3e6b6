package io.github.iec62304.core.read.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.model.verification.VerificationMethod;
import io.github.iec62304.core.model.verification.VerificationRecord;
import io.github.iec62304.core.model.verification.VerificationRegister;
import io.github.iec62304.core.read.InputException;
import io.github.iec62304.core.read.Sha256;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19: the register of executed verification records is read as strictly as every other register. */
@Verifies("TOOL-READ-REGISTERS")
class VerificationRecordReaderTest {

    private static final String FILE = "src/iec62304/verification-records.yaml";
    private static final String HEAD = """
            records:
              - id: VR-2026-011
                method: inspection
                protocol: TP-DISP-004
                protocolRevision: B
                requirements: [REQ-DISP-003]
                version: 1.1.0
                executedBy: A. Tester
                date: 2026-11-05
            """;

    @TempDir
    Path folder;

    private VerificationRegister read(String yaml) {
        return new VerificationRecordReader().read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                FILE, folder);
    }

    private String error(String yaml) {
        return assertThrows(InputException.class, () -> read(yaml)).getMessage();
    }

    @Test
    void readsEveryFieldAndDigestsTheAttachment() throws Exception {
        Files.createDirectories(folder.resolve("records"));
        Files.writeString(folder.resolve("records/legibility.txt"), "photos 1-6, all legible");

        VerificationRecord r = read(HEAD + """
                    commit: 3F2C9E1
                    result: pass-with-deviations
                    deviations: [PR-131]
                    attachments: [records/legibility.txt]
                """).records().get(0);

        assertEquals(List.of("VR-2026-011", "inspection", "TP-DISP-004 rev. B", "[REQ-DISP-003]", "1.1.0", "3f2c9e1",
                "A. Tester", "2026-11-05", "pass-with-deviations", "[PR-131]"), List.of(r.id(), r.method().label(),
                r.protocolLabel(), r.requirements().toString(), r.version(), r.commit(), r.executedBy(), r.date(),
                r.result().label(), r.deviations().toString()));
        assertEquals(VerificationMethod.INSPECTION, r.method());
        assertEquals(Sha256.of("photos 1-6, all legible".getBytes(StandardCharsets.UTF_8)),
                r.attachments().get(0).sha256());
        assertEquals(2, r.line());
    }

    @Test
    void anAbsentListIsAnEmptyRegister() {
        assertEquals(List.of(), read("records: []\n").records());
    }

    @Test
    void everyProblemIsABuildErrorWithFileAndLine() {
        assertEquals(FILE + ":2: field 'result' of verification record VR-2026-011 is missing or empty", error(HEAD));
        assertEquals(FILE + ":2: field 'method' of verification record VR-2026-011: 'test' is not one of manual-test, "
                + "inspection, analysis, demonstration (automated tests are evidence of the build itself: @Verifies)",
                error(HEAD.replace("inspection", "test") + "    result: pass\n"));
        assertEquals(FILE + ":2: field 'result' of verification record VR-2026-011: 'passed' is not one of pass, fail, "
                + "pass-with-deviations", error(HEAD + "    result: passed\n"));
        assertEquals(FILE + ":2: field 'deviations' of verification record VR-2026-011 is missing: a record that passed "
                + "with deviations names each as an anomaly of anomalies.yaml",
                error(HEAD + "    result: pass-with-deviations\n"));
        assertEquals(FILE + ":2: field 'deviations' of verification record VR-2026-011 is given, but the result is "
                + "pass; write result: pass-with-deviations", error(HEAD + "    result: pass\n    deviations: [PR-1]\n"));
        assertEquals(FILE + ":2: field 'requirements' of verification record VR-2026-011 is missing or empty: a record "
                + "verifies at least one requirement", error(HEAD.replace("[REQ-DISP-003]", "[]") + "    result: pass\n"));
        assertEquals(FILE + ":2: field 'commit' of verification record VR-2026-011: '3f2' is not a git commit id (7 to 40 "
                + "hexadecimal digits)", error(HEAD + "    result: pass\n    commit: 3f2\n"));
        assertEquals(FILE + ":2: field 'date' of verification record VR-2026-011: '5.11.2026' is not a date; write it as "
                + "YYYY-MM-DD", error(HEAD.replace("2026-11-05", "5.11.2026") + "    result: pass\n"));
    }

    @Test
    void unknownFieldsAndDuplicateIdsAreBuildErrors() {
        assertEquals(FILE + ":10: unknown field 'reslt'; a record has: id, method, protocol, protocolRevision, "
                + "requirements, version, commit, executedBy, date, result, deviations, attachments",
                error(HEAD + "    reslt: pass\n"));
        String one = HEAD.substring("records:\n".length()) + "    result: pass\n";
        assertEquals(FILE + ":11: duplicate verification record 'VR-2026-011' (first at line 2)",
                error("records:\n" + one + one));
    }

    /** A protocol PDF that is not where the record says would make the evidence name a file nobody can show. */
    @Test
    void anAttachmentMustBeAnExistingFileBelowTheRegistersFolder() {
        String missing = error(HEAD + "    result: pass\n    attachments: [records/missing.pdf]\n");
        assertEquals(FILE + ":2: attachment 'records/missing.pdf' of verification record VR-2026-011 not found (looked "
                + "for " + folder.resolve("records/missing.pdf") + "); add the file or correct the path (relative to "
                + "the register's folder)", missing);
        assertEquals(FILE + ":2: attachment '../secret.pdf' of verification record VR-2026-011 must be a path relative "
                + "to the register's folder, without '..'", error(HEAD + "    result: pass\n    attachments: "
                + "[../secret.pdf]\n"));
        assertEquals(FILE + ":2: attachment '/etc/passwd' of verification record VR-2026-011 must be a path relative "
                + "to the register's folder, without '..'", error(HEAD + "    result: pass\n    attachments: "
                + "[/etc/passwd]\n"));
    }
}
