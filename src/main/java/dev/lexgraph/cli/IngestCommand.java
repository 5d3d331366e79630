package dev.lexgraph.cli;

import dev.lexgraph.graph.BulkLoader;
import dev.lexgraph.graph.EmbeddedNeo4j;
import dev.lexgraph.graph.GraphConnection;
import dev.lexgraph.graph.Ingestor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ingest FILE|DIR…}: documents into the graph, with a progress bar, a summary and the files that
 * failed. The first load of an empty embedded database goes through Neo4j's batch importer ({@code --bulk}, the
 * default there); {@code --transactional} forces transactions.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Extract the files' citations and store documents and relations in the graph (idempotent).")
final class IngestCommand implements Callable<Integer> {

    /** Exit code when --bulk is given a data folder that already holds a database. */
    static final int EXIT_DATABASE_EXISTS = 4;

    /** How the files reach the graph: with neither flag, the bulk path into an empty embedded folder, else transactions. */
    static final class Mode {
        @Option(names = "--bulk", required = true, description = "Insist on the first-load path (Neo4j's batch importer:"
                + " every citation resolved in memory, the store files written at once, then the database started and"
                + " the schema built; the same graph, several times faster). Refused (exit code 4) when the folder"
                + " holds a database; embedded only.")
        boolean bulk;

        @Option(names = "--transactional", required = true, description = "Write through transactions even into an"
                + " empty folder (as for a database that holds a graph, or an external server).")
        boolean transactional;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Mode mode;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Text files, or folders of them.")
    List<Path> inputs;

    @Mixin
    GraphOptions graph;

    @Override
    public Integer call() throws Exception {
        List<Path> files = InputFiles.expand(inputs);
        if (mode != null && mode.bulk) {
            return bulk(files);
        }
        GraphConnection.Settings settings = graph.settings();
        if (mode == null && settings.uri() == null && !BulkLoader.holdsDatabase(settings.dataDir())) {
            System.err.println("lexgraph: " + settings.dataDir().toAbsolutePath() + " holds no database yet: first"
                    + " load through Neo4j's batch importer (the same graph as through transactions, several times"
                    + " faster; --transactional to write through transactions)");
            return bulk(files);
        }
        try (GraphConnection g = GraphCommands.open(graph);
             ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files.size())
                     .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                     .build()) {
            Ingestor.Summary s = new Ingestor(g).ingest(files, o -> bar.step());
            bar.close();
            dev.lexgraph.graph.Reorganisation.write(g); // the successors of bodies new to the graph
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("path", "transactional");
            out.put("files", s.files());
            out.put("ingested", s.ingested());
            out.put("unchanged", s.unchanged());
            out.put("failed", s.failed());
            out.put("citations", s.citations());
            out.put("seconds", s.millis() / 1000.0);
            out.put("errors", s.errors().stream().map(e -> Map.of("file", e.path().toString(), "error", e.error())).toList());
            System.out.println(Json.MAPPER.writeValueAsString(out));
            return s.failed() == 0 ? 0 : 2;
        } catch (EmbeddedNeo4j.CannotStartException e) {
            System.err.println("lexgraph: " + e.getMessage());
            return 3;
        }
    }

    private Integer bulk(List<Path> files) throws Exception {
        GraphConnection.Settings settings = graph.settings();
        if (settings.uri() != null) {
            System.err.println("lexgraph: --bulk writes the embedded database's files; it cannot load " + settings.uri()
                    + " (ingest without --bulk)");
            return 2;
        }
        if (BulkLoader.holdsDatabase(settings.dataDir())) {
            System.err.println("lexgraph: the data folder " + settings.dataDir().toAbsolutePath() + " already holds a"
                    + " database: a bulk load is for the first load only (ingest later files without --bulk, or give an"
                    + " empty folder)");
            return EXIT_DATABASE_EXISTS;
        }
        long t0 = System.nanoTime();
        BulkLoader.Result r;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("bulk").setInitialMax(files.size())
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .build()) {
            r = new BulkLoader(settings.dataDir()).load(files, o -> bar.step());
        } catch (BulkLoader.DatabaseExistsException e) {
            System.err.println("lexgraph: " + e.getMessage());
            return EXIT_DATABASE_EXISTS;
        } catch (EmbeddedNeo4j.CannotStartException e) {
            System.err.println("lexgraph: " + e.getMessage());
            return 3;
        }
        long s0 = System.nanoTime();
        Map<String, Object> millis = new LinkedHashMap<>(r.millis());
        try (GraphConnection g = GraphCommands.open(graph)) {
            millis.put("databaseStartAndSchema", (System.nanoTime() - s0) / 1_000_000);
            long w0 = System.nanoTime();
            g.awaitIndexes(Duration.ofHours(1));
            millis.put("indexes", (System.nanoTime() - w0) / 1_000_000);
            dev.lexgraph.graph.Reorganisation.write(g); // the successors of the bodies loaded
        } catch (EmbeddedNeo4j.CannotStartException e) {
            System.err.println("lexgraph: " + e.getMessage());
            return 3;
        }
        Ingestor.Summary s = r.summary();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("path", "bulk");
        out.put("files", s.files());
        out.put("ingested", s.ingested());
        out.put("unchanged", s.unchanged());
        out.put("failed", s.failed());
        out.put("citations", s.citations());
        out.put("seconds", (System.nanoTime() - t0) / 1_000_000 / 1000.0);
        out.put("nodes", r.nodes());
        out.put("relationships", r.relationships());
        out.put("millis", millis);
        out.put("errors", s.errors().stream().map(e -> Map.of("file", e.path().toString(), "error", e.error())).toList());
        System.out.println(Json.MAPPER.writeValueAsString(out));
        return s.failed() == 0 ? 0 : 2;
    }
}
