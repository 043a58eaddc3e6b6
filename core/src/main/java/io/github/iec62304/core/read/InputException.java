package io.github.iec62304.core.read;

/**
 * An input the gates cannot use: missing, unreadable, malformed or hostile. Its message is one line that names
 * the file (and the line where known) and the problem, ready to show as a BUILD ERROR.
 */
public class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param file    the file, relative to the project where possible
     * @param line    1-based line, or 0 when unknown
     * @param problem what is wrong and, where possible, what to do
     */
    public InputException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }

    /** An input problem with a cause kept for debugging (never shown as a stack trace to the user). */
    public InputException(String file, int line, String problem, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
    }
}
