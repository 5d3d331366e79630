package dev.lexgraph.graph;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.batchimport.api.input.ReadableGroups;

/**
 * The graph of a first load, held in memory while {@link IngestBatch} writes into it batch by batch, with
 * the semantics of each named statement of cypher/ingest.cypher (MERGE, the {@code coalesce} rules of
 * {@code upsert-documents}, the resolution index, adoption of placeholders). At the end it is handed to
 * Neo4j's batch importer as an {@link Input}: nodes with ids 0…n-1, then relationships.
 *
 * <p>Documents, files, bodies and ambiguous mentions are small objects (~100,000 each for 100,000
 * files); the relations between documents (millions, each with its quotes) are appended to a spill file
 * as they are created and read back once by the importer. A relation is never rewritten: a document
 * dropped as a placeholder keeps a pointer to the document that adopted it, and the relation's end is
 * redirected on the way out (the effect of {@code adopt-<TYPE>}), or the relation left out if its start
 * or end was deleted ({@code DETACH DELETE}).
 *
 * <p>Not thread-safe: one writer, as in the transactional path.
 */
final class MemoryGraph implements IngestWrites, Closeable {

    private static final int[] NO_INTS = new int[0];
    private static final String[] NO_LABELS = new String[0];
    private static final int CHUNK = 10_000;
    private static final Map<String, Integer> RELATION_TYPE_INDEX = new HashMap<>();

    static {
        for (int i = 0; i < IngestBatch.RELATION_TYPES.size(); i++) {
            RELATION_TYPE_INDEX.put(IngestBatch.RELATION_TYPES.get(i), i);
        }
    }

    /** A (:Document) node. Properties as the statements set them; null is an absent property. */
    static final class Doc {
        final int handle;
        final String id;
        String[] labels = NO_LABELS;
        String type;
        String symbol;
        String symbolKey;
        String number;
        Integer year;
        String date;
        String dateAsWritten;
        String effective;
        String issuer;
        String jurisdiction;
        String scope;
        String title;
        boolean ingested;
        String sourceFile;
        boolean alive = true;
        /** Set when dropped as a placeholder: where its incoming relations of {@link #movedTypes} went. */
        Doc adoptedBy;
        int movedTypes;
        /** File nodes with a CONTAINS to it, bodies it has an ISSUED_BY to (handles). */
        int[] containedBy = NO_INTS;
        int[] issuedBy = NO_INTS;

        Doc(int handle, String id) {
            this.handle = handle;
            this.id = id;
        }
    }

    static final class FileNode {
        final int handle;
        final String path;
        String sha256;
        String encoding;
        ZonedDateTime ingestedAt;
        /** Where its text is in the texts' spill file (UTF-8), or -1 when it has none. */
        long textAt = -1;
        int textBytes;

        FileNode(int handle, String path) {
            this.handle = handle;
            this.path = path;
        }
    }

    static final class Body {
        final int handle;
        final String id;
        String name;
        String province;

        Body(int handle, String id) {
            this.handle = handle;
            this.id = id;
        }
    }

    static final class Ambiguous {
        final String id;
        String file;
        String quote;
        String symbol;
        Integer start;
        Integer end;
        String citedBy;
        int[] candidates = NO_INTS;

        Ambiguous(String id) {
            this.id = id;
        }
    }

    private final List<Doc> docList = new ArrayList<>();
    private final Map<String, Doc> docs = new HashMap<>();
    /** Live documents by jurisdiction and symbolKey (the document_resolution index). */
    private final Map<String, List<Doc>> resolution = new HashMap<>();
    private final List<FileNode> fileList = new ArrayList<>();
    private final Map<String, FileNode> files = new HashMap<>();
    private final List<Body> bodyList = new ArrayList<>();
    private final Map<String, Body> bodies = new HashMap<>();
    private final Map<String, Ambiguous> ambiguous = new LinkedHashMap<>();
    /** The {@code file} property values of relations, by index. */
    private final List<String> relationFiles = new ArrayList<>();
    private final Map<String, Integer> relationFileIndex = new HashMap<>();

