package io.github.iec62304.core.model.release;

/** How a SOUP is recognised across releases: {@code group:name} of an SBOM component, {@code runtime:<name>}. */
public final class SoupKey {

    /** Prefix of runtime SOUP keys (SOUP no SBOM lists, such as the JRE). */
    public static final String RUNTIME = "runtime:";

    private SoupKey() {
    }

    /** @return {@code group:name}, or {@code name} for a component without a group */
    public static String component(String group, String name) {
        return group == null || group.isEmpty() ? name : group + ":" + name;
    }

    /** @return {@code runtime:<name>} */
    public static String runtime(String name) {
        return RUNTIME + name;
    }
}
