package com.example.cgm.signal;

/** A sensor reading that must not become a glucose value: implausible current, or out of time order. */
public final class SensorFaultException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with the reading */
    public SensorFaultException(String message) {
        super(message);
    }
}