    private final Path spillFile;
    private SpillWriter spill;
    /** The files' texts wait for the import here, read back by position: they would fill the heap. */
    private final Path textFile;
    private final FileChannel texts;
    private long textsEnd;
    private long spilled;
    private long importedNodes;
    private final java.util.concurrent.atomic.LongAdder importedRelationships = new java.util.concurrent.atomic.LongAdder();
    private long spilledBytes;

    /** @param spillFile where relations wait for the import (created, deleted by {@link #close()}) */
    MemoryGraph(Path spillFile) throws IOException {
        this.spillFile = spillFile;
        this.spill = new SpillWriter(spillFile);
        this.textFile = spillFile.resolveSibling(spillFile.getFileName() + ".texts");
        this.texts = FileChannel.open(textFile, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    // ------------------------------------------------------------------ the statements

    @Override
    public Map<String, String> claimFiles(List<IngestRows.FileClaim> rows) {
        // MERGE (f:File {path}) WITH f, f.sha256 AS previous SET …, ingestedAt changes only with the content.
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        Map<String, String> stored = new HashMap<>();
        for (IngestRows.FileClaim row : rows) {
            String path = row.path();
            FileNode f = files.get(path);
            if (f == null) {
                f = new FileNode(fileList.size(), path);
                fileList.add(f);
                files.put(path, f);
            }
            String previous = f.sha256;
            String sha = row.sha256();
            f.sha256 = sha;
            f.encoding = row.encoding();
            f.ingestedAt = Objects.equals(previous, sha) ? f.ingestedAt : now;
            stored.put(path, previous);
        }
        return stored;
    }

    @Override
    public void storeTexts(List<IngestRows.FileText> rows) {
        // MATCH (f:File {path}) SET f.text = row.text
        for (IngestRows.FileText row : rows) {
            FileNode f = files.get(row.path());
            if (f == null) {
                continue;
            }
            byte[] utf8 = row.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            try {
                ByteBuffer b = ByteBuffer.wrap(utf8);
                while (b.hasRemaining()) {
                    textsEnd += texts.write(b, textsEnd);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot keep the text of " + f.path, e);
            }
            f.textAt = textsEnd - utf8.length;
            f.textBytes = utf8.length;
        }
    }

    /** The text kept for a file, read back by position (the importer's threads read concurrently). */
    private String textOf(FileNode f) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(f.textBytes);
        while (b.hasRemaining()) {
            if (texts.read(b, f.textAt + b.position()) < 0) {
                throw new EOFException("the texts' spill file ends inside the text of " + f.path);
            }
        }
        return new String(b.array(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void forgetFile(String path) {
        // A first load reads each file once: a file can only be "changed" if it was given twice.
        throw new IllegalStateException("bulk load: " + path + " was already loaded with other content");
    }

    @Override
    public void upsertDocuments(List<IngestRows.DocumentRow> rows) {
        for (IngestRows.DocumentRow row : rows) {
            String id = row.id();
            Doc d = docs.get(id);
            if (d == null) {
                d = new Doc(docList.size(), id);
                docList.add(d);
                docs.put(id, d);
            }
            String oldJurisdiction = d.jurisdiction;
            String oldSymbolKey = d.symbolKey;
            boolean ingested = row.ingested();
            addLabel(d, row.label());
            d.type = ingested ? coalesce(row.type(), d.type) : coalesce(d.type, row.type());
            d.symbol = ingested ? coalesce(row.symbol(), d.symbol) : coalesce(d.symbol, row.symbol());
            d.symbolKey = coalesce(d.symbolKey, row.symbolKey());
            d.number = coalesce(d.number, row.number());
            d.year = coalesce(d.year, row.year());
            d.date = ingested ? coalesce(row.date(), d.date) : coalesce(d.date, row.date());
            d.dateAsWritten = coalesce(d.dateAsWritten, row.dateAsWritten());
            d.issuer = ingested ? coalesce(row.issuer(), d.issuer) : coalesce(d.issuer, row.issuer());
            d.jurisdiction = row.jurisdiction();
            d.scope = coalesce(d.scope, row.scope());
            d.title = ingested ? coalesce(row.title(), d.title) : coalesce(d.title, row.title());
            d.effective = coalesce(ingested ? row.effective() : null, d.effective);
            d.ingested = d.ingested || ingested;
            String sourceFile = row.sourceFile();
            d.sourceFile = coalesce(ingested ? sourceFile : null, d.sourceFile);
            if (!Objects.equals(oldJurisdiction, d.jurisdiction) || !Objects.equals(oldSymbolKey, d.symbolKey)) {
                unindex(oldJurisdiction, oldSymbolKey, d);
                index(d);
            }
            // WITH d, row WHERE row.sourceFile IS NOT NULL AND row.ingested MATCH (f:File) MERGE (f)-[:CONTAINS]->(d)
            if (sourceFile != null && ingested) {
                FileNode f = files.get(sourceFile);
                if (f != null) {
                    d.containedBy = addUnique(d.containedBy, f.handle);
                }
            }
        }
    }

    @Override
    public Map<Integer, List<String>> candidates(List<IngestRows.CandidateKey> keys) {
        Map<Integer, List<String>> out = new HashMap<>();
        for (IngestRows.CandidateKey row : keys) {
            List<String> ids = new ArrayList<>();
            for (Doc d : resolution.getOrDefault(key(row.jurisdiction(), row.symbolKey()), List.of())) {
                ids.add(d.id);
            }
            out.put(row.key(), ids);
        }
        return out;
    }

    @Override
    public void upsertAmbiguous(List<IngestRows.AmbiguousRow> rows) {
        for (IngestRows.AmbiguousRow row : rows) {
            Ambiguous a = ambiguous.computeIfAbsent(row.id(), Ambiguous::new);
            a.file = row.file();
            a.quote = row.quote();
            a.symbol = row.symbol();
            a.start = row.start();
            a.end = row.end();
            a.citedBy = row.from();
            for (String c : row.candidates()) {
                Doc d = docs.get(c);
                if (d != null) {
                    a.candidates = addUnique(a.candidates, d.handle);
                }
            }
        }
    }

    @Override
    public long upsertBodies(List<IngestRows.BodyRow> rows) {
        long count = 0;
        for (IngestRows.BodyRow row : rows) {
            String id = row.id();
            Body b = bodies.get(id);
            if (b == null) {
                b = new Body(bodyList.size(), id);
                bodyList.add(b);
                bodies.put(id, b);
            }
            b.name = row.name();
            b.province = row.province();
            Doc d = docs.get(row.documentId());
            if (d != null) {
                d.issuedBy = addUnique(d.issuedBy, b.handle);
                count++;
            }
        }
        return count;
    }

    @Override
    public long countDocuments(List<String> ids) {
        long n = 0;
        for (String id : ids) {
            if (docs.containsKey(id)) {
                n++;
            }
        }
        return n;
    }

    /** In a spilled relation's type byte: one of its mentions states the citing document's purpose. */
    private static final int PURPOSE_BIT = 0x40;

    @Override
    public long createRelations(List<IngestRows.RelationRow> relations) {
        // MATCH (a {id: from}) … MATCH (b {id: to}) CREATE (a)-[:TYPE {file, count, quotes, starts, ends, purpose}]->(b)
        long created = 0;
        for (IngestRows.RelationRow r : relations) {
            Doc a = docs.get(r.from);
            Doc b = docs.get(r.to);
            if (a == null || b == null) {
                continue;
            }
            int n = r.quotes.size();
            ByteBuffer out = spill.room(17);
            // The type's byte carries the purpose flag in its high bit (seven types need three bits).
            out.putInt(a.handle).putInt(b.handle).put((byte) (typeIndex(r.type) | (r.purpose ? PURPOSE_BIT : 0)))
                    .putInt(relationFile(r.file)).putInt(n);
            for (int i = 0; i < n; i++) {
                byte[] q = r.quotes.get(i).getBytes(StandardCharsets.UTF_8);
                spill.room(q.length + 12).putInt(q.length).put(q).putInt(r.starts.get(i)).putInt(r.ends.get(i));
                spilledBytes += q.length + 12;
            }
            spill.endRecord();
            spilledBytes += 17;
            spilled++;
            created++;
        }
        return created;
    }

    @Override
    public List<IngestRows.Adoption> undatedToAdopt(List<IngestRows.AdoptionKey> keys) {
        Set<IngestRows.Adoption> pairs = new LinkedHashSet<>();
        for (IngestRows.AdoptionKey row : keys) {
            List<Doc> same = resolution.getOrDefault(key(row.jurisdiction(), row.symbolKey()), List.of());
            Set<String> dated = new LinkedHashSet<>();
            for (Doc d : same) {
                if (d.year != null) {
                    dated.add(d.id);
                }
            }
            if (dated.size() != 1) {
                continue;
            }
            String to = dated.iterator().next();
            for (Doc u : same) {
                if (u.year == null) {
                    pairs.add(new IngestRows.Adoption(u.id, to));
                }
            }
        }
        return new ArrayList<>(pairs);
    }

    @Override
    public void adopt(String type, List<IngestRows.Adoption> pairs) {
        int bit = 1 << typeIndex(type);
        for (IngestRows.Adoption p : pairs) {
            Doc u = docs.get(p.undated());
            Doc d = docs.get(p.dated());
            if (u == null || d == null) {
                continue;
            }
            if (u.adoptedBy != null && u.adoptedBy != d) {
                throw new IllegalStateException("bulk load: " + u.id + " adopted by two documents");
            }
            u.adoptedBy = d;
            u.movedTypes |= bit;
        }
    }

    @Override
    public void dropPlaceholders(List<IngestRows.Adoption> pairs) {
        for (IngestRows.Adoption p : pairs) {
            Doc u = docs.remove(p.undated());
            if (u != null) {
                u.alive = false;
                unindex(u.jurisdiction, u.symbolKey, u);
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private static <T> T coalesce(T a, T b) {
        return a != null ? a : b;
    }

    private static String key(String jurisdiction, String symbolKey) {
        return jurisdiction + '\u0000' + symbolKey;
    }

    private void index(Doc d) {
        if (d.jurisdiction != null && d.symbolKey != null) {
            resolution.computeIfAbsent(key(d.jurisdiction, d.symbolKey), k -> new ArrayList<>(2)).add(d);
        }
    }

    private void unindex(String jurisdiction, String symbolKey, Doc d) {
        if (jurisdiction != null && symbolKey != null) {
            String k = key(jurisdiction, symbolKey);
            List<Doc> list = resolution.get(k);
            if (list != null) {
                list.remove(d);
                if (list.isEmpty()) {
                    resolution.remove(k);
                }
            }
        }
    }

    private static void addLabel(Doc d, String label) {
        for (String l : d.labels) {
            if (l.equals(label)) {
                return;
            }
        }
        String[] n = java.util.Arrays.copyOf(d.labels, d.labels.length + 1);
        n[d.labels.length] = label;
        d.labels = n;
    }

    private static int[] addUnique(int[] set, int v) {
        for (int x : set) {
            if (x == v) {
                return set;
            }
        }
        int[] n = java.util.Arrays.copyOf(set, set.length + 1);
        n[set.length] = v;
        return n;
    }

    private static int typeIndex(String type) {
        int i = RELATION_TYPE_INDEX.getOrDefault(type, -1);
        if (i < 0) {
            throw new IllegalArgumentException("relationship type " + type);
        }
        return i;
    }

    private int relationFile(String path) {
        Integer i = relationFileIndex.get(path);
        if (i == null) {
            i = relationFiles.size();
            relationFiles.add(path);
            relationFileIndex.put(path, i);
        }
        return i;
    }

    // ------------------------------------------------------------------ the import

    /** The node and relationship counts of what {@link #input()} gives. */
    record Counts(long nodes, long relationships) {
    }

    /**
     * The graph as the batch importer's input (actual node ids). Call once, after the last batch; the
     * relations are read back from the spill file as the importer asks for them.
     */
    Input input() throws IOException {
        spill.close();
        spill = null;
        List<Doc> live = new ArrayList<>(docs.size());
        int[] nodeOfDoc = new int[docList.size()];
        java.util.Arrays.fill(nodeOfDoc, -1);
        for (Doc d : docList) {
            if (d.alive) {
                nodeOfDoc[d.handle] = live.size();
                live.add(d);
            }
        }
        long fileBase = live.size();
        long bodyBase = fileBase + fileList.size();
        long ambiguousBase = bodyBase + bodyList.size();
        List<Ambiguous> mentions = new ArrayList<>(ambiguous.values());
        long nodeCount = ambiguousBase + mentions.size();
        importedNodes = nodeCount;

        // CONTAINS, ISSUED_BY, CANDIDATE: few enough to list as id pairs.
        LongPairs small = new LongPairs();
        for (Doc d : live) {
            long node = nodeOfDoc[d.handle];
            for (int f : d.containedBy) {
                small.add(fileBase + f, node, SmallType.CONTAINS);
            }
            for (int b : d.issuedBy) {
                small.add(node, bodyBase + b, SmallType.ISSUED_BY);
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            for (int c : mentions.get(i).candidates) {
                int node = nodeOfDoc[c];
                if (node >= 0) { // a document deleted later took its CANDIDATE edges with it
                    small.add(ambiguousBase + i, node, SmallType.CANDIDATE);
                }
            }
        }

        InputIterable nodes = () -> new RangeIterator(nodeCount) {
            @Override
            void visit(long id, InputEntityVisitor v) throws IOException {
                if (id < fileBase) {
                    visitDocument(live.get((int) id), v);
                } else if (id < bodyBase) {
                    FileNode f = fileList.get((int) (id - fileBase));
                    v.labels(new String[] {"File"});
                    v.property("path", f.path);
                    property(v, "sha256", f.sha256);
                    property(v, "encoding", f.encoding);
                    property(v, "ingestedAt", f.ingestedAt);
                    if (f.textAt >= 0) {
                        v.property("text", textOf(f));
                    }
                } else if (id < ambiguousBase) {
                    Body b = bodyList.get((int) (id - bodyBase));
                    v.labels(new String[] {"Body"});
                    v.property("id", b.id);
                    property(v, "name", b.name);
                    property(v, "province", b.province);
                } else {
                    Ambiguous a = mentions.get((int) (id - ambiguousBase));
                    v.labels(new String[] {"AmbiguousMention"});
                    v.property("id", a.id);
                    property(v, "file", a.file);
                    property(v, "quote", a.quote);
                    property(v, "symbol", a.symbol);
                    property(v, "start", a.start == null ? null : a.start.longValue());
                    property(v, "end", a.end == null ? null : a.end.longValue());
                    property(v, "citedBy", a.citedBy);
                }
            }
        };
        InputIterable relationships = () -> new RelationshipIterator(nodeOfDoc, small);
        long nodeProperties = live.size() * 12L + fileList.size() * 4L + bodyList.size() * 3L + mentions.size() * 7L;
        Input.Estimates estimates = Input.knownEstimates(nodeCount, spilled + small.size, nodeProperties,
                spilled * 5, nodeProperties * 24, spilledBytes + spilled * 40, live.size() * 2L + nodeCount);
        return Input.input(nodes, relationships, IdType.ACTUAL, estimates, ReadableGroups.EMPTY);
    }

    private static void visitDocument(Doc d, InputEntityVisitor v) {
        String[] labels = new String[d.labels.length + 1];
        labels[0] = "Document";
        System.arraycopy(d.labels, 0, labels, 1, d.labels.length);
        v.labels(labels);
        v.property("id", d.id);
        property(v, "type", d.type);
        property(v, "symbol", d.symbol);
        property(v, "symbolKey", d.symbolKey);
        property(v, "number", d.number);
        property(v, "year", d.year == null ? null : d.year.longValue());
        property(v, "date", d.date);
        property(v, "dateAsWritten", d.dateAsWritten);
        property(v, "effective", d.effective);
        property(v, "issuer", d.issuer);
        property(v, "jurisdiction", d.jurisdiction);
        property(v, "scope", d.scope);
        property(v, "title", d.title);
        v.property("ingested", d.ingested);
        property(v, "sourceFile", d.sourceFile);
    }

    private static void property(InputEntityVisitor v, String key, Object value) {
        if (value != null) {
            v.property(key, value);
        }
    }

    private enum SmallType { CONTAINS, ISSUED_BY, CANDIDATE }

    /** Relationships as parallel arrays of start, end and type. */
    private static final class LongPairs {
        long[] start = new long[1024];
        long[] end = new long[1024];
        byte[] type = new byte[1024];
        int size;

        void add(long s, long e, SmallType t) {
            if (size == start.length) {
                start = java.util.Arrays.copyOf(start, size * 2);
                end = java.util.Arrays.copyOf(end, size * 2);
                type = java.util.Arrays.copyOf(type, size * 2);
            }
            start[size] = s;
            end[size] = e;
            type[size] = (byte) t.ordinal();
            size++;
        }
    }

    /** Nodes 0…n-1 handed out in chunks of ids. */
    private abstract static class RangeIterator implements InputIterator {
        private final long count;
        private long next;

        RangeIterator(long count) {
            this.count = count;
        }

        abstract void visit(long id, InputEntityVisitor v) throws IOException;

        @Override
        public InputChunk newChunk() {
            return new Chunk();
        }

        @Override
        public synchronized boolean next(InputChunk chunk) {
            if (next >= count) {
                return false;
            }
            Chunk c = (Chunk) chunk;
            c.at = next;
            c.end = Math.min(count, next + CHUNK);
            next = c.end;
            return true;
        }

        @Override
        public void close() {
        }

        private final class Chunk implements InputChunk {
            long at;
            long end;

            @Override
            public boolean next(InputEntityVisitor v) throws IOException {
                if (at >= end) {
                    return false;
                }
                long id = at++;
                v.id(id);
                visit(id, v);
                v.endOfEntity();
                return true;
            }

            @Override
            public void close() {
            }
        }
    }

    /**
     * The relations between documents read back from the spill file a block at a time (the block handed
     * out under the lock, decoded by the importer's thread that took it: ends redirected to the adopting
     * document, deleted ones left out), then CONTAINS, ISSUED_BY and CANDIDATE.
     */
    private final class RelationshipIterator implements InputIterator {
        private final int[] nodeOfDoc;
        private final LongPairs small;
        private final FileChannel in;
        private final ByteBuffer header = ByteBuffer.allocate(8);
        private boolean spillDone;
        private int smallNext;

        RelationshipIterator(int[] nodeOfDoc, LongPairs small) {
            this.nodeOfDoc = nodeOfDoc;
            this.small = small;
            try {
                this.in = FileChannel.open(spillFile, StandardOpenOption.READ);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public InputChunk newChunk() {
            return new RelChunk();
        }

        @Override
        public synchronized boolean next(InputChunk chunk) throws IOException {
            RelChunk c = (RelChunk) chunk;
            c.clear();
            if (!spillDone) {
                header.clear();
                readFully(header);
                if (header.position() == 0) {
                    spillDone = true;
                } else {
                    if (header.hasRemaining()) {
                        throw new EOFException("the relations' spill file ends inside a block header");
                    }
                    header.flip();
                    int length = header.getInt();
                    c.records = header.getInt();
                    ByteBuffer block = c.block(length);
                    readFully(block);
                    if (block.hasRemaining()) {
                        throw new EOFException("the relations' spill file ends inside a block");
                    }
                    block.flip();
                    return true;
                }
            }
            int from = smallNext;
            smallNext = Math.min(small.size, smallNext + CHUNK);
            c.smallFrom = from;
            c.smallTo = smallNext;
            return from < smallNext;
        }

        private void readFully(ByteBuffer b) throws IOException {
            while (b.hasRemaining()) {
                if (in.read(b) < 0) {
                    return;
                }
            }
        }

        /** The node a relation ends at: its document, or where that went when adopted; -1 if gone. */
        private long endOf(int handle, int type) {
            Doc d = docList.get(handle);
            while (!d.alive) {
                if (d.adoptedBy == null || (d.movedTypes & (1 << type)) == 0) {
                    return -1;
                }
                d = d.adoptedBy;
            }
            return nodeOfDoc[d.handle];
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        /** One block of spilled relations, or a range of the small ones. */
        private final class RelChunk implements InputChunk {
            private ByteBuffer block = ByteBuffer.allocate(SpillWriter.BLOCK + (1 << 16));
            int records;
            int smallFrom;
            int smallTo;

            void clear() {
                block.clear().limit(0);
                records = 0;
                smallFrom = 0;
                smallTo = 0;
            }

            ByteBuffer block(int length) {
                if (block.capacity() < length) {
                    block = ByteBuffer.allocate(length);
                }
                block.clear().limit(length);
                return block;
            }

            @Override
            public boolean next(InputEntityVisitor v) throws IOException {
                while (records > 0) {
                    records--;
                    ByteBuffer b = block;
                    int from = b.getInt();
                    int to = b.getInt();
                    int typeAndPurpose = b.get();
                    int type = typeAndPurpose & ~PURPOSE_BIT;
                    boolean purpose = (typeAndPurpose & PURPOSE_BIT) != 0;
                    int file = b.getInt();
                    int n = b.getInt();
                    long start = nodeOfDoc[from];
                    long end = endOf(to, type);
                    if (start < 0 || end < 0) {
                        for (int i = 0; i < n; i++) {
                            int length = b.getInt();
                            b.position(b.position() + length + 8);
                        }
                        continue;
                    }
                    String[] quotes = new String[n];
                    long[] starts = new long[n];
                    long[] ends = new long[n];
                    for (int i = 0; i < n; i++) {
                        int length = b.getInt();
                        quotes[i] = new String(b.array(), b.arrayOffset() + b.position(), length, StandardCharsets.UTF_8);
                        b.position(b.position() + length);
                        starts[i] = b.getInt();
                        ends[i] = b.getInt();
                    }
                    v.startId(start);
                    v.endId(end);
                    v.type(IngestBatch.RELATION_TYPES.get(type));
                    v.property("file", relationFiles.get(file));
                    v.property("count", (long) n);
                    v.property("quotes", quotes);
                    v.property("starts", starts);
                    v.property("ends", ends);
                    v.property("purpose", purpose);
                    v.endOfEntity();
                    importedRelationships.increment();
                    return true;
                }
                if (smallFrom < smallTo) {
                    int i = smallFrom++;
                    v.startId(small.start[i]);
                    v.endId(small.end[i]);
                    v.type(SmallType.values()[small.type[i]].name());
                    v.endOfEntity();
                    importedRelationships.increment();
                    return true;
                }
                return false;
            }

            @Override
            public void close() {
            }
        }
    }

    /**
     * Appends relation records to the spill file in blocks of about {@link #BLOCK} bytes, each written as
     * its length, its number of records, then the records: the importer's threads take a block each.
     */
    private static final class SpillWriter implements Closeable {
        static final int BLOCK = 1 << 18;
        private ByteBuffer buffer = ByteBuffer.allocate(BLOCK + (1 << 16));
        private final FileChannel channel;
        private final ByteBuffer header = ByteBuffer.allocate(8);
        private int records;

        SpillWriter(Path file) throws IOException {
            channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        }

        /** The buffer, with room for {@code n} more bytes of the current record (it grows for a large record). */
        ByteBuffer room(int n) {
            if (buffer.remaining() < n) {
                ByteBuffer larger = ByteBuffer.allocate(Math.max(2 * buffer.capacity(), buffer.position() + n));
                buffer.flip();
                larger.put(buffer);
                buffer = larger;
            }
            return buffer;
        }

        /** The current record is complete: the block is written once it is full. */
        void endRecord() {
            records++;
            if (buffer.position() >= BLOCK) {
                writeBlock();
            }
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

    /** What the importer was given: nodes, and relationships (after deleted ones were left out). */
    Counts imported() {
        return new Counts(importedNodes, importedRelationships.sum());
    }

    @Override
    public void close() throws IOException {
        if (spill != null) {
            spill.close();
            spill = null;
        }
        Files.deleteIfExists(spillFile);
        texts.close();
        Files.deleteIfExists(textFile);
    }
}
