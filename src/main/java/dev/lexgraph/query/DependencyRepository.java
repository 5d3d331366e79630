package dev.lexgraph.query;

import dev.lexgraph.citation.DocType;
import dev.lexgraph.graph.DocumentIdentity;
import dev.lexgraph.graph.RelationshipType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.ResultCursor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What documents depend on, and who implements them. The walk runs breadth first in the application over
 * relations the database returns (level by level for dependencies, all at once for implementers), and one
 * more query describes the page of documents it keeps, all in one read transaction. Each document is
 * reached once, by a shortest chain.
 */
@Repository
@Transactional(readOnly = true)
public class DependencyRepository {

    // Relations as names: they go into Cypher parameters and meet the type(r) of the rows that come back.

    /** The relations by which a document rests on another. */
    public static final List<String> DEPENDENCY_RELATIONS = java.util.Arrays.stream(DependencyRelation.values())
            .map(r -> r.type().name()).toList();
    /**
     * The dependencies a chain continues through: a plan depends on what the plan it implements depends on,
     * a decision on the bases of its basis. A citation is not followed further: citing a document does not
     * make its own citations one's dependencies (and through citations most of the graph is reachable).
     */
    public static final Set<String> CHAINING_RELATIONS = Set.copyOf(RelationshipType.names(RelationshipType.IMPLEMENTS,
            RelationshipType.BASED_ON, RelationshipType.RESPONDS_TO, RelationshipType.GUIDES));
    /** The relations that make a document part of another's implementation (a report responds to a plan). */
    public static final List<String> IMPLEMENTATION_RELATIONS = RelationshipType.names(RelationshipType.IMPLEMENTS,
            RelationshipType.RESPONDS_TO);
    /** Chains longer than this are not followed. */
    public static final int MAX_DEPTH = 12;

    /**
     * A document reached by a walk: how deep, by which chain of ids and relations, and whether the last step's
     * relation states the purpose of the document it starts from (what that document was issued to implement).
     */
    public record Reached(Stored.Document document, int depth, List<String> path, List<String> relations,
                          boolean purpose) {
    }

    /**
     * What a walk found: the document it started from (null when the graph has none with that id), a page
     * of the documents, nearest first then by id, and how many it found in all (within the depth, of the
     * type asked).
     */
    public record Walk(Stored.Document root, List<Reached> reached, int total) {
    }

    private final GraphReads reads;
    private final Driver driver;

    public DependencyRepository(Neo4jClient client, Driver driver) {
        this.reads = new GraphReads(client);
        this.driver = driver;
    }

    /**
     * The documents {@code id} depends on along {@code relations}: directly, or with {@code transitive}
     * through chains of up to {@code depth} steps, each with one shortest chain leading to it; only those
     * of {@code type} when it is not null; the page of {@code limit} from {@code offset}, nearest first.
     *
     * <p>The walk asks for the relations of one level at a time ({@code dependency-level}). Its page is
     * ordered nearest first, so once the levels walked hold enough documents to fill it, deeper levels
     * cannot change it: a full walk (depth 12, every chaining relation) then stops and the database counts
     * what the rest would have reached ({@code dependency-count}), instead of sending every relation of
     * hundreds of chained documents to be counted here. The count does not depend on the walk, so it runs
     * beside it, in a read transaction of its own. Other walks go to the end.
     */
    public Walk dependencies(String id, boolean transitive, int depth, String type, List<String> relations,
                             int offset, int limit) {
        Set<String> chaining = new HashSet<>(relations);
        chaining.retainAll(CHAINING_RELATIONS);
        String label = type == null ? null : DocumentIdentity.label(DocType.valueOf(type));
        boolean chained = transitive && depth > 1 && !chaining.isEmpty();
        Levels levels = frontier -> relationsOf("dependency-level", Map.of("ids", frontier), label);
        CompletableFuture<Integer> total = chained && depth == MAX_DEPTH && chaining.equals(CHAINING_RELATIONS)
                ? count(id, label, relations) : null;
        return walk(levels, total, id, chained ? depth : 1, relations, chained ? chaining : Set.of(), offset, limit);
    }

