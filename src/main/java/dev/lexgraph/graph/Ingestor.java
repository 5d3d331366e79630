package dev.lexgraph.graph;

import dev.lexgraph.citation.Citation;
import dev.lexgraph.citation.CitationExtractor;
import dev.lexgraph.citation.DocType;
import dev.lexgraph.citation.DocumentHeader;
import dev.lexgraph.citation.ExtractionResult;
import dev.lexgraph.citation.SymbolInfo;
import dev.lexgraph.citation.TextFolding;
import dev.lexgraph.text.DocumentText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
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
    private static final List<String> RELATION_TYPES = java.util.Arrays.stream(dev.lexgraph.citation.Relation.values())
            .map(Enum::name).toList();
    private static final Map<GraphConnection, IngestCache> CACHES = java.util.Collections.synchronizedMap(
            new java.util.WeakHashMap<>());
    private static final int CACHE_MAX_DOCUMENTS = 2_000_000;

    private final GraphConnection graph;
    private final Map<String, String> cypher = CypherScripts.named("ingest.cypher");
    private final ThreadLocal<CitationExtractor> extractors = ThreadLocal.withInitial(CitationExtractor::new);
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
        long t0 = System.currentTimeMillis();
        List<FileOutcome> errors = new ArrayList<>();
        int ingested = 0;
        int unchanged = 0;
        long citations = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "lexgraph-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            // Extraction runs up to two batches ahead of the writer.
            Deque<Future<Extracted>> ahead = new ArrayDeque<>();
            int submitted = 0;
            int done = 0;
            while (done < files.size()) {
                while (submitted < files.size() && submitted - done < 3 * batchFiles) {
                    Path p = files.get(submitted++);
                    ahead.add(pool.submit(() -> extract(p)));
                }
                List<Extracted> batch = new ArrayList<>();
                long w0 = System.nanoTime();
                while (batch.size() < batchFiles && !ahead.isEmpty()) {
                    batch.add(get(ahead.poll()));
                }
                time("wait-for-extraction", w0);
                done += batch.size();
                for (FileOutcome o : write(batch)) {
                    switch (o.status()) {
                        case FileOutcome.INGESTED -> {
                            ingested++;
                            citations += o.citations();
                        }
                        case FileOutcome.UNCHANGED -> unchanged++;
                        default -> errors.add(o);
                    }
                    progress.accept(o);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(files.size(), ingested, unchanged, errors.size(), citations,
                System.currentTimeMillis() - t0, errors);
    }

    /** Ingests one text given directly (the API's way), under a name standing for its file. */
    public FileOutcome ingestText(String name, String text) {
        return ingestText(name, text, "UTF-8", extractors.get().extract(text));
    }

    /**
     * Ingests one text already decoded (from {@code encoding}) and extracted, so a caller that shows the
     * extraction does not extract twice.
     */
    public FileOutcome ingestText(String name, String text, String encoding, ExtractionResult extraction) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Extracted e = new Extracted(Path.of(name), sha256(bytes), encoding, extraction, null);
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

    private record Extracted(Path path, String sha256, String encoding, ExtractionResult result, String error) {
    }

    private Extracted extract(Path p) {
        try {
            byte[] bytes = Files.readAllBytes(p);
            DocumentText.Decoded d = DocumentText.decode(bytes);
            return new Extracted(p, sha256(bytes), d.encoding(), extractors.get().extract(d.text()), null);
        } catch (IOException | RuntimeException e) {
            String message = e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage();
            return new Extracted(p, null, null, null, message == null ? e.getClass().getSimpleName() : message);
        }
    }

    private static Extracted get(Future<Extracted> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    // ------------------------------------------------------------------ writing

    /** A cached document or ISSUED_BY endpoint is not in the graph: roll back, forget the cache, redo. */
    private static final class StaleCache extends RuntimeException {
        StaleCache(String message) {
            super(message, null, false, false);
        }
    }

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
        List<FileOutcome> outcomes = new ArrayList<>();
        Rows[] written = new Rows[1];
        long t0 = System.nanoTime();
        long[] inStatements = new long[1];
        try (Session session = graph.driver().session()) {
            session.executeWrite(tx -> {
                outcomes.clear();
                Rows rows = new Rows(useCache);
                written[0] = rows;
                inStatements[0] = System.nanoTime();
                List<Map<String, Object>> files = new ArrayList<>();
                for (Extracted e : batch) {
                    if (e.error() == null) {
                        files.add(Map.of("path", e.path().toString(), "sha256", e.sha256(), "encoding", e.encoding()));
                    }
                }
                // Claiming the File nodes first (write-locking them, in path order) makes a concurrent
                // ingestion of the same file wait for this one, then see it unchanged.
                files.sort(Comparator.comparing(m -> (String) m.get("path")));
                Map<String, String> storedHashes = new HashMap<>();
                if (!files.isEmpty()) {
                    long s0 = System.nanoTime();
                    for (Record rec : tx.run(cypher.get("claim-files"), Map.of("rows", files)).list()) {
                        storedHashes.put(rec.get("path").asString(), rec.get("previous").asString(null));
                    }
                    time("claim-files", s0);
                }
                for (Extracted e : batch) {
                    if (e.error() != null) {
                        outcomes.add(new FileOutcome(e.path(), FileOutcome.FAILED, 0, e.error()));
                        continue;
                    }
                    String path = e.path().toString();
                    String storedHash = storedHashes.get(path);
                    if (e.sha256().equals(storedHash)) {
                        outcomes.add(new FileOutcome(e.path(), FileOutcome.UNCHANGED, 0, null));
                        continue;
                    }
                    if (storedHash != null) {
                        long s0 = System.nanoTime();
                        tx.run(cypher.get("forget-file"), Map.of("path", path)).consume();
                        tx.run(cypher.get("forget-file-mentions"), Map.of("path", path)).consume();
                        time("forget-file", s0);
                    }
                    rows.add(e);
                    outcomes.add(new FileOutcome(e.path(), FileOutcome.INGESTED, e.result().citations().size(), null));
                }
                rows.write(tx);
                inStatements[0] = System.nanoTime() - inStatements[0];
                return null;
            });
        }
        Rows rows = written[0];
        long total = System.nanoTime() - t0;
        nanos.computeIfAbsent("commit", k -> new LongAdder()).add(Math.max(0, total - inStatements[0]));
        cache.committed(rows.writtenDocuments, rows.writtenIssuedBy, rows.deletedDocuments);
        return outcomes;
    }

    /** The parameter rows of one batch, built document by document. */
    private final class Rows {
        final boolean useCache;
        final Map<String, Map<String, Object>> documents = new LinkedHashMap<>();
        final Map<String, Map<String, Object>> bodies = new LinkedHashMap<>(); // by document: one issuer each
        final Map<String, RelationRow> relations = new LinkedHashMap<>();
        final List<Undated> undated = new ArrayList<>();
        /** What the transaction wrote, for the cache once it has committed. */
        final List<Map<String, Object>> writtenDocuments = new ArrayList<>();
        final List<Map<String, Object>> writtenIssuedBy = new ArrayList<>();
        final List<String> deletedDocuments = new ArrayList<>();
        /** Documents left out because the cache knows them: each is checked to still be there. */
        final java.util.Set<String> skipped = new java.util.HashSet<>();

        Rows(boolean useCache) {
            this.useCache = useCache;
        }

        /** {@code fromUndated}: the index in {@code undated} of the governing citation when that is undated too, else -1. */
        record Undated(String file, String from, int fromUndated, String relation, Citation citation,
                       String jurisdiction, String issuerCode) {
        }

        /** A relation whose governing citation is undated: written once that one is resolved. */
        record AwaitingGovernor(int governor, String to, String relation, String file, Citation citation) {
        }

        final List<AwaitingGovernor> awaitingGovernor = new ArrayList<>();

        void add(Extracted e) {
            String path = e.path().toString();
            ExtractionResult r = e.result();
            DocumentHeader h = r.document();
            String province = h == null ? null : h.province();
            String ownId = ownDocument(path, e.sha256(), h);
            List<String> ids = new ArrayList<>(r.citations().size());
            List<Integer> undatedIndex = new ArrayList<>(r.citations().size());
            for (Citation c : r.citations()) {
                // The governing citation ("from") always comes earlier, so its id is known here, unless it
                // is undated: then it is known once resolved (its index in `undated`).
                String from = c.from() == null ? ownId : ids.get(c.from());
                int governor = c.from() == null ? -1 : undatedIndex.get(c.from());
                String type = c.relation().name();
                SymbolInfo s = SymbolInfo.of(c.symbol(), c.type());
                String jurisdiction = DocumentIdentity.jurisdiction(c.issuerScope(), c.issuer(), province);
                if (c.year() == null) {
                    ids.add(null); // resolved against the graph once the dated ones are written
                    undatedIndex.add(undated.size());
                    undated.add(new Undated(path, from, governor, type, c, jurisdiction, s.issuerCode()));
                    continue;
                }
                undatedIndex.add(-1);
                String id = DocumentIdentity.id(jurisdiction, s.issuerCode(), c.type(), c.year(), c.number());
                ids.add(id);
                document(id, c.type(), c.symbol(), c.number(), c.year(), c.date(), c.dateAsWritten(), c.issuer(),
                        jurisdiction, c.issuerScope(), c.subject(), false, null);
                body(id, c.issuer(), jurisdiction);
                if (from != null) {
                    relation(from, id, type, path, c);
                } else if (governor >= 0) {
                    awaitingGovernor.add(new AwaitingGovernor(governor, id, type, path, c));
                }
            }
        }

        private String ownDocument(String path, String sha, DocumentHeader h) {
            DocType type = h == null || h.type() == null ? DocType.OTHER : h.type();
            String province = h == null ? null : h.province();
            Integer year = h != null && h.date() != null ? Integer.valueOf(h.date().substring(0, 4)) : null;
            String id;
            String symbol = h == null ? null : h.symbol();
            Citation.IssuerScope scope = null;
            String jurisdiction;
            if (symbol != null) {
                SymbolInfo s = SymbolInfo.of(symbol, type);
                scope = s.scope();
                jurisdiction = DocumentIdentity.jurisdiction(scope, h.issuer(), province);
                if (year == null) {
                    year = s.year();
                }
                id = DocumentIdentity.id(jurisdiction, s.issuerCode(), type, year, s.number());
            } else {
                // No number of its own (a draft, a plan without a header): known by its file.
                jurisdiction = DocumentIdentity.jurisdiction(null, h == null ? null : h.issuer(), province);
                id = "vn/" + jurisdiction + "/file/" + DocumentIdentity.slug(type.name()) + "/" + sha.substring(0, 12);
            }
            document(id, type, symbol, h == null ? null : h.number(), year, h == null ? null : h.date(),
                    h == null ? null : h.dateAsWritten(), h == null ? null : h.issuer(), jurisdiction, scope,
                    h == null ? null : h.title(), true, path);
            body(id, h == null ? null : h.issuer(), jurisdiction);
            return id;
        }

        void document(String id, DocType type, String symbol, String number, Integer year, String date,
                      String dateAsWritten, String issuer, String jurisdiction, Citation.IssuerScope scope,
                      String title, boolean ingested, String sourceFile) {
            Map<String, Object> row = documents.get(id);
            if (row != null && !ingested) {
                return; // first mention in the batch describes it; the graph keeps what it already knows
            }
            row = new HashMap<>();
            row.put("id", id);
            row.put("label", DocumentIdentity.label(type));
            row.put("type", type == null ? null : type.name());
            row.put("symbol", symbol);
            row.put("symbolKey", symbol == null ? null : TextFolding.symbolKey(symbol));
            row.put("number", number);
            row.put("year", year);
            row.put("date", date);
            row.put("dateAsWritten", dateAsWritten);
            row.put("issuer", issuer);
            row.put("jurisdiction", jurisdiction);
            row.put("scope", scope == null ? null : scope.name());
            row.put("title", title);
            row.put("ingested", ingested);
            row.put("sourceFile", sourceFile);
            documents.put(id, row);
        }

        void body(String documentId, String issuer, String jurisdiction) {
            if (issuer == null || issuer.isBlank() || bodies.containsKey(documentId)) {
                return;
            }
            Map<String, Object> row = new HashMap<>();
            row.put("id", DocumentIdentity.slug(issuer));
            row.put("name", issuer);
            row.put("province", DocumentIdentity.CENTRAL.equals(jurisdiction) ? null : jurisdiction);
            row.put("documentId", documentId);
            bodies.put(documentId, row);
        }

        void relation(String from, String to, String type, String file, Citation c) {
            RelationRow r = relations.computeIfAbsent(from + "|" + to + "|" + type + "|" + file,
                    k -> new RelationRow(from, to, type, file));
            r.quotes.add(c.text());
            r.starts.add(c.start());
            r.ends.add(c.end());
        }

        /**
         * The document rows the graph needs: every document of an ingested file, and cited documents
         * not known to be stored with every property the row sets. Sorted by id, so that concurrent
         * transactions lock documents in the same order.
         */
        private List<Map<String, Object>> documentsToWrite(List<Map<String, Object>> rows) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                if (useCache && !Boolean.TRUE.equals(row.get("ingested"))) {
                    int known = cache.known((String) row.get("id"));
                    if (known >= 0 && (IngestCache.bits(row) & ~known & ~IngestCache.INGESTED) == 0) {
                        skipped.add((String) row.get("id"));
                        continue;
                    }
                }
                out.add(row);
            }
            out.sort(Comparator.comparing(m -> (String) m.get("id")));
            return out;
        }

        void write(TransactionContext tx) {
            List<Map<String, Object>> docs = documentsToWrite(new ArrayList<>(documents.values()));
            run(tx, "upsert-documents", docs);
            writtenDocuments.addAll(docs);
            List<String> newlyWritten = docs.stream().map(m -> (String) m.get("id")).toList();
            resolveUndated(tx);
            List<Map<String, Object>> issued = new ArrayList<>();
            for (Map<String, Object> b : bodies.values()) {
                if (!useCache || !cache.knownIssuedBy((String) b.get("documentId"), (String) b.get("id"))) {
                    issued.add(b);
                }
            }
            issued.sort(Comparator.comparing(m -> (String) m.get("documentId")));
            long matched = count(tx, "upsert-bodies", issued);
            if (matched != issued.size()) {
                throw new StaleCache("ISSUED_BY: " + matched + " of " + issued.size() + " documents found");
            }
            writtenIssuedBy.addAll(issued);
            writeRelations(tx);
            // Relation endpoints were checked by the relations' count; the rest of the skipped are now.
            for (RelationRow r : relations.values()) {
                skipped.remove(r.from);
                skipped.remove(r.to);
            }
            if (!skipped.isEmpty()) {
                long found = count(tx, "count-documents", new ArrayList<>(skipped));
                if (found != skipped.size()) {
                    throw new StaleCache("documents: " + found + " of " + skipped.size() + " found");
                }
            }
            adoptUndated(tx, newlyWritten);
        }

        /**
         * One row per (from document, file) with the relations from it, per type: the from document is
         * looked up once for all of them.
         */
        private void writeRelations(TransactionContext tx) {
            Map<String, Map<String, Map<String, Object>>> byType = new TreeMap<>();
            int expected = 0;
            for (RelationRow r : relations.values()) {
                Map<String, Object> group = byType.computeIfAbsent(r.type, k -> new TreeMap<>())
                        .computeIfAbsent(r.from + '\n' + r.file, k -> {
                            Map<String, Object> g = new HashMap<>();
                            g.put("from", r.from);
                            g.put("file", r.file);
                            g.put("to", new ArrayList<Map<String, Object>>());
                            return g;
                        });
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> to = (List<Map<String, Object>>) group.get("to");
                to.add(Map.of("id", r.to, "quotes", r.quotes, "starts", r.starts, "ends", r.ends));
                expected++;
            }
            long created = 0;
            for (Map.Entry<String, Map<String, Map<String, Object>>> e : byType.entrySet()) {
                created += count(tx, "upsert-" + e.getKey(), new ArrayList<>(e.getValue().values()));
            }
            if (created != expected) {
                throw new StaleCache("relations: " + created + " of " + expected + " written");
            }
        }

        /**
         * An undated mention attaches to the one document of its jurisdiction and symbol the graph holds;
         * with several it is recorded as ambiguous with its candidates; with none it gets an undated node
         * of its own (which a later dated mention does not merge into: that takes a person).
         */
        private void resolveUndated(TransactionContext tx) {
            if (undated.isEmpty()) {
                return;
            }
            List<Map<String, Object>> keys = new ArrayList<>();
            for (int i = 0; i < undated.size(); i++) {
                Undated u = undated.get(i);
                keys.add(Map.of("key", i, "jurisdiction", u.jurisdiction(),
                        "symbolKey", TextFolding.symbolKey(u.citation().symbol())));
            }
            Map<Integer, List<String>> candidates = new HashMap<>();
            long s0 = System.nanoTime();
            for (Record rec : tx.run(cypher.get("candidates"), Map.of("rows", keys)).list()) {
                candidates.put(rec.get("key").asInt(), rec.get("ids").asList(v -> v.asString()));
            }
            time("candidates", s0);
            List<Map<String, Object>> ambiguous = new ArrayList<>();
            Map<String, Map<String, Object>> placeholders = new LinkedHashMap<>();
            String[] resolved = new String[undated.size()]; // null: ambiguous
            for (int i = 0; i < undated.size(); i++) {
                Undated u = undated.get(i);
                Citation c = u.citation();
                // A governing citation comes earlier in its file, so it is resolved by now.
                String from = u.from() != null ? u.from() : u.fromUndated() >= 0 ? resolved[u.fromUndated()] : null;
                List<String> ids = candidates.getOrDefault(i, List.of());
                List<String> dated = ids.stream().filter(id -> !id.contains("/undated/")).toList();
                String to;
                if (dated.size() == 1) {
                    to = dated.get(0);
                } else if (dated.size() > 1) {
                    Map<String, Object> row = new HashMap<>();
                    row.put("id", u.file() + "#" + c.start());
                    row.put("file", u.file());
                    row.put("quote", c.text());
                    row.put("symbol", c.symbol());
                    row.put("start", c.start());
                    row.put("end", c.end());
                    row.put("from", from);
                    row.put("candidates", dated);
                    ambiguous.add(row);
                    continue;
                } else {
                    to = DocumentIdentity.id(u.jurisdiction(), u.issuerCode(), c.type(), null, c.number());
                    if (!documents.containsKey(to)) {
                        document(to, c.type(), c.symbol(), c.number(), null, null, null, c.issuer(),
                                u.jurisdiction(), c.issuerScope(), c.subject(), false, null);
                        placeholders.put(to, documents.get(to));
                    }
                }
                resolved[i] = to;
                if (from != null) {
                    relation(from, to, u.relation(), u.file(), c);
                }
            }
            // Relations governed by an undated citation: from what it resolved to (none when ambiguous).
            for (AwaitingGovernor a : awaitingGovernor) {
                String from = resolved[a.governor()];
                if (from != null) {
                    relation(from, a.to(), a.relation(), a.file(), a.citation());
                }
            }
            List<Map<String, Object>> docs = documentsToWrite(new ArrayList<>(placeholders.values()));
            run(tx, "upsert-documents", docs);
            writtenDocuments.addAll(docs);
            run(tx, "upsert-ambiguous", ambiguous);
        }

        /**
         * A document first cited without a date got an undated node; once the one dated document of that
         * jurisdiction and symbol is in the graph, its relations move there and the placeholder goes.
         * Only documents this batch wrote are looked at: one the cache knew was already in the graph had
         * its placeholders adopted when it was written.
         */
        private void adoptUndated(TransactionContext tx, List<String> newlyWritten) {
            List<Map<String, Object>> keys = new ArrayList<>();
            for (String id : newlyWritten) {
                Map<String, Object> d = documents.get(id);
                if (d != null && d.get("year") != null && d.get("symbolKey") != null) {
                    keys.add(Map.of("jurisdiction", d.get("jurisdiction"), "symbolKey", d.get("symbolKey")));
                }
            }
            if (keys.isEmpty()) {
                return;
            }
            List<Map<String, Object>> pairs = new ArrayList<>();
            long s0 = System.nanoTime();
            for (Record rec : tx.run(cypher.get("undated-to-adopt"), Map.of("rows", keys)).list()) {
                pairs.add(Map.of("undated", rec.get("undated").asString(), "dated", rec.get("dated").asString()));
            }
            time("undated-to-adopt", s0);
            if (pairs.isEmpty()) {
                return;
            }
            for (String type : RELATION_TYPES) {
                run(tx, "adopt-" + type, pairs);
            }
            run(tx, "drop-placeholders", pairs);
            for (Map<String, Object> p : pairs) {
                deletedDocuments.add((String) p.get("undated"));
            }
        }

        private void run(TransactionContext tx, String name, List<Map<String, Object>> list) {
            if (!list.isEmpty()) {
                long s0 = System.nanoTime();
                tx.run(cypher.get(name), Map.of("rows", list)).consume();
                time(name, s0);
                rowsOf(name, list.size());
            }
        }

        /** Runs a statement that returns one {@code count} and returns it. */
        private long count(TransactionContext tx, String name, List<?> list) {
            if (list.isEmpty()) {
                return 0;
            }
            long s0 = System.nanoTime();
            long n = tx.run(cypher.get(name), Map.of("rows", list)).single().get("count").asLong();
            String step = name.startsWith("upsert-") && RELATION_TYPES.contains(name.substring(7)) ? "upsert-relations" : name;
            time(step, s0);
            rowsOf(step, list.size());
            return n;
        }
    }

    private static final class RelationRow {
        final String from;
        final String to;
        final String type;
        final String file;
        final List<String> quotes = new ArrayList<>();
        final List<Integer> starts = new ArrayList<>();
        final List<Integer> ends = new ArrayList<>();

        RelationRow(String from, String to, String type, String file) {
            this.from = from;
            this.to = to;
            this.type = type;
            this.file = file;
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
