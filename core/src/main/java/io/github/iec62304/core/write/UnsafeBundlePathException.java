package io.github.iec62304.core.write;

/**
 * The configured evidence directory or bundle file would replace something the plugin did not write: a
 * configuration error (BUILD ERROR) raised before anything is touched.
 */
public class UnsafeBundlePathException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnsafeBundlePathException(String message) {
        super(message);
    }
}
