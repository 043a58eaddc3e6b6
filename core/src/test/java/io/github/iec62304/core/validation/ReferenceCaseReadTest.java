package io.github.iec62304.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iec62304.annotations.Verifies;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An expectation that would accept any outcome of its kind is refused, not compared loosely. */
@Verifies("TOOL-GOAL-VALIDATE")
class ReferenceCaseReadTest {

    private static ReferenceCase read(String expected) {
        return ReferenceCase.read("c", "description: x\n".getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBuildErrorExpectationMustSayWhichError() {
        for (String expected : new String[] {"verdict: BUILD ERROR\n", "verdict: BUILD ERROR\nbuildError: \"  \"\n"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(expected));
            assertEquals("c/expected.yaml: verdict BUILD ERROR needs buildError, a text the check's message must "
                    + "contain (any BUILD ERROR would match otherwise)", e.getMessage());
        }
        assertEquals("malformed", read("verdict: BUILD ERROR\nbuildError: malformed\n").expected().buildError());
    }

    @Test
    void aCaseWithoutAVerdictIsNotRead() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read("# TO REVIEW\nviolations: []\n"));
        assertEquals("c/expected.yaml: verdict 'null' is not one of PASSED, FAILED, BUILD ERROR", e.getMessage());
    }

    @Test
    void aCheckThatLostOneOfTwoViolationsOfOneSubjectDiffers() {
        Outcome expected = read("verdict: PASSED\nviolations:\n  - {rule: UNIT-COVERAGE, level: WARN, subject: \"unit U\","
                + " count: 2}\n").expected();
        Outcome lostOne = Outcome.of(Verdict.PASSED, java.util.Set.of(new Finding("UNIT-COVERAGE", "WARN", "unit U")),
                null);

        assertEquals(java.util.List.of("missing violation: UNIT-COVERAGE WARN unit U (2 times)",
                "unexpected violation: UNIT-COVERAGE WARN unit U"), expected.differences(lostOne));
        assertEquals(java.util.List.of(), expected.differences(expected));
    }

    @Test
    void theViolationsOfOneRuleLevelAndSubjectAreCounted() {
        io.github.iec62304.core.evaluate.Violation line = violation("line coverage 0.00");
        io.github.iec62304.core.evaluate.Violation branch = violation("branch coverage 0.00");

        assertEquals(java.util.List.of(new Finding("UNIT-COVERAGE", "WARN", "unit U", 2)),
                java.util.List.copyOf(Finding.of(java.util.List.of(line, branch))));
    }

    @Test
    void aViolationListedTwiceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read("verdict: PASSED\n"
                + "violations:\n  - {rule: R, level: WARN, subject: S}\n  - {rule: R, level: WARN, subject: S, count: 2}\n"));
        assertEquals("c/expected.yaml: a violation is listed twice; give it count: <n> instead: "
                + "{\"rule\":\"R\",\"level\":\"WARN\",\"subject\":\"S\",\"count\":2}", e.getMessage());
    }

    private static io.github.iec62304.core.evaluate.Violation violation(String message) {
        return new io.github.iec62304.core.evaluate.Violation("UNIT-COVERAGE", "5.5.5",
                io.github.iec62304.core.evaluate.Level.WARN, "unit U", message);
    }
}
