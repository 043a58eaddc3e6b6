package io.github.iec62304.core.model;

import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the compiled classes say: every requirement link, every test method, and the inheritance needed to find
 * a test method that runs in a subclass.
 *
 * @param links        every id in {@code @Implements} and {@code @Verifies}, sorted
 * @param testMethods  methods carrying a JUnit 4/5 or TestNG test annotation
 * @param superClasses binary class name to its superclass, for the scanned classes only
 * @param inputs       the scanned class directories with their digests
 * @param newestClass  when the newest class file was written: test reports older than this were written before
 *                     the last compilation and do not describe the code being judged
 * @param production   coverage of every production class file, sorted by name
 * @param staleCoverage production classes whose execution data has another class id (recompiled after the tests)
 * @param testClasses  top-level classes of the test class directory
 * @param displayNames JUnit 5 {@code @DisplayName} values: of a class under its binary name, of a method under
 *                     {@code class#method}; the "phrased" reporter writes them instead of the names
 * @param modules      in a multi-module device: the module of every top-level production and test class; empty in
 *                     a single-module build
 * @param newestByModule in a multi-module device: when each module's newest class file was written
 * @param fingerprints every production class's fingerprint (see {@link Fingerprint}), by binary name; empty when not
 *                     computed (tests)
 * @param sourceLines  where each annotated class or method of a link is in the sources, when its class file names
 *                     its source file and a source root of its module holds it; for locations in CI reports only
 */
public record CodeScan(List<CodeLink> links, Set<CodeLocation> testMethods, Map<String, String> superClasses,
                       List<InputFile> inputs, FileTime newestClass, List<ClassCoverage> production,
                       List<String> staleCoverage, Set<String> testClasses, Map<String, String> displayNames,
                       Map<String, String> modules, Map<String, FileTime> newestByModule,
                       Map<String, String> fingerprints, Map<CodeLocation, SourceLine> sourceLines) {

    /** A scan without source lines. */
    public CodeScan(List<CodeLink> links, Set<CodeLocation> testMethods, Map<String, String> superClasses,
                    List<InputFile> inputs, FileTime newestClass, List<ClassCoverage> production,
                    List<String> staleCoverage, Set<String> testClasses, Map<String, String> displayNames,
                    Map<String, String> modules, Map<String, FileTime> newestByModule,
                    Map<String, String> fingerprints) {
        this(links, testMethods, superClasses, inputs, newestClass, production, staleCoverage, testClasses,
                displayNames, modules, newestByModule, fingerprints, Map.of());
    }

    /** A scan without fingerprints. */
    public CodeScan(List<CodeLink> links, Set<CodeLocation> testMethods, Map<String, String> superClasses,
                    List<InputFile> inputs, FileTime newestClass, List<ClassCoverage> production,
                    List<String> staleCoverage, Set<String> testClasses, Map<String, String> displayNames,
                    Map<String, String> modules, Map<String, FileTime> newestByModule) {
        this(links, testMethods, superClasses, inputs, newestClass, production, staleCoverage, testClasses,
                displayNames, modules, newestByModule, Map.of());
    }

    /** A scan of a single-module build. */
    public CodeScan(List<CodeLink> links, Set<CodeLocation> testMethods, Map<String, String> superClasses,
                    List<InputFile> inputs, FileTime newestClass, List<ClassCoverage> production,
                    List<String> staleCoverage, Set<String> testClasses, Map<String, String> displayNames) {
        this(links, testMethods, superClasses, inputs, newestClass, production, staleCoverage, testClasses,
                displayNames, Map.of(), Map.of());
    }

    /** A scan without display names. */
    public CodeScan(List<CodeLink> links, Set<CodeLocation> testMethods, Map<String, String> superClasses,
                    List<InputFile> inputs, FileTime newestClass, List<ClassCoverage> production,
                    List<String> staleCoverage, Set<String> testClasses) {
        this(links, testMethods, superClasses, inputs, newestClass, production, staleCoverage, testClasses, Map.of());
    }

    public CodeScan {
        links = List.copyOf(links);
        testMethods = Set.copyOf(testMethods);
        superClasses = Map.copyOf(superClasses);
        inputs = List.copyOf(inputs);
        production = List.copyOf(production);
        staleCoverage = List.copyOf(staleCoverage);
        testClasses = Set.copyOf(testClasses);
        displayNames = Map.copyOf(displayNames);
        modules = Map.copyOf(modules);
        newestByModule = Map.copyOf(newestByModule);
        fingerprints = Map.copyOf(fingerprints);
        sourceLines = Map.copyOf(sourceLines);
    }

    /** @return the module of a class (nested classes by their top-level class), or {@code null} in a single module */
    public String moduleOf(String className) {
        if (modules.isEmpty()) {
            return null;
        }
        int dollar = className.indexOf('$');
        return modules.get(dollar < 0 ? className : className.substring(0, dollar));
    }

    /** @return when the module's newest class file was written; the newest of all in a single-module build */
    public FileTime newestOf(String module) {
        return module == null ? newestClass : newestByModule.getOrDefault(module, FileTime.fromMillis(0));
    }
}
