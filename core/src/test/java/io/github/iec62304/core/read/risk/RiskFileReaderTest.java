package io.github.iec62304.core.read.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.risk.Hazard;
import io.github.iec62304.core.model.risk.RiskControl;
import io.github.iec62304.core.model.risk.RiskFile;
import io.github.iec62304.core.read.InputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15: the risk extract is read as strictly as every register; the team's scale is configuration. */
@Verifies("TOOL-READ-REGISTERS")
public class RiskFileReaderTest {

    private static final String FILE = "src/iec62304/risks.yaml";
    public static final String SCALE = """
            severities:
              - id: negligible
                description: no injury
                safetyClass: A
              - id: minor
                description: injury not requiring medical intervention
                safetyClass: B
              - id: serious
                description: injury requiring medical intervention, or death
                safetyClass: C
            probabilities:
              - id: improbable
                description: less than once in 10^6 hours of use
              - id: remote
                description: less than once in 10^4 hours of use
              - id: frequent
                description: more than once in 10^4 hours of use
            acceptability:
              - severity: negligible
                acceptable: [improbable, remote, frequent]
              - severity: minor
                acceptable: [improbable, remote]
              - severity: serious
                acceptable: [improbable]
            """;
    public static final String CHAIN = SCALE + """
            hazards:
              - id: HAZ-OVERDOSE
                title: The pump infuses more drug than prescribed
                harm: Overdose, up to death
                severity: serious
                causes:
                  - item: DOSING
                    description: a wrong rate is computed
                  - soup: org.slf4j:slf4j-api
                    description: a logging call throws in the dosing path
                  - notSoftware: the pump motor runs away
                controls: [RC-OVERDOSE-01, RC-MOTOR-01]
                before: frequent
                after: improbable
                residual:
                  acceptable: yes
                  rationale: the limit check and the motor supervision together
            controls:
              - id: RC-OVERDOSE-01
                title: Rates above the drug library's hard limit are refused
                kind: protective-measure
                implementedIn: software
              - id: RC-MOTOR-01
                title: The motor supervisor stops a motor that runs faster than commanded
                kind: protective-measure
                implementedIn: hardware
                reference: HW-SPEC-012 section 4
            """;

