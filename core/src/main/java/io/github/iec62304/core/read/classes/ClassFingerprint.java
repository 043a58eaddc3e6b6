package io.github.iec62304.core.read.classes;

import io.github.iec62304.core.model.Fingerprint;
import io.github.iec62304.core.read.Sha256;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;

/**
 * The fingerprint of one compiled class: what changes with its code and nothing else (IEC 62304 7.4.2: which units a
 * change touches). The class file is rewritten by ASM without its debug information (SourceFile, SourceDebugExtension,
 * LineNumberTable, LocalVariableTable, LocalVariableTypeTable) and without its stack map frames, which the compiler
 * derives from the code; the rewritten bytes are hashed with SHA-256. So a comment, a blank line or a rebuild at
 * another time leaves it as it is, and any change of a signature, a constant, an annotation or an instruction changes
 * it. Another compiler, or another {@code -target}, may change it too: the fingerprint is of the bytecode that ships.
 */
final class ClassFingerprint {

    private ClassFingerprint() {
    }

    /** @return {@code v1:} and the SHA-256 of the class without debug information and frames */
    static String of(ClassFile file) {
        ClassReader reader = new ClassReader(file.bytes());
        ClassWriter writer = new ClassWriter(0);
        reader.accept(writer, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return Fingerprint.VERSION + Sha256.of(writer.toByteArray());
    }
}
