package dev.lexgraph.graph;

import dev.lexgraph.graph.MemoryGraph.Ambiguous;
import dev.lexgraph.graph.MemoryGraph.Body;
import dev.lexgraph.graph.MemoryGraph.Doc;
import dev.lexgraph.graph.MemoryGraph.FileNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.batchimport.api.input.ReadableGroups;

/**
 * A {@link MemoryGraph} as the input of Neo4j's batch importer: nodes with ids 0…n-1 (live documents, files,
 * bodies, ambiguous mentions), then relationships (the spilled relations between documents, then CONTAINS,
 * ISSUED_BY and CANDIDATE). The one file that speaks the importer's input API.
 */
final class ImportInput {

    private static final int CHUNK = 10_000;

    /** The node and relationship counts of what {@link #input()} gave. */
    record Counts(long nodes, long relationships) {
    }

    private final MemoryGraph graph;
    private long importedNodes;
    private final LongAdder importedRelationships = new LongAdder();

    ImportInput(MemoryGraph graph) {
        this.graph = graph;
    }

    /** What the importer was given: nodes, and relationships (after deleted ones were left out). */
    Counts imported() {
        return new Counts(importedNodes, importedRelationships.sum());
    }

    /**
     * The graph as the batch importer's input (actual node ids), once its last batch was written; the relations
     * are read back from the spill file as the importer asks for them.
     */
    Input input() {
        List<Doc> docList = graph.documentList();
        List<FileNode> fileList = graph.fileList();
        List<Body> bodyList = graph.bodyList();
        List<Doc> live = new ArrayList<>(docList.size());
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
        List<Ambiguous> mentions = graph.ambiguousMentions();
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
                        v.property("text", graph.textOf(f));
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
        InputIterable relationships = () -> new RelationshipIterator(nodeOfDoc, docList, small);
        long nodeProperties = live.size() * 12L + fileList.size() * 4L + bodyList.size() * 3L + mentions.size() * 7L;
        long spilled = graph.spilledRelations();
        Input.Estimates estimates = Input.knownEstimates(nodeCount, spilled + small.size, nodeProperties,
                spilled * 5, nodeProperties * 24, graph.spilledBytes() + spilled * 40, live.size() * 2L + nodeCount);
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
     * out under the reader's lock, decoded by the importer's thread that took it: ends redirected to the
     * adopting document, deleted ones left out), then CONTAINS, ISSUED_BY and CANDIDATE.
     */
    private final class RelationshipIterator implements InputIterator {
        private final int[] nodeOfDoc;
        private final List<Doc> docList;
        private final LongPairs small;
        private final RelationSpill.Reader in;
        private boolean spillDone;
        private int smallNext;

        RelationshipIterator(int[] nodeOfDoc, List<Doc> docList, LongPairs small) {
            this.nodeOfDoc = nodeOfDoc;
            this.docList = docList;
            this.small = small;
            try {
                this.in = new RelationSpill.Reader(graph.spillFile());
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
                if (in.next(c.block)) {
                    return true;
                }
                spillDone = true;
            }
            int from = smallNext;
            smallNext = Math.min(small.size, smallNext + CHUNK);
            c.smallFrom = from;
            c.smallTo = smallNext;
            return from < smallNext;
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
            final RelationSpill.Block block = new RelationSpill.Block();
            private final RelationSpill.Relation r = new RelationSpill.Relation();
            int smallFrom;
            int smallTo;

            void clear() {
                block.clear();
                smallFrom = 0;
                smallTo = 0;
            }

            @Override
            public boolean next(InputEntityVisitor v) throws IOException {
                while (block.hasNext()) {
                    block.next(r);
                    long start = nodeOfDoc[r.from];
                    long end = endOf(r.to, r.type);
                    if (start < 0 || end < 0) {
                        block.skipMentions(r);
                        continue;
                    }
                    String[] quotes = new String[r.mentions];
                    long[] starts = new long[r.mentions];
                    long[] ends = new long[r.mentions];
                    block.mentions(r, quotes, starts, ends);
                    v.startId(start);
                    v.endId(end);
                    v.type(IngestBatch.RELATION_TYPES.get(r.type));
                    v.property("file", graph.relationFile(r.file));
                    v.property("count", (long) r.mentions);
                    v.property("quotes", quotes);
                    v.property("starts", starts);
                    v.property("ends", ends);
                    v.property("purpose", r.purpose);
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
}
