package dev.lexgraph.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** What documents depend on, and who implements them. */
@Repository
@Transactional(readOnly = true)
public class DependencyRepository {

    /** The relations by which a document rests on another. */
    public static final List<String> DEPENDENCY_RELATIONS = List.of("IMPLEMENTS", "BASED_ON", "CITES",
            "RESPONDS_TO", "GUIDES");
    /** The relations that make a document part of another's implementation (a report responds to a plan). */
    public static final List<String> IMPLEMENTATION_RELATIONS = List.of("IMPLEMENTS", "RESPONDS_TO");
    /** Chains longer than this are not followed (the query's own bound). */
    public static final int MAX_DEPTH = 12;

    private final GraphReads reads;

    public DependencyRepository(Neo4jClient client) {
        this.reads = new GraphReads(client);
    }

    /**
     * The documents {@code id} depends on along {@code relations}: directly, or through chains of up to
     * {@code depth} steps, each with one shortest path leading to it.
     */
    public List<Map<String, Object>> dependencies(String id, boolean transitive, int depth, String type,
                                                  List<String> relations, int limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("type", type);
        p.put("relations", relations);
        p.put("depth", depth);
        p.put("limit", limit);
        return reads.list(transitive ? "dependencies-transitive" : "dependencies-direct", p);
    }

    /** The documents implementing {@code id} (within {@code depth} steps), each with its shortest path. */
    public List<Map<String, Object>> implementers(String id, int depth, List<String> relations, int limit) {
        return reads.list("implementers", Map.of("id", id, "depth", depth, "relations", relations, "limit", limit));
    }

    /** A page of the dependency table: documents of the {@code of} types after {@code after}, in id order. */
    public List<Map<String, Object>> table(List<String> of, List<String> on, List<String> relations, String after,
                                           boolean all, int limit) {
        return reads.list("dependency-table", Map.of("of", of, "on", on, "relations", relations,
                "after", after == null ? "" : after, "all", all, "limit", limit));
    }
}
