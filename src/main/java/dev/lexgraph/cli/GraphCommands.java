package dev.lexgraph.cli;

import dev.lexgraph.graph.GraphConnection;

/** Opening the graph for a command, and telling the user a generated Bolt password once. */
final class GraphCommands {

    private GraphCommands() {
    }

    static GraphConnection open(GraphOptions options) {
        GraphConnection g = GraphConnection.open(options.settings());
        if (g.embedded() != null && g.embedded().passwordGenerated()) {
            System.err.println("lexgraph: embedded Neo4j at " + g.embedded().boltUri() + ", user neo4j, password "
                    + g.embedded().password() + " (generated now, kept in the data folder)");
        }
        return g;
    }
}
