package io.github.iec62304.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Content fingerprints (IEC 62304 7.4.2, 8.2): what the evidence records of a requirement, a unit or a risk control so
 * that the next release can tell exactly what changed. Every fingerprint starts with its algorithm's version
 * ({@value #VERSION}), so that a future algorithm is recognised as such and never read as a mass change.
 *
 * <ul>
 *   <li>requirement: its title and text with runs of white space made one space and the ends trimmed, and its risk
 *       controls sorted: what it says and what it is for. Not its class, its parents, its verification methods or
 *       its line: they change how it is verified or traced, not what its tests must show;</li>
 *   <li>unit: the binary names of its classes with each class's fingerprint (see {@code ClassFingerprint}), sorted by
 *       name.</li>
 * </ul>
 * Each is SHA-256 over its fields written as {@code name=value} lines in a fixed order.
 */
public final class Fingerprint {

    /** The version of every fingerprint this plugin computes, written before the hash. */
    public static final String VERSION = "v1:";

    private Fingerprint() {
    }

    /** @return the fingerprint of a requirement's meaning */
    public static String requirement(Requirement r) {
        return requirement(r.title(), r.text(), r.riskControls());
    }

    /**
     * @param title         as in the catalog
     * @param text          as in the catalog
     * @param riskControls  ids, in any order
     * @return the fingerprint of a requirement with these fields (also of one read back from a baseline bundle)
     */
    public static String requirement(String title, String text, List<String> riskControls) {
        return hash("title=" + normalize(title) + "\ntext=" + normalize(text) + "\nriskControls="
                + String.join(",", riskControls.stream().sorted().toList()) + "\n");
    }

    /** @return the fingerprint of a unit from its classes' fingerprints (class name to fingerprint) */
    public static String unit(Map<String, String> classes) {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(classes).forEach((name, print) -> b.append("class=").append(name).append(' ').append(print)
                .append('\n'));
        return hash(b.toString());
    }

    /** @return the text with every run of white space one space, trimmed ({@code ""} for {@code null}) */
    public static String normalize(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static String hash(String canonical) {
        try {
            return VERSION + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
