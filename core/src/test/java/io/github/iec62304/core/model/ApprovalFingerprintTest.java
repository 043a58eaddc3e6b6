package io.github.iec62304.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.iec62304.core.model.approval.Approval;
import io.github.iec62304.core.model.release.AnomalyRecord;
import io.github.iec62304.core.model.release.ChangeRecord;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What an approval approves: the change record's fingerprint covers its own fields and the requirements it names, not
 * the approval; the anomaly's its evaluation; the release's every requirement, unit and shipped SOUP.
 */
class ApprovalFingerprintTest {

    private static final Function<String, String> REQUIREMENTS = Map.of("REQ-RATE",
            Fingerprint.requirement("Rate", "The pump shall limit the rate to 1200 ml/h.", List.of()))::get;

    private static ChangeRecord record(String description, String rationale, List<Approval> approvals,
                                       String approvedBy) {
        return new ChangeRecord("CR-7", "1.1.0", description, approvedBy, "2026-11-20", List.of(),
                List.of(new ChangeRecord.Reference("REQ-RATE", rationale)), List.of(), List.of(), 2, List.of(),
                List.of(), List.of(), approvals);
    }

    private static final ChangeRecord CR = record("Rate limit raised", "Limit now 1200 ml/h.", List.of(), "CCB");

    @Test
    void aChangeRecordsFingerprintIsStableAndVersioned() {
        String print = Fingerprint.changeRecord(CR, REQUIREMENTS);

        assertEquals(print, Fingerprint.changeRecord(record("Rate  limit\n raised", "Limit now 1200 ml/h.",
                List.of(), "CCB"), REQUIREMENTS), "white space is normalised");
        assertEquals("v1:", print.substring(0, 3));
        assertEquals(67, print.length());
    }

    @Test
    void itChangesWhenTheRecordOrANamedRequirementChanges() {
        String print = Fingerprint.changeRecord(CR, REQUIREMENTS);

        assertNotEquals(print, Fingerprint.changeRecord(record("Rate limit raised", "Limit now 1300 ml/h.",
                List.of(), "CCB"), REQUIREMENTS), "a rationale");
        assertNotEquals(print, Fingerprint.changeRecord(CR, Map.of("REQ-RATE", Fingerprint.requirement("Rate",
                "The pump shall limit the rate to 1300 ml/h.", List.of()))::get), "the requirement's text");
        assertNotEquals(print, Fingerprint.changeRecord(CR, id -> null), "the requirement removed from the catalog");
    }

    @Test
    void itDoesNotChangeWithTheApprovalsThemselves() {
        Approval a = new Approval("A. Weber", "QA", "2026-11-20", Approval.Meaning.APPROVAL, "v1:" + "0".repeat(64),
                9);

        assertEquals(Fingerprint.changeRecord(CR, REQUIREMENTS), Fingerprint.changeRecord(record("Rate limit raised",
                "Limit now 1200 ml/h.", List.of(a), "someone else"), REQUIREMENTS));
    }

    @Test
    void anAnomalysFingerprintCoversItsEvaluation() {
        AnomalyRecord open = new AnomalyRecord("PR-1", "Flicker", "open", List.of(), List.of(), "None.", "Cosmetic.",
                "J. Doe", "2026-11-10", true, 2);
        AnomalyRecord judgedOtherwise = new AnomalyRecord("PR-1", "Flicker", "open", List.of(), List.of(), "None.",
                "Cosmetic.", "J. Doe", "2026-11-10", false, 2);

        assertEquals(Fingerprint.anomaly(open), Fingerprint.anomaly(new AnomalyRecord("PR-1", "Flicker", "open",
                List.of(), List.of(), "None.", "Cosmetic.", "J. Doe", "2026-11-10", true, 7, List.of())));
        assertNotEquals(Fingerprint.anomaly(open), Fingerprint.anomaly(judgedOtherwise));
    }

    @Test
    void theReleaseFingerprintCoversRequirementsUnitsAndShippedSoupInAnyOrder() {
        String print = Fingerprint.release(Map.of("REQ-1", "v1:a", "REQ-2", "v1:b"), Map.of("CALC", "v1:c"),
                List.of("org.slf4j:slf4j-api@2.0.17", "com.x:y@1"));

        assertEquals(print, Fingerprint.release(Map.of("REQ-2", "v1:b", "REQ-1", "v1:a"), Map.of("CALC", "v1:c"),
                List.of("com.x:y@1", "org.slf4j:slf4j-api@2.0.17")));
        assertNotEquals(print, Fingerprint.release(Map.of("REQ-1", "v1:a", "REQ-2", "v1:b"), Map.of("CALC", "v1:d"),
                List.of("org.slf4j:slf4j-api@2.0.17", "com.x:y@1")), "a unit's code");
        assertNotEquals(print, Fingerprint.release(Map.of("REQ-1", "v1:a", "REQ-2", "v1:b"), Map.of("CALC", "v1:c"),
                List.of("org.slf4j:slf4j-api@2.0.18", "com.x:y@1")), "a SOUP version");
    }
}
