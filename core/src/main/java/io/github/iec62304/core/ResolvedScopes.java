package io.github.iec62304.core;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Maven scope each component of the build resolved in, by {@code groupId:artifactId}. A component can come as
 * several artifacts (its jar, its {@code tests} jar, a classifier or another type), each in its own scope; the
 * component ships when any of them ships, so the scope kept is the one that ships most: {@code compile}, then
 * {@code runtime}, {@code system}, {@code provided}, {@code test}. Keeping the last artifact seen instead would let a
 * test-scope {@code tests} jar hide a shipped library from the SOUP gate.
 */
public final class ResolvedScopes {

    /** From most to least shipping; a scope not listed ranks after them all. */
    private static final List<String> RANK = List.of("compile", "runtime", "system", "provided", "test");

    private final Map<String, String> scopes = new TreeMap<>();

    /**
     * Records one resolved artifact.
     *
     * @param groupId    its group
     * @param artifactId its artifact id (classifier and type do not matter: they are the same component)
     * @param scope      the scope it resolved in; {@code null} or empty means {@code compile}, Maven's default
     * @return this
     */
    public ResolvedScopes add(String groupId, String artifactId, String scope) {
        String s = scope == null || scope.isEmpty() ? "compile" : scope;
        scopes.merge(groupId + ":" + artifactId, s, ResolvedScopes::mostShipping);
        return this;
    }

    /** @return {@code groupId:artifactId} to the most shipping scope of its artifacts */
    public Map<String, String> asMap() {
        return Map.copyOf(scopes);
    }

    /** @return of two scopes, the one that ships more; on a tie, the first */
    static String mostShipping(String a, String b) {
        return rank(b) < rank(a) ? b : a;
    }

    private static int rank(String scope) {
        int i = RANK.indexOf(scope);
        return i < 0 ? RANK.size() : i;
    }
}
