package io.github.iec62304.core.validation;

/** What a run of the check ends with, as a reference case expects it. */
public enum Verdict {
    /** No ERROR violation: the build goes on. */
    PASSED,
    /** At least one ERROR violation: BUILD FAILURE. */
    FAILED,
    /** The input is unusable or the configuration wrong: BUILD ERROR, no evidence written. */
    BUILD_ERROR,
    /** The check ended with an unexpected exception: a defect of the tool; never an expected verdict. */
    DEFECT;

    /** @return the verdict as the build log and the record show it: {@code BUILD ERROR}, not {@code BUILD_ERROR} */
    public String label() {
        return name().replace('_', ' ');
    }

    /**
     * @param text {@code PASSED}, {@code FAILED} or {@code BUILD ERROR}
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Verdict parse(String text) {
        String t = text == null ? "" : text.strip().replace(' ', '_');
        for (Verdict v : values()) {
            if (v != DEFECT && v.name().equals(t)) {
                return v;
            }
        }
        throw new IllegalArgumentException("verdict '" + text + "' is not one of PASSED, FAILED, BUILD ERROR");
    }
}
