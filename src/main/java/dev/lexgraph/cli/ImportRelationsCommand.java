package dev.lexgraph.cli;

import dev.lexgraph.graph.EmbeddedNeo4j;
import dev.lexgraph.graph.GraphConnection;
import dev.lexgraph.graph.StatusImport;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code import-relations FILE.csv}: known relations and statuses into the graph (see the README for the format). */
@Command(name = "import-relations", mixinStandardHelpOptions = true,
        description = {"Load known relations and statuses (replaced by, repealed by, amended by, in force, no longer "
                + "in force) from CSV with the columns document, relation, other, effective, jurisdiction, type.",
                "Prints a JSON summary with the rows that could not be applied; exit code 2 if there were any."})
final class ImportRelationsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.csv", description = "UTF-8 CSV with a header line.")
    Path file;

    @Mixin
    GraphOptions graph;

    @Override
    public Integer call() throws Exception {
        try (GraphConnection g = GraphCommands.open(graph);
             Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            StatusImport.Result r = new StatusImport(g).importCsv(in, file.getFileName().toString());
            System.out.println(Json.MAPPER.writeValueAsString(r));
            return r.errors().isEmpty() ? 0 : 2;
        } catch (EmbeddedNeo4j.CannotStartException e) {
            System.err.println("lexgraph: " + e.getMessage());
            return 3;
        }
    }
}
