package io.github.iec62304.core.link;

import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.TestRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The class names the "phrased" reporter of surefire 3 ({@code usePhrasedTestCaseClassName}) writes instead of
 * binary names, mapped back to the test classes by their {@code @DisplayName} values (read from the class files):
 * a {@code @Nested} class is reported as its enclosing classes' and its own display names joined by spaces
 * ({@code HeartRateCalculatorTest when the RR interval is invalid}, 3.0-3.5) or as its own display name alone
 * ({@code when the RR interval is invalid}, 3.6); a class without {@code @DisplayName} has its simple name as
 * display name (but a bare simple name is never mapped: it may be a binary name). A name that two classes could
 * have is not mapped to either.
 */
final class PhrasedClassNames {

    private final Map<String, String> classByReportedName = new HashMap<>();
    private final Map<String, List<String>> reportedNamesByClass = new HashMap<>();
    private final Set<String> unmatched = new TreeSet<>();

    PhrasedClassNames(CodeScan scan, TestRecord record) {
        Set<String> classes = new HashSet<>(scan.testClasses());
        scan.testMethods().forEach(m -> classes.add(m.className()));
        Map<String, String> candidates = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (String cls : classes) {
            for (String name : candidates(cls, scan.displayNames())) {
                String other = candidates.putIfAbsent(name, cls);
                if (other != null && !other.equals(cls)) {
                    ambiguous.add(name);
                }
            }
        }
        for (String reported : record.classNames()) {
            String cls = candidates.get(reported);
            if (classes.contains(reported)) {
                continue;
            }
            if (cls != null && !ambiguous.contains(reported)) {
                classByReportedName.put(reported, cls);
                reportedNamesByClass.computeIfAbsent(cls, k -> new ArrayList<>()).add(reported);
            } else if (reported.indexOf(' ') >= 0) { // no binary class name has a space: a display name
                unmatched.add(reported);
            }
        }
    }

    /** @return the test class a reported class name stands for: the class of a display name, else the name */
    String classOf(String reportedClassName) {
        return classByReportedName.getOrDefault(reportedClassName, reportedClassName);
    }

    /** @return the names the reports use for this test class instead of its binary name */
    List<String> reportedNamesOf(String className) {
        return reportedNamesByClass.getOrDefault(className, List.of());
    }

    /** @return the display names the reports use for this class and its nested classes, sorted */
    List<String> reportedNamesUnder(String className) {
        return classByReportedName.entrySet().stream().filter(e -> e.getValue().equals(className)
                || e.getValue().startsWith(className + "$")).map(Map.Entry::getKey).sorted().toList();
    }

    /** @return reported class names that are display names of no single test class, sorted */
    Set<String> unmatched() {
        return unmatched;
    }

    private static List<String> candidates(String cls, Map<String, String> displayNames) {
        String[] parts = cls.split("\\$");
        List<String> chain = new ArrayList<>();
        StringBuilder binary = new StringBuilder();
        for (String part : parts) {
            binary.append(binary.length() == 0 ? "" : "$").append(part);
            String simple = part.substring(part.lastIndexOf('.') + 1);
            chain.add(displayNames.getOrDefault(binary.toString(), simple));
        }
        // only names a phrased reporter can have written: never a bare simple name, which may be another class's
        // binary name (a class in the default package)
        List<String> names = new ArrayList<>();
        String joined = String.join(" ", chain); // 3.0-3.5
        if (parts.length > 1 || displayNames.containsKey(cls)) {
            names.add(joined);
        }
        if (displayNames.containsKey(cls)) {
            names.add(chain.get(chain.size() - 1)); // 3.6, and a top-level class's own @DisplayName
        }
        return names;
    }

    /**
     * @return the record with every result's identity in binary class and method names: a result reported under a
     *         class's display name gets that class's name, one under a method's display name that method's name,
     *         so that its identity does not depend on the reporter or the surefire version; names stay as reported
     */
    static TestRecord identified(CodeScan scan, TestRecord record) {
        PhrasedClassNames phrased = new PhrasedClassNames(scan, record);
        if (phrased.classByReportedName.isEmpty()) {
            return record;
        }
        List<TestCaseResult> cases = new ArrayList<>();
        for (TestCaseResult c : record.cases()) {
            String cls = phrased.classOf(c.className());
            if (cls.equals(c.className())) {
                cases.add(c);
                continue;
            }
            String rest = c.id().substring(c.className().length() + 1);
            String method = methodOfDisplayName(scan, cls, rest);
            cases.add(c.withId(cls + "#" + (method == null ? rest : method)));
        }
        return new TestRecord(cases, record.inputs(), record.staleReports());
    }

    private static String methodOfDisplayName(CodeScan scan, String cls, String displayName) {
        String prefix = cls + "#";
        for (Map.Entry<String, String> e : scan.displayNames().entrySet()) {
            if (e.getKey().startsWith(prefix) && e.getValue().equals(displayName)
                    && e.getKey().indexOf('#', prefix.length()) < 0) {
                return e.getKey().substring(prefix.length());
            }
        }
        return null;
    }

    /** @return the display name of a test method, or {@code null} */
    static String methodDisplayName(CodeScan scan, CodeLocation method) {
        return scan.displayNames().get(method.className() + "#" + method.methodName());
    }
}
