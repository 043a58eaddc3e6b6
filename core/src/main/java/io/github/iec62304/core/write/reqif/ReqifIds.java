package io.github.iec62304.core.write.reqif;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifiers of the ReqIF export: valid {@code xsd:ID}s (they start with a letter or an underscore, then letters,
 * digits, {@code . - _}), derived from content only, so the same catalog always gets the same identifiers.
 */
final class ReqifIds {

    private ReqifIds() {
    }

    /**
     * A readable identifier from an id: {@code _} then the id, every character outside {@code [A-Za-z0-9.-]}
     * (including {@code _} itself) written as {@code _<hex code point>_}; injective, so two ids never share one.
     * {@code REQ-DOSE-001} gives {@code _REQ-DOSE-001}; {@code a:b} gives {@code _a_3a_b}.
     */
    static String of(String prefix, String id) {
        StringBuilder b = new StringBuilder(prefix.length() + id.length() + 1).append(prefix).append('_');
        id.codePoints().forEach(c -> {
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-')) {
                b.append((char) c);
            } else {
                b.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return b.toString();
    }

    /** A name-based identifier: {@code prefix} then the first 20 hex digits of the SHA-256 of {@code content}. */
    static String hashed(String prefix, String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return prefix + HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
