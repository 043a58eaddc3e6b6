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
}
