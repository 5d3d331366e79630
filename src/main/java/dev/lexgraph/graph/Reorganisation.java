package dev.lexgraph.graph;

import dev.lexgraph.citation.Provinces;
import dev.lexgraph.citation.Successions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * The 2025 reorganisation in the graph: a node per province (the 63 before and the 34 after), each merged
 * province {@code SUCCEEDED_BY} the one it merged into from 1 July 2025, and each issuing body that ceased
 * {@code SUCCEEDED_BY} the body that took its work over (ministries and departments from 1 March 2025, a
 * merged province's bodies from 1 July), down the chain. Documents keep their own issuer and province.
 * Writing it again changes nothing; it looks only at bodies without a successor yet.
 */
public final class Reorganisation {

    /** What a write did: provinces written, successions of bodies added. */
    public record Result(int provinces, int bodySuccessions) {
    }

    private Reorganisation() {
    }

    /** Writes the provinces and the successors of bodies that have none yet, in one transaction. */
    public static Result write(GraphConnection graph) {
        return write(graph, true);
    }

    /** Only the successors of bodies that have none yet (after a load of many files). */
    public static Result succeedBodies(GraphConnection graph) {
        return write(graph, false);
    }

    /**
     * The successors of the named bodies, down the chain: after one document was stored, its own issuer and its
     * citations' (the bodies it wrote). Computed from the names alone: no read of the graph, and no write
     * when none of them ceased, as for most documents.
     */
    public static Result succeedBodies(GraphConnection graph, java.util.Collection<String> bodyNames) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : bodyNames) {
            if (name != null && !name.isBlank()) {
                successions(DocumentIdentity.slug(name), name, seen, rows);
            }
        }
        if (!rows.isEmpty()) {
            try (Session session = graph.driver().session()) {
                session.executeWriteWithoutResult(tx -> tx.run(CypherScripts.named("import.cypher")
                        .get("body-successions"), Map.of("rows", rows)).consume());
            }
        }
        return new Result(0, rows.size());
    }

    /** The successions of the body {@code id} named {@code name}, down the chain, added to {@code rows}. */
    private static void successions(String id, String name, Set<String> seen, List<Map<String, Object>> rows) {
        // down the chain: a department renamed in March, then moved to the merged province in July
        Optional<Successions.Succession> next = Successions.of(name);
        while (next.isPresent() && seen.add(id)) {
            Successions.Succession s = next.get();
            String to = DocumentIdentity.slug(s.successor());
            Map<String, Object> row = new HashMap<>();
            row.put("from", id);
            row.put("to", to);
            row.put("name", s.successor());
            row.put("province", provinceOf(s.successor()));
            row.put("since", s.since().toString());
            row.put("source", s.source());
            rows.add(row);
            id = to;
            next = Successions.of(s.successor());
        }
    }

    private static Result write(GraphConnection graph, boolean withProvinces) {
        Map<String, String> cypher = CypherScripts.named("import.cypher");
        List<Map<String, Object>> provinces = new ArrayList<>();
        List<Map<String, Object>> provinceSuccessions = new ArrayList<>();
        for (Provinces.Province p : Provinces.all()) {
            provinces.add(Map.of("id", DocumentIdentity.slug(p.name()), "name", p.name(),
                    "kind", p.city() ? "thành phố" : "tỉnh", "current", p.current()));
            if (!p.current()) {
                provinceSuccessions.add(Map.of("from", DocumentIdentity.slug(p.name()),
                        "to", DocumentIdentity.slug(p.mergedInto()), "since", Provinces.MERGED_ON.toString(),
                        "source", Successions.PROVINCES_SOURCE));
            }
        }
        List<Map<String, Object>> bodySuccessions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Record r : graph.read(cypher.get("bodies-without-successor"), Map.of())) {
            successions(r.get("id").asString(), r.get("name").isNull() ? null : r.get("name").asString(), seen,
                    bodySuccessions);
        }
        if (!withProvinces && bodySuccessions.isEmpty()) {
            return new Result(0, 0);
        }
        try (Session session = graph.driver().session()) {
            session.executeWriteWithoutResult(tx -> {
                if (withProvinces) {
                    tx.run(cypher.get("provinces"), Map.of("rows", provinces)).consume();
                    tx.run(cypher.get("province-successions"), Map.of("rows", provinceSuccessions)).consume();
                }
                if (!bodySuccessions.isEmpty()) {
                    tx.run(cypher.get("body-successions"), Map.of("rows", bodySuccessions)).consume();
                }
            });
        }
        return new Result(withProvinces ? provinces.size() : 0, bodySuccessions.size());
    }

    /** The province slug a body's name ends with, as the ingestion writes a body's province; null for a central body. */
    private static String provinceOf(String body) {
        String jurisdiction = DocumentIdentity.jurisdiction(dev.lexgraph.citation.Citation.IssuerScope.LOCAL, body, null);
        return DocumentIdentity.UNKNOWN_PROVINCE.equals(jurisdiction) ? null : jurisdiction;
    }
}
