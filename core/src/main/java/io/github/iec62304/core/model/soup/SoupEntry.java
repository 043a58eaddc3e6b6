package io.github.iec62304.core.model.soup;

import io.github.iec62304.core.model.approval.Approval;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of the team's SOUP register ({@code src/iec62304/soup.yaml}).
 *
 * @param component              {@code group:artifact} pattern ({@code *} matches any characters), or {@code null} for
 *                               runtime SOUP
 * @param runtime                name of runtime SOUP that no Maven SBOM lists (JRE, OS), or {@code null}
 * @param title                  title (8.1.2 a)
 * @param manufacturer           manufacturer, or {@code community} (8.1.2 b), or {@code null}
 * @param website                project website, or {@code null}
 * @param version                the version reviewed (8.1.2 c), or {@code null}
 * @param functionalRequirements what the device needs from it, including performance (5.3.3), or {@code null}
 * @param systemRequirements     the hardware and software it needs (5.3.4), or {@code null}
 * @param risk                   its part in hazards (7.1.2 c), or {@code null}
 * @param anomalyList            where its published anomaly list is (7.1.3), or {@code null}
 * @param anomalyReview          the evaluation of that list (7.1.3), or {@code null}
 * @param support                the level of support its maintainer gives the version that ships (FDA premarket
 *                               cybersecurity guidance, SBOM section; IEC 62304 6.1 f), or {@code null}
 * @param endOfSupport           when that support ends, or {@code null}
 * @param approvals              the approvals of the entry as it stands (its review above all), each naming the entry's
 *                               content fingerprint
 * @param line                   line in the register
 */
public record SoupEntry(String component, String runtime, String title, String manufacturer, String website,
                        String version, String functionalRequirements, String systemRequirements, Risk risk,
                        String anomalyList, AnomalyReview anomalyReview, Support support, EndOfSupport endOfSupport,
                        List<Approval> approvals, int line) {

    public SoupEntry {
        approvals = List.copyOf(approvals);
    }

    /** An entry without approvals. */
    public SoupEntry(String component, String runtime, String title, String manufacturer, String website,
                     String version, String functionalRequirements, String systemRequirements, Risk risk,
                     String anomalyList, AnomalyReview anomalyReview, Support support, EndOfSupport endOfSupport,
                     int line) {
        this(component, runtime, title, manufacturer, website, version, functionalRequirements, systemRequirements,
                risk, anomalyList, anomalyReview, support, endOfSupport, List.of(), line);
    }

    /** An entry without the support fields, as registers written before they existed read. */
    public SoupEntry(String component, String runtime, String title, String manufacturer, String website,
                     String version, String functionalRequirements, String systemRequirements, Risk risk,
                     String anomalyList, AnomalyReview anomalyReview, int line) {
        this(component, runtime, title, manufacturer, website, version, functionalRequirements, systemRequirements,
                risk, anomalyList, anomalyReview, null, null, List.of(), line);
    }

    /**
     * The level of support a SOUP receives "through monitoring and maintenance" (FDA, Cybersecurity in Medical
     * Devices, 2023, SBOM section): a closed set, so that a release can be judged on it.
     */
    public enum Support {
        /** Its maintainer fixes defects and vulnerabilities in this release line. */
        SUPPORTED("supported"),
        /** Its maintainer still fixes vulnerabilities (and critical defects) in this line, nothing else. */
        SECURITY_FIXES_ONLY("security-fixes-only"),
        /** Its maintainer no longer does; the device manufacturer monitors and patches it itself (a fork). */
        IN_HOUSE("in-house"),
        /** Nobody fixes it any more: end of life, abandoned, or no maintainer known. */
        UNSUPPORTED("unsupported");

        private final String written;

        Support(String written) {
            this.written = written;
        }

        /** @return how the register writes it */
        public String written() {
            return written;
        }

        /** @return the level written so, or {@code null} */
        public static Support parse(String text) {
            for (Support s : values()) {
                if (s.written.equals(text)) {
                    return s;
                }
            }
            return null;
        }
    }

    /**
     * When support ends.
     *
     * @param date the last day of support, or {@code null} when the maintainer has announced none
     */
    public record EndOfSupport(LocalDate date) {

        /** How the register says that no end of support is announced. */
        public static final String NONE_ANNOUNCED = "none announced";

        /** @return the date, or {@value #NONE_ANNOUNCED} */
        @Override
        public String toString() {
            return date == null ? NONE_ANNOUNCED : date.toString();
        }
    }

    /**
     * @param hazards   hazard ids the SOUP can contribute to
     * @param level     a risk level, when no hazard applies
     * @param rationale why the level is right
     */
    public record Risk(List<String> hazards, String level, String rationale) {
        public Risk {
            hazards = List.copyOf(hazards);
        }

        /** @return {@code true} when hazards are named, or a level is given with its rationale */
        public boolean isComplete() {
            return !hazards.isEmpty() || (level != null && rationale != null);
        }
    }

    /**
     * @param version  the SOUP version whose anomaly list was evaluated
     * @param date     when
     * @param reviewer who
     * @param result   the conclusion
     */
    public record AnomalyReview(String version, LocalDate date, String reviewer, String result) {
    }

    /** @return how messages name the entry: its component pattern, or {@code runtime <name>} */
    public String key() {
        return component != null ? component : "runtime " + runtime;
    }

    /**
     * @return whether another register names this entry by its key: the component as written, or
     *         {@code runtime:<name>} for a runtime entry (as change records and the risk extract write it)
     */
    public boolean namedBy(String key) {
        return component != null ? component.equals(key)
                : io.github.iec62304.core.model.release.SoupKey.runtime(runtime).equals(key);
    }

    /** @return {@code true} when the pattern matches {@code group:artifact} */
    public boolean covers(String coordinates) {
        return component != null && java.util.regex.Pattern.matches(
                java.util.regex.Pattern.quote(component).replace("*", "\\E.*\\Q"), coordinates);
    }

    /** @return how specific the pattern is: an exact name beats any wildcard, a longer pattern a shorter one */
    public int specificity() {
        return component == null ? 0 : component.contains("*") ? component.length() : Integer.MAX_VALUE;
    }
}
