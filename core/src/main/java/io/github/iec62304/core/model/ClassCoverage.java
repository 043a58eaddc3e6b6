package io.github.iec62304.core.model;

/**
 * Coverage of one production class file in this build, from JaCoCo execution data. A class never loaded by a
 * test has all its lines and branches missed.
 *
 * @param className binary name with dots, nested classes with {@code $}
 * @param instructions bytecode instructions: whether the class has code at all, even without line numbers
 * @param lines     executable lines (none when compiled without line numbers)
 * @param branches  branches
 */
public record ClassCoverage(String className, Counter instructions, Counter lines, Counter branches) {

    /** @return the top-level class this class file belongs to */
    public String topLevelClass() {
        int dollar = className.indexOf('$');
        return dollar < 0 ? className : className.substring(0, dollar);
    }
}
