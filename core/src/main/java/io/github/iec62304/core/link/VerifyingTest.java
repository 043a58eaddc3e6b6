package io.github.iec62304.core.link;

import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.TestOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A test that verifies a requirement, with its result in this build.
 *
 * @param test               the test method (or the test class, when the class declares no recognisable test
 *                           methods)
 * @param outcome            worst outcome of all its invocations, NOT_RUN when no report has it
 * @param invocations        how many reported test cases it matched (parameterized and repeated tests have many)
 * @param reruns             flaky or failing re-runs over all invocations
 * @param message            first line of the worst failure, or empty
 * @param notRunReason       for NOT_RUN: why no result was found, for the message; empty otherwise
 * @param sources            report files it was found in
 * @param links              where its link to the requirement is declared ({@code @Verifies}, a catalog selector,
 *                           or both), sorted
 */
public record VerifyingTest(CodeLocation test, TestOutcome outcome, int invocations, int reruns, String message,
                            String notRunReason, List<String> sources, List<TestLink> links)
        implements Comparable<VerifyingTest> {

    /** A test linked by {@code @Verifies}. */
    public VerifyingTest(CodeLocation test, TestOutcome outcome, int invocations, int reruns, String message,
                         String notRunReason, List<String> sources) {
        this(test, outcome, invocations, reruns, message, notRunReason, sources, List.of(TestLink.ANNOTATION));
    }

    public VerifyingTest {
        sources = List.copyOf(sources);
        links = List.copyOf(new TreeSet<>(links));
    }

    /** @return this test with the given links */
    VerifyingTest withLinks(List<TestLink> newLinks) {
        return new VerifyingTest(test, outcome, invocations, reruns, message, notRunReason, sources, newLinks);
    }

    /**
     * @param other the same test, linked to the same requirement another way
     * @return one test with both links; the result of the one that matched more invocations (a selector of one
     *         invocation of a method that {@code @Verifies} names whole)
     */
    VerifyingTest merge(VerifyingTest other) {
        List<TestLink> both = new ArrayList<>(links);
        both.addAll(other.links);
        return (other.invocations > invocations ? other : this).withLinks(both);
    }

    /** @return {@code true} when only catalog selectors declare the link (no {@code @Verifies}) */
    public boolean declaredOnly() {
        return links.stream().allMatch(TestLink::declared);
    }

    /** @return {@code true} when the test ran and passed (possibly after flaky re-runs) */
    public boolean passed() {
        return outcome == TestOutcome.PASSED;
    }

    @Override
    public int compareTo(VerifyingTest other) {
        return test.compareTo(other.test);
    }
}