    static RiskFile read(String yaml) {
        return new RiskFileReader().read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), FILE);
    }

    private static String error(String yaml) {
        return assertThrows(InputException.class, () -> read(yaml)).getMessage();
    }

    @Test
    void readsTheScaleTheHazardsAndTheControls() {
        RiskFile file = read(CHAIN);

        assertEquals(List.of(SafetyClass.A, SafetyClass.B, SafetyClass.C),
                file.scale().severities().stream().map(RiskFile.Severity::safetyClass).toList());
        assertEquals(List.of("improbable"), file.scale().acceptable().get("serious"));
        Hazard overdose = file.hazards().get(0);
        assertEquals(List.of("DOSING", "org.slf4j:slf4j-api", "the pump motor runs away"), overdose.causes().stream()
                .map(c -> c.item() != null ? c.item() : c.soup() != null ? c.soup() : c.notSoftware()).toList());
        assertEquals(List.of("frequent", "improbable", "true"), List.of(overdose.before(), overdose.after(),
                String.valueOf(overdose.residual().acceptable())));
        assertEquals(List.of(RiskControl.Where.SOFTWARE, RiskControl.Where.HARDWARE),
                file.controls().stream().map(RiskControl::implementedIn).toList());
        assertEquals("HW-SPEC-012 section 4", file.control("RC-MOTOR-01").orElseThrow().reference());
    }

    @Test
    void theScaleIsTheTeamsAndMustBeComplete() {
        assertEquals(FILE + ": 'severities:' is missing or empty: the risk extract declares the team's scale "
                + "(severities with the class each demands, probabilities, acceptability) before the hazards that use "
                + "it; there is no built-in scale (ISO 14971)", error("hazards: []\n"));
        assertEquals(FILE + ": severity serious has no acceptability row; write one (acceptable: [] when no "
                + "probability is acceptable)", error(SCALE.replace("  - severity: serious\n    acceptable: "
                + "[improbable]\n", "")));
        assertEquals(FILE + ":23: acceptability row of severity serious names probability 'rare', which is not under "
                + "'probabilities:'", error(SCALE.replace("acceptable: [improbable]\n", "acceptable: [rare]\n")));
    }

    @Test
    void everyReferenceWithinTheFileMustResolve() {
        assertEquals(FILE + ":26: field 'severity' of hazard HAZ-OVERDOSE: 'fatal' is not under 'severities:'",
                error(CHAIN.replace("severity: serious\n    causes", "severity: fatal\n    causes")));
        assertEquals(FILE + ":26: hazard HAZ-OVERDOSE names control 'RC-OVERDOSE-02', which is not under 'controls:'",
                error(CHAIN.replace("[RC-OVERDOSE-01, RC-MOTOR-01]", "[RC-OVERDOSE-02]")));
        assertEquals(FILE + ":26: field 'after' of hazard HAZ-OVERDOSE: 'rare' is not under 'probabilities:'",
                error(CHAIN.replace("after: improbable", "after: rare")));
        assertEquals(FILE + ":26: a cause of hazard HAZ-OVERDOSE names exactly one of item (an item of architecture.yaml), "
                + "soup (a SOUP register key) or notSoftware (what it is)",
                error(CHAIN.replace("  - item: DOSING\n", "  - item: DOSING\n        soup: x:y\n")));
    }

    @Test
    void aControlOutsideTheSoftwareNamesItsReferenceAndUnknownFieldsAreErrors() {
        assertEquals(FILE + ":47: field 'reference' of risk control RC-MOTOR-01 is missing: a control implemented "
                + "hardware names the document that specifies and verifies it",
                error(CHAIN.replace("    reference: HW-SPEC-012 section 4\n", "")));
        assertEquals(FILE + ":43: field 'kind' of risk control RC-OVERDOSE-01: 'alarm' is not one of inherent-safety, "
                + "protective-measure, information-for-safety (ISO 14971 7.1)",
                error(CHAIN.replaceFirst("kind: protective-measure", "kind: alarm")));
        assertEquals(FILE + ":29: unknown field 'severty'; a hazard has: id, title, harm, severity, causes, controls, "
                + "before, after, afterExternal, residual", error(CHAIN.replace("severity: serious\n    causes",
                "severty: serious\n    causes")));
    }

    @Test
    void theRiskAfterExternalControlsNeedsAnExternalControl() {
        assertEquals(FILE + ":26: field 'afterExternal' of hazard HAZ-OVERDOSE is the risk after the controls outside "
                + "the software (hardware, external), but the hazard names none; remove it, or name that control "
                + "under 'controls'", error(CHAIN.replace("[RC-OVERDOSE-01, RC-MOTOR-01]", "[RC-OVERDOSE-01]")
                .replace("after: improbable", "after: improbable\n    afterExternal: remote")));
        RiskFile file = read(CHAIN.replace("after: improbable", "after: improbable\n    afterExternal: improbable"));
        assertEquals(SafetyClass.A, file.demandedClass(file.hazards().get(0)));
        assertEquals(SafetyClass.C, read(CHAIN).demandedClass(read(CHAIN).hazards().get(0)));
    }

    @Test
    void anEmptyCauseIsAnErrorWithItsLineNotACrash() {
        assertEquals(FILE + ":31: an element of field 'causes' has the wrong type (expected a mapping)",
                error(CHAIN.replace("  - item: DOSING\n        description: a wrong rate is computed\n",
                        "  -\n")));
    }

    @Test
    void aBlankItemOrSoupIsNotSilentlyDroppedFromTheCauses() {
        // a cause that names nothing would make the hazard look caused by no software (RISK-CLASS skips it)
        assertEquals(FILE + ":26: a cause of hazard HAZ-OVERDOSE names exactly one of item (an item of "
                + "architecture.yaml), soup (a SOUP register key) or notSoftware (what it is)",
                error(CHAIN.replace("item: DOSING", "item: ' '")));
        assertEquals(FILE + ":26: a cause of hazard HAZ-OVERDOSE names exactly one of item (an item of "
                + "architecture.yaml), soup (a SOUP register key) or notSoftware (what it is)",
                error(CHAIN.replace("notSoftware: the pump motor runs away", "notSoftware: ' '")));
    }

    @Test
    void theRiskAfterExternalControlsCannotBeLowerThanAfterAllControls() {
        // all controls include the external ones: claiming the external ones alone do better would demand class A
        // (afterExternal acceptable) for a hazard whose risk after all controls is not
        assertEquals(FILE + ":26: field 'afterExternal' of hazard HAZ-OVERDOSE: improbable is less probable than "
                + "'after' (remote), but the risk after all controls cannot be higher than after the controls "
                + "outside the software alone; probabilities are listed from the least to the most probable",
                error(CHAIN.replace("after: improbable", "after: remote\n    afterExternal: improbable")));
        assertEquals(FILE + ":26: field 'after' of hazard HAZ-OVERDOSE: frequent is more probable than 'before' "
                + "(remote), but controls cannot raise the risk; probabilities are listed from the least to the "
                + "most probable", error(CHAIN.replace("before: frequent", "before: remote")
                .replace("after: improbable", "after: frequent")));
    }
}
