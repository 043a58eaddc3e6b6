package io.github.iec62304.core.read.waiver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.evaluate.Gates;
import io.github.iec62304.core.evaluate.Waivers;
import io.github.iec62304.core.model.approval.Approval;
import io.github.iec62304.core.model.waiver.Waiver;
import io.github.iec62304.core.model.waiver.WaiverRegister;
import io.github.iec62304.core.read.InputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The waiver register: every field read, and every problem one line naming file, line and what to do. */
@Verifies("TOOL-READ-REGISTERS")
public class WaiverRegisterReaderTest {

    static final String FILE = "src/iec62304/waivers.yaml";
    public static final String VALID = """
            waivers:
              - id: W-2026-001
                rule: TRACE-TESTED
                subject: REQ-ALARM-002
                rationale: The alarm test rig is being rebuilt; verified by inspection VR-7 until then.
                expires: 2026-06-30
                approvals:
                  - by: Dr. Jane Roe
                    role: Quality manager
                    date: 2026-01-10
                    meaning: approval
                    fingerprint: v1:1111111111111111111111111111111111111111111111111111111111111111
            """;

    static WaiverRegister read(String yaml) {
        return new WaiverRegisterReader(Gates.ids(), Waivers.NEVER_WAIVABLE).read(new ByteArrayInputStream(
                yaml.getBytes(StandardCharsets.UTF_8)), FILE);
    }

    private static String error(String yaml) {
        String message = assertThrows(InputException.class, () -> read(yaml)).getMessage();
        assertTrue(!message.contains("\n"), "one line: " + message);
        return message;
    }

    @Test
    void readsEveryField() {
        WaiverRegister register = read(VALID);

        assertEquals(List.of(new Waiver("W-2026-001", "TRACE-TESTED", "REQ-ALARM-002", "The alarm test rig is being "
                + "rebuilt; verified by inspection VR-7 until then.", List.of(new Approval("Dr. Jane Roe",
                "Quality manager", "2026-01-10", Approval.Meaning.APPROVAL, "v1:" + "1".repeat(64), 2)),
                LocalDate.of(2026, 6, 30), 2)), register.waivers());
        assertEquals(List.of(FILE, true), List.of(register.source(), register.present()));
    }

    @Test
    void anEmptyListIsARegisterWithoutWaivers() {
        assertEquals(List.of(), read("waivers: []\n").waivers());
    }

    @Test
    void anUnknownFieldIsABuildErrorNamingItsLine() {
        assertEquals(FILE + ":13: unknown field 'approvedOn'; a waiver has: id, rule, subject, rationale, "
                + "expires, approvals", error(VALID + "    approvedOn: 2026-01-10\n"));
    }

    @Test
    void theFormerFreeTextApprovalIsRefusedAsUnknown() {
        assertEquals(FILE + ":13: unknown field 'approvedBy'; a waiver has: id, rule, subject, rationale, "
                + "expires, approvals", error(VALID + "    approvedBy: Dr. Jane Roe\n"));
    }

    @Test
    void aWaiverWithoutApprovalsIsReadAndAcceptsNothingUntilApproved() {
        WaiverRegister register = read(VALID.substring(0, VALID.indexOf("    approvals:")));

        assertEquals(List.of(), register.waivers().get(0).approvals());
        assertEquals(null, register.waivers().get(0).approvalOf("v1:" + "1".repeat(64), LocalDate.of(2026, 2, 1)));
    }

    @Test
    void anApprovalIsReadAsStrictlyAsEverywhere() {
        assertEquals(FILE + ":2: field 'meaning' of the approval by Dr. Jane Roe of waiver W-2026-001: 'ok' is not "
                + "one of review, approval, responsibility", error(VALID.replace("meaning: approval", "meaning: ok")));
        assertEquals(FILE + ":2: field 'fingerprint' of the approval by Dr. Jane Roe of waiver W-2026-001: 'abc' is "
                + "not a content fingerprint; copy it as the build prints it (v1: and 64 hexadecimal digits)",
                error(VALID.replace("v1:" + "1".repeat(64), "abc")));
    }

