package dev.lexgraph.graph;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Where a first load's relations between documents wait for the import: millions of them, each with its
 * quotes, would fill the heap. The writer and the reader of the format, side by side.
 *
 * <p>The layout, written once here. The file is a sequence of blocks of about {@link #BLOCK} bytes, so that
 * the importer's threads can take one block each:
 * <pre>
 *   block    := length:int32 records:int32 record{records}          (length: of the records, in bytes)
 *   record   := from:int32 to:int32 typeAndPurpose:int8 file:int32 n:int32 mention{n}
 *   mention  := quoteLength:int32 quote:UTF-8{quoteLength} start:int32 end:int32
 * </pre>
 * {@code from} and {@code to} are the in-memory graph's document handles, {@code file} an index into its list
 * of files, {@code typeAndPurpose} the relation type's index ({@link IngestBatch#RELATION_TYPES}) with
 * {@link #PURPOSE_BIT} set when a mention states the citing document's purpose. Big-endian, as
 * {@link ByteBuffer} writes.
 */
final class RelationSpill {

    /** A block is written once its records pass this many bytes. */
    static final int BLOCK = 1 << 18;
    /** In a record's type byte: one of its mentions states the citing document's purpose (seven types need three bits). */
    static final int PURPOSE_BIT = 0x40;
    private static final int RECORD_HEAD = 17;
    private static final int MENTION_FIXED = 12;

    private RelationSpill() {
    }

    /** Appends records to the spill file, a block at a time. Not thread-safe: one writer. */
    static final class Writer implements Closeable {
        private ByteBuffer buffer = ByteBuffer.allocate(BLOCK + (1 << 16));
        private final FileChannel channel;
        private final ByteBuffer header = ByteBuffer.allocate(8);
        private int records;
        private long written;
        private long bytes;

        Writer(Path file) throws IOException {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
        }

        /** One relation with its mentions (parallel lists). */
        void append(int from, int to, int type, boolean purpose, int file, List<String> quotes, List<Integer> starts,
                    List<Integer> ends) {
            int n = quotes.size();
            room(RECORD_HEAD).putInt(from).putInt(to).put((byte) (type | (purpose ? PURPOSE_BIT : 0))).putInt(file)
                    .putInt(n);
            bytes += RECORD_HEAD;
            for (int i = 0; i < n; i++) {
                byte[] q = quotes.get(i).getBytes(StandardCharsets.UTF_8);
                room(q.length + MENTION_FIXED).putInt(q.length).put(q).putInt(starts.get(i)).putInt(ends.get(i));
                bytes += q.length + MENTION_FIXED;
            }
            records++;
            written++;
            if (buffer.position() >= BLOCK) {
                writeBlock();
            }
        }

        /** Records appended so far. */
        long records() {
            return written;
        }

        /** Bytes of records appended so far (without the blocks' headers). */
        long bytes() {
            return bytes;
        }

        /** The buffer, with room for {@code n} more bytes of the current record (it grows for a large record). */
        private ByteBuffer room(int n) {
            if (buffer.remaining() < n) {
                ByteBuffer larger = ByteBuffer.allocate(Math.max(2 * buffer.capacity(), buffer.position() + n));
                buffer.flip();
                larger.put(buffer);
                buffer = larger;
            }
            return buffer;
        }

        private void writeBlock() {
            if (records == 0) {
                return;
            }
            buffer.flip();
            header.clear();
            header.putInt(buffer.remaining()).putInt(records).flip();
            try {
                while (header.hasRemaining()) {
                    channel.write(header);
                }
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the relations' spill file", e);
            }
            buffer.clear();
            records = 0;
        }

        @Override
        public void close() throws IOException {
            writeBlock();
            channel.close();
        }
    }

    /** Hands out the file's blocks in order, one per call, to whichever thread asks. */
    static final class Reader implements Closeable {
        private final FileChannel in;
        private final ByteBuffer header = ByteBuffer.allocate(8);

        Reader(Path file) throws IOException {
            in = FileChannel.open(file, StandardOpenOption.READ);
        }

        /** Reads the next block into {@code block}; false at the end of the file. */
        synchronized boolean next(Block block) throws IOException {
            header.clear();
            readFully(header);
            if (header.position() == 0) {
                return false;
            }
            if (header.hasRemaining()) {
                throw new EOFException("the relations' spill file ends inside a block header");
            }
            header.flip();
            int length = header.getInt();
            ByteBuffer b = block.reset(length, header.getInt());
            readFully(b);
            if (b.hasRemaining()) {
                throw new EOFException("the relations' spill file ends inside a block");
            }
            b.flip();
            return true;
        }

        private void readFully(ByteBuffer b) throws IOException {
            while (b.hasRemaining()) {
                if (in.read(b) < 0) {
                    return;
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** One block read back, decoded a record at a time by the thread that holds it. */
    static final class Block {
        private ByteBuffer buffer = ByteBuffer.allocate(BLOCK + (1 << 16));
        private int records;

        ByteBuffer reset(int length, int records) {
            if (buffer.capacity() < length) {
                buffer = ByteBuffer.allocate(length);
            }
            buffer.clear().limit(length);
            this.records = records;
            return buffer;
        }

        /** Forgets what is left of the block. */
        void clear() {
            buffer.clear().limit(0);
            records = 0;
        }

        boolean hasNext() {
            return records > 0;
        }

        /** The next record's head into {@code r}; then call {@link #mentions} or {@link #skipMentions}. */
        void next(Relation r) {
            records--;
            r.from = buffer.getInt();
            r.to = buffer.getInt();
            int typeAndPurpose = buffer.get();
            r.type = typeAndPurpose & ~PURPOSE_BIT;
            r.purpose = (typeAndPurpose & PURPOSE_BIT) != 0;
            r.file = buffer.getInt();
            r.mentions = buffer.getInt();
        }

        /** The mentions of the record just read. */
        void mentions(Relation r, String[] quotes, long[] starts, long[] ends) {
            for (int i = 0; i < r.mentions; i++) {
                int length = buffer.getInt();
                quotes[i] = new String(buffer.array(), buffer.arrayOffset() + buffer.position(), length,
                        StandardCharsets.UTF_8);
                buffer.position(buffer.position() + length);
                starts[i] = buffer.getInt();
                ends[i] = buffer.getInt();
            }
        }

        /** Passes over the mentions of the record just read. */
        void skipMentions(Relation r) {
            for (int i = 0; i < r.mentions; i++) {
                int length = buffer.getInt();
                buffer.position(buffer.position() + length + 8);
            }
        }
    }

    /** A record's head, reused for each record read. */
    static final class Relation {
        int from;
        int to;
        int type;
        boolean purpose;
        int file;
        int mentions;
    }
}
