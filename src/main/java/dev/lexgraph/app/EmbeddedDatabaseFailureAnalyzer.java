package dev.lexgraph.app;

import dev.lexgraph.graph.EmbeddedNeo4j;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The embedded database cannot start because another process has its folder or its Bolt port: say so in
 * words at start-up, with the setting that avoids it, not with a stack trace.
 */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedNeo4j.CannotStartException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, EmbeddedNeo4j.CannotStartException cause) {
        String action = cause instanceof EmbeddedNeo4j.BoltPortInUseException
                ? "Stop the process on that port, or start this one with --lexgraph.bolt.port=N (or"
                        + " LEXGRAPH_BOLT_PORT; 0 picks a free port)."
                : "Stop the other lexgraph, or start this one with another --lexgraph.data-dir (or"
                        + " LEXGRAPH_DATADIR), or point it at a Neo4j server with --lexgraph.neo4j.uri.";
        return new FailureAnalysis(cause.getMessage(), action, cause);
    }
}
