package io.github.iec62304.core.link;

import io.github.iec62304.core.model.TestSelector;
import java.util.Comparator;

/**
 * Where the link between a requirement and one of its verifying tests is declared: by the code ({@code @Verifies}
 * in a test class file) or by the catalog (a {@code tests:} selector at a file and line). An auditor reads it to
 * tell which links the code declares and which the catalog.
 *
 * @param file     the catalog file of a declared link, {@code null} for {@code @Verifies}
 * @param line     the selector's line in that file, 0 for {@code @Verifies}
 * @param selector the selector as written, {@code null} for {@code @Verifies}
 */
public record TestLink(String file, int line, String selector) implements Comparable<TestLink> {

    /** The link a {@code @Verifies} annotation in a test class file declares. */
    public static final TestLink ANNOTATION = new TestLink(null, 0, null);

    private static final Comparator<TestLink> ORDER = Comparator.comparing((TestLink l) -> l.declared())
            .thenComparing(TestLink::label);

    /** @return the link a {@code tests:} selector of the catalog declares */
    public static TestLink declared(String catalogFile, TestSelector selector) {
        return new TestLink(catalogFile, selector.line(), selector.text());
    }

    /** @return {@code true} for a catalog selector, {@code false} for {@code @Verifies} */
    public boolean declared() {
        return file != null;
    }

    /** @return {@code @Verifies}, or {@code src/iec62304/requirements.yaml:14 tests: com.acme.PumpIT} */
    public String label() {
        return declared() ? file + ":" + line + " tests: " + selector : "@Verifies";
    }

    @Override
    public int compareTo(TestLink other) {
        return ORDER.compare(this, other);
    }
}