    /**
     * The documents implementing {@code id} (within {@code depth} steps), each with its shortest chain;
     * past the first step, from one {@code implementer-closure} query. Every document that query expands is
     * an implementer, so it need expand no more than {@code limit} of them, the nearest first.
     */
    public Walk implementers(String id, int depth, int limit, Boolean purpose) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        if (depth <= 1) {
            Map<String, List<Edge>> edges = withPurpose(relationsOf("direct-implementers", parameters, null), purpose);
            return walk(frontier -> edges, null, id, 1, IMPLEMENTATION_RELATIONS, Set.of(), 0, limit);
        }
        // The closure is bounded by expanded documents; with a purpose filter some of those drop out.
        parameters.put("max", purpose == null ? limit + 1 : Math.min(MAX_EXPANDED, 4 * (limit + 1)));
        Map<String, List<Edge>> edges = withPurpose(relationsOf("implementer-closure", parameters, null), purpose);
        return walk(frontier -> edges, null, id, depth, IMPLEMENTATION_RELATIONS,
                Set.copyOf(IMPLEMENTATION_RELATIONS), 0, limit);
    }

    /** How many documents implement {@code id} down the chains (every step, any purpose), at most 50,000. */
    public int implementerTotal(String id) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("max", MAX_EXPANDED);
        for (Map<String, Object> row : reads.all("implementer-count", parameters)) {
            return ((Number) row.get("total")).intValue();
        }
        return 0;
    }

    /**
     * Only the implementing relations whose purpose is {@code purpose} (issued to implement: true; implementing
     * in part, as a task or a report: false), or all when it is null.
     */
    private static Map<String, List<Edge>> withPurpose(Map<String, List<Edge>> edges, Boolean purpose) {
        if (purpose == null) {
            return edges;
        }
        Map<String, List<Edge>> out = new HashMap<>();
        edges.forEach((from, list) -> out.put(from, list.stream().filter(e -> e.purpose() == purpose).toList()));
        return out;
    }

    /**
     * At most this many documents are expanded by one transitive dependency walk, the nearest first: on a
     * graph where chains reach further, the answer is what the nearest of them rest on.
     */
    static final int MAX_EXPANDED = 50_000;

    /** Where a walk gets its relations: those of the documents of one level, by document id. */
    @FunctionalInterface
    private interface Levels {
        Map<String, List<Edge>> relationsOf(List<String> frontier);
    }

    /**
     * Starts {@code dependency-count} in a read transaction of its own session (a cluster routes it like
     * any read); the walk waits for it only if it stops early. When the walk goes to the end the count is
     * not used, and it has cost the database no more than the walk itself did.
     */
    private CompletableFuture<Integer> count(String id, String label, List<String> relations) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("label", label);
        parameters.put("relations", relations);
        parameters.put("max", MAX_EXPANDED);
        AsyncSession session = driver.session(AsyncSession.class,
                SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
        return session.executeReadAsync(tx -> tx.runAsync(GraphReads.cypher("dependency-count"), parameters)
                        .thenCompose(ResultCursor::singleAsync))
                .thenApply(row -> row.get("total").asInt())
                .whenComplete((n, e) -> session.closeAsync())
                .toCompletableFuture();
    }

    /** How many documents the whole walk finds, from the count started beside it. */
    private static int join(CompletableFuture<Integer> total) {
        try {
            return total.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * One relation from a document the walk may reach: its type, the document at its other end and
     * whether that document is of the type asked for.
     */
    private record Edge(String relation, String to, boolean wanted, boolean purpose) {
    }

    /**
     * The order in which a document's relations are walked, so that of two relations to the same document
     * the stronger one names the chain, whatever order the store keeps them in.
     */
    private static final List<String> STRENGTH = RelationshipType.names(RelationshipType.IMPLEMENTS,
            RelationshipType.RESPONDS_TO, RelationshipType.BASED_ON, RelationshipType.GUIDES, RelationshipType.CITES);
    private static final Comparator<Edge> BY_STRENGTH = Comparator.comparingInt((Edge e) -> STRENGTH.indexOf(e.relation()))
            .thenComparing(e -> !e.purpose());

    /** Runs one of the walk queries: the relations of each document it reached, by the document's id. */
    @SuppressWarnings("unchecked")
    private Map<String, List<Edge>> relationsOf(String query, Map<String, Object> fixed, String label) {
        Map<String, Object> parameters = new HashMap<>(fixed);
        parameters.put("label", label);
        Map<String, List<Edge>> edges = new HashMap<>();
        for (Map<String, Object> row : reads.all(query, parameters)) {
            List<String> types = (List<String>) row.get("relations");
            List<String> tos = (List<String>) row.get("tos");
            List<Boolean> wanted = (List<Boolean>) row.get("wanted"); // null: every document is wanted
            List<Boolean> purposes = (List<Boolean>) row.get("purposes");
            List<Edge> out = new ArrayList<>(tos.size());
            for (int i = 0; i < tos.size(); i++) {
                out.add(new Edge(types.get(i), tos.get(i), wanted == null || wanted.get(i),
                        purposes != null && purposes.get(i)));
            }
            out.sort(BY_STRENGTH);
            edges.put((String) row.get("from"), out);
        }
        return edges;
    }

    /** How the walk first reached a document: the relation, the depth, and the hop it came from (null at the root). */
    private record Hop(String node, String relation, boolean purpose, int depth, Hop previous) {
    }

    private static final Comparator<Hop> NEAREST_FIRST = Comparator.comparingInt(Hop::depth).thenComparing(Hop::node);

    /**
     * Breadth first from the root over the relations {@code levels} gives: every relation of
     * {@code relations} reaches a document, only those of {@code chaining} are followed further. A document
     * is shown with the first chain that reached it (a chain rather than a citation when both are as
     * short); it is followed from the first level at which a chaining relation reaches it. The documents
     * found are ordered nearest first, then by id, and the page from {@code offset} is described. With a
     * {@code count} (of everything the whole walk finds, running beside it), the walk stops after the
     * first level that completes the page.
     */
    private Walk walk(Levels levels, CompletableFuture<Integer> count, String root, int depth, List<String> relations,
                      Set<String> chaining, int offset, int limit) {
        Set<String> followed = new HashSet<>(relations);
        Map<String, Hop> reached = new HashMap<>();
        Map<String, Hop> expandedVia = new HashMap<>();
        expandedVia.put(root, new Hop(root, null, false, 0, null));
        List<String> found = new ArrayList<>(); // reached and of the asked type
        List<String> frontier = List.of(root);
        boolean stoppedEarly = false;
        for (int level = 1; level <= depth && !frontier.isEmpty(); level++) {
            Map<String, List<Edge>> edges = levels.relationsOf(frontier);
            List<String> next = new ArrayList<>();
            for (String from : frontier) {
                Hop via = expandedVia.get(from);
                for (Edge e : edges.getOrDefault(from, List.of())) {
                    String to = e.to();
                    if (to.equals(root) || !followed.contains(e.relation())) {
                        continue;
                    }
                    Hop known = reached.get(to);
                    if (known == null) {
                        known = new Hop(to, e.relation(), e.purpose(), level, via);
                        reached.put(to, known);
                        if (e.wanted()) {
                            found.add(to);
                        }
                    } else if (known.depth() == level && chaining.contains(e.relation())
                            && !chaining.contains(known.relation())) {
                        // As near through a chain as through a citation: show the chain, which is followed on.
                        known = new Hop(to, e.relation(), e.purpose(), level, via);
                        reached.put(to, known);
                    }
                    // Continue through a chaining relation, from the first level it is reached that way (by
                    // the chain it is shown with when that is as short).
                    if (chaining.contains(e.relation()) && !expandedVia.containsKey(to)
                            && expandedVia.size() <= MAX_EXPANDED) {
                        expandedVia.put(to, known.depth() == level ? known
                                : new Hop(to, e.relation(), e.purpose(), level, via));
                        next.add(to);
                    }
                }
            }
            frontier = next;
            if (count != null && found.size() >= offset + limit && !frontier.isEmpty() && level < depth) {
                stoppedEarly = true; // the page is complete: whatever deeper levels reach sorts after it
                break;
            }
        }
        List<Hop> page = found.stream().map(reached::get).sorted(NEAREST_FIRST).skip(offset).limit(limit).toList();
        List<String> described = new ArrayList<>(page.size() + 1);
        described.add(root); // described with the page: one query less, and null when there is no such document
        page.forEach(h -> described.add(h.node()));
        Map<String, Stored.Document> documents = new HashMap<>();
        for (Map<String, Object> row : reads.all("documents-by-id", Map.of("ids", described))) {
            Stored.Document d = Stored.Document.of(row.get("document"));
            documents.put(d.id(), d);
        }
        List<Reached> out = new ArrayList<>(page.size());
        for (Hop h : page) {
            if (documents.get(h.node()) == null) {
                continue; // merged into its dated node by a write between the walk's reads and this one
            }
            List<String> path = new ArrayList<>(h.depth() + 1);
            List<String> rels = new ArrayList<>(h.depth());
            for (Hop x = h; x.previous() != null; x = x.previous()) {
                path.add(x.node());
                rels.add(x.relation());
            }
            path.add(root);
            Collections.reverse(path);
            Collections.reverse(rels);
            out.add(new Reached(documents.get(h.node()), h.depth(), path, rels, h.purpose()));
        }
        // Asked for last, so that a count running beside the walk had the describing to finish in too.
        int total = stoppedEarly ? Math.max(found.size(), join(count)) : found.size();
        return new Walk(documents.get(root), out, total);
    }

    /** A page of the dependency table: documents of the {@code of} types after {@code after}, in id order. */
    public List<Stored.TableRow> table(List<String> of, List<String> on, List<String> relations, String after,
                                       boolean all, int limit) {
        return reads.all("dependency-table", Map.of("of", of, "on", on, "relations", relations,
                "after", after == null ? "" : after, "all", all, "limit", limit)).stream().map(Stored.TableRow::of)
                .toList();
    }
}
