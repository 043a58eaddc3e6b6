package io.github.iec62304.bench;

import java.util.Locale;

/**
 * The sizes of the synthetic device project (issue 6): production class files, reported test cases,
 * requirements and SOUP components.
 */
public enum Size {
    S(500, 1_000, 100, 20),
    M(5_000, 10_000, 1_000, 200),
    L(50_000, 100_000, 10_000, 2_000);

    private final int classes;
    private final int testCases;
    private final int requirements;
    private final int soup;

    Size(int classes, int testCases, int requirements, int soup) {
        this.classes = classes;
        this.testCases = testCases;
        this.requirements = requirements;
        this.soup = soup;
    }

    /** @return production class files, nested classes included */
    public int classes() {
        return classes;
    }

    /** @return reported test cases */
    public int testCases() {
        return testCases;
    }

    /** @return requirements in the catalog */
    public int requirements() {
        return requirements;
    }

    /** @return SOUP components in the SBOM (each with a register entry) */
    public int soup() {
        return soup;
    }

    /** @throws IllegalArgumentException naming the sizes there are */
    public static Size parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown size '" + text + "'; use S, M or L");
        }
    }
}
