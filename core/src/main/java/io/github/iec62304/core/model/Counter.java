package io.github.iec62304.core.model;

/**
 * Covered items out of a total, for lines or branches.
 *
 * @param covered covered items
 * @param total   all items
 */
public record Counter(int covered, int total) {

    /** No items. */
    public static final Counter EMPTY = new Counter(0, 0);

    /** @return the sum of both counters */
    public Counter plus(Counter other) {
        return new Counter(covered + other.covered, total + other.total);
    }

    /** @return covered / total; 1 when there is nothing to cover */
    public double ratio() {
        return total == 0 ? 1.0 : (double) covered / total;
    }
}
