package io.github.iec62304.core.model;

import java.util.Optional;

/**
 * A {@code tests:} entry of a requirement in the catalog: names test cases of this build's JUnit XML reports that
 * verify the requirement, for tests that cannot carry {@code @Verifies} (invoker ITs, Robot Framework, pytest,
 * Cypress). The grammar is that of the {@code tests} entries of change and anomaly records (see
 * {@link io.github.iec62304.core.model.release.TestKey#matches}): a class ({@code classname} as reported; it also
 * names its nested classes), {@code class#method} (every invocation) or one identity {@code class#method[n]}.
 *
 * @param text the selector as written, surrounding spaces removed
 * @param line the line of the catalog that holds it (for messages)
 */
public record TestSelector(String text, int line) {

    /**
     * @param text a selector as written
     * @return what is wrong with its syntax, or empty when it is a selector
     */
    public static Optional<String> problem(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return Optional.of("is empty");
        }
        if (s.indexOf('*') >= 0 || s.indexOf('?') >= 0) {
            return Optional.of("has a wildcard; name a class (it covers its nested classes), class#method or "
                    + "class#method[n]");
        }
        int hash = s.indexOf('#');
        if (hash != s.lastIndexOf('#')) {
            return Optional.of("has more than one '#'; write class#method");
        }
        String cls = hash < 0 ? s : s.substring(0, hash);
        if (cls.isBlank() || cls.startsWith(".") || cls.endsWith(".") || cls.endsWith("$")) {
            return Optional.of("does not start with a class name (the 'classname' attribute of the report)");
        }
        if (hash >= 0) {
            String method = s.substring(hash + 1);
            if (method.isBlank()) {
                return Optional.of("has no method after '#'; write class#method, or the class alone");
            }
            if (method.matches(".*\\[0+\\]")) {
                return Optional.of("names invocation [0]; invocations are counted from 1 (see test-identity.html)");
            }
        }
        return Optional.empty();
    }

    /** @return the class part: the whole selector, or what precedes {@code #} */
    public String className() {
        int hash = text.indexOf('#');
        return hash < 0 ? text : text.substring(0, hash);
    }

    /** @return the method part (with its invocation index, if any), or {@code null} for a class */
    public String methodName() {
        int hash = text.indexOf('#');
        return hash < 0 ? null : text.substring(hash + 1);
    }
}
