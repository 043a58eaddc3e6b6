package io.github.iec62304.core;

/** The configuration is wrong (a bad parameter value, an unknown rule id): a BUILD ERROR naming the setting. */
public class SettingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SettingsException(String message) {
        super(message);
    }
}
