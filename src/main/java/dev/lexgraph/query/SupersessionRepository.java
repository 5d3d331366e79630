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
     * {@code jurisdictions} to the documents of those jurisdictions, {@code minSeverity} the references;
     * {@code asOf} (ISO date) counts only the supersessions that had taken effect by then.
     */
    public List<Stored.CitingReferences> references(String citing, List<String> jurisdictions, String minSeverity,
                                                String after, int size, String asOf) {
        Map<String, Object> p = new HashMap<>();
        p.put("minRank", SEVERITIES.indexOf(minSeverity == null ? "LOW" : minSeverity) + 1);
        p.put("citing", citing);
        p.put("prefixes", citing != null ? List.of(citing)
                : jurisdictions != null ? jurisdictions.stream().map(j -> "vn/" + j + "/").toList() : List.of("vn/"));
        p.put("after", after == null ? "" : after);
        p.put("relations", DependencyRepository.DEPENDENCY_RELATIONS);
        p.put("size", size);
        p.put("asOf", asOf);
        return reads.all("superseded-references", p).stream().map(Stored.CitingReferences::of).toList();
    }
}
