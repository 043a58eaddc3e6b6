package io.github.iec62304.bench;

import io.github.iec62304.bench.DeviceModel.ProductionClass;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Writes the class files of the synthetic project with ASM, as javac would for the sources {@link JavaSources}
 * writes: Java 17, line numbers, {@code @Implements}/{@code @Verifies} (CLASS retention: invisible annotations),
 * JUnit 5 {@code @Test}, methods with real branches.
 */
final class ClassFiles implements Opcodes {

    static final String IMPLEMENTS = "Lio/github/iec62304/annotations/Implements;";
    static final String VERIFIES = "Lio/github/iec62304/annotations/Verifies;";
    static final String TEST = "Lorg/junit/jupiter/api/Test;";
    static final String PART = "Part";

    private ClassFiles() {
    }

    /** @return the top-level production class */
    static byte[] production(ProductionClass c) {
        String internal = internal(c.name());
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_PUBLIC | ACC_SUPER, internal, null, "java/lang/Object", null);
        cw.visitSource(c.simpleName() + ".java", null);
        if (c.implementsOnClass()) {
            ids(cw.visitAnnotation(IMPLEMENTS, false), c.requirement());
        }
        if (c.nested()) {
            cw.visitNestMember(internal + "$" + PART);
            cw.visitInnerClass(internal + "$" + PART, internal, PART, ACC_PUBLIC | ACC_STATIC);
        }
        cw.visitField(ACC_PRIVATE | ACC_FINAL, "limit", "I", null, null).visitEnd();
        MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "(I)V", null, null);
        init.visitCode();
        line(init, 8);
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        line(init, 9);
        init.visitVarInsn(ALOAD, 0);
        init.visitVarInsn(ILOAD, 1);
        init.visitFieldInsn(PUTFIELD, internal, "limit", "I");
        line(init, 10);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        for (int m = 0; m < c.methods(); m++) {
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, c.method(m), "(I)I", null, null);
            if (m == 0 && !c.implementsOnClass()) {
                ids(mv.visitAnnotation(IMPLEMENTS, false), c.requirement());
            }
            branchingBody(mv, internal, JavaSources.methodLine(m), c.constant(m), m % 3 == 1);
        }
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** @return the nested class {@code Outer$Part} of a production class */
    static byte[] nested(ProductionClass c) {
        String outer = internal(c.name());
        String internal = outer + "$" + PART;
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_PUBLIC | ACC_SUPER, internal, null, "java/lang/Object", null);
        cw.visitSource(c.simpleName() + ".java", null);
        cw.visitNestHost(outer);
        cw.visitInnerClass(internal, outer, PART, ACC_PUBLIC | ACC_STATIC);
        MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        line(init, JavaSources.NESTED_LINE);
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "sign", "(I)I", null, null);
        mv.visitCode();
        Label negative = new Label();
        line(mv, JavaSources.NESTED_LINE + 2);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitJumpInsn(IFLT, negative);
        line(mv, JavaSources.NESTED_LINE + 3);
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IRETURN);
        mv.visitLabel(negative);
        line(mv, JavaSources.NESTED_LINE + 5);
        mv.visitInsn(ICONST_M1);
        mv.visitInsn(IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** @return the test class {@code <Class>Test}: each test constructs the class and calls one of its methods */
    static byte[] test(ProductionClass c) {
        String subject = internal(c.name());
        String internal = internal(c.testName());
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_PUBLIC | ACC_SUPER, internal, null, "java/lang/Object", null);
        cw.visitSource(c.simpleName() + "Test.java", null);
        if (c.verifiesOnClass()) {
            ids(cw.visitAnnotation(VERIFIES, false), c.requirement());
        }
        MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        line(init, 9);
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        for (int t = 0; t < c.tests(); t++) {
            MethodVisitor mv = cw.visitMethod(0, c.testMethod(t), "()V", null, null);
            mv.visitAnnotation(TEST, true).visitEnd();
            if (t == 0 && !c.verifiesOnClass()) {
                ids(mv.visitAnnotation(VERIFIES, false), c.requirement());
            }
            mv.visitCode();
            line(mv, JavaSources.testLine(t));
            mv.visitTypeInsn(NEW, subject);
            mv.visitInsn(DUP);
            mv.visitIntInsn(BIPUSH, 50);
            mv.visitMethodInsn(INVOKESPECIAL, subject, "<init>", "(I)V", false);
            mv.visitIntInsn(BIPUSH, t);
            mv.visitMethodInsn(INVOKEVIRTUAL, subject, c.method(t % c.methods()), "(I)I", false);
            mv.visitInsn(POP);
            line(mv, JavaSources.testLine(t) + 1);
            mv.visitInsn(RETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** {@code if (x > limit + k) return x - k; [if (x < 0) return -x;] return x + k;} */
    private static void branchingBody(MethodVisitor mv, String owner, int firstLine, int k, boolean twoBranches) {
        mv.visitCode();
        Label notAbove = new Label();
        line(mv, firstLine);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, owner, "limit", "I");
        mv.visitIntInsn(BIPUSH, k);
        mv.visitInsn(IADD);
        mv.visitJumpInsn(IF_ICMPLE, notAbove);
        line(mv, firstLine + 1);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitIntInsn(BIPUSH, k);
        mv.visitInsn(ISUB);
        mv.visitInsn(IRETURN);
        mv.visitLabel(notAbove);
        if (twoBranches) {
            Label notNegative = new Label();
            line(mv, firstLine + 3);
            mv.visitVarInsn(ILOAD, 1);
            mv.visitJumpInsn(IFGE, notNegative);
            line(mv, firstLine + 4);
            mv.visitVarInsn(ILOAD, 1);
            mv.visitInsn(INEG);
            mv.visitInsn(IRETURN);
            mv.visitLabel(notNegative);
        }
        line(mv, firstLine + 6);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitIntInsn(BIPUSH, k);
        mv.visitInsn(IADD);
        mv.visitInsn(IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void line(MethodVisitor mv, int line) {
        Label l = new Label();
        mv.visitLabel(l);
        mv.visitLineNumber(line, l);
    }

    private static void ids(AnnotationVisitor annotation, String id) {
        AnnotationVisitor value = annotation.visitArray("value");
        value.visit(null, id);
        value.visitEnd();
        annotation.visitEnd();
    }

    static String internal(String binaryName) {
        return binaryName.replace('.', '/');
    }
}
