package io.github.iec62304.core.link;

import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.Fingerprint;
import java.util.HashMap;
import java.util.Map;

/** The fingerprint of a unit's code, from the fingerprints of its class files (see {@link Fingerprint#unit}). */
public final class UnitFingerprints {

    private UnitFingerprints() {
    }

    /** @return the unit's fingerprint, or {@code null} when the scan computed none (tests) */
    public static String of(UnitVerification unit, CodeScan scan) {
        if (scan == null || scan.fingerprints().isEmpty()) {
            return null;
        }
        Map<String, String> classes = new HashMap<>();
        for (String c : unit.classes()) {
            String print = scan.fingerprints().get(c);
            classes.put(c, print == null ? "" : print);
        }
        return Fingerprint.unit(classes);
    }
}
