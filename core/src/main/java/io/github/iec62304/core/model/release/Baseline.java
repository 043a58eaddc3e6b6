package io.github.iec62304.core.model.release;

import io.github.iec62304.core.model.Counter;
import io.github.iec62304.core.model.SafetyClass;
import java.util.Map;

/**
 * What the previous release's evidence bundle says, as far as the regression gate compares it.
 *
 * @param source         how the baseline was named: coordinates or a file
 * @param sha256         SHA-256 of the bundle zip
 * @param groupId        the baseline's project groupId
 * @param artifactId     the baseline's project artifactId
 * @param version        the released version
 * @param commit         the commit it was built from, or {@code null}
 * @param buildTimestamp its outputTimestamp, or {@code null}
 * @param tests          test key ({@code class#name}, see {@code TestKey}) to outcome
 * @param requirements   requirement id to what the baseline recorded
 * @param units          unit id to its class and coverage
 * @param soup           SOUP key ({@code group:name} or {@code runtime:<name>}) to version; {@code null} when the
 *                       baseline recorded no SBOM
 */
public record Baseline(String source, String sha256, String groupId, String artifactId, String version,
                       String commit, String buildTimestamp, Map<String, String> tests,
                       Map<String, BaselineRequirement> requirements, Map<String, BaselineUnit> units,
                       Map<String, String> soup) {

    public Baseline {
        tests = Map.copyOf(tests);
        requirements = Map.copyOf(requirements);
        units = Map.copyOf(units);
        soup = soup == null ? null : Map.copyOf(soup);
    }

    /**
     * @param status        VERIFIED, NOT_VERIFIED or UNTESTED
     * @param safetyClass   the requirement's class then
     */
    public record BaselineRequirement(String status, SafetyClass safetyClass) {
    }

    /**
     * @param safetyClass the unit's class then
     * @param lines       line coverage then
     * @param branches    branch coverage then
     */
    public record BaselineUnit(SafetyClass safetyClass, Counter lines, Counter branches) {
    }
}
