package io.github.iec62304.core.read.classes;

/**
 * The bytes of one compiled class, read once and handed to every consumer that needs them (the annotation
 * scan now, coverage analysis later).
 *
 * @param path  path relative to the class directory, with {@code /}
 * @param bytes the class file
 */
public record ClassFile(String path, byte[] bytes) {
}
