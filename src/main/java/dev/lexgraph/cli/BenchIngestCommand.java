package dev.lexgraph.cli;

import dev.lexgraph.generate.CorpusGenerator;
import dev.lexgraph.graph.BulkLoader;
import dev.lexgraph.graph.CypherScripts;
import dev.lexgraph.graph.GraphConnection;
import dev.lexgraph.graph.Ingestor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.neo4j.driver.Record;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench-ingest}: the ingestion benchmark. Generates a synthetic corpus (or reuses one), ingests
 * it into a fresh embedded database on a free Bolt port, and prints one JSON object with the times,
 * rates, heap and the resulting node and relationship counts.
 */
@Command(name = "bench-ingest", mixinStandardHelpOptions = true,
        description = "Measure ingestion: generate N documents (or reuse a folder of them), ingest them into a fresh"
                + " embedded database and print one JSON object (times, rates, heap, node and relationship counts).")
final class BenchIngestCommand implements Callable<Integer> {

    @Option(names = "--documents", defaultValue = "100000", description = "Documents to generate (default: ${DEFAULT-VALUE}).")
    int documents;

    @Option(names = "--seed", defaultValue = "7", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--corpus", description = "Folder of the corpus: reused if it holds files, else generated there"
            + " (default: a temporary folder, removed afterwards).")
    Path corpus;

    @Option(names = "--data-dir", description = "Folder for the fresh database; must not hold one already"
            + " (default: a temporary folder, removed afterwards).")
    Path dataDir;

    @Option(names = "--threads", description = "Extraction threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--batch", defaultValue = "" + Ingestor.DEFAULT_BATCH_FILES,
            description = "Files per write transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--keep", description = "Keep the temporary corpus and database.")
    boolean keep;

