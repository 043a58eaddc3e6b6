package io.github.iec62304.bench;

import io.github.iec62304.bench.DeviceModel.ProductionClass;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java sources of the generated classes, line for line what the class files' line numbers say, with the same
 * links as OpenFastTrace tags in comments ({@code [impl->req~REQ-00001~1]}, {@code [utest->req~REQ-00001~1]}): what
 * OpenFastTrace reads in a project traced with it. Nothing compiles them.
 */
final class JavaSources {

    static final int NESTED_LINE = 80;
    private static final int CONSTRUCTOR_LINE = 8;
    private static final int METHOD_BLOCK = 12;
    private static final int FIRST_METHOD_BLOCK = 12;
    private static final int TEST_BLOCK = 8;
    private static final int FIRST_TEST_BLOCK = 11;

    private JavaSources() {
    }

    /** @return the line of the first statement of production method {@code m} */
    static int methodLine(int m) {
        return FIRST_METHOD_BLOCK + m * METHOD_BLOCK + 3;
    }

    /** @return the line of the statement of test method {@code t} */
    static int testLine(int t) {
        return FIRST_TEST_BLOCK + t * TEST_BLOCK + 4;
    }

    /** @return an OpenFastTrace tag: {@code [impl->req~REQ-00001~1]} */
    static String tag(String artifactType, String requirement) {
        return "[" + artifactType + "->req~" + requirement + "~1]";
    }

    static String production(ProductionClass c) {
        Lines src = new Lines();
        src.set(1, "package " + c.packageName() + ";");
        src.set(3, "import io.github.iec62304.annotations.Implements;");
        if (c.implementsOnClass()) {
            src.set(5, "// " + tag("impl", c.requirement()));
            src.set(6, "@Implements(\"" + c.requirement() + "\")");
        }
        src.set(7, "public class " + c.simpleName() + " {");
        src.set(CONSTRUCTOR_LINE, "    public " + c.simpleName() + "(int limit) {");
        src.set(CONSTRUCTOR_LINE + 1, "        this.limit = limit;");
        src.set(CONSTRUCTOR_LINE + 2, "    }");
        src.set(CONSTRUCTOR_LINE + 3, "    private final int limit;");
        for (int m = 0; m < c.methods(); m++) {
            int s = FIRST_METHOD_BLOCK + m * METHOD_BLOCK;
            int k = c.constant(m);
            if (m == 0 && !c.implementsOnClass()) {
                src.set(s, "    // " + tag("impl", c.requirement()));
                src.set(s + 1, "    @Implements(\"" + c.requirement() + "\")");
            }
            src.set(s + 2, "    public int " + c.method(m) + "(int x) {");
            src.set(s + 3, "        if (x > limit + " + k + ") {");
            src.set(s + 4, "            return x - " + k + ";");
            src.set(s + 5, "        }");
            if (m % 3 == 1) {
                src.set(s + 6, "        if (x < 0) {");
                src.set(s + 7, "            return -x;");
                src.set(s + 8, "        }");
            }
            src.set(s + 9, "        return x + " + k + ";");
            src.set(s + 10, "    }");
        }
        if (c.nested()) {
            src.set(NESTED_LINE - 2, "    public static class " + ClassFiles.PART + " {");
            src.set(NESTED_LINE, "        public " + ClassFiles.PART + "() { }");
            src.set(NESTED_LINE + 1, "        public static int sign(int x) {");
            src.set(NESTED_LINE + 2, "            if (x >= 0) {");
            src.set(NESTED_LINE + 3, "                return 1;");
            src.set(NESTED_LINE + 4, "            }");
            src.set(NESTED_LINE + 5, "            return -1;");
            src.set(NESTED_LINE + 6, "        }");
            src.set(NESTED_LINE + 7, "    }");
        }
        src.add("}");
        return src.text();
    }

    static String test(ProductionClass c) {
        Lines src = new Lines();
        src.set(1, "package " + c.packageName() + ";");
        src.set(3, "import io.github.iec62304.annotations.Verifies;");
        src.set(4, "import org.junit.jupiter.api.Test;");
        if (c.verifiesOnClass()) {
            src.set(6, "// " + tag("utest", c.requirement()));
            src.set(7, "@Verifies(\"" + c.requirement() + "\")");
        }
        src.set(8, "public class " + c.simpleName() + "Test {");
        src.set(9, "    public " + c.simpleName() + "Test() { }");
        for (int t = 0; t < c.tests(); t++) {
            int s = FIRST_TEST_BLOCK + t * TEST_BLOCK;
            if (t == 0 && !c.verifiesOnClass()) {
                src.set(s, "    // " + tag("utest", c.requirement()));
                src.set(s + 1, "    @Verifies(\"" + c.requirement() + "\")");
            }
            src.set(s + 2, "    @Test");
            src.set(s + 3, "    void " + c.testMethod(t) + "() {");
            src.set(s + 4, "        new " + c.simpleName() + "(50)." + c.method(t % c.methods()) + "(" + t + ");");
            src.set(s + 5, "    }");
        }
        src.add("}");
        return src.text();
    }

    /** Source lines by number (1-based); unset lines are blank. */
    private static final class Lines {
        private final List<String> lines = new ArrayList<>();

        void set(int number, String text) {
            while (lines.size() < number) {
                lines.add("");
            }
            lines.set(number - 1, text);
        }

        void add(String text) {
            lines.add(text);
        }

        String text() {
            return String.join("\n", lines) + "\n";
        }
    }
}
