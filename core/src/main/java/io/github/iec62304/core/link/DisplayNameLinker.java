package io.github.iec62304.core.link;

import io.github.iec62304.core.model.CodeScan;
import io.github.iec62304.core.model.TestRecord;

/**
 * Links the test record to the class scan before anything compares test identities: a result that surefire's
 * "phrased" reporter wrote under a class's or method's {@code @DisplayName} gets the identity of that class and
 * method, the same as under the default reporter and in every surefire version (see {@code PhrasedClassNames}).
 * Reported names stay as they are.
 */
public final class DisplayNameLinker {

    private DisplayNameLinker() {
    }

    /** @return the test record with identities in binary class and method names */
    public static TestRecord link(CodeScan scan, TestRecord tests) {
        return PhrasedClassNames.identified(scan, tests);
    }
}
