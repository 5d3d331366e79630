package dev.lexgraph.graph;

import dev.lexgraph.graph.IngestBatch.Extracted;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.neo4j.batchimport.api.BatchImporter;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.commandline.dbms.CannotWriteException;
import org.neo4j.commandline.dbms.LockChecker;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.context.FixedVersionContextSupplier;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.internal.NullLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.scheduler.JobScheduler;
import org.neo4j.storageengine.api.StorageEngineFactory;
import org.neo4j.storageengine.api.TransactionIdStore;

/**
 * The first load of an empty data folder, the way Neo4j recommends for initial loads: instead of
 * transactions, the files are extracted in parallel, every batch runs through the same identity rules
 * as {@link Ingestor} ({@link IngestBatch}), written into an in-memory graph ({@link MemoryGraph}) with
 * the semantics of the ingestion statements, and the result is written as store files by Neo4j's
 * batch importer (the engine of {@code neo4j-admin database import}). The graph is the one
 * {@code Ingestor.ingest} would give for the same files in the same order and batch size; ingestedAt
 * is the time the batch was resolved instead of the time of its transaction.
 *
 * <p>Only for a folder with no database yet: it refuses otherwise ({@link DatabaseExistsException}),
 * before reading anything. The database is not started here: open it with {@link GraphConnection#open},
 * which applies the schema (constraints and indexes are built from the imported data), then
 * {@link GraphConnection#awaitIndexes}. Later files go through {@link Ingestor}.
 */
public final class BulkLoader {

    /** The load: the extraction summary (as {@link Ingestor.Summary}), what was imported, and times. */
    public record Result(Ingestor.Summary summary, long nodes, long relationships, Map<String, Long> millis) {
    }

    /** The data folder already holds a database: nothing was read or written. */
    public static final class DatabaseExistsException extends RuntimeException {
        DatabaseExistsException(String message) {
            super(message);
        }
    }

    private static final String DATABASE = GraphDatabaseSettings.DEFAULT_DATABASE_NAME;

    private final Path dataDir;
    private final int threads;
    private final int batchFiles;

    /** @param dataDir the lexgraph data folder ({@link GraphConnection.Settings#dataDir()}); the database goes in its {@code neo4j} folder */
    public BulkLoader(Path dataDir) {
        this(dataDir, Runtime.getRuntime().availableProcessors(), Ingestor.DEFAULT_BATCH_FILES);
    }

    /**
     * @param threads    extraction threads
     * @param batchFiles files per batch, as the transactional path's files per transaction: where the
     *                   result depends on order (an undated mention met before the dated document it
     *                   means), the same batches give the same graph
     */
    public BulkLoader(Path dataDir, int threads, int batchFiles) {
        this.dataDir = dataDir;
        this.threads = Math.max(1, threads);
        this.batchFiles = Math.max(1, batchFiles);
    }

    /** The folder of the embedded Neo4j (its home) under a lexgraph data folder. */
    static Path neo4jHome(Path dataDir) {
        return dataDir.resolve("neo4j").toAbsolutePath();
    }

    /** Whether the data folder holds a database (any file of Neo4j's data but its lock files). */
    public static boolean holdsDatabase(Path dataDir) {
        Path data = neo4jHome(dataDir).resolve("data");
        if (!Files.isDirectory(data)) {
            return Files.exists(data);
        }
        try (Stream<Path> s = Files.walk(data)) {
            return s.anyMatch(p -> Files.isRegularFile(p) && !LOCK_FILES.contains(p.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + data, e);
        }
    }

    /** Neo4j's lock files, which an empty folder may keep after a failed load or a lock check. */
    private static final java.util.Set<String> LOCK_FILES = java.util.Set.of("store_lock", "database_lock");

    /**
     * Loads the files into the empty data folder. A file that cannot be read is reported in the
     * summary, as by {@link Ingestor#ingest}; a path given twice is read once.
     *
     * @throws DatabaseExistsException when the folder holds a database already
     */
    public Result load(List<Path> files, Consumer<Ingestor.FileOutcome> progress) throws IOException {
        refuseIfHoldsDatabase();
        DataFolder.createPrivate(dataDir);
        // Neo4j's own lock on the folder for the whole load: a database started on it meanwhile, or a second
        // bulk load, fails at once instead of seeing half-written store files.
        Neo4jLayout neo4j = Neo4jLayout.of(neo4jConfig());
        Files.createDirectories(neo4j.storeLockFile().getParent());
        try (java.io.Closeable lock = LockChecker.checkDbmsLock(neo4j)) {
            refuseIfHoldsDatabase();
            return loadLocked(files, progress);
        } catch (FileLockException e) {
            throw new EmbeddedNeo4j.DatabaseInUseException("the data folder " + dataDir.toAbsolutePath()
                    + " is in use by another process (a lexgraph running on it?)", e);
        } catch (CannotWriteException e) {
            throw new IOException("cannot write to the data folder " + dataDir.toAbsolutePath(), e);
        }
    }

    private void refuseIfHoldsDatabase() {
        if (holdsDatabase(dataDir)) {
            throw new DatabaseExistsException("the data folder " + dataDir.toAbsolutePath() + " already holds a database:"
                    + " a bulk load is for the first load only (ingest later files without --bulk, or give an empty folder)");
        }
    }

    private Config neo4jConfig() {
        return Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, neo4jHome(dataDir)).build();
    }

