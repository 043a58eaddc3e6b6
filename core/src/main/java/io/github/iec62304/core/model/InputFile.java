package io.github.iec62304.core.model;

/**
 * An input the gates read, recorded in the evidence manifest so an auditor can tell exactly what was judged.
 *
 * @param path   path relative to the project directory, with {@code /}
 * @param sha256 SHA-256 of the bytes read (for a directory of class files: of the sorted list of its files'
 *               relative paths and digests)
 * @param files  1 for a file, the number of files for a directory
 */
public record InputFile(String path, String sha256, int files) implements Comparable<InputFile> {

    @Override
    public int compareTo(InputFile other) {
        return path.compareTo(other.path);
    }
}
