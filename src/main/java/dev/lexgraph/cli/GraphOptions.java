package dev.lexgraph.cli;

import dev.lexgraph.app.LexgraphProperties;
import dev.lexgraph.graph.GraphConnection;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the graph is: options override the service's settings as the environment gives them
 * (LEXGRAPH_DATADIR, LEXGRAPH_NEO4J_URI, LEXGRAPH_BOLT_PORT, …; see {@link LexgraphProperties}).
 */
final class GraphOptions {

    @Option(names = "--data-dir", description = "Folder of the embedded database (default: $LEXGRAPH_DATADIR or ./data).")
    Path dataDir;

    @Option(names = "--uri", description = "bolt:// or neo4j:// URI of an external Neo4j (default: embedded).")
    String uri;

    @Option(names = "--user", description = "User for an external Neo4j (default: neo4j).")
    String user;

    @Option(names = "--password", description = "Password (external Neo4j, or the embedded one's Bolt password).")
    String password;

    @Option(names = "--bolt-port", description = "Loopback Bolt port of the embedded database (default: 7687; 0 = any free port).")
    Integer boltPort;

    GraphConnection.Settings settings() {
        // The service's own settings, bound the same way (lexgraph.neo4j.uri is LEXGRAPH_NEO4J_URI, …).
        GraphConnection.Settings configured = LexgraphProperties.fromEnvironment().graphSettings();
        return new GraphConnection.Settings(uri != null ? uri : configured.uri(),
                user != null ? user : configured.user(), password != null ? password : configured.password(),
                dataDir != null ? dataDir : configured.dataDir(), boltPort != null ? boltPort : configured.boltPort());
    }
}
