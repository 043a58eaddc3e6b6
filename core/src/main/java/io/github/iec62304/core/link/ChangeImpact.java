package io.github.iec62304.core.link;

import io.github.iec62304.core.model.SafetyClass;
import java.util.List;

/**
 * The change impact of this build against the baseline (IEC 62304 7.4.2, 7.4.3): every unit whose code changed or
 * that is new, the requirements its code implements, the risk controls they implement, and their tests with their
 * outcomes in this build.
 *
 * @param units       the changed and added units, sorted by id
 * @param notComputed why no impact was computed (no baseline, a baseline without unit fingerprints), or {@code null}
 */
public record ChangeImpact(List<Unit> units, String notComputed) {

    public ChangeImpact {
        units = List.copyOf(units);
    }

    /** @return an impact that was not computed, and why */
    public static ChangeImpact notComputed(String why) {
        return new ChangeImpact(List.of(), why);
    }

    /**
     * One changed or added unit.
     *
     * @param id           unit id
     * @param item         its item
     * @param safetyClass  its class now
     * @param change       {@code CHANGED} or {@code ADDED}
     * @param before       its fingerprint in the baseline, or {@code null} when added
     * @param now          its fingerprint now
     * @param requirements the trace rows of the requirements its code implements, sorted by id
     * @param riskControls the risk controls those requirements implement, sorted
     */
    public record Unit(String id, String item, SafetyClass safetyClass, String change, String before, String now,
                       List<RequirementTrace> requirements, List<String> riskControls) {

        public Unit {
            requirements = List.copyOf(requirements);
            riskControls = List.copyOf(riskControls);
        }
    }
}