    @Test
    void aMissingExpiryIsABuildError() {
        assertEquals(FILE + ":2: field 'expires' of waiver W-2026-001 (every waiver ends; no open-ended waivers) "
                + "is missing or empty", error(VALID.replace("    expires: 2026-06-30\n", "")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rule", "subject", "rationale"})
    void everyFieldIsRequired(String field) {
        String yaml = VALID.lines().filter(l -> !l.strip().startsWith(field + ":"))
                .reduce("", (a, b) -> a + b + "\n");

        assertEquals(FILE + ":2: field '" + field + "' of waiver W-2026-001 is missing or empty", error(yaml));
    }

    @Test
    void aDuplicateIdIsABuildError() {
        assertEquals(FILE + ":13: duplicate waiver 'W-2026-001' (first at line 2)", error(VALID
                + VALID.substring("waivers:\n".length()).replace("REQ-ALARM-002", "REQ-OTHER")));
    }

    @Test
    void twoWaiversOfOneViolationAreABuildError() {
        assertEquals(FILE + ":13: waiver W-2 names the same violation (TRACE-TESTED REQ-ALARM-002) as waiver "
                + "W-2026-001 (line 2); keep one waiver per violation", error(VALID
                + VALID.substring("waivers:\n".length()).replace("W-2026-001", "W-2")));
    }

    @Test
    void anUnknownRuleIsABuildErrorListingTheKnownOnes() {
        String message = error(VALID.replace("TRACE-TESTED", "TRACE-TESTD"));

        assertTrue(message.startsWith(FILE + ":2: field 'rule' of waiver W-2026-001: 'TRACE-TESTD' is not a rule of "
                + "the plugin; known rules: ANOMALY-ACCEPTABLE, "), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RELEASE-VERIFIED", "RELEASE-SNAPSHOT", "RELEASE-GIT", "RELEASE-REPRODUCIBLE",
            "RELEASE-ARCHIVED", "RELEASE-APPROVED", "APPROVAL-STALE", "REGRESSION-BASELINE", "WAIVER-EXPIRED",
            "WAIVER-UNUSED"})
    void aReleaseIntegrityRuleCanNeverBeWaived(String rule) {
        assertEquals(FILE + ":2: field 'rule' of waiver W-2026-001: " + rule + " can never be waived: it decides "
                + "whether the evidence itself can be trusted (never waivable: APPROVAL-STALE, REGRESSION-BASELINE, "
                + "RELEASE-APPROVED, "
                + "RELEASE-ARCHIVED, RELEASE-GIT, RELEASE-REPRODUCIBLE, RELEASE-SNAPSHOT, RELEASE-VERIFIED, WAIVER-EXPIRED, "
                + "WAIVER-UNUSED). Fix the build instead", error(VALID.replace("TRACE-TESTED", rule)));
    }

    @Test
    void aDateThatIsNoDateIsABuildError() {
        assertEquals(FILE + ":2: field 'expires' of waiver W-2026-001 (every waiver ends; no open-ended waivers): "
                + "'2026-06-31' is not a date; write it as YYYY-MM-DD", error(VALID.replace("2026-06-30",
                "2026-06-31")));
        assertEquals(FILE + ":2: field 'date' of the approval by Dr. Jane Roe of waiver W-2026-001: 'last week' is "
                + "not a date; write it as YYYY-MM-DD", error(VALID.replace("2026-01-10", "last week")));
    }

    @Test
    void anExpiryBeforeTheApprovalIsABuildError() {
        assertEquals(FILE + ":2: field 'expires' of waiver W-2026-001: 2025-12-31 is before the date of its "
                + "approval by Dr. Jane Roe (Quality manager) on 2026-01-10", error(VALID.replace("2026-06-30",
                "2025-12-31")));
    }

    @Test
    void aWaiverThatIsNotAMappingIsABuildError() {
        assertEquals(FILE + ":2: each waiver must be a mapping with id, rule, subject, rationale, expires and "
                + "approvals", error("waivers:\n  - W-1\n"));
    }
}
