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
 * What documents depend on, and who implements them: breadth-first walks, one query per level
 * ({@code dependency-step}, {@code implementer-step}, ids only) that stop once enough is found, then one
 * query describing what was found, all in one read transaction. Each document is reached once, by a
 * shortest chain.
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

    /**
     * What a walk found: the first {@code limit} documents in breadth-first order, and how many it found in
     * all (within the depth, of the type asked).
     */
    public record Walk(List<Reached> reached, int total) {
    }

    private final GraphReads reads;

    public DependencyRepository(Neo4jClient client) {
        this.reads = new GraphReads(client);
    }

    /**
     * The documents {@code id} depends on along {@code relations}: directly, or with {@code transitive}
     * through chains of up to {@code depth} steps, each with one shortest chain leading to it; only those
     * of {@code type} when it is not null, at most {@code limit}.
     *
     * <p>A transitive walk asks the database once for everything the document's chains reach, with each
     * reached document's own relations ({@code dependency-closure}: a pruning breadth-first expansion
     * inside the database, one round trip), then walks that in memory.
     */
    public Walk dependencies(String id, boolean transitive, int depth, String type, List<String> relations,
                             int limit) {
        Set<String> chaining = new HashSet<>(relations);
        chaining.retainAll(CHAINING_RELATIONS);
        if (!transitive || depth <= 1 || chaining.isEmpty()) {
            return walk(frontier -> step("dependency-step", frontier, relations), id, 1, Set.of(), type, limit);
        }
        return walk(closure("dependency-closure", id, relations, MAX_EXPANDED), id, depth, chaining, type, limit);
    }

    /**
     * The documents implementing {@code id} (within {@code depth} steps), each with its shortest chain;
     * past the first step, from one {@code implementer-closure} query. Every document that query expands is
     * an implementer, so it need expand no more than {@code limit} of them, the nearest first.
     */
    public List<Reached> implementers(String id, int depth, int limit) {
        if (depth <= 1) {
            return walk(frontier -> step("implementer-step", frontier, IMPLEMENTATION_RELATIONS), id, 1, Set.of(),
                    null, limit).reached();
        }
        return walk(closure("implementer-closure", id, IMPLEMENTATION_RELATIONS, limit + 1), id, depth,
                Set.copyOf(IMPLEMENTATION_RELATIONS), null, limit).reached();
    }

    /** The relations of every document a closure query reached, looked up by the walk level by level. */
    private java.util.function.Function<List<String>, List<Edge>> closure(String query, String id,
                                                                          List<String> relations, int max) {
        Map<String, List<Edge>> closure = new HashMap<>();
        for (Map<String, Object> row : reads.all(query, Map.of("id", id, "relations", relations, "max", max))) {
            closure.put((String) row.get("from"), edges(row));
        }
        return frontier -> {
            List<Edge> out = new ArrayList<>();
            for (String from : frontier) {
                out.addAll(closure.getOrDefault(from, List.of()));
            }
            return out;
        };
    }

    /** At most this many documents are expanded by one transitive dependency walk, the nearest first. */
    static final int MAX_EXPANDED = 50_000;

    /** One relation from a document the walk reached: its type and the document at its other end. */
    private record Edge(String from, String relation, String to, String type) {
    }

    /** One breadth-first step by a named query: the relations of the frontier's documents. */
    private List<Edge> step(String query, List<String> frontier, List<String> relations) {
        List<Edge> out = new ArrayList<>();
        for (Map<String, Object> row : reads.all(query, Map.of("ids", frontier, "relations", relations))) {
            out.addAll(edges(row));
        }
        return out;
    }

    /** A row of a step or of the closure: one document and, in parallel lists, its relations. */
    @SuppressWarnings("unchecked")
    private static List<Edge> edges(Map<String, Object> row) {
        String from = (String) row.get("from");
        List<String> relations = (List<String>) row.get("relations");
        List<String> tos = (List<String>) row.get("tos");
        List<String> types = (List<String>) row.get("types");
        List<Edge> out = new ArrayList<>(tos.size());
        for (int i = 0; i < tos.size(); i++) {
            out.add(new Edge(from, relations.get(i), tos.get(i), types.get(i)));
        }
        return out;
    }

    private Walk walk(java.util.function.Function<List<String>, List<Edge>> expand, String root, int depth,
                               Set<String> chaining, String type, int limit) {
        /** How a document was first reached: depth, chain of ids, relation at each step. */
        record Hop(int depth, List<String> path, List<String> relations) {
        }
        Map<String, Hop> reached = new LinkedHashMap<>();
        Map<String, Hop> expandedVia = new HashMap<>(); // how each document the walk continues from was reached
        expandedVia.put(root, new Hop(0, List.of(root), List.of()));
        List<String> found = new ArrayList<>(); // reached and of the asked type, in breadth-first order
        List<String> frontier = List.of(root);
        for (int level = 1; level <= depth && !frontier.isEmpty(); level++) {
            List<String> next = new ArrayList<>();
            for (Edge e : expand.apply(frontier)) {
                String to = e.to();
                if (to.equals(root)) {
                    continue;
                }
                Hop via = expandedVia.get(e.from());
                List<String> path = new ArrayList<>(via.path());
                path.add(to);
                List<String> rels = new ArrayList<>(via.relations());
                rels.add(e.relation());
                Hop hop = new Hop(level, path, rels);
                Hop known = reached.putIfAbsent(to, hop);
                if (known == null && (type == null || type.equals(e.type()))) {
                    found.add(to);
                }
                // Continue through a chaining relation, from the first level it is reached that way.
                if (chaining.contains(e.relation()) && !expandedVia.containsKey(to)) {
                    expandedVia.put(to, known != null && known.depth() == level ? known : hop);
                    next.add(to);
                }
            }
            frontier = next;
        }
        List<String> ids = found.size() > limit ? found.subList(0, limit) : found;
        Map<String, Map<String, Object>> documents = new HashMap<>();
        for (Map<String, Object> row : reads.all("documents-by-id", Map.of("ids", ids))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> d = (Map<String, Object>) row.get("document");
            documents.put((String) d.get("id"), d);
        }
        List<Reached> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            Hop h = reached.get(id);
            out.add(new Reached(documents.get(id), h.depth(), h.path(), h.relations()));
        }
        return new Walk(out, found.size());
    }

    /** A page of the dependency table: documents of the {@code of} types after {@code after}, in id order. */
    public List<Map<String, Object>> table(List<String> of, List<String> on, List<String> relations, String after,
                                           boolean all, int limit) {
        return reads.list("dependency-table", Map.of("of", of, "on", on, "relations", relations,
                "after", after == null ? "" : after, "all", all, "limit", limit));
    }
}
