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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

/**
 * Turns files into the graph: extraction in parallel (one extractor per thread), then one write
 * transaction per batch of files, every write an {@code UNWIND} of parameter rows (cypher/ingest.cypher).
 * Idempotent: a file whose content hash is already stored is skipped; a changed file first drops the
 * relations its previous version contributed.
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

    private static final int BATCH_FILES = 200;
    private static final List<String> RELATION_TYPES = java.util.Arrays.stream(dev.lexgraph.citation.Relation.values())
            .map(Enum::name).toList();

    private final GraphConnection graph;
    private final Map<String, String> cypher = CypherScripts.named("ingest.cypher");
    private final ThreadLocal<CitationExtractor> extractors = ThreadLocal.withInitial(CitationExtractor::new);
    private final int threads;

    public Ingestor(GraphConnection graph) {
        this(graph, Runtime.getRuntime().availableProcessors());
    }

    public Ingestor(GraphConnection graph, int threads) {
        this.graph = graph;
        this.threads = Math.max(1, threads);
    }

    /** Ingests the files, calling {@code progress} once per file done. */
    public Summary ingest(List<Path> files, Consumer<FileOutcome> progress) {
        long t0 = System.currentTimeMillis();
        List<FileOutcome> errors = new ArrayList<>();
        int ingested = 0;
        int unchanged = 0;
        long citations = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // Extraction of the next batch runs while the current one is written.
            List<Future<Extracted>> next = submit(pool, files, 0);
            for (int from = 0; from < files.size(); from += BATCH_FILES) {
                List<Future<Extracted>> futures = next;
                next = submit(pool, files, from + BATCH_FILES);
                List<Extracted> done = new ArrayList<>();
                for (Future<Extracted> f : futures) {
                    done.add(get(f));
                }
                List<FileOutcome> outcomes = write(done);
                for (FileOutcome o : outcomes) {
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
            pool.shutdown();
        }
        return new Summary(files.size(), ingested, unchanged, errors.size(), citations,
                System.currentTimeMillis() - t0, errors);
    }

    private List<Future<Extracted>> submit(ExecutorService pool, List<Path> files, int from) {
        List<Future<Extracted>> futures = new ArrayList<>();
        for (int i = from; i < Math.min(files.size(), from + BATCH_FILES); i++) {
            Path p = files.get(i);
            futures.add(pool.submit(() -> extract(p)));
        }
        return futures;
    }

    /** Ingests one text given directly (the API's way), under a name standing for its file. */
    public FileOutcome ingestText(String name, String text) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Extracted e = new Extracted(Path.of(name), sha256(bytes), "UTF-8", extractors.get().extract(text), null);
        return write(List.of(e)).get(0);
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

    private List<FileOutcome> write(List<Extracted> batch) {
        List<FileOutcome> outcomes = new ArrayList<>();
        try (Session session = graph.driver().session()) {
            session.executeWrite(tx -> {
                outcomes.clear();
                Rows rows = new Rows();
                List<String> paths = batch.stream().filter(e -> e.error() == null).map(e -> e.path().toString()).toList();
                Map<String, String> storedHashes = new HashMap<>();
                for (Record rec : tx.run(cypher.get("file-hashes"), Map.of("paths", paths)).list()) {
                    storedHashes.put(rec.get("path").asString(), rec.get("sha256").asString(null));
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
                        tx.run(cypher.get("forget-file"), Map.of("path", path)).consume();
                        tx.run(cypher.get("forget-file-mentions"), Map.of("path", path)).consume();
                    }
                    rows.add(e);
                    outcomes.add(new FileOutcome(e.path(), FileOutcome.INGESTED, e.result().citations().size(), null));
                }
                rows.write(tx);
                return null;
            });
        }
        return outcomes;
    }

    /** The parameter rows of one batch, built document by document. */
    private final class Rows {
        final List<Map<String, Object>> files = new ArrayList<>();
        final Map<String, Map<String, Object>> documents = new LinkedHashMap<>();
        final Map<String, Map<String, Object>> bodies = new LinkedHashMap<>(); // by document: one issuer each
        final Map<String, RelationRow> relations = new LinkedHashMap<>();
        final List<Undated> undated = new ArrayList<>();

        record Undated(String file, String from, String relation, Citation citation, String jurisdiction,
                       String issuerCode) {
        }

        void add(Extracted e) {
            String path = e.path().toString();
            files.add(Map.of("path", path, "sha256", e.sha256(), "encoding", e.encoding()));
            ExtractionResult r = e.result();
            DocumentHeader h = r.document();
            String province = h == null ? null : h.province();
            String ownId = ownDocument(path, e.sha256(), h);
            List<String> ids = new ArrayList<>(r.citations().size());
            for (Citation c : r.citations()) {
                // The governing citation ("from") always comes earlier, so its id is known here.
                String from = c.from() == null ? ownId : ids.get(c.from());
                String type = c.relation().name();
                SymbolInfo s = SymbolInfo.of(c.symbol(), c.type());
                String jurisdiction = DocumentIdentity.jurisdiction(c.issuerScope(), c.issuer(), province);
                if (c.year() == null) {
                    ids.add(null); // resolved against the graph once the dated ones are written
                    undated.add(new Undated(path, from, type, c, jurisdiction, s.issuerCode()));
                    continue;
                }
                String id = DocumentIdentity.id(jurisdiction, s.issuerCode(), c.type(), c.year(), c.number());
                ids.add(id);
                document(id, c.type(), c.symbol(), c.number(), c.year(), c.date(), c.dateAsWritten(), c.issuer(),
                        jurisdiction, c.issuerScope(), c.subject(), false, null);
                body(id, c.issuer(), jurisdiction);
                if (from != null) { // null when the governing citation is itself undated: not written yet
                    relation(from, id, type, path, c);
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

        void write(TransactionContext tx) {
            run(tx, "upsert-files", files);
            run(tx, "upsert-documents", new ArrayList<>(documents.values()));
            resolveUndated(tx);
            run(tx, "upsert-bodies", new ArrayList<>(bodies.values()));
            Map<String, List<Map<String, Object>>> byType = new HashMap<>();
            for (RelationRow r : relations.values()) {
                byType.computeIfAbsent(r.type, k -> new ArrayList<>()).add(r.toMap());
            }
            for (Map.Entry<String, List<Map<String, Object>>> e : byType.entrySet()) {
                run(tx, "upsert-" + e.getKey(), e.getValue());
            }
            adoptUndated(tx);
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
            for (Record rec : tx.run(cypher.get("candidates"), Map.of("rows", keys)).list()) {
                candidates.put(rec.get("key").asInt(), rec.get("ids").asList(v -> v.asString()));
            }
            List<Map<String, Object>> ambiguous = new ArrayList<>();
            List<Map<String, Object>> placeholders = new ArrayList<>();
            for (int i = 0; i < undated.size(); i++) {
                Undated u = undated.get(i);
                Citation c = u.citation();
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
                    row.put("from", u.from());
                    row.put("candidates", dated);
                    ambiguous.add(row);
                    continue;
                } else {
                    to = DocumentIdentity.id(u.jurisdiction(), u.issuerCode(), c.type(), null, c.number());
                    if (!documents.containsKey(to)) {
                        document(to, c.type(), c.symbol(), c.number(), null, null, null, c.issuer(),
                                u.jurisdiction(), c.issuerScope(), c.subject(), false, null);
                        placeholders.add(documents.get(to));
                    }
                }
                if (u.from() != null) {
                    relation(u.from(), to, u.relation(), u.file(), c);
                }
            }
            run(tx, "upsert-documents", placeholders);
            run(tx, "upsert-ambiguous", ambiguous);
        }

        /**
         * A document first cited without a date got an undated node; once the one dated document of that
         * jurisdiction and symbol is in the graph, its relations move there and the placeholder goes.
         */
        private void adoptUndated(TransactionContext tx) {
            List<Map<String, Object>> keys = new ArrayList<>();
            for (Map<String, Object> d : documents.values()) {
                if (d.get("year") != null && d.get("symbolKey") != null) {
                    keys.add(Map.of("jurisdiction", d.get("jurisdiction"), "symbolKey", d.get("symbolKey")));
                }
            }
            if (keys.isEmpty()) {
                return;
            }
            List<Map<String, Object>> pairs = new ArrayList<>();
            for (Record rec : tx.run(cypher.get("undated-to-adopt"), Map.of("rows", keys)).list()) {
                pairs.add(Map.of("undated", rec.get("undated").asString(), "dated", rec.get("dated").asString()));
            }
            if (pairs.isEmpty()) {
                return;
            }
            for (String type : RELATION_TYPES) {
                run(tx, "adopt-" + type, pairs);
            }
            run(tx, "drop-placeholders", pairs);
        }

        private void run(TransactionContext tx, String name, List<Map<String, Object>> list) {
            if (!list.isEmpty()) {
                tx.run(cypher.get(name), Map.of("rows", list)).consume();
            }
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

        Map<String, Object> toMap() {
            return Map.of("from", from, "to", to, "type", type, "file", file, "quotes", quotes,
                    "starts", starts, "ends", ends);
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
