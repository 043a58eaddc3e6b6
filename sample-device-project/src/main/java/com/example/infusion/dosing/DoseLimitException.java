package com.example.infusion.dosing;

/** The prescription cannot be delivered: a hard limit of the drug library or the pump is exceeded. */
public final class DoseLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message which limit, the requested value and the limit */
    public DoseLimitException(String message) {
        super(message);
    }
}
