package com.example.cgm.alerts;

import java.time.Instant;
import java.util.Objects;

/**
 * An active alert.
 *
 * @param type what it alerts about
 * @param raisedAt when its event was first reported
 */
public record Alert(AlertType type, Instant raisedAt) {

    /** Rejects missing fields. */
    public Alert {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }
}
