package dev.lexgraph.cli;

import dev.lexgraph.graph.EmbeddedNeo4j;
import dev.lexgraph.graph.GraphConnection;
import dev.lexgraph.graph.Ingestor;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ingest FILE|DIR…}: documents into the graph, with a progress bar, a summary and the files that failed. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Extract the files' citations and store documents and relations in the graph (idempotent).")
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Text files, or folders of them.")
    List<Path> inputs;

    @Mixin
    GraphOptions graph;

    @Override
    public Integer call() throws Exception {
        List<Path> files = InputFiles.expand(inputs);
        try (GraphConnection g = GraphCommands.open(graph);
             ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files.size())
                     .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                     .build()) {
            Ingestor.Summary s = new Ingestor(g).ingest(files, o -> bar.step());
            bar.close();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("files", s.files());
            out.put("ingested", s.ingested());
            out.put("unchanged", s.unchanged());
            out.put("failed", s.failed());
            out.put("citations", s.citations());
            out.put("seconds", s.millis() / 1000.0);
            out.put("errors", s.errors().stream().map(e -> Map.of("file", e.path().toString(), "error", e.error())).toList());
            System.out.println(Json.MAPPER.writeValueAsString(out));
            return s.failed() == 0 ? 0 : 2;
        } catch (EmbeddedNeo4j.DatabaseInUseException e) {
            System.err.println("lexgraph: " + e.getMessage());
            return 3;
        }
    }
}