    private Result loadLocked(List<Path> files, Consumer<Ingestor.FileOutcome> progress) throws IOException {
        List<Path> unique = new ArrayList<>(new LinkedHashSet<>(files));
        Map<String, Long> millis = new LinkedHashMap<>();
        Path spill = Files.createTempFile(dataDir.toAbsolutePath(), ".bulk-relations-", ".tmp");
        try (MemoryGraph graph = new MemoryGraph(spill)) {
            long t0 = System.nanoTime();
            IngestCache cache = new IngestCache(Ingestor.CACHE_MAX_DOCUMENTS);
            LongAdder waited = new LongAdder();
            Ingestor.Summary summary = Ingestor.pipeline(unique, threads, batchFiles,
                    batch -> resolve(graph, cache, batch), progress, waited);
            millis.put("extractAndResolve", (System.nanoTime() - t0) / 1_000_000);
            millis.put("waitForExtraction", waited.sum() / 1_000_000);
            long i0 = System.nanoTime();
            long[] imported = importStore(graph);
            millis.put("import", (System.nanoTime() - i0) / 1_000_000);
            return new Result(summary, imported[0], imported[1], millis);
        }
    }

    private static List<Ingestor.FileOutcome> resolve(MemoryGraph graph, IngestCache cache, List<Extracted> batch) {
        IngestBatch b;
        try {
            b = IngestBatch.write(graph, cache, true, batch);
        } catch (IngestBatch.StaleCache e) {
            // The in-memory graph is the only writer: its cache cannot go stale unless the two disagree.
            throw new IllegalStateException("bulk load: the cache and the in-memory graph disagree: " + e.getMessage(), e);
        }
        cache.committed(b.writtenDocuments, b.writtenIssuedBy, b.deletedDocuments);
        return b.outcomes;
    }

    /** Writes the store with the batch importer; removes what it wrote if that fails. Returns {nodes, relationships}. */
    private long[] importStore(MemoryGraph graph) throws IOException {
        Path home = neo4jHome(dataDir);
        Config config = neo4jConfig();
        DatabaseLayout layout = Neo4jLayout.of(config).databaseLayout(DATABASE);
        Files.createDirectories(home.resolve("logs"));
        Path log = home.resolve("logs").resolve("bulk-import.log");
        boolean done = false;
        ImportInput nodesAndRelationships = graph.forImport();
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction();
             JobScheduler scheduler = JobSchedulerFactory.createInitialisedScheduler();
             OutputStream logOut = Files.newOutputStream(log);
             PrintStream out = new PrintStream(logOut, true, java.nio.charset.StandardCharsets.UTF_8);
             Input input = nodesAndRelationships.input()) {
            StorageEngineFactory engine = StorageEngineFactory.selectStorageEngine(config);
            Configuration importConfig = new Configuration() {
                @Override
                public int maxNumberOfWorkerThreads() {
                    return Runtime.getRuntime().availableProcessors();
                }

                @Override
                public boolean sequentialBackgroundFlushing() {
                    // The default flushes and forces every store file in a loop while a stage runs: on two
                    // cores that loop took about a tenth of the CPU. The stores are flushed and forced at
                    // the end of each stage and of the import anyway.
                    return false;
                }
            };
            BatchImporter importer = engine.batchImporter(layout, fs, PageCacheTracer.NULL, importConfig,
                    NullLogService.getInstance(), out, false, DefaultAdditionalIds.EMPTY, config, Monitor.NO_MONITOR,
                    scheduler, Collector.STRICT, TransactionLogInitializer.getLogFilesInitializer(),
                    new IndexImporterFactoryImpl(), EmptyMemoryTracker.INSTANCE,
                    new CursorContextFactory(PageCacheTracer.NULL, new FixedVersionContextSupplier(TransactionIdStore.BASE_TX_ID)));
            importer.doImport(input);
            done = true;
            ImportInput.Counts counts = nodesAndRelationships.imported();
            return new long[] {counts.nodes(), counts.relationships()};
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("bulk import failed: " + e.getMessage(), e);
        } finally {
            if (!done) {
                // Nothing was there before (checked above): leave the folder as empty as it was.
                deleteTree(layout.databaseDirectory());
                deleteTree(layout.getTransactionLogsDirectory());
            }
        }
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
}
