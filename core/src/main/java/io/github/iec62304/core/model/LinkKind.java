package io.github.iec62304.core.model;

/** How code refers to a requirement: by implementing it or by verifying it. */
public enum LinkKind {
    IMPLEMENTS("@Implements"), VERIFIES("@Verifies");

    private final String annotation;

    LinkKind(String annotation) {
        this.annotation = annotation;
    }

    /** @return the annotation as a developer writes it, e.g. {@code @Verifies} */
    public String annotation() {
        return annotation;
    }
}
