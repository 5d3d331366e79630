package dev.lexgraph.cli;

import dev.lexgraph.graph.CypherScripts;
import dev.lexgraph.graph.EmbeddedNeo4j;
import dev.lexgraph.graph.GraphConnection;
import java.util.Map;
import java.util.concurrent.Callable;
import org.neo4j.driver.Record;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code stats}: the graph's counts as one JSON object. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Print the graph's counts as one JSON object.")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    GraphOptions graph;

    @Override
    public Integer call() throws Exception {
        try (GraphConnection g = GraphCommands.open(graph)) {
            Record r = g.read(CypherScripts.named("ingest.cypher").get("stats"), Map.of()).get(0);
            System.out.println(Json.MAPPER.writeValueAsString(r.asMap()));
            return 0;
        } catch (EmbeddedNeo4j.CannotStartException e) {
            System.err.println("lexgraph: " + e.getMessage());
            return 3;
        }
    }
}