    @Option(names = "--bulk", description = "Measure the bulk first load (ingest --bulk): extraction and resolution in"
            + " memory, Neo4j's batch importer, then the database's start and the schema's indexes, all in the time.")
    boolean bulk;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        HeapSampler heap = new HeapSampler();
        heap.start();
        Path corpusDir = corpus != null ? corpus : Files.createTempDirectory("lexgraph-corpus");
        Path dbDir = dataDir != null ? dataDir : Files.createTempDirectory("lexgraph-bench-db");
        try {
            List<Path> files = Files.isDirectory(corpusDir) ? InputFiles.expand(List.of(corpusDir)) : List.of();
            if (files.isEmpty()) {
                long g0 = System.nanoTime();
                long bytes = new CorpusGenerator(seed, 0.3, documents).write(documents, corpusDir);
                out.put("generated", Map.of("documents", documents, "seed", seed, "megabytes", round(bytes / 1e6),
                        "seconds", seconds(g0), "folder", corpusDir.toString()));
                files = InputFiles.expand(List.of(corpusDir));
            } else {
                out.put("reused", corpusDir.toString());
            }
            if (Files.exists(dbDir.resolve("neo4j"))) {
                System.err.println("lexgraph bench-ingest: " + dbDir + " already holds a database; give a fresh folder");
                return 2;
            }
            int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            if (bulk) {
                return bulk(files, dbDir, t, out, heap);
            }
            long cpu0 = processCpuNanos();
            long s0 = System.nanoTime();
            GraphConnection g = GraphConnection.open(new GraphConnection.Settings(null, null, null, dbDir, 0));
            double start;
            double ingest;
            Ingestor.Summary s;
            Ingestor ingestor;
            double cpu;
            try {
                start = seconds(s0);
                long i0 = System.nanoTime();
                ingestor = new Ingestor(g, t, batch);
                s = ingestor.ingest(files, o -> { });
                ingest = seconds(i0);
                cpu = (processCpuNanos() - cpu0) / 1e9;
                heap.stop();
                out.put("documents", s.ingested());
                out.put("files", s.files());
                out.put("unchanged", s.unchanged());
                out.put("failed", s.failed());
                out.put("citations", s.citations());
                double endToEnd = start + ingest;
                out.put("seconds", Map.of("endToEnd", round(endToEnd), "databaseStart", round(start),
                        "ingest", round(ingest)));
                out.put("documentsPerSecond", Map.of("endToEnd", round(s.ingested() / endToEnd),
                        "withoutDatabaseStart", round(s.ingested() / ingest)));
                out.put("citationsPerSecond", Map.of("endToEnd", round(s.citations() / endToEnd),
                        "withoutDatabaseStart", round(s.citations() / ingest)));
                out.put("cpuSeconds", round(cpu));
                out.put("heap", heap.report());
                out.put("threads", t);
                out.put("batchFiles", batch);
                out.put("cores", Runtime.getRuntime().availableProcessors());
                out.put("statementMillis", ingestor.timings());
                out.put("cacheResets", ingestor.cacheResets());
                Map<String, String> q = CypherScripts.named("ingest.cypher");
                out.put("nodes", counts(g.read(q.get("count-labels"), Map.of()), "label"));
                out.put("relationships", counts(g.read(q.get("count-types"), Map.of()), "type"));
                out.put("stats", g.read(q.get("stats"), Map.of()).get(0).asMap());
            } finally {
                long c0 = System.nanoTime();
                g.close();
                out.put("shutdownSeconds", seconds(c0));
            }
            if (!s.errors().isEmpty()) {
                out.put("errors", s.errors().stream().limit(20)
                        .map(e -> Map.of("file", e.path().toString(), "error", String.valueOf(e.error()))).toList());
            }
            System.out.println(Json.MAPPER.writeValueAsString(out));
            return s.failed() == 0 ? 0 : 2;
        } finally {
            heap.stop();
            if (!keep) {
                if (corpus == null) {
                    deleteTree(corpusDir);
                }
                if (dataDir == null) {
                    deleteTree(dbDir);
                }
            }
        }
    }

    /**
     * The bulk load, timed end to end: extraction and resolution, the import, the database's start with
     * the schema, and the wait until every index is online.
     */
    private Integer bulk(List<Path> files, Path dbDir, int t, Map<String, Object> out, HeapSampler heap) throws Exception {
        long cpu0 = processCpuNanos();
        long s0 = System.nanoTime();
        BulkLoader.Result r = new BulkLoader(dbDir, t, batch).load(files, o -> { });
        double load = seconds(s0);
        long o0 = System.nanoTime();
        GraphConnection g = GraphConnection.open(new GraphConnection.Settings(null, null, null, dbDir, 0));
        try {
            double start = seconds(o0);
            long w0 = System.nanoTime();
            g.awaitIndexes(java.time.Duration.ofHours(1));
            double indexes = seconds(w0);
            double endToEnd = seconds(s0);
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            heap.stop();
            Ingestor.Summary s = r.summary();
            out.put("mode", "bulk");
            out.put("documents", s.ingested());
            out.put("files", s.files());
            out.put("unchanged", s.unchanged());
            out.put("failed", s.failed());
            out.put("citations", s.citations());
            Map<String, Object> secs = new LinkedHashMap<>();
            secs.put("endToEnd", round(endToEnd));
            secs.put("load", round(load));
            secs.put("extractAndResolve", round(r.millis().get("extractAndResolve") / 1000.0));
            secs.put("import", round(r.millis().get("import") / 1000.0));
            secs.put("databaseStart", round(start));
            secs.put("indexes", round(indexes));
            out.put("seconds", secs);
            out.put("documentsPerSecond", Map.of("endToEnd", round(s.ingested() / endToEnd),
                    "withoutDatabaseStart", round(s.ingested() / (endToEnd - start))));
            out.put("citationsPerSecond", Map.of("endToEnd", round(s.citations() / endToEnd),
                    "withoutDatabaseStart", round(s.citations() / (endToEnd - start))));
            out.put("cpuSeconds", round(cpu));
            out.put("heap", heap.report());
            out.put("threads", t);
            out.put("batchFiles", batch);
            out.put("cores", Runtime.getRuntime().availableProcessors());
            out.put("statementMillis", r.millis());
            out.put("imported", Map.of("nodes", r.nodes(), "relationships", r.relationships()));
            Map<String, String> q = CypherScripts.named("ingest.cypher");
            out.put("nodes", counts(g.read(q.get("count-labels"), Map.of()), "label"));
            out.put("relationships", counts(g.read(q.get("count-types"), Map.of()), "type"));
            out.put("stats", g.read(q.get("stats"), Map.of()).get(0).asMap());
            if (!s.errors().isEmpty()) {
                out.put("errors", s.errors().stream().limit(20)
                        .map(e -> Map.of("file", e.path().toString(), "error", String.valueOf(e.error()))).toList());
            }
        } finally {
            long c0 = System.nanoTime();
            g.close();
            out.put("shutdownSeconds", seconds(c0));
        }
        System.out.println(Json.MAPPER.writeValueAsString(out));
        return r.summary().failed() == 0 ? 0 : 2;
    }

    private static Map<String, Long> counts(List<Record> rows, String key) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Record r : rows) {
            out.put(r.get(key).asString(), r.get("count").asLong());
        }
        return out;
    }

    private static double seconds(long startNanos) {
        return round((System.nanoTime() - startNanos) / 1e9);
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Heap use sampled every 50 ms: the highest used heap (garbage included, so it grows towards -Xmx
     * by design of the collector) and the highest heap left after a collection (the live data).
     */
    static final class HeapSampler {
        private final AtomicLong peakUsed = new AtomicLong();
        private final AtomicLong peakAfterGc = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        void start() {
            thread = new Thread(() -> {
                while (running) {
                    sample();
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        private void sample() {
            long used = 0;
            long afterGc = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    used += pool.getUsage().getUsed();
                    MemoryUsage c = pool.getCollectionUsage();
                    afterGc += c == null ? 0 : c.getUsed();
                }
            }
            peakUsed.accumulateAndGet(used, Math::max);
            peakAfterGc.accumulateAndGet(afterGc, Math::max);
        }

        void stop() {
            if (running) {
                running = false;
                sample();
                thread.interrupt();
            }
        }

        Map<String, Object> report() {
            long poolPeaks = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    poolPeaks += pool.getPeakUsage().getUsed();
                }
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("xmxMb", Runtime.getRuntime().maxMemory() / 1_000_000);
            m.put("peakUsedMb", peakUsed.get() / 1_000_000);
            m.put("peakAfterGcMb", peakAfterGc.get() / 1_000_000);
            m.put("sumOfPoolPeaksMb", poolPeaks / 1_000_000);
            return m;
        }
    }
}
