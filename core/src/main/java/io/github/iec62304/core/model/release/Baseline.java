package io.github.iec62304.core.model.release;

import io.github.iec62304.core.model.Counter;
import io.github.iec62304.core.model.SafetyClass;
import java.util.List;
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
 * @param riskControls   risk control id to what the baseline's {@code risk-trace.json} recorded; empty when it has
 *                       none (no risk extract then, or a bundle of a plugin before risk tracing)
 * @param riskRecorded   whether the baseline has a {@code risk-trace.json}
 * @param hazards        hazard id to what the baseline's {@code risk-trace.json} recorded; empty when it has none
 */
public record Baseline(String source, String sha256, String groupId, String artifactId, String version,
                       String commit, String buildTimestamp, Map<String, String> tests,
                       Map<String, BaselineRequirement> requirements, Map<String, BaselineUnit> units,
                       Map<String, String> soup, Map<String, BaselineControl> riskControls, boolean riskRecorded,
                       Map<String, BaselineHazard> hazards) {

    /** A baseline without hazards. */
    public Baseline(String source, String sha256, String groupId, String artifactId, String version,
                    String commit, String buildTimestamp, Map<String, String> tests,
                    Map<String, BaselineRequirement> requirements, Map<String, BaselineUnit> units,
                    Map<String, String> soup, Map<String, BaselineControl> riskControls, boolean riskRecorded) {
        this(source, sha256, groupId, artifactId, version, commit, buildTimestamp, tests, requirements, units, soup,
                riskControls, riskRecorded, Map.of());
    }

    /** A baseline without risk data. */
    public Baseline(String source, String sha256, String groupId, String artifactId, String version,
                    String commit, String buildTimestamp, Map<String, String> tests,
                    Map<String, BaselineRequirement> requirements, Map<String, BaselineUnit> units,
                    Map<String, String> soup) {
        this(source, sha256, groupId, artifactId, version, commit, buildTimestamp, tests, requirements, units, soup,
                Map.of(), false);
    }

    public Baseline {
        riskControls = Map.copyOf(riskControls);
        hazards = Map.copyOf(hazards);
        tests = Map.copyOf(tests);
        requirements = Map.copyOf(requirements);
        units = Map.copyOf(units);
        soup = soup == null ? null : Map.copyOf(soup);
    }

    /**
     * @param status        VERIFIED, NOT_VERIFIED or UNTESTED
     * @param safetyClass   the requirement's class then
     * @param title         its title then ({@code null} when not compared)
     * @param text          its text then ({@code null} when not compared)
     * @param riskControls  the risk controls it implemented then
     * @param verification  its verification methods then ({@code test}, ...), or {@code null} when the bundle
     *                      predates them (then its plan was {@code [test]})
     * @param tests         the tests that verified it then, as {@code class#method}, sorted
     */
    public record BaselineRequirement(String status, SafetyClass safetyClass, String title, String text,
                                      List<String> riskControls, List<String> verification, List<String> tests) {

        /** What a baseline recorded of a requirement's verification only. */
        public BaselineRequirement(String status, SafetyClass safetyClass) {
            this(status, safetyClass, null, null, List.of());
        }

        /** What a baseline recorded of a requirement without its plan and tests. */
        public BaselineRequirement(String status, SafetyClass safetyClass, String title, String text,
                                   List<String> riskControls) {
            this(status, safetyClass, title, text, riskControls, null, List.of());
        }

        public BaselineRequirement {
            riskControls = List.copyOf(riskControls);
            verification = verification == null ? null : List.copyOf(verification);
            tests = tests.stream().sorted().distinct().toList();
        }
    }

    /**
     * A hazard as the baseline recorded it: what a change of it is judged on (IEC 62304 7.4.2, 7.4.3).
     *
     * @param severity      its severity id
     * @param afterExternal the risk after the controls outside the software, or {@code null}
     * @param causes        its causes, each {@code item X}, {@code soup X} or {@code notSoftware X}, sorted
     * @param controls      its control ids, sorted
     */
    public record BaselineHazard(String severity, String afterExternal, List<String> causes, List<String> controls) {

        public BaselineHazard {
            causes = causes.stream().sorted().toList();
            controls = controls.stream().sorted().toList();
        }
    }

    /**
     * A risk control as the baseline recorded it: what a change of it is judged on (IEC 62304 7.4.2).
     *
     * @param title         what it does
     * @param kind          its ISO 14971 option ({@code protective-measure}, ...)
     * @param implementedIn {@code software}, {@code hardware} or {@code external}
     * @param reference     its reference outside the software, or {@code null}
     * @param hazards       the hazards it controlled, sorted
     */
    public record BaselineControl(String title, String kind, String implementedIn, String reference,
                                  List<String> hazards) {

        public BaselineControl {
            hazards = hazards.stream().sorted().toList();
        }
    }

    /**
     * @param safetyClass the unit's class then
     * @param lines       line coverage then
     * @param branches    branch coverage then
     * @param fingerprint the fingerprint of its code then, or {@code null} when the bundle predates fingerprints
     */
    public record BaselineUnit(SafetyClass safetyClass, Counter lines, Counter branches, String fingerprint) {

        /** A unit of a bundle without fingerprints. */
        public BaselineUnit(SafetyClass safetyClass, Counter lines, Counter branches) {
            this(safetyClass, lines, branches, null);
        }
    }
}
