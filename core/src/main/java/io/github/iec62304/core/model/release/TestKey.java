package io.github.iec62304.core.model.release;

/**
 * How a test is recognised across releases: its class and method, plus the invocation index of a parameterized or
 * repeated test; the argument text is dropped, because surefire versions print it differently
 * ({@code m(int, Zone)[3]}, {@code m{int, Zone}[3]} and, for repeated tests, {@code m()[1]} or {@code m[1]}).
 */
public final class TestKey {

    private TestKey() {
    }

    /** @return {@code class#method} or {@code class#method[n]} */
    public static String of(String className, String reportedName) {
        return className + "#" + normalize(reportedName);
    }

    /** @return the reported name without its argument text */
    static String normalize(String name) {
        int cut = name.length();
        int paren = name.indexOf('(');
        int brace = name.indexOf('{');
        int bracket = name.indexOf('[');
        for (int i : new int[] {paren, brace, bracket}) {
            if (i > 0 && i < cut) {
                cut = i;
            }
        }
        String method = name.substring(0, cut);
        if (name.endsWith("]")) {
            int open = name.lastIndexOf('[');
            String index = name.substring(open + 1, name.length() - 1);
            if (open >= cut && index.chars().allMatch(Character::isDigit) && !index.isEmpty()) {
                return method + "[" + index + "]";
            }
        }
        return method;
    }

    /** @return {@code true} when the key belongs to the test reference: a class (with its nested classes) or
     *          {@code class#method} (every invocation) */
    public static boolean matches(String key, String reference) {
        int hash = key.indexOf('#');
        if (hash < 0) { // a whole test class that did not run
            return reference.equals(key) || key.startsWith(reference + "$");
        }
        String cls = key.substring(0, hash);
        if (reference.indexOf('#') < 0) {
            return cls.equals(reference) || cls.startsWith(reference + "$");
        }
        String method = key.substring(hash + 1);
        int bracket = method.indexOf('[');
        String bare = bracket < 0 ? method : method.substring(0, bracket);
        return reference.equals(cls + "#" + bare) || reference.equals(key);
    }
}
