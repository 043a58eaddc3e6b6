package io.github.iec62304.core.read.coverage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * before anything is allocated. Header and session blocks stay JaCoCo's.
 */
final class BoundedExecutionDataReader extends ExecutionDataReader {

    private final Consumed consumed;
    private final long size;
    private IExecutionDataVisitor classes = data -> { };

    /**
     * @param in   the file's bytes, buffered
     * @param size the file's size in bytes
     */
    static BoundedExecutionDataReader over(InputStream in, long size) {
        return new BoundedExecutionDataReader(new Consumed(in), size);
    }

    private BoundedExecutionDataReader(Consumed in, long size) {
        super(in);
        this.consumed = in;
        this.size = size;
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
        long left = size - consumed.count;
        if (length < 0 || length > 8 * left) {
            throw new IOException("class " + name + " claims " + Integer.toUnsignedString(length)
                    + " probes, more than the " + left + " bytes left in the file can hold");
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

    /** Counts the bytes the reader has taken, so the bytes left are known. */
    private static final class Consumed extends FilterInputStream {

        private long count;

        Consumed(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
