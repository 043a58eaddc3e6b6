package io.github.iec62304.core.model;

import java.util.Comparator;

/**
 * One requirement id written in an {@code @Implements} or {@code @Verifies} annotation.
 *
 * @param kind          which annotation
 * @param requirementId the id as written
 * @param location      the annotated class or method
 */
public record CodeLink(LinkKind kind, String requirementId, CodeLocation location) implements Comparable<CodeLink> {

    private static final Comparator<CodeLink> ORDER = Comparator.comparing(CodeLink::requirementId)
            .thenComparing(CodeLink::kind).thenComparing(CodeLink::location);

    @Override
    public int compareTo(CodeLink other) {
        return ORDER.compare(this, other);
    }
}
