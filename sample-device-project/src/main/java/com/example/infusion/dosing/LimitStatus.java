package com.example.infusion.dosing;

/** How a computed dose rate compares with the drug library limits. */
public enum LimitStatus {
    /** At or below the soft limit: the infusion may start. */
    WITHIN_LIMITS,
    /** Above the soft limit, at or below the hard limit: a clinician must confirm. */
    SOFT_LIMIT_EXCEEDED
}
