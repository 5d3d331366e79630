package dev.lexgraph.app;

import dev.lexgraph.graph.EmbeddedNeo4j;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A second process on the same data folder: say so in words at start-up, not with a stack trace. */
class DatabaseInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedNeo4j.DatabaseInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, EmbeddedNeo4j.DatabaseInUseException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Stop the other lexgraph, or start this one with another --lexgraph.data-dir "
                        + "(or LEXGRAPH_DATADIR), or point it at a Neo4j server with --lexgraph.neo4j.uri.", cause);
    }
}
