package io.github.iec62304.core.project;

import java.util.Objects;

/**
 * A tag that points at the commit the evidence was built from, and what {@code git verify-tag} says of it.
 *
 * @param name      the tag's name, without {@code refs/tags/}
 * @param signature its signature; UNSIGNED for a lightweight tag (no tag object to sign)
 */
public record GitTag(String name, GitSignature signature) {

    public GitTag {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(signature, "signature");
    }
}
