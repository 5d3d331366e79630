package dev.lexgraph.graph;

import dev.lexgraph.citation.CitationExtractor;
import dev.lexgraph.util.InOrder;
import dev.lexgraph.citation.ExtractionResult;
import dev.lexgraph.graph.IngestBatch.Extracted;
import dev.lexgraph.graph.IngestBatch.StaleCache;
import dev.lexgraph.text.DocumentText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

/**
 * Turns files into the graph: extraction in parallel (one extractor per thread), running ahead of the
 * writer, which writes one transaction per batch of files, every write an {@code UNWIND} of parameter
 * rows (cypher/ingest.cypher). Idempotent: a file whose content hash is already stored is skipped; a
 * changed file first drops the relations its previous version contributed.
 *
 * <p>Writes that would change nothing are left out with the help of an {@link IngestCache} of what this
 * process has written (documents and their known properties, ISSUED_BY pairs): a document cited again
 * is not written again unless the mention adds a property the graph lacks. The cache is shared by the
 * ingestors of one {@link GraphConnection}, is updated only after a commit, and is checked on every
 * use: a relation or ISSUED_BY row whose cached endpoint is gone makes the batch roll back and be
 * written again without the cache. Safe to call from several threads at once.
 */
public final class Ingestor {

    /** What happened to one file. */
    public record FileOutcome(Path path, String status, int citations, String error) {
        public static final String INGESTED = "ingested";
        public static final String UNCHANGED = "unchanged";
        public static final String FAILED = "failed";
    }

    /** The whole run. */
    public record Summary(int files, int ingested, int unchanged, int failed, long citations, long millis,
                          List<FileOutcome> errors) {
    }

    /** Files per write transaction (about 25 citations each). */
    public static final int DEFAULT_BATCH_FILES = 500;
    private static final Map<GraphConnection, IngestCache> CACHES = java.util.Collections.synchronizedMap(
            new java.util.WeakHashMap<>());
    static final int CACHE_MAX_DOCUMENTS = 2_000_000;

    private final GraphConnection graph;

    /** The graph it writes to. */
    public GraphConnection graph() {
        return graph;
    }
    private final Map<String, String> cypher = CypherScripts.named("ingest.cypher");
    private final int threads;
    private final int batchFiles;
    private final IngestCache cache;
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final LongAdder cacheResets = new LongAdder();
    private final Map<String, LongAdder> rowCounts = new ConcurrentHashMap<>();

    public Ingestor(GraphConnection graph) {
        this(graph, Runtime.getRuntime().availableProcessors());
    }

    public Ingestor(GraphConnection graph, int threads) {
        this(graph, threads, DEFAULT_BATCH_FILES);
    }

    /**
     * @param threads    extraction threads
     * @param batchFiles files per write transaction
     */
    public Ingestor(GraphConnection graph, int threads, int batchFiles) {
        this.graph = graph;
        this.threads = Math.max(1, threads);
        this.batchFiles = Math.max(1, batchFiles);
        this.cache = CACHES.computeIfAbsent(graph, g -> new IngestCache(CACHE_MAX_DOCUMENTS));
    }

    /** Ingests the files, calling {@code progress} once per file done. */
    public Summary ingest(List<Path> files, Consumer<FileOutcome> progress) {
        return pipeline(files, threads, batchFiles, this::write, progress,
                nanos.computeIfAbsent("wait-for-extraction", k -> new LongAdder()));
    }

    /**
     * Extraction on {@code threads} threads (one extractor each), running up to two batches ahead of
     * {@code writer}, which is given the files in order, {@code batchFiles} at a time, on the calling thread.
     *
     * @param waitNanos adds the time the writer waited for extraction
     */
    static Summary pipeline(List<Path> files, int threads, int batchFiles,
                            Function<List<Extracted>, List<FileOutcome>> writer, Consumer<FileOutcome> progress,
                            LongAdder waitNanos) {
        long t0 = System.currentTimeMillis();
        List<FileOutcome> errors = new ArrayList<>();
        long[] counts = new long[3]; // ingested, unchanged, citations
        List<Extracted> batch = new ArrayList<>(batchFiles);
        Runnable write = () -> {
            for (FileOutcome o : writer.apply(batch)) {
                switch (o.status()) {
                    case FileOutcome.INGESTED -> {
                        counts[0]++;
                        counts[2] += o.citations();
                    }
                    case FileOutcome.UNCHANGED -> counts[1]++;
                    default -> errors.add(o);
                }
                progress.accept(o);
            }
            batch.clear();
        };
        // Extraction runs up to two batches ahead of the batch being written.
        waitNanos.add(InOrder.map(files.iterator(), threads, "lexgraph-extract", 3 * batchFiles,
                p -> extract(p, CitationExtractor.forThisThread()),
                e -> {
                    batch.add(e);
                    if (batch.size() == batchFiles) {
                        write.run();
                    }
                }, () -> { }));
        if (!batch.isEmpty()) {
            write.run();
        }
        int ingested = (int) counts[0];
        int unchanged = (int) counts[1];
        long citations = counts[2];
        return new Summary(files.size(), ingested, unchanged, errors.size(), citations,
                System.currentTimeMillis() - t0, errors);
    }

