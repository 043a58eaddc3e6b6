package io.github.iec62304.core.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What git says about the signature of a commit or an annotated tag ({@code git verify-commit},
 * {@code git verify-tag}): evidence for the record, never a reason to fail the build. The status is only as good
 * as the keyring of the machine that ran the build: GOOD means the signature verifies and its key is trusted there.
 *
 * @param status      the verdict, mapped from git's {@code %G?} letter
 * @param code        git's {@code %G?} letter (G, B, U, X, Y, R, E, N), or {@code null} when git gave none
 *                    (git or gpg could not run)
 * @param signer      the signer as git prints it ({@code %GS}: the key's user id), or {@code null}
 * @param key         the key id that made the signature ({@code %GK}), or {@code null}
 * @param fingerprint the fingerprint of that key ({@code %GF}), or {@code null}
 * @param detail      what the status means here, in words (which of the UNKNOWN cases it is)
 */
public record GitSignature(Status status, String code, String signer, String key, String fingerprint,
                           String detail) {

    /** The verdict on one signature. */
    public enum Status {
        /** the signature verifies and the key is valid and trusted in the build's keyring (G) */
        GOOD,
        /** the signature does not verify: the signed content or the signature was altered (B) */
        BAD,
        /** no signature (N), or a lightweight tag, which has no object to sign */
        UNSIGNED,
        /** the signature verifies, but it or its key has expired (X, Y) */
        EXPIRED,
        /** the signature verifies, but its key has been revoked (R) */
        REVOKED,
        /**
         * not decided here: the key is not trusted in the build's keyring (U), the key is missing or the signature
         * cannot be checked (E), git or gpg could not run; {@code detail} says which
         */
        UNKNOWN
    }

    public GitSignature {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }

    static GitSignature unknown(String detail) {
        return new GitSignature(Status.UNKNOWN, null, null, null, null, detail);
    }

    static GitSignature unsigned(String detail) {
        return new GitSignature(Status.UNSIGNED, "N", null, null, null, detail);
    }

    /** Maps git's {@code %G?} letter honestly: only G is GOOD. */
    static GitSignature of(String code, String signer, String key, String fingerprint) {
        String s = blankToNull(signer);
        String k = blankToNull(key);
        String f = blankToNull(fingerprint);
        return switch (code) {
            case "G" -> new GitSignature(Status.GOOD, code, s, k, f,
                    "good signature by a valid key trusted in the build's keyring");
            case "B" -> new GitSignature(Status.BAD, code, s, k, f,
                    "bad signature: the signature does not match the signed content");
            case "U" -> new GitSignature(Status.UNKNOWN, code, s, k, f,
                    "good signature, but the key is not trusted in the build's keyring (validity unknown)");
            case "X" -> new GitSignature(Status.EXPIRED, code, s, k, f, "good signature that has expired");
            case "Y" -> new GitSignature(Status.EXPIRED, code, s, k, f, "good signature made by an expired key");
            case "R" -> new GitSignature(Status.REVOKED, code, s, k, f, "good signature made by a revoked key");
            case "E" -> new GitSignature(Status.UNKNOWN, code, s, k, f,
                    "the signature cannot be checked: the public key" + (k == null ? "" : " " + k)
                            + " is missing from the build's keyring, or the signature is unreadable");
            case "N" -> unsigned("no signature");
            default -> unknown("git reported signature status '" + code + "', which this version does not know");
        };
    }

    /**
     * Reads gpg's machine-readable status lines ({@code [GNUPG:] ...}, as {@code git verify-tag --raw} prints them)
     * the way git reads them for {@code %G?}.
     *
     * @return the signature, or {@code null} when the output holds no signature status
     */
    static GitSignature ofGpgStatus(String output) {
        String code = null;
        String signer = null;
        String key = null;
        String fingerprint = null;
        String trust = null;
        Map<String, String> codes = Map.of("GOODSIG", "G", "BADSIG", "B", "EXPSIG", "X", "EXPKEYSIG", "Y",
                "REVKEYSIG", "R", "ERRSIG", "E");
        for (String line : output.split("\r?\n")) {
            if (!line.startsWith("[GNUPG:] ")) {
                continue;
            }
            String[] f = line.substring(9).split(" ", 3);
            if (codes.containsKey(f[0]) && code == null) { // only the first signature counts, as in git
                code = codes.get(f[0]);
                key = f.length > 1 ? f[1] : null;
                signer = !"ERRSIG".equals(f[0]) && f.length > 2 ? f[2] : null;
            } else if ("VALIDSIG".equals(f[0]) && f.length > 1) {
                fingerprint = f[1];
            } else if (f[0].startsWith("TRUST_") && trust == null) {
                trust = f[0];
            }
        }
        if (code == null) {
            return null;
        }
        if ("G".equals(code) && (trust == null || "TRUST_UNDEFINED".equals(trust) || "TRUST_NEVER".equals(trust))) {
            code = "U"; // git: a good signature below marginal trust is U
        }
        return of(code, signer, key, fingerprint);
    }

    /** @return the first lines of git's complaint, for a detail */
    static String firstLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (!line.isBlank() && !line.startsWith("[GNUPG:] ") && lines.size() < 2) {
                lines.add(line.strip());
            }
        }
        return String.join("; ", lines);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
