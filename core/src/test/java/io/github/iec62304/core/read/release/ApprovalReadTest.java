package io.github.iec62304.core.read.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.model.approval.Approval;
import io.github.iec62304.core.model.approval.ReleaseApprovals;
import io.github.iec62304.core.model.release.AnomalyRecord;
import io.github.iec62304.core.model.release.ChangeRecord;
import io.github.iec62304.core.read.InputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Approvals bound to content, as the registers write them: {@code approvals:} of change records and anomaly records,
 * and {@code release-approval.yaml}. Strict: every problem is one line naming file, line and field.
 */
@Verifies("TOOL-READ-REGISTERS")
class ApprovalReadTest {

    static final String PRINT = "v1:" + "ab".repeat(32);
    private static final String CHANGES = "src/iec62304/changes.yaml";
    private static final String RECORD = """
            changes:
              - id: CR-7
                release: 1.1.0
                description: Rate limit raised
                requirements:
                  - id: REQ-RATE
                    rationale: Limit is now 1200 ml/h.
                approvals:
                  - by: A. Weber
                    role: Head of quality
                    date: 2026-11-20
                    meaning: approval
                    fingerprint: %s
            """;

    private static ChangeRecord change(String yaml) {
        return new ChangeLogReader().read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), CHANGES)
                .records().get(0);
    }

    private static String changeError(String yaml) {
        return assertThrows(InputException.class, () -> change(yaml)).getMessage();
    }

    @Test
    void aChangeRecordWithApprovalsNeedsNoApprovedBy() {
        ChangeRecord r = change(RECORD.formatted(PRINT));

        assertEquals(List.of(new Approval("A. Weber", "Head of quality", "2026-11-20", Approval.Meaning.APPROVAL,
                PRINT, 2)), r.approvals());
        assertEquals("A. Weber (Head of quality)", r.approvedBy()); // what the regression report names
    }

    @Test
    void aChangeRecordWithoutApprovalsStillNeedsApprovedBy() {
        assertEquals(CHANGES + ":2: field 'approvedBy' of change record CR-7 (or 'approvals') is missing or empty",
                changeError(RECORD.formatted(PRINT).substring(0, RECORD.indexOf("    approvals:"))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "meaning: approval|meaning: signed|field 'meaning' of the approval by A. Weber of change record CR-7: 'signed' "
                + "is not one of review, approval, responsibility",
        "date: 2026-11-20|date: 20.11.2026|field 'date' of the approval by A. Weber of change record CR-7: "
                + "'20.11.2026' is not a date; write it as YYYY-MM-DD",
        "role: Head of quality|role: ''|field 'role' of the approval by A. Weber of change record CR-7 is missing or "
                + "empty",
        "meaning: approval|meaning: approval\\n        signature: x|unknown field 'signature'; 'approvals' has: by, "
                + "role, date, meaning, fingerprint"})
    void aBadApprovalIsAnErrorWithFileAndLine(String from, String to, String message) {
        String error = changeError(RECORD.formatted(PRINT).replace(from, to.replace("\\n", "\n")));
        assertEquals(message, error.substring(error.indexOf(": ") + 2), error);
        assertEquals(CHANGES + ":", error.substring(0, CHANGES.length() + 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"sha256:abc", "v1:abc", "ABABAB"})
    void aMalformedFingerprintIsAnError(String written) {
        assertEquals(CHANGES + ":2: field 'fingerprint' of the approval by A. Weber of change record CR-7: '" + written
                + "' is not a content fingerprint; copy it as the build prints it (v1: and 64 hexadecimal digits)",
                changeError(RECORD.formatted(written)));
    }

    @Test
    void anAnomalyEvaluationCarriesApprovals() {
        AnomalyRecord r = new AnomalyRegisterReader().read(new ByteArrayInputStream("""
                anomalies:
                  - id: PR-1
                    title: Display flickers
                    status: open
                    approvals:
                      - by: B. Kim
                        role: Clinical expert
                        date: 2026-11-19
                        meaning: review
                        fingerprint: %s
                """.formatted(PRINT).getBytes(StandardCharsets.UTF_8)), "src/iec62304/anomalies.yaml").records().get(0);

        assertEquals(List.of("review by B. Kim (Clinical expert) on 2026-11-19"), r.approvals().stream()
                .map(Approval::describe).toList());
    }

    @Test
    void releaseApprovalsNameTheirVersion() {
        ReleaseApprovals approvals = releaseApprovals("""
                approvals:
                  - version: 1.1.0
                    by: A. Weber
                    role: Head of quality
                    date: 2026-11-21
                    meaning: approval
                    fingerprint: %s
                """.formatted(PRINT));

        assertEquals(List.of("1.1.0 approval by A. Weber (Head of quality) on 2026-11-21 " + PRINT),
                approvals.approvals().stream().map(a -> a.version() + " " + a.approval().describe() + " "
                        + a.approval().fingerprint()).toList());
    }

    @Test
    void aReleaseApprovalWithoutVersionOrAnUnknownTopLevelFieldIsAnError() {
        String file = "src/iec62304/release-approval.yaml";
        assertEquals(file + ":2: field 'version' of a release approval is missing or empty", assertThrows(
                InputException.class, () -> releaseApprovals("approvals:\n  - by: A\n    role: R\n    date: "
                        + "2026-11-21\n    meaning: approval\n    fingerprint: " + PRINT + "\n")).getMessage());
        assertEquals(file + ":1: unknown top-level field 'version'; the file has one field, 'approvals' (a list)",
                assertThrows(InputException.class, () -> releaseApprovals("version: 1.1.0\napprovals: []\n"))
                        .getMessage());
    }

    private static ReleaseApprovals releaseApprovals(String yaml) {
        return new ReleaseApprovalReader().read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                "src/iec62304/release-approval.yaml");
    }
}
