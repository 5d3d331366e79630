package dev.lexgraph.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** References to documents that have been replaced, repealed or amended, or are no longer in force. */
@Repository
@Transactional(readOnly = true)
public class SupersessionRepository {

    /** In rising order: a reference made before the supersession (LOW) up to one made after it took effect. */
    public static final List<String> SEVERITIES = List.of("LOW", "MEDIUM", "HIGH");

    private final GraphReads reads;

    public SupersessionRepository(Neo4jClient client) {
        this.reads = new GraphReads(client);
    }

    /**
     * One row per (citing document, superseded document, supersession, mention relation), loudest first;
     * {@code citing}, {@code jurisdiction} (of the citing document) and {@code minSeverity} narrow it.
     */
    public List<Map<String, Object>> references(String citing, String jurisdiction, String minSeverity, long skip,
                                                int limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("minRank", SEVERITIES.indexOf(minSeverity == null ? "LOW" : minSeverity) + 1);
        p.put("citing", citing);
        p.put("jurisdiction", jurisdiction);
        p.put("relations", DependencyRepository.DEPENDENCY_RELATIONS);
        p.put("skip", skip);
        p.put("limit", limit);
        return reads.list("superseded-references", p);
    }
}
