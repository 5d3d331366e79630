package dev.lexgraph.cli;

import dev.lexgraph.app.LexgraphApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code serve}: the REST API (Spring Boot) over the graph. Settings come from Spring properties
 * ({@code --server.port=8081}, {@code --lexgraph.data-dir=…}) or their environment variables.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the REST API under /api/v1 (OpenAPI at /v3/api-docs, UI at /swagger-ui.html).",
                "On first start the bundled sample documents are ingested.",
                "Settings as Spring properties, e.g. --server.port=8081 --lexgraph.data-dir=data "
                        + "--lexgraph.bolt.port=7687 --lexgraph.api-key=… --lexgraph.neo4j.uri=neo4j://…"})
final class ServeCommand implements Callable<Integer> {

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
        for (String a : springArguments) {
            // Spring reads only --name=value; anything else ("--port 8081") would be ignored without a word
            if (!a.startsWith("--") || a.indexOf('=') < 3) {
                System.err.println("lexgraph serve: '" + a + "' is not a setting; settings are Spring properties written"
                        + " --name=value, e.g. --server.port=8081 --lexgraph.data-dir=data (see --help)");
                return 2;
            }
        }
        LexgraphApplication.main(springArguments.toArray(String[]::new));
        return null; // the server keeps the JVM alive; exit happens on shutdown
    }
}