    /** Ingests one text given directly (the API's way), under a name standing for its file. */
    public FileOutcome ingestText(String name, String text) {
        return ingestText(name, text, "UTF-8", CitationExtractor.forThisThread().extract(text));
    }

    /**
     * Ingests one text already decoded (from {@code encoding}) and extracted, so a caller that shows the
     * extraction does not extract twice.
     */
    public FileOutcome ingestText(String name, String text, String encoding, ExtractionResult extraction) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Extracted e = new Extracted(Path.of(name), sha256(bytes), encoding, DocumentText.nfc(text), extraction, null);
        return write(List.of(e)).get(0);
    }

    /**
     * Milliseconds spent so far by this ingestor per step: each named statement, {@code commit} (the
     * rest of a write transaction: commit and round trips), {@code wait-for-extraction}.
     */
    public Map<String, Long> timings() {
        Map<String, Long> out = new TreeMap<>();
        nanos.forEach((k, v) -> out.put(k, v.sum() / 1_000_000));
        return out;
    }

    /** How many times a batch met a stale cache entry and was written again without the cache. */
    public long cacheResets() {
        return cacheResets.sum();
    }

    private void time(String step, long startNanos) {
        nanos.computeIfAbsent(step, k -> new LongAdder()).add(System.nanoTime() - startNanos);
    }

    private void rowsOf(String step, int n) {
        rowCounts.computeIfAbsent(step, k -> new LongAdder()).add(n);
    }

    /** Rows sent so far per named statement. */
    public Map<String, Long> rowCounts() {
        Map<String, Long> out = new TreeMap<>();
        rowCounts.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** Reads, decodes and extracts one file; an error is kept in the result, not thrown. */
    static Extracted extract(Path p, CitationExtractor extractor) {
        try {
            byte[] bytes = Files.readAllBytes(p);
            DocumentText.Decoded d = DocumentText.decode(bytes);
            return new Extracted(p, sha256(bytes), d.encoding(), d.text(), extractor.extract(d.text()), null); // decoded texts are NFC
        } catch (IOException | RuntimeException e) {
            String message = e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage();
            return new Extracted(p, null, null, null, null, message == null ? e.getClass().getSimpleName() : message);
        }
    }


    // ------------------------------------------------------------------ writing

    private List<FileOutcome> write(List<Extracted> batch) {
        try {
            return write(batch, true);
        } catch (StaleCache e) {
            cacheResets.increment();
            cache.clear();
            return write(batch, false);
        }
    }

    private List<FileOutcome> write(List<Extracted> batch, boolean useCache) {
        IngestBatch[] written = new IngestBatch[1];
        long t0 = System.nanoTime();
        long[] inStatements = new long[1];
        try (Session session = graph.driver().session()) {
            session.executeWrite(tx -> {
                inStatements[0] = System.nanoTime();
                written[0] = IngestBatch.write(new CypherWrites(tx), cache, useCache, batch);
                inStatements[0] = System.nanoTime() - inStatements[0];
                return null;
            });
        }
        IngestBatch b = written[0];
        long total = System.nanoTime() - t0;
        nanos.computeIfAbsent("commit", k -> new LongAdder()).add(Math.max(0, total - inStatements[0]));
        cache.committed(b.writtenDocuments, b.writtenIssuedBy, b.deletedDocuments);
        return b.outcomes;
    }

    /** The batch's writes as the named statements of cypher/ingest.cypher, in one transaction. */
    private final class CypherWrites implements IngestWrites {
        private final TransactionContext tx;

        CypherWrites(TransactionContext tx) {
            this.tx = tx;
        }

        @Override
        public Map<String, String> claimFiles(List<IngestRows.FileClaim> rows) {
            Map<String, String> stored = new HashMap<>();
            long s0 = System.nanoTime();
            for (Record rec : tx.run(cypher.get("claim-files"), rowsParameter(rows)).list()) {
                stored.put(rec.get("path").asString(), rec.get("previous").asString(null));
            }
            time("claim-files", s0);
            return stored;
        }

        @Override
        public void forgetFile(String path) {
            long s0 = System.nanoTime();
            tx.run(cypher.get("forget-file"), Map.of("path", path)).consume();
            tx.run(cypher.get("forget-file-mentions"), Map.of("path", path)).consume();
            tx.run(cypher.get("release-file"), Map.of("path", path)).consume();
            time("forget-file", s0);
        }

        @Override
        public void upsertDocuments(List<IngestRows.DocumentRow> rows) {
            run("upsert-documents", rows);
        }

        @Override
        public Map<Integer, List<String>> candidates(List<IngestRows.CandidateKey> keys) {
            Map<Integer, List<String>> candidates = new HashMap<>();
            long s0 = System.nanoTime();
            for (Record rec : tx.run(cypher.get("candidates"), rowsParameter(keys)).list()) {
                candidates.put(rec.get("key").asInt(), rec.get("ids").asList(v -> v.asString()));
            }
            time("candidates", s0);
            return candidates;
        }

        @Override
        public void storeTexts(List<IngestRows.FileText> rows) {
            run("store-texts", rows);
        }

        @Override
        public void upsertAmbiguous(List<IngestRows.AmbiguousRow> rows) {
            run("upsert-ambiguous", rows);
        }

        @Override
        public long upsertBodies(List<IngestRows.BodyRow> rows) {
            return count("upsert-bodies", IngestRows.parameters(rows));
        }

        @Override
        public long countDocuments(List<String> ids) {
            return count("count-documents", ids);
        }

        /**
         * One row per (from document, file) with the relations from it, per type: the from document is
         * looked up once for all of them; one statement per type, types in name order.
         */
        @Override
        public long createRelations(List<IngestRows.RelationRow> relations) {
            Map<String, Map<String, IngestRows.RelationGroup>> byType = new TreeMap<>();
            for (IngestRows.RelationRow r : relations) {
                byType.computeIfAbsent(r.type, k -> new TreeMap<>())
                        .computeIfAbsent(r.from + '\n' + r.file, k -> new IngestRows.RelationGroup(r.from, r.file,
                                new ArrayList<>()))
                        .relations().add(r);
            }
            long created = 0;
            for (Map.Entry<String, Map<String, IngestRows.RelationGroup>> e : byType.entrySet()) {
                created += count("upsert-" + e.getKey(), IngestRows.parameters(new ArrayList<>(e.getValue().values())));
            }
            return created;
        }

        @Override
        public List<IngestRows.Adoption> undatedToAdopt(List<IngestRows.AdoptionKey> keys) {
            List<IngestRows.Adoption> pairs = new ArrayList<>();
            long s0 = System.nanoTime();
            for (Record rec : tx.run(cypher.get("undated-to-adopt"), rowsParameter(keys)).list()) {
                pairs.add(new IngestRows.Adoption(rec.get("undated").asString(), rec.get("dated").asString()));
            }
            time("undated-to-adopt", s0);
            return pairs;
        }

        @Override
        public void adopt(String type, List<IngestRows.Adoption> pairs) {
            run("adopt-" + type, pairs);
        }

        @Override
        public void dropPlaceholders(List<IngestRows.Adoption> pairs) {
            run("drop-placeholders", pairs);
        }

        private void run(String name, List<? extends IngestRows.Row> list) {
            long s0 = System.nanoTime();
            tx.run(cypher.get(name), rowsParameter(list)).consume();
            time(name, s0);
            rowsOf(name, list.size());
        }

        private static Map<String, Object> rowsParameter(List<? extends IngestRows.Row> rows) {
            return Map.of("rows", IngestRows.parameters(rows));
        }

        /** Runs a statement that returns one {@code count} and returns it. */
        private long count(String name, List<?> list) {
            long s0 = System.nanoTime();
            long n = tx.run(cypher.get(name), Map.of("rows", list)).single().get("count").asLong();
            String step = name.startsWith("upsert-") && IngestBatch.RELATION_TYPES.contains(name.substring(7))
                    ? "upsert-relations" : name;
            time(step, s0);
            rowsOf(step, list.size());
            return n;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
