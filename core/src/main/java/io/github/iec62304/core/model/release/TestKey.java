package io.github.iec62304.core.model.release;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical test identity: how a test is recognised across builds, releases and surefire versions. It is
 * {@code class#method} for a test run once and {@code class#method[n]} for the n-th invocation (1-based) of a
 * parameterized or repeated test or a TestNG data provider row; argument text is dropped. The same test with the
 * same result has the same identity whatever surefire 2.22-3.6 reported:
 * <ul>
 * <li>parameterized: {@code m{int, Zone}[3]} (2.22), {@code m(int, Zone)[3]} (3.x) -> {@code m[3]};</li>
 * <li>{@code @RepeatedTest}: {@code m[1]} (2.22), three identical {@code m} in one file (3.0-3.4, numbered in
 * order of appearance), {@code m()[1]} (3.5+), {@code m() repetition 1 of 3} (phrased reporter) -> {@code m[1]};</li>
 * <li>TestNG data provider: {@code m} twice in one file (2.22, numbered in order of appearance), {@code m[45,
 * X](1)} (3.0-3.5), 0-based {@code m(int, java.lang.String)[0]} (3.6) -> {@code m[1]}; a method whose
 * invocations start at {@code [0]} (also JUnit 4 {@code Parameterized}) is renumbered from 1;</li>
 * <li>a method invoked once is {@code m}, even when reported as {@code m()[1]} (versions disagree whether a single
 * repetition or data row has an index).</li>
 * </ul>
 * A name that is not a method name (a display name of the "phrased" reporter) is its own identity.
 */
public final class TestKey {

    private static final String METHOD = "([\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)";
    private static final Pattern INDEXED = Pattern.compile(METHOD + "(?:[({].*?[)}])?\\[(\\d+)\\](?: .*)?");
    private static final Pattern REPETITION = Pattern.compile(METHOD + "\\(.*\\) repetition (\\d+) of \\d+");
    private static final Pattern TESTNG_ROW = Pattern.compile(METHOD + "\\[.*\\]\\((\\d+)\\)");
    private static final Pattern ARGUMENTS = Pattern.compile(METHOD + "[({\\[].*");
    private static final Pattern PLAIN = Pattern.compile(METHOD);

    /** One test invocation as reported: class, reported name, and its occurrence among identical names. */
    public record Reported(String className, String name, int occurrence) {
    }

    /** A reported name read: the method (or display name) and the invocation index it states, or -1. */
    record Invocation(String method, int index) {
    }

    private TestKey() {
    }

    /**
     * @return the identity of one reported name on its own: {@code class#method} or {@code class#method[n]} as
     *         reported (no renumbering: that needs the other invocations, see {@link #identities})
     */
    public static String of(String className, String reportedName) {
        return className + "#" + normalize(reportedName);
    }

    /** @return the reported name without its argument text: {@code m} or {@code m[n]} */
    static String normalize(String name) {
        Invocation i = parse(name);
        return i.index() < 0 ? i.method() : i.method() + "[" + i.index() + "]";
    }

    static Invocation parse(String reported) {
        String name = reported.strip();
        for (Pattern p : new Pattern[] {INDEXED, REPETITION, TESTNG_ROW}) {
            Matcher m = p.matcher(name);
            if (m.matches()) {
                return new Invocation(m.group(1), Integer.parseInt(m.group(2)));
            }
        }
        for (Pattern p : new Pattern[] {ARGUMENTS, PLAIN}) {
            Matcher m = p.matcher(name);
            if (m.matches()) {
                return new Invocation(m.group(1), -1);
            }
        }
        return new Invocation(name, -1); // a display name
    }

    /**
     * @param reported every invocation of a build (or of an old baseline's test record), in report order
     * @return their canonical identities, in the same order
     */
    public static List<String> identities(List<Reported> reported) {
        Map<String, List<Integer>> byMethod = new LinkedHashMap<>();
        List<Invocation> parsed = new ArrayList<>();
        Map<String, Integer> sameName = new HashMap<>();
        for (Reported r : reported) {
            sameName.merge(r.className() + '\u0000' + r.name(), 1, Integer::sum);
        }
        for (int i = 0; i < reported.size(); i++) {
            Reported r = reported.get(i);
            Invocation inv = parse(r.name());
            if (inv.index() < 0 && sameName.get(r.className() + '\u0000' + r.name()) > 1) {
                inv = new Invocation(inv.method(), r.occurrence()); // identical names: order of appearance
            }
            parsed.add(inv);
            byMethod.computeIfAbsent(r.className() + "#" + inv.method(), k -> new ArrayList<>()).add(i);
        }
        String[] ids = new String[reported.size()];
        byMethod.forEach((method, members) -> {
            boolean zeroBased = members.stream().anyMatch(i -> parsed.get(i).index() == 0);
            for (int i : members) {
                int index = parsed.get(i).index();
                index = index >= 0 && zeroBased ? index + 1 : index;
                boolean single = members.size() == 1 && index == 1;
                if (index < 0 && members.size() > 1) { // invocations named otherwise (JUnit 4 "m[0: x]"): as named
                    ids[i] = reported.get(i).className() + "#" + reported.get(i).name().strip();
                } else {
                    ids[i] = index < 0 || single ? method : method + "[" + index + "]";
                }
            }
        });
        return List.of(ids);
    }

    /** @return the identity without its invocation index: {@code class#method} */
    public static String withoutIndex(String key) {
        int hash = key.indexOf('#');
        int bracket = key.indexOf('[', Math.max(hash, 0));
        return bracket < 0 || !key.endsWith("]") ? key : key.substring(0, bracket);
    }

    /** @return {@code true} when the key belongs to the test reference: a class (with its nested classes),
     *          {@code class#method} (every invocation, and every overload of that name) or the key itself */
    public static boolean matches(String key, String reference) {
        int hash = key.indexOf('#');
        if (hash < 0) { // a whole test class that did not run
            return reference.equals(key) || key.startsWith(reference + "$");
        }
        String cls = key.substring(0, hash);
        if (reference.indexOf('#') < 0) {
            return cls.equals(reference) || cls.startsWith(reference + "$");
        }
        return reference.equals(key) || reference.equals(withoutIndex(key)) || reference.equals(methodOf(key, hash));
    }

    /** @return {@code class#method} of a key named as reported ({@code class#m(int)}, {@code class#m[0: x]}) */
    private static String methodOf(String key, int hash) {
        for (int i = hash + 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                return key.substring(0, i);
            }
        }
        return key;
    }
}
