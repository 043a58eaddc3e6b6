package io.github.iec62304.core.model.release;

import io.github.iec62304.core.model.approval.Approval;
import java.util.List;

/**
 * One change record of {@code src/iec62304/changes.yaml}: a change request that went into a release, what it
 * retires or changes (tests, requirements, units, SOUP) and why, and who approved it.
 *
 * @param id           change request id
 * @param release      the release it went into (e.g. {@code 1.1.0}); only the records of the version being built
 *                     justify differences from the baseline
 * @param description  what changed
 * @param approvedBy   who approved the change
 * @param date         ISO date, or {@code null}
 * @param tests        tests it retires or changes: a class, or {@code class#method}
 * @param requirements requirements it retires or changes
 * @param units        units whose coverage it lowers
 * @param soup         SOUP changes it analyses (IEC 62304 7.4.1)
 * @param line         line of the record in its file
 * @param records      verification records of an earlier version that the change does not affect, and why
 * @param riskControls risk controls of the risk extract it adds, removes or changes (IEC 62304 7.4.2, 7.4.3), and
 *                     the analysis of the change's effect on them
 * @param hazards      hazards of the risk extract it adds, removes or changes (severity, causes, controls, the risk
 *                     after external controls), and the analysis of the change (IEC 62304 7.4.2, 7.4.3)
 * @param approvals    approvals bound to the record's content fingerprint ({@code approvals:}); empty when the
 *                     record has only {@code approvedBy}
 */
public record ChangeRecord(String id, String release, String description, String approvedBy, String date,
                           List<Reference> tests, List<Reference> requirements, List<Reference> units,
                           List<SoupChange> soup, int line, List<Reference> records, List<Reference> riskControls,
                           List<Reference> hazards, List<Approval> approvals) {

    /** A change record without bound approvals ({@code approvedBy} only). */
    public ChangeRecord(String id, String release, String description, String approvedBy, String date,
                        List<Reference> tests, List<Reference> requirements, List<Reference> units,
                        List<SoupChange> soup, int line, List<Reference> records, List<Reference> riskControls,
                        List<Reference> hazards) {
        this(id, release, description, approvedBy, date, tests, requirements, units, soup, line, records,
                riskControls, hazards, List.of());
    }

    /** A change record that changes no hazard. */
    public ChangeRecord(String id, String release, String description, String approvedBy, String date,
                        List<Reference> tests, List<Reference> requirements, List<Reference> units,
                        List<SoupChange> soup, int line, List<Reference> records, List<Reference> riskControls) {
        this(id, release, description, approvedBy, date, tests, requirements, units, soup, line, records,
                riskControls, List.of());
    }

    /** A change record that changes no risk control. */
    public ChangeRecord(String id, String release, String description, String approvedBy, String date,
                        List<Reference> tests, List<Reference> requirements, List<Reference> units,
                        List<SoupChange> soup, int line, List<Reference> records) {
        this(id, release, description, approvedBy, date, tests, requirements, units, soup, line, records, List.of());
    }

    /** A change record that keeps no verification record. */
    public ChangeRecord(String id, String release, String description, String approvedBy, String date,
                        List<Reference> tests, List<Reference> requirements, List<Reference> units,
                        List<SoupChange> soup, int line) {
        this(id, release, description, approvedBy, date, tests, requirements, units, soup, line, List.of());
    }

    public ChangeRecord {
        records = List.copyOf(records);
        riskControls = List.copyOf(riskControls);
        hazards = List.copyOf(hazards);
        approvals = List.copyOf(approvals);
        tests = List.copyOf(tests);
        requirements = List.copyOf(requirements);
        units = List.copyOf(units);
        soup = List.copyOf(soup);
    }

    /**
     * A test, requirement or unit the change affects, and why.
     *
     * @param ref       the test ({@code class} or {@code class#method}), requirement id or unit id
     * @param rationale why
     */
    public record Reference(String ref, String rationale) {
    }

    /**
     * The analysis of one SOUP change.
     *
     * @param component {@code group:artifact}, or {@code runtime:<name>}
     * @param version   the version now shipped, or {@link #REMOVED}
     * @param analysis  the analysis of the change
     */
    public record SoupChange(String component, String version, String analysis) {

        /** The version of a SOUP change record for a component that no longer ships. */
        public static final String REMOVED = "removed";
    }
}
