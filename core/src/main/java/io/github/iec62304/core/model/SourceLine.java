package io.github.iec62304.core.model;

/**
 * Where an annotated class or method is in the sources, as its class file tells (its {@code SourceFile} attribute and
 * line number table) and the module's source roots confirm.
 *
 * @param file the source file, relative to the project directory with {@code /}, e.g.
 *             {@code src/main/java/com/acme/Pump.java}
 * @param line the first line of the method's code (of a class: of its first code, usually the class declaration's
 *             implicit constructor), or 0 when the class was compiled without line numbers
 */
public record SourceLine(String file, int line) {
}
