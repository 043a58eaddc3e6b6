package io.github.iec62304.core.read.classes.unitfixture;

/** Production code fixture: an interface with a constant only, so no executable code (empty counters). */
public interface DoseLimits {

    /** Highest rate in ml/h. */
    int MAX_RATE = 999;
}
