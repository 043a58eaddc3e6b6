package io.github.iec62304.core.model.risk;

import java.util.Locale;

/**
 * A risk control measure (ISO 14971 7.1).
 *
 * @param id          unique id, e.g. {@code RC-OVERDOSE-01}
 * @param title       what it does
 * @param kind        which of the ISO 14971 options it is
 * @param implementedIn where it is implemented: in this software, in hardware, or outside the system
 * @param reference   for a control not in this software: where it is specified and verified, else {@code null}
 * @param line        line in risks.yaml
 */
public record RiskControl(String id, String title, Kind kind, Where implementedIn, String reference, int line) {

    /** ISO 14971 7.1: the options for risk control, in their order of priority. */
    public enum Kind {
        INHERENT_SAFETY("inherent-safety"), PROTECTIVE_MEASURE("protective-measure"),
        INFORMATION_FOR_SAFETY("information-for-safety");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where a control is implemented. */
    public enum Where {
        SOFTWARE("software"), HARDWARE("hardware"), EXTERNAL("external");

        private final String label;

        Where(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** @return the place of this name, or {@code null} */
        public static Where of(String name) {
            for (Where w : values()) {
                if (w.label.equals(name.strip().toLowerCase(Locale.ROOT))) {
                    return w;
                }
            }
            return null;
        }
    }

    /** @return whether this software implements it (then requirements implement it and tests verify it) */
    public boolean inSoftware() {
        return implementedIn == Where.SOFTWARE;
    }
}
