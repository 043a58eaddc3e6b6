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
 */
public record CodeScan(List<CodeLink> links, Set<CodeLocation> testMethods, Map<String, String> superClasses,
                       List<InputFile> inputs, FileTime newestClass, List<ClassCoverage> production,
                       List<String> staleCoverage, Set<String> testClasses, Map<String, String> displayNames) {

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
    }
}
