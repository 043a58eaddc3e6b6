package io.github.iec62304.core.model.risk;

import java.util.List;

/**
 * A hazardous situation the software can contribute to, with its causes, the controls that reduce its risk and the
 * evaluation of the residual risk.
 *
 * @param id        unique id, e.g. {@code HAZ-OVERDOSE}
 * @param title     the hazardous situation
 * @param harm      the harm it can lead to
 * @param severity  id of a severity of the scale
 * @param causes    what can cause it or contribute to it
 * @param controls  ids of the risk control measures that reduce its risk
 * @param before    probability id of the risk before control, or {@code null}
 * @param after     probability id of the risk after control, or {@code null}
 * @param afterExternal probability id of the risk after the controls outside the software alone (hardware, external),
 *                  or {@code null}; when the team's matrix accepts it, software failure cannot lead to an
 *                  unacceptable risk and the hazard demands no more than class A (IEC 62304 4.3, Amendment 1)
 * @param residual  the residual risk evaluation, or {@code null} when not yet evaluated
 * @param line      line in risks.yaml
 */
public record Hazard(String id, String title, String harm, String severity, List<Cause> causes,
                     List<String> controls, String before, String after, String afterExternal, Residual residual,
                     int line) {

    public Hazard {
        causes = List.copyOf(causes);
        controls = List.copyOf(controls);
    }

    /** @return whether a software item or a SOUP is among its causes */
    public boolean causedBySoftware() {
        return causes.stream().anyMatch(c -> c.item() != null || c.soup() != null);
    }

    /**
     * What can cause or contribute to the hazardous situation: a software item of architecture.yaml, a SOUP of the
     * register, or something that is not software.
     *
     * @param item        architecture item id, or {@code null}
     * @param soup        SOUP register key ({@code group:artifact}, {@code runtime:<name>}), or {@code null}
     * @param notSoftware a cause outside the software (hardware, use), or {@code null}
     * @param description how it causes the situation
     */
    public record Cause(String item, String soup, String notSoftware, String description) {
    }

    /**
     * The residual risk evaluation (ISO 14971 7.3, 8).
     *
     * @param acceptable  whether the residual risk is acceptable
     * @param rationale   why
     * @param benefitRisk reference to the benefit-risk analysis, required when not acceptable
     */
    public record Residual(boolean acceptable, String rationale, String benefitRisk) {
    }
}
