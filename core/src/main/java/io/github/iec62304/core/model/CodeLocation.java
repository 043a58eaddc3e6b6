package io.github.iec62304.core.model;

import java.util.Comparator;

/**
 * A class or a method in compiled code.
 *
 * @param className  binary class name with dots, nested classes with {@code $} (as surefire reports them)
 * @param methodName method name, or {@code null} when the location is the whole class
 */
public record CodeLocation(String className, String methodName) implements Comparable<CodeLocation> {

    private static final Comparator<CodeLocation> ORDER = Comparator.comparing(CodeLocation::className)
            .thenComparing(CodeLocation::methodName, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** @return {@code true} when this names a whole class rather than one method */
    public boolean isClass() {
        return methodName == null;
    }

    /** @return {@code com.acme.Foo#bar} or {@code com.acme.Foo} */
    @Override
    public String toString() {
        return methodName == null ? className : className + "#" + methodName;
    }

    @Override
    public int compareTo(CodeLocation other) {
        return ORDER.compare(this, other);
    }
}
