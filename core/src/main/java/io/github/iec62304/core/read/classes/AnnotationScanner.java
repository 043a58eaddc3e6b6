package io.github.iec62304.core.read.classes;

import io.github.iec62304.core.model.CodeLink;
import io.github.iec62304.core.model.CodeLocation;
import io.github.iec62304.core.model.LinkKind;
import io.github.iec62304.core.read.InputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Finds {@code @Implements}, {@code @Verifies}, test annotations and {@code @DisplayName} in one class file with ASM, without loading
 * the class (CLASS-retention annotations are visible to ASM, not to reflection).
 */
public final class AnnotationScanner {

    static final String IMPLEMENTS = "Lio/github/iec62304/annotations/Implements;";
    static final String VERIFIES = "Lio/github/iec62304/annotations/Verifies;";
    /** JUnit 5's {@code @DisplayName}: the "phrased" reporter writes it instead of class and method names. */
    static final String DISPLAY_NAME = "Lorg/junit/jupiter/api/DisplayName;";

    /** Annotations that make a method a test for JUnit 4, JUnit 5 (Jupiter) and TestNG. */
    static final Set<String> TEST_ANNOTATIONS = Set.of(
            "Lorg/junit/jupiter/api/Test;",
            "Lorg/junit/jupiter/api/RepeatedTest;",
            "Lorg/junit/jupiter/api/TestFactory;",
            "Lorg/junit/jupiter/api/TestTemplate;",
            "Lorg/junit/jupiter/params/ParameterizedTest;",
            "Lorg/junit/Test;",
            "Lorg/testng/annotations/Test;");

    /**
     * What one class file declares.
     *
     * @param displayNames {@code @DisplayName} values: of the class under its binary name, of a method under
     *                     {@code class#method}
     */
    public record ClassAnnotations(String className, String superClass, List<CodeLink> links,
                                   List<CodeLocation> testMethods, Map<String, String> displayNames,
                                   String sourceFile, Map<CodeLocation, Integer> lines) {

        /** What a class file declares, without where its source is. */
        public ClassAnnotations(String className, String superClass, List<CodeLink> links,
                                List<CodeLocation> testMethods, Map<String, String> displayNames) {
            this(className, superClass, links, testMethods, displayNames, null, Map.of());
        }

        /**
         * @return the source file's path below a source root, e.g. {@code com/acme/Pump.java}, or {@code null} when
         *         the class file does not name it (compiled with {@code -g:none})
         */
        public String sourcePath() {
            if (sourceFile == null) {
                return null;
            }
            int dot = className.lastIndexOf('.');
            return dot < 0 ? sourceFile : className.substring(0, dot).replace('.', '/') + "/" + sourceFile;
        }
    }

    private AnnotationScanner() {
    }

    /**
     * @param file  the class file
     * @param label where it came from, for messages
     */
    public static ClassAnnotations scan(ClassFile file, String label) {
        Collector collector = new Collector();
        Map<CodeLocation, Integer> lines;
        try {
            ClassReader reader = new ClassReader(file.bytes());
            // without SKIP_DEBUG for the SourceFile attribute; SKIP_CODE still skips every method body
            reader.accept(collector, ClassReader.SKIP_CODE | ClassReader.SKIP_FRAMES);
            lines = collector.links.isEmpty() ? Map.of() : lines(reader, collector.links);
        } catch (RuntimeException e) {
            throw new InputException(label + "/" + file.path(), 0, "is not a readable class file ("
                    + e.getClass().getSimpleName() + "); run 'mvn clean verify'", e);
        }
        return new ClassAnnotations(collector.className, collector.superClass, collector.links, collector.tests,
                collector.displayNames, collector.sourceFile, lines);
    }

    /**
     * A second pass, only over a class that has links and only into the code of its annotated methods (of every
     * method for a class-level link): the first line of each, from the line number table. The scan of all other
     * classes and methods keeps skipping code.
     */
    private static Map<CodeLocation, Integer> lines(ClassReader reader, List<CodeLink> links) {
        java.util.Set<String> methods = new java.util.HashSet<>();
        boolean wholeClass = false;
        for (CodeLink l : links) {
            if (l.location().isClass()) {
                wholeClass = true;
            } else {
                methods.add(l.location().methodName());
            }
        }
        String className = links.get(0).location().className();
        boolean all = wholeClass;
        Map<CodeLocation, Integer> lines = new HashMap<>();
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                if (!all && !methods.contains(name)) {
                    return null; // its code is not read
                }
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitLineNumber(int line, org.objectweb.asm.Label start) {
                        if (methods.contains(name)) {
                            lines.merge(new CodeLocation(className, name), line, Math::min);
                        }
                        if (all) {
                            lines.merge(new CodeLocation(className, null), line, Math::min);
                        }
                    }
                };
            }
        }, ClassReader.SKIP_FRAMES);
        return lines;
    }

    private static final class Collector extends ClassVisitor {
        private String className;
        private String superClass;
        private String sourceFile;
        private final List<CodeLink> links = new ArrayList<>();
        private final List<CodeLocation> tests = new ArrayList<>();
        private final Map<String, String> displayNames = new HashMap<>();

        Collector() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                          String[] interfaces) {
            className = name.replace('/', '.');
            superClass = superName == null ? null : superName.replace('/', '.');
        }

        @Override
        public void visitSource(String source, String debug) {
            sourceFile = source;
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            return DISPLAY_NAME.equals(descriptor) ? displayNameVisitor(className)
                    : linkVisitor(descriptor, new CodeLocation(className, null));
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            if ((access & Opcodes.ACC_SYNTHETIC) != 0) {
                return null;
            }
            CodeLocation method = new CodeLocation(className, name);
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String desc, boolean visible) {
                    if (TEST_ANNOTATIONS.contains(desc)) {
                        tests.add(method);
                    }
                    return DISPLAY_NAME.equals(desc) ? displayNameVisitor(className + "#" + name)
                            : linkVisitor(desc, method);
                }
            };
        }

        private AnnotationVisitor displayNameVisitor(String key) {
            return new AnnotationVisitor(Opcodes.ASM9) {
                @Override
                public void visit(String name, Object value) {
                    if ("value".equals(name) && value instanceof String text) {
                        displayNames.put(key, text);
                    }
                }
            };
        }

        private AnnotationVisitor linkVisitor(String descriptor, CodeLocation location) {
            LinkKind kind = IMPLEMENTS.equals(descriptor) ? LinkKind.IMPLEMENTS
                    : VERIFIES.equals(descriptor) ? LinkKind.VERIFIES : null;
            if (kind == null) {
                return null;
            }
            return new AnnotationVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitArray(String name) {
                    return this;
                }

                @Override
                public void visit(String name, Object value) {
                    if (value instanceof String id) {
                        links.add(new CodeLink(kind, id.strip(), location));
                    }
                }
            };
        }
    }
}
