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
    public static final List<String> SEVERITIES = java.util.Arrays.stream(Severity.values()).map(Enum::name).toList();

    private final GraphReads reads;

    public SupersessionRepository(Neo4jClient client) {
        this.reads = new GraphReads(client);
    }

    /**
     * Citing documents in id order after {@code after}, at most {@code size} of them, each with its
     * references to superseded documents (loudest first); {@code citing} narrows it to one document,
     * {@code jurisdiction} to the documents of one jurisdiction, {@code minSeverity} the references.
     */
    public List<Map<String, Object>> references(String citing, String jurisdiction, String minSeverity, String after,
                                                int size) {
        Map<String, Object> p = new HashMap<>();
        p.put("minRank", SEVERITIES.indexOf(minSeverity == null ? "LOW" : minSeverity) + 1);
        p.put("citing", citing);
        p.put("prefix", citing != null ? citing : jurisdiction != null ? "vn/" + jurisdiction + "/" : "vn/");
        p.put("after", after == null ? "" : after);
        p.put("relations", DependencyRepository.DEPENDENCY_RELATIONS);
        p.put("size", size);
        return reads.list("superseded-references", p);
    }
}
