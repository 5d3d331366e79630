package dev.lexgraph.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What documents depend on, and who implements them: breadth-first walks, one named query per level
 * ({@code dependency-step}, {@code implementer-step}), all in one read transaction. Each document is
 * reached once, by a shortest chain, so the cost is bounded by what is reachable.
 */
@Repository
@Transactional(readOnly = true)
public class DependencyRepository {

    /** The relations by which a document rests on another. */
    public static final List<String> DEPENDENCY_RELATIONS = List.of("IMPLEMENTS", "BASED_ON", "CITES",
            "RESPONDS_TO", "GUIDES");
    /**
     * The dependencies a chain continues through: a plan depends on what the plan it implements depends on,
     * a decision on the bases of its basis. A citation is not followed further: citing a document does not
     * make its own citations one's dependencies (and through citations most of the graph is reachable).
     */
    public static final Set<String> CHAINING_RELATIONS = Set.of("IMPLEMENTS", "BASED_ON", "RESPONDS_TO", "GUIDES");
    /** The relations that make a document part of another's implementation (a report responds to a plan). */
    public static final List<String> IMPLEMENTATION_RELATIONS = List.of("IMPLEMENTS", "RESPONDS_TO");
    /** Chains longer than this are not followed. */
    public static final int MAX_DEPTH = 12;

    /** A document reached by a walk: how deep, by which chain of ids and relations. */
    public record Reached(Map<String, Object> document, int depth, List<String> path, List<String> relations) {
    }

    private final GraphReads reads;

    public DependencyRepository(Neo4jClient client) {
        this.reads = new GraphReads(client);
    }

    /**
     * The documents {@code id} depends on along {@code relations}: directly, or with {@code transitive}
     * through chains of up to {@code depth} steps, each with one shortest chain leading to it; only those
     * of {@code type} when it is not null, at most {@code limit}.
     */
    public List<Reached> dependencies(String id, boolean transitive, int depth, String type, List<String> relations,
                                      int limit) {
        Set<String> chaining = new HashSet<>(relations);
        chaining.retainAll(CHAINING_RELATIONS);
        return walk("dependency-step", id, transitive ? depth : 1, relations, chaining, type, limit);
    }

    /** The documents implementing {@code id} (within {@code depth} steps), each with its shortest chain. */
    public List<Reached> implementers(String id, int depth, int limit) {
        return walk("implementer-step", id, depth, IMPLEMENTATION_RELATIONS, Set.copyOf(IMPLEMENTATION_RELATIONS), null,
                limit);
    }

    private List<Reached> walk(String step, String root, int depth, List<String> relations, Set<String> chaining,
                               String type, int limit) {
        Map<String, Reached> reached = new LinkedHashMap<>();
        Set<String> expanded = new HashSet<>();
        expanded.add(root);
        Map<String, Reached> paths = new HashMap<>(); // how each expanded document was reached
        List<String> frontier = List.of(root);
        List<Reached> out = new ArrayList<>();
        for (int level = 1; level <= depth && !frontier.isEmpty(); level++) {
            List<String> next = new ArrayList<>();
            for (Map<String, Object> row : reads.all(step, Map.of("ids", frontier, "relations", relations))) {
                String from = (String) row.get("from");
                String relation = (String) row.get("relation");
                @SuppressWarnings("unchecked")
                Map<String, Object> document = (Map<String, Object>) row.get("document");
                String to = (String) document.get("id");
                if (to.equals(root)) {
                    continue;
                }
                Reached via = paths.get(from);
                List<String> path = new ArrayList<>(via == null ? List.of(root) : via.path());
                path.add(to);
                List<String> rels = new ArrayList<>(via == null ? List.of() : via.relations());
                rels.add(relation);
                Reached r = new Reached(document, level, path, rels);
                Reached known = reached.get(to);
                if (known == null) {
                    reached.put(to, r);
                    if (type == null || type.equals(document.get("type"))) {
                        out.add(r);
                    }
                }
                // Continue through a chaining relation, from the first level it is reached that way.
                if (chaining.contains(relation) && expanded.add(to)) {
                    paths.put(to, known != null && known.depth() == level ? known : r);
                    next.add(to);
                }
            }
            if (out.size() >= limit) {
                break;
            }
            frontier = next;
        }
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    /** A page of the dependency table: documents of the {@code of} types after {@code after}, in id order. */
    public List<Map<String, Object>> table(List<String> of, List<String> on, List<String> relations, String after,
                                           boolean all, int limit) {
        return reads.list("dependency-table", Map.of("of", of, "on", on, "relations", relations,
                "after", after == null ? "" : after, "all", all, "limit", limit));
    }
}
