package io.github.iec62304.core.link;

import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.TestCaseResult;
import io.github.iec62304.core.model.TestOutcome;
import io.github.iec62304.core.model.TestRecord;
import io.github.iec62304.core.model.TestSelector;
import io.github.iec62304.core.model.release.TestKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds the reported test cases of an annotated test, exactly as surefire and failsafe name them:
 * {@code name} for a plain test, {@code name(args)[n]} (3.x) or {@code name{args}[n]} (2.22) for parameterized
 * and repeated tests, {@code name[n]} for JUnit 4 parameters; {@code Outer$Inner} for nested classes; and the
 * reports of subclasses for a test method inherited from an abstract class. Also resolves the catalog's
 * {@code tests:} selectors against the reported test identities, by the rule of change and anomaly records
 * ({@link TestKey#matches}).
 */
final class TestMatcher {

    private final TestRecord record;
    private final CodeScan scan;
    private final PhrasedClassNames phrased;
    private final Map<String, List<String>> subclasses = new HashMap<>();
    private final Map<String, List<CodeLocation>> testMethodsByOuterClass = new HashMap<>();
    private final Set<String> testMethodNames = new HashSet<>();

    TestMatcher(CodeScan scan, TestRecord record) {
        this.record = record;
        this.scan = scan;
        this.phrased = new PhrasedClassNames(scan, record);
        scan.superClasses().forEach((cls, sup) -> subclasses.computeIfAbsent(sup, k -> new ArrayList<>()).add(cls));
        for (CodeLocation m : scan.testMethods()) {
            testMethodNames.add(m.methodName());
            String outer = m.className();
            int dollar = outer.indexOf('$');
            testMethodsByOuterClass.computeIfAbsent(dollar < 0 ? outer : outer.substring(0, dollar),
                    k -> new ArrayList<>()).add(m);
        }
    }

    /**
     * @param annotated a test method, or a test class (whose tests, including nested classes', all count)
     * @return one verifying test per test method, with its outcome
     */
    List<VerifyingTest> resolve(CodeLocation annotated) {
        if (!annotated.isClass()) {
            return List.of(match(annotated));
        }
        List<VerifyingTest> result = new ArrayList<>();
        for (CodeLocation m : testMethodsByOuterClass.getOrDefault(outer(annotated.className()), List.of())) {
            if (m.className().equals(annotated.className()) || m.className().startsWith(annotated.className() + "$")) {
                result.add(match(m));
            }
        }
        return result.isEmpty() ? List.of(matchWholeClass(annotated)) : result;
    }

    /**
     * @param selectors   the {@code tests:} selectors of one requirement
     * @param catalogFile the catalog that declares them (for messages)
     * @return one verifying test per reported {@code class#method} they match, with the outcome of every invocation
     *         any of them matched (two selectors of two invocations of one method are one test with both
     *         invocations, not the first selector's); for each selector that matches nothing, one NOT_RUN test
     *         named by the selector, saying why and what to do
     */
    List<VerifyingTest> resolve(List<TestSelector> selectors, String catalogFile) {
        Map<CodeLocation, Set<TestCaseResult>> byMethod = new TreeMap<>();
        Map<CodeLocation, List<TestLink>> linksOf = new HashMap<>();
        List<VerifyingTest> unmatched = new ArrayList<>();
        for (TestSelector selector : selectors) {
            TestLink link = TestLink.declared(catalogFile, selector);
            boolean any = false;
            for (TestCaseResult c : record.cases()) {
                if (TestKey.matches(c.id(), selector.text()) || selector.text().equals(c.displayName())) {
                    String method = TestKey.withoutIndex(c.id()); // the identity's class: phrased names resolved
                    int hash = method.indexOf('#');
                    CodeLocation at = new CodeLocation(method.substring(0, hash), method.substring(hash + 1));
                    byMethod.computeIfAbsent(at, k -> new LinkedHashSet<>()).add(c);
                    linksOf.computeIfAbsent(at, k -> new ArrayList<>()).add(link);
                    any = true;
                }
            }
            if (!any) {
                CodeLocation named = new CodeLocation(selector.className(), selector.methodName());
                unmatched.add(summarize(named, List.of(), unmatched(selector, catalogFile)).withLinks(List.of(link)));
            }
        }
        List<VerifyingTest> result = new ArrayList<>();
        byMethod.forEach((method, cases) -> result.add(summarize(method, new ArrayList<>(cases), "")
                .withLinks(linksOf.get(method))));
        result.addAll(unmatched);
        return result;
    }

    /** Why a selector found nothing, the nearest reported names, and what to do. */
    private String unmatched(TestSelector selector, String catalogFile) {
        boolean method = selector.methodName() != null;
        TreeSet<String> reported = new TreeSet<>();
        record.cases().forEach(c -> reported.add(method ? TestKey.withoutIndex(c.id()) : c.className()));
        List<String> nearest = NearestNames.of(selector.text(), reported, 3);
        String stale = record.staleReports().entrySet().stream()
                .filter(e -> TestKey.matches(e.getKey() + "#?", selector.methodName() == null ? selector.text()
                        : selector.className())).map(Map.Entry::getValue).sorted().findFirst().orElse(null);
        return "no test case in this build's test reports matches the selector '" + selector.text() + "' that "
                + catalogFile + ":" + selector.line() + " declares (tests:)"
                + (stale == null ? "" : "; its class has results only in " + stale + ", written before the classes "
                + "were last compiled, which do not count (write or copy that report after compiling)")
                + (nearest.isEmpty() ? "" : "; nearest reported: " + String.join(", ", nearest))
                + "; run that test in this build so its JUnit XML report is read, or fix the selector to the "
                + "report's classname#name (see test-identity.html)";
    }

    private VerifyingTest match(CodeLocation method) {
        List<TestCaseResult> cases = new ArrayList<>();
        boolean unrecognisedNames = false;
        String displayName = PhrasedClassNames.methodDisplayName(scan, method);
        for (String cls : withSubclasses(method.className())) {
            for (TestCaseResult c : casesOf(cls)) {
                if (nameMatches(c.name(), method.methodName()) || c.name().equals(displayName)) {
                    cases.add(c);
                } else if (!testMethodNames.contains(methodPart(c.name()))) {
                    // a display name, not a method: only then may the test have run unrecognised
                    unrecognisedNames = true;
                }
            }
        }
        return summarize(method, cases, notRunReason(method.className(), unrecognisedNames));
    }

    /** @return the cases reported under the class's binary name and under its display names (phrased reporter) */
    private List<TestCaseResult> casesOf(String className) {
        List<String> aliases = phrased.reportedNamesOf(className);
        if (aliases.isEmpty()) {
            return record.casesOf(className);
        }
        List<TestCaseResult> all = new ArrayList<>(record.casesOf(className));
        aliases.forEach(a -> all.addAll(record.casesOf(a)));
        return all;
    }

    private VerifyingTest matchWholeClass(CodeLocation cls) {
        List<TestCaseResult> cases = new ArrayList<>();
        for (String name : record.classNames()) {
            if (name.equals(cls.className()) || name.startsWith(cls.className() + "$")) {
                cases.addAll(record.casesOf(name));
            }
        }
        cases.addAll(casesOfDisplayNames(cls.className()));
        return summarize(cls, cases, notRunReason(cls.className(), false));
    }

    /** @return the cases reported under the display names of the class and its nested classes */
    private List<TestCaseResult> casesOfDisplayNames(String className) {
        List<TestCaseResult> cases = new ArrayList<>();
        phrased.reportedNamesUnder(className).forEach(a -> cases.addAll(record.casesOf(a)));
        return cases;
    }

    static boolean nameMatches(String reported, String method) {
        if (!reported.startsWith(method)) {
            return false;
        }
        if (reported.length() == method.length()) {
            return true;
        }
        char next = reported.charAt(method.length());
        return next == '(' || next == '[' || next == '{';
    }

    /** @return the part of a reported name before its arguments or index: {@code m} of {@code m(int)[1]} */
    private static String methodPart(String reported) {
        for (int i = 0; i < reported.length(); i++) {
            char c = reported.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                return reported.substring(0, i);
            }
        }
        return reported;
    }

    private List<String> withSubclasses(String className) {
        List<String> all = new ArrayList<>();
        List<String> queue = new ArrayList<>(List.of(className));
        while (!queue.isEmpty()) {
            String c = queue.remove(queue.size() - 1);
            if (!all.contains(c)) {
                all.add(c);
                queue.addAll(subclasses.getOrDefault(c, List.of()));
            }
        }
        return all;
    }

    private String notRunReason(String className, boolean classHasResults) {
        String stale = record.staleReports().get(className);
        if (stale != null) {
            return "its only result is in " + stale + ", written before the classes were last compiled, so it does "
                    + "not describe this code";
        }
        if (classHasResults) {
            return "its class has results under other names: the 'phrased' reporter or display names "
                    + "hide method names, so it cannot be matched";
        }
        if (!phrased.unmatched().isEmpty()) {
            return "no report has a result under its class name, and the reports hold results under display names "
                    + "(the 'phrased' reporter) that match no single test class's @DisplayName: "
                    + String.join(", ", phrased.unmatched().stream().limit(3).map(n -> "'" + n + "'").toList())
                    + (phrased.unmatched().size() > 3 ? " and " + (phrased.unmatched().size() - 3) + " more" : "")
                    + "; so it cannot be matched (turn usePhrasedTestCaseClassName off)";
        }
        return "no report has a result for it";
    }

    private static VerifyingTest summarize(CodeLocation test, List<TestCaseResult> cases, String notRunReason) {
        if (cases.isEmpty()) {
            return new VerifyingTest(test, TestOutcome.NOT_RUN, 0, 0, "", notRunReason, List.of());
        }
        TestOutcome worst = TestOutcome.PASSED;
        String message = "";
        int reruns = 0;
        TreeSet<String> sources = new TreeSet<>();
        for (TestCaseResult c : cases) {
            if (c.outcome().ordinal() > worst.ordinal() || (message.isEmpty() && c.outcome() == worst)) {
                message = c.message();
            }
            worst = worst.worst(c.outcome());
            reruns += c.reruns();
            sources.addAll(c.sources());
        }
        return new VerifyingTest(test, worst, cases.size(), reruns, message, "", new ArrayList<>(sources));
    }

    private static String outer(String className) {
        int dollar = className.indexOf('$');
        return dollar < 0 ? className : className.substring(0, dollar);
    }
}
