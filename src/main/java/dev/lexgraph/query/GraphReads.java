package dev.lexgraph.query;

import dev.lexgraph.graph.CypherScripts;
import java.util.Collection;
import java.util.Map;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The named read queries of {@code cypher/queries.cypher}, run through Spring Data Neo4j's client. The
 * repositories that use it are {@code @Transactional(readOnly = true)}, so every read runs in a read
 * transaction that a cluster can route to a follower.
 */
final class GraphReads {

    private static final Map<String, String> QUERIES = CypherScripts.named("queries.cypher");

    private final Neo4jClient client;

    GraphReads(Neo4jClient client) {
        this.client = client;
    }

    Collection<Map<String, Object>> all(String name, Map<String, Object> parameters) {
        return client.query(cypher(name)).bindAll(parameters).fetch().all();
    }

    /** The text of a named query. */
    static String cypher(String name) {
        String cypher = QUERIES.get(name);
        if (cypher == null) {
            throw new IllegalStateException("no query named " + name + " in cypher/queries.cypher");
        }
        return cypher;
    }
}
