package io.github.iec62304.core;

import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the SOUP gate reads.
 *
 * @param sbomFiles      SBOM candidates; the first that exists is read ({@code target/bom.json}, {@code target/bom.xml})
 * @param register       the SOUP register
 * @param resolvedScopes {@code group:artifact} to the Maven scope the build resolved it in
 * @param ownModules     {@code group:artifact} of the build's own modules (never SOUP)
 * @param reviewMaxAge   how old an anomaly review may be
 * @param sbomWrittenByBuild {@code true} when the SBOM is written by this build (in its output directory), so an
 *                       SBOM older than the build start is stale; {@code false} for a committed SBOM
 * @param vexFile        a CycloneDX JSON VEX whose vulnerability analyses apply to the SBOM's components, or
 *                       {@code null} for none (analyses then come from the SBOM only)
 */
public record SoupSettings(List<Path> sbomFiles, Path register, Map<String, String> resolvedScopes,
                           Set<String> ownModules, Period reviewMaxAge, boolean sbomWrittenByBuild, Path vexFile) {

    /** Settings without a VEX file. */
    public SoupSettings(List<Path> sbomFiles, Path register, Map<String, String> resolvedScopes,
                        Set<String> ownModules, Period reviewMaxAge, boolean sbomWrittenByBuild) {
        this(sbomFiles, register, resolvedScopes, ownModules, reviewMaxAge, sbomWrittenByBuild, null);
    }

    /** @return these settings with the VEX file, or none for {@code null} */
    public SoupSettings withVex(Path vex) {
        return new SoupSettings(sbomFiles, register, resolvedScopes, ownModules, reviewMaxAge, sbomWrittenByBuild, vex);
    }

    /** Default maximum age of an anomaly review. */
    public static final Period DEFAULT_REVIEW_MAX_AGE = Period.ofMonths(12);

    public SoupSettings {
        sbomFiles = List.copyOf(sbomFiles);
        resolvedScopes = Map.copyOf(resolvedScopes);
        ownModules = Set.copyOf(ownModules);
    }

    /**
     * Reads {@code 12 months}, {@code 90 days} or an ISO period such as {@code P12M}.
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static Period parseAge(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            Period age = t.startsWith("p") ? Period.parse(t.toUpperCase(java.util.Locale.ROOT)) : words(t);
            if (age != null && !age.isNegative()) { // a negative age would fail every review
                return age;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + text + "' is not an age; write e.g. 12 months, 90 days or P12M");
    }

    /** @return {@code N months} or {@code N days} as a period, else {@code null} */
    private static Period words(String t) {
        String[] parts = t.split("\\s+");
        if (parts.length == 2) {
            int n = Integer.parseInt(parts[0]);
            if (parts[1].startsWith("month")) {
                return Period.ofMonths(n);
            }
            if (parts[1].startsWith("day")) {
                return Period.ofDays(n);
            }
        }
        return null;
    }
}
