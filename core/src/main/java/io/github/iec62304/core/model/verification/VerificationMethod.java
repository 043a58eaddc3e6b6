package io.github.iec62304.core.model.verification;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a requirement is verified (IEC 62304 5.1.1, 5.7.1: "tests ... or other methods"): the verification plan names
 * one or more per requirement, and each needs its own evidence.
 */
public enum VerificationMethod {
    /** Automated tests: {@code @Verifies} on tests that ran in this build (surefire, failsafe). */
    TEST("test"),
    /** An executed manual test protocol. */
    MANUAL_TEST("manual-test"),
    /** A review: of code, design, labelling, the user interface. */
    INSPECTION("inspection"),
    /** An analysis or calculation, e.g. of timing or memory. */
    ANALYSIS("analysis"),
    /** Shown working, e.g. on the target hardware. */
    DEMONSTRATION("demonstration");

    private final String label;

    VerificationMethod(String label) {
        this.label = label;
    }

    /** @return the name in the registers and the evidence, e.g. {@code manual-test} */
    public String label() {
        return label;
    }

    /** @return the method of this name ({@code manual-test}, ...), ignoring case and surrounding space */
    public static Optional<VerificationMethod> of(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.label.equals(n)).findFirst();
    }

    /** @return every name, for messages */
    public static String labels() {
        return String.join(", ", Arrays.stream(values()).map(VerificationMethod::label).toList());
    }

    @Override
    public String toString() {
        return label;
    }
}
