package io.github.iec62304.core.model.risk;

import io.github.iec62304.core.model.SafetyClass;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The software part of the team's ISO 14971 risk management file ({@code src/iec62304/risks.yaml}): the team's
 * scale, the hazardous situations the software can contribute to with their causes and residual risk evaluation, and
 * the risk control measures. The full risk file stays in the QMS; this extract is what the build can check.
 *
 * @param source   the file as named in messages
 * @param scale    the team's severity scale and acceptability matrix
 * @param hazards  the hazardous situations, in file order
 * @param controls the risk control measures, in file order
 */
public record RiskFile(String source, Scale scale, List<Hazard> hazards, List<RiskControl> controls) {

    public RiskFile {
        hazards = List.copyOf(hazards);
        controls = List.copyOf(controls);
    }

    /** @return a file with nothing in it (the project has no risk extract) */
    public static RiskFile empty(String source) {
        return new RiskFile(source, new Scale(List.of(), List.of(), Map.of()), List.of(), List.of());
    }

    /** @return whether the project declared a risk extract */
    public boolean declared() {
        return !hazards.isEmpty() || !controls.isEmpty();
    }

    /** @return the control with this id */
    public Optional<RiskControl> control(String id) {
        return controls.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** @return the hazard with this id */
    public Optional<Hazard> hazard(String id) {
        return hazards.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    /**
     * The safety class a software item must have when its failure can contribute to this hazard (IEC 62304 4.3,
     * Amendment 1): the class of the hazard's severity on the team's scale, unless the risk after the controls
     * outside the software ({@code afterExternal}) is acceptable on the team's matrix, then A.
     */
    public SafetyClass demandedClass(Hazard hazard) {
        RiskFile.Severity severity = scale.severity(hazard.severity()).orElseThrow();
        return externallyAcceptable(hazard) ? SafetyClass.A : severity.safetyClass();
    }

    /** @return whether the controls outside the software alone make the hazard's risk acceptable */
    public boolean externallyAcceptable(Hazard hazard) {
        return hazard.afterExternal() != null && scale.acceptable(hazard.severity(), hazard.afterExternal());
    }

    /**
     * The team's scale (ISO 14971 leaves it to the manufacturer): severities with the software safety class each
     * demands (IEC 62304 4.3), probabilities, and which probabilities are acceptable per severity.
     *
     * @param severities    from least to most severe
     * @param probabilities from least to most probable
     * @param acceptable    per severity id, the probabilities whose risk is acceptable
     */
    public record Scale(List<Severity> severities, List<String> probabilities, Map<String, List<String>> acceptable) {

        public Scale {
            severities = List.copyOf(severities);
            probabilities = List.copyOf(probabilities);
            acceptable = Map.copyOf(acceptable);
        }

        /** @return whether the team's matrix accepts this probability for this severity */
        public boolean acceptable(String severity, String probability) {
            return acceptable.getOrDefault(severity, List.of()).contains(probability);
        }

        /** @return the severity with this id */
        public Optional<Severity> severity(String id) {
            return severities.stream().filter(s -> s.id().equals(id)).findFirst();
        }
    }

    /**
     * One severity of the team's scale.
     *
     * @param id          e.g. {@code serious}
     * @param description what it means, e.g. "injury requiring medical intervention"
     * @param safetyClass the class a software item contributing to a harm of this severity must have (4.3: death or
     *                    serious injury C, non-serious injury B, no injury A)
     */
    public record Severity(String id, String description, SafetyClass safetyClass) {
    }
}
