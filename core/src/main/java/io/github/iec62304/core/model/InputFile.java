package io.github.iec62304.core.model;

/**
 * An input the gates read, recorded in the evidence manifest so an auditor can tell exactly what was judged.
 *
 * @param path     path relative to the project directory, with {@code /}
 * @param sha256   SHA-256 of what {@code sha256Of} names
 * @param files    1 for a file, the number of files for a directory
 * @param sha256Of what the digest is taken over: the bytes of the file, or, for inputs that carry timing noise
 *                 (durations, host names, times), the content the gates used
 * @param module   the module of a multi-module device it belongs to, or {@code null}
 */
public record InputFile(String path, String sha256, int files, DigestOf sha256Of, String module)
        implements Comparable<InputFile> {

    /** An input of no particular module. */
    public InputFile(String path, String sha256, int files, DigestOf sha256Of) {
        this(path, sha256, files, sha256Of, null);
    }

    /** @return this input as one of the module's ({@code null}: of none) */
    public InputFile inModule(String name) {
        return new InputFile(path, sha256, files, sha256Of, name);
    }

    /** What an input's SHA-256 is taken over. */
    public enum DigestOf {
        /** the bytes of the file */
        BYTES("bytes"),
        /** a class directory's tree digest: one line {@code <relative path> <sha256>} per class file */
        CLASS_FILES("class files"),
        /**
         * a test report's own results, without durations: one line {@code <class>#<name> <outcome> <reruns>
         * <message>} per {@code <testcase>} of that report as read from it alone (not merged with the same test in
         * other reports), sorted by UTF-8 bytes; see {@code io.github.iec62304.core.read.TestResultsDigest}
         */
        TEST_RESULTS("test results"),
        /**
         * JaCoCo execution data of the project's production classes, without its session information (host
         * name, times) and without the library and test classes the agent records: per such class by id, the line
         * {@code <class id> <class name> <probe count>} and then its probes packed eight to a byte, lowest bit first
         */
        EXECUTION_DATA("execution data");

        private final String label;

        DigestOf(String label) {
            this.label = label;
        }

        /** @return the name used in {@code manifest.json} */
        public String label() {
            return label;
        }
    }

    /** An input whose digest is taken over the bytes of the file. */
    public InputFile(String path, String sha256, int files) {
        this(path, sha256, files, DigestOf.BYTES);
    }

    @Override
    public int compareTo(InputFile other) {
        return path.compareTo(other.path);
    }
}
