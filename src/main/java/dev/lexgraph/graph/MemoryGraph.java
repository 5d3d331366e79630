package dev.lexgraph.graph;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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

/**
 * The graph of a first load, held in memory while {@link IngestBatch} writes into it batch by batch, with
 * the semantics of each named statement of cypher/ingest.cypher (MERGE, the {@code coalesce} rules of
 * {@code upsert-documents}, the resolution index, adoption of placeholders). At the end {@link ImportInput}
 * hands it to Neo4j's batch importer.
 *
 * <p>Documents, files, bodies and ambiguous mentions are small objects (~100,000 each for 100,000
 * files); the relations between documents (millions, each with its quotes) are appended to a spill file
 * ({@link RelationSpill}) as they are created and read back once by the importer. A relation is never rewritten: a document
 * dropped as a placeholder keeps a pointer to the document that adopted it, and the relation's end is
 * redirected on the way out (the effect of {@code adopt-<TYPE>}), or the relation left out if its start
 * or end was deleted ({@code DETACH DELETE}).
 *
 * <p>Not thread-safe: one writer, as in the transactional path.
 */
final class MemoryGraph implements IngestWrites, java.io.Closeable {

    private static final int[] NO_INTS = new int[0];
    private static final String[] NO_LABELS = new String[0];
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
    private RelationSpill.Writer spill;
    /** The files' texts wait for the import here, read back by position: they would fill the heap. */
    private final Path textFile;
    private final FileChannel texts;
    private long textsEnd;
    /** Relations and their bytes in the spill file, once it is closed. */
    private long spilled;
    private long spilledBytes;

    /** @param spillFile where relations wait for the import (created, deleted by {@link #close()}) */
    MemoryGraph(Path spillFile) throws IOException {
        this.spillFile = spillFile;
        this.spill = new RelationSpill.Writer(spillFile);
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
    String textOf(FileNode f) throws IOException {
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
            spill.append(a.handle, b.handle, typeIndex(r.type), r.purpose, relationFile(r.file), r.quotes, r.starts,
                    r.ends);
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

    // ------------------------------------------------------------------ what the import reads

    /** Every document node made, by handle; those dropped as placeholders are not {@code alive}. */
    List<Doc> documentList() {
        return docList;
    }

    List<FileNode> fileList() {
        return fileList;
    }

    List<Body> bodyList() {
        return bodyList;
    }

    List<Ambiguous> ambiguousMentions() {
        return new ArrayList<>(ambiguous.values());
    }

    /** The {@code file} property of spilled relations with that index. */
    String relationFile(int index) {
        return relationFiles.get(index);
    }

    Path spillFile() {
        return spillFile;
    }

    long spilledRelations() {
        return spilled;
    }

    long spilledBytes() {
        return spilledBytes;
    }

    /**
     * The graph for the batch importer ({@link ImportInput}). Call once, after the last batch: the spill file
     * is closed for writing.
     */
    ImportInput forImport() throws IOException {
        spill.close();
        spilled = spill.records();
        spilledBytes = spill.bytes();
        spill = null;
        return new ImportInput(this);
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
