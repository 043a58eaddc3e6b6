package io.github.iec62304.core.read.coverage;

import io.github.iec62304.core.read.CountingInputStream;
import io.github.iec62304.core.read.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.IExecutionDataVisitor;
import org.jacoco.core.data.ExecutionDataReader;

/**
 * JaCoCo's {@link ExecutionDataReader} with the one block whose sizes the file itself chooses, the probes of a
 * class, read here with limits: JaCoCo allocates {@code new boolean[length]} from a length it read, so a crafted
 * file could ask for a negative array ({@code NegativeArraySizeException}) or for gigabytes ({@code Java heap
 * space}), and its recursive variable-length integer reader can overflow the stack on a run of {@code 0xFF} bytes.
 * A probe takes one bit of the file, so a length above eight times the bytes left cannot be genuine and is refused
 * before anything is allocated; so is one above {@link #MAX_PROBES}, which no compiled class reaches. Header and
 * session blocks stay JaCoCo's.
 */
final class BoundedExecutionDataReader extends ExecutionDataReader {

    /**
     * The most probes a class may claim. JaCoCo places a probe at a method's exits and on the branch edges of its
     * bytecode (jump, switch and handler targets), so a class has fewer probes than bytecode instructions: real
     * classes, generated parsers and large enums included, have at most tens of thousands. A million would take
     * megabytes of bytecode in one class, so no compiled class reaches it, while a crafted file is held to a 1 MB
     * array per class (eight times the bytes left alone would let a 100 MB file ask for 800 MB).
     */
    static final int MAX_PROBES = 1_000_000;

    private final CountingInputStream consumed;
    private final long size;
    private final String label;
    private IExecutionDataVisitor classes = data -> { };

    /**
     * @param in    the file's bytes, buffered
     * @param size  the file's size in bytes
     * @param label the file, for messages
     */
    static BoundedExecutionDataReader over(InputStream in, long size, String label) {
        return new BoundedExecutionDataReader(new CountingInputStream(in), size, label);
    }

    private BoundedExecutionDataReader(CountingInputStream in, long size, String label) {
        super(in);
        this.consumed = in;
        this.size = size;
        this.label = label;
    }

    @Override
    public void setExecutionDataVisitor(IExecutionDataVisitor visitor) {
        this.classes = visitor;
    }

    @Override
    protected boolean readBlock(byte type) throws IOException {
        if (type != ExecutionDataWriter.BLOCK_EXECUTIONDATA) {
            return super.readBlock(type);
        }
        long id = in.readLong();
        String name = in.readUTF();
        int length = readVarInt();
        long left = size - consumed.count();
        if (length < 0 || length > 8 * left) {
            throw new IOException("class " + name + " claims " + Integer.toUnsignedString(length)
                    + " probes, more than the " + left + " bytes left in the file can hold");
        }
        if (length > MAX_PROBES) {
            throw new InputException(label, 0, String.format(Locale.ROOT, "class id %016x (%s) claims %d probes, more "
                    + "than the %d any compiled class has; the file is corrupt or crafted: delete it and run mvn "
                    + "clean verify", id, name, length, MAX_PROBES));
        }
        boolean[] probes = new boolean[length];
        int bits = 0;
        for (int i = 0; i < length; i++) {
            if (i % 8 == 0) {
                bits = in.readUnsignedByte();
            }
            probes[i] = (bits & 1) != 0;
            bits >>>= 1;
        }
        classes.visitClassExecution(new ExecutionData(id, name, probes));
        return true;
    }

    /** JaCoCo's variable-length integer (7 bits a byte, low first), read without recursion and at most 5 bytes. */
    private int readVarInt() throws IOException {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("a probe count longer than 5 bytes");
    }
}
