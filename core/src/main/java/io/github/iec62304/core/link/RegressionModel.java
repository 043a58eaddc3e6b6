package io.github.iec62304.core.link;

import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.release.Baseline;
import io.github.iec62304.core.model.release.ChangeLog;
import java.math.BigDecimal;
import java.util.List;

/**
 * This build compared with the previous release's evidence (IEC 62304 5.6.6, 5.7.3, 9.7 d, 7.4.1).
 *
 * @param baseline      the baseline, or {@code null} when nothing was compared
 * @param notApplicable why nothing was compared ({@code no baseline declared}, {@code baseline none: first
 *                      release}), or {@code null}
 * @param release       the release being built ({@code 1.1.0} for {@code 1.1.0-SNAPSHOT})
 * @param changes       the change records
 * @param tolerance     how far a class C unit's coverage may fall (ratio)
 * @param soupNote      why SOUP was not compared, or compared against nothing; {@code null} when compared
 * @param summary       counts
 * @param differences   every difference, with its justification where a change record gives one
 * @param impact        the units whose code changed since the baseline, with what they touch (7.4.2, 7.4.3)
 */
public record RegressionModel(Baseline baseline, String notApplicable, String release, ChangeLog changes,
                              BigDecimal tolerance, String soupNote, Summary summary, List<Difference> differences,
                              ChangeImpact impact) {

    /** A model without a change impact (nothing compared, or before it is computed). */
    public RegressionModel(Baseline baseline, String notApplicable, String release, ChangeLog changes,
                           BigDecimal tolerance, String soupNote, Summary summary, List<Difference> differences) {
        this(baseline, notApplicable, release, changes, tolerance, soupNote, summary, differences,
                ChangeImpact.notComputed(notApplicable == null ? "not computed" : notApplicable));
    }

    public RegressionModel {
        differences = List.copyOf(differences);
    }

    /** @return this model with the change impact */
    public RegressionModel with(ChangeImpact computed) {
        return new RegressionModel(baseline, notApplicable, release, changes, tolerance, soupNote, summary,
                differences, computed);
    }

    /** @return a model for a build that compares nothing */
    public static RegressionModel notCompared(String reason, String release, ChangeLog changes, BigDecimal tolerance) {
        return new RegressionModel(null, reason, release, changes, tolerance, null,
                new Summary(0, 0, 0, 0, 0), List.of());
    }

    /** @return this model with more differences, all in order */
    public RegressionModel with(List<Difference> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Difference> all = new java.util.ArrayList<>(differences);
        all.addAll(more);
        java.util.Collections.sort(all);
        return new RegressionModel(baseline, notApplicable, release, changes, tolerance, soupNote, summary, all,
                impact);
    }

    /** @return the differences of one kind */
    public List<Difference> of(Kind kind) {
        return differences.stream().filter(d -> d.kind() == kind).toList();
    }

    /** What changed. */
    public enum Kind {
        TEST("REGRESSION-TEST"), REQUIREMENT("REGRESSION-REQUIREMENT"), UNIT_COVERAGE("REGRESSION-COVERAGE"),
        SOUP("SOUP-CHANGE"), RISK("RISK-CHANGE"), SUSPECT("REGRESSION-SUSPECT"), LINK("REGRESSION-LINK"),
        IMPACT("REGRESSION-IMPACT");

        private final String rule;

        Kind(String rule) {
            this.rule = rule;
        }

        /** @return whether the evidence states what changed ({@code detail}): the kinds whose subject alone does not */
        public boolean described() {
            return ordinal() >= RISK.ordinal();
        }

        /** @return the rule that judges this kind of difference */
        public String rule() {
            return rule;
        }
    }

    /**
     * One difference from the baseline.
     *
     * @param kind          what changed
     * @param subject       test ({@code class#method[n]}), requirement id, unit id or SOUP key
     * @param safetyClass   the class that decides the rule's level
     * @param before        the baseline's value ({@code PASSED}, {@code VERIFIED}, coverage, version), or
     *                      {@code null} for an added SOUP
     * @param now           this build's value ({@code FAILED}, {@code GONE}, {@code REMOVED}, ...), or {@code null}
     *                      for a removed SOUP
     * @param detail        more about the current state (a failure message, which counter fell), or empty
     * @param justification the change record that intends it, or {@code null}
     */
    public record Difference(Kind kind, String subject, SafetyClass safetyClass, String before, String now,
                             String detail, ChangeLog.Justification justification) implements Comparable<Difference> {

        @Override
        public int compareTo(Difference o) {
            int c = kind.compareTo(o.kind);
            return c != 0 ? c : subject.compareTo(o.subject);
        }
    }

    /**
     * @param baselineTests        test cases that passed in the baseline
     * @param tests                test cases now
     * @param testsAdded           test cases now that the baseline does not have
     * @param baselineRequirements requirements VERIFIED in the baseline
     * @param requirementsAdded    requirements now that the baseline does not have
     */
    public record Summary(int baselineTests, int tests, int testsAdded, int baselineRequirements,
                          int requirementsAdded) {
    }
}
