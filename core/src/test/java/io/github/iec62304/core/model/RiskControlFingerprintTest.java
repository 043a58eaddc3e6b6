package io.github.iec62304.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.iec62304.core.model.risk.RiskControl;
import io.github.iec62304.core.model.risk.RiskControl.Kind;
import io.github.iec62304.core.model.risk.RiskControl.Where;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 16: a risk control's fingerprint covers what it is and what it controls, not where it stands in the file. */
class RiskControlFingerprintTest {

    private static final RiskControl LIMIT = new RiskControl("RC-OVERDOSE-01", "Dose limit check",
            Kind.PROTECTIVE_MEASURE, Where.SOFTWARE, null, 12);
    private static final List<String> HAZARDS = List.of("HAZ-OVERDOSE", "HAZ-OCCLUSION");
    private static final String PRINT = Fingerprint.riskControl(LIMIT, HAZARDS);

    private static RiskControl with(String title, Kind kind, Where where, String reference, int line) {
        return new RiskControl("RC-OVERDOSE-01", title, kind, where, reference, line);
    }

    @Test
    void isVersionedAndStable() {
        assertEquals("v1:", PRINT.substring(0, 3));
        assertEquals(67, PRINT.length());
        assertEquals(PRINT, Fingerprint.riskControl("RC-OVERDOSE-01", "Dose limit check", "protective-measure",
                "software", null, HAZARDS), "as read back from a bundle: the labels of risks.yaml");
    }

    /** The value the evidence bundle page shows for the sample pump's RC-OVERDOSE-01: the algorithm is fixed. */
    @Test
    void theDocumentedValue() {
        assertEquals("v1:0d6ee63a045957a3f52c7bade059cc81536b8ed304fd3befdba9a50cbbb78c70",
                Fingerprint.riskControl("RC-OVERDOSE-01", "Rates above the drug library's hard limit are refused",
                        "protective-measure", "software", null, List.of("HAZ-OVERDOSE")));
    }

    @Test
    void doesNotChangeWithItsLineTheOrderOfItsHazardsOrWhiteSpace() {
        assertEquals(PRINT, Fingerprint.riskControl(with("Dose limit check", Kind.PROTECTIVE_MEASURE, Where.SOFTWARE,
                null, 40), HAZARDS));
        assertEquals(PRINT, Fingerprint.riskControl(LIMIT, List.of("HAZ-OCCLUSION", "HAZ-OVERDOSE")));
        assertEquals(PRINT, Fingerprint.riskControl(with(" Dose  limit\n check", Kind.PROTECTIVE_MEASURE,
                Where.SOFTWARE, null, 12), HAZARDS));
    }

    @Test
    void changesWithWhatItIsAndWhatItControls() {
        List<String> prints = List.of(PRINT,
                Fingerprint.riskControl(with("Dose limit check and alarm", Kind.PROTECTIVE_MEASURE, Where.SOFTWARE,
                        null, 12), HAZARDS),
                Fingerprint.riskControl(with("Dose limit check", Kind.INHERENT_SAFETY, Where.SOFTWARE, null, 12),
                        HAZARDS),
                Fingerprint.riskControl(with("Dose limit check", Kind.PROTECTIVE_MEASURE, Where.HARDWARE, null, 12),
                        HAZARDS),
                Fingerprint.riskControl(with("Dose limit check", Kind.PROTECTIVE_MEASURE, Where.SOFTWARE,
                        "HW-SPEC-012", 12), HAZARDS),
                Fingerprint.riskControl(LIMIT, List.of("HAZ-OVERDOSE")),
                Fingerprint.riskControl(new RiskControl("RC-OVERDOSE-02", "Dose limit check",
                        Kind.PROTECTIVE_MEASURE, Where.SOFTWARE, null, 12), HAZARDS));
        assertEquals(prints.size(), prints.stream().distinct().count(), prints.toString());
    }

    /** The algorithms of the fingerprints already in bundles must not change: that would be a mass re-baseline. */
    @Test
    void theRequirementFingerprintIsUnchanged() {
        assertNotEquals(PRINT, Fingerprint.requirement("Dose limit check", "", List.of()));
        assertEquals("v1:" + sha256("title=Rate\ntext=The pump shall limit the rate.\nriskControls=RC-1,RC-2\n"),
                Fingerprint.requirement("Rate", "The pump shall limit the rate.", List.of("RC-2", "RC-1")));
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
