package dev.lexgraph.query;

import dev.lexgraph.citation.TextFolding;
import dev.lexgraph.graph.CypherScripts;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Documents: one by id with its relations, search, and the graph's counts. */
@Repository
@Transactional(readOnly = true)
public class DocumentRepository {

    /**
     * Who implements or reports on a document in one jurisdiction: {@code documents} of them (reports when
     * {@code report}, plans and other documents otherwise), the newest few named.
     */
    public record Coverage(String jurisdiction, boolean report, long documents, List<DocumentRef> newest) {
    }

    /**
     * Search criteria; null means "any". {@code jurisdictions}: one, or a province and those merged into it.
     */
    public record Criteria(String symbol, String type, String issuer, List<String> jurisdictions, Integer year,
                           String q) {

        /** Criteria of one jurisdiction (or any, when null). */
        public Criteria(String symbol, String type, String issuer, String jurisdiction, Integer year, String q) {
            this(symbol, type, issuer, jurisdiction == null ? null : List.of(jurisdiction), year, q);
        }
    }

    /** The {@code stats} command's statement, with the mentions. */
    private static final String STATS = CypherScripts.named("ingest.cypher").get("stats");

    private final GraphReads reads;
    private final Neo4jClient client;

    public DocumentRepository(Neo4jClient client) {
        this.client = client;
        this.reads = new GraphReads(client);
    }

    /** The document, its issuing body and what supersedes it; empty for an unknown id. */
    public Optional<Stored.Found> find(String id) {
        return reads.all("document", Map.of("id", id)).stream().findFirst().map(Stored.Found::of);
    }

    public boolean exists(String id) {
        return !reads.all("document-exists", Map.of("id", id)).isEmpty();
    }

    /** The relations from the document, in reading order of their first mention; at most {@code limit}. */
    public List<Stored.Relation> outgoing(String id, int limit) {
        return reads.all("document-outgoing", Map.of("id", id, "limit", limit)).stream().map(Stored.Relation::of)
                .toList();
    }

    /** The relations to the document, newest citing document first; at most {@code limit}. */
    public List<Stored.Relation> incoming(String id, int limit) {
        return reads.all("document-incoming", Map.of("id", id, "limit", limit)).stream().map(Stored.Relation::of)
                .toList();
    }

    /** The id of the document a file holds, if that file was ingested. */
    public Optional<String> idOfFile(String path) {
        return reads.all("document-by-file", Map.of("path", path)).stream().findFirst().map(m -> (String) m.get("id"));
    }

    /** Documents matching every given criterion, most relevant (or newest) first; a page of {@code limit}. */
    public List<Stored.Document> search(Criteria c, long skip, int limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("type", c.type());
        p.put("jurisdictions", c.jurisdictions());
        p.put("year", c.year());
        p.put("issuer", c.issuer() == null ? null : c.issuer().toLowerCase(Locale.ROOT));
        p.put("skip", skip);
        p.put("limit", limit);
        String query;
        if (c.symbol() != null) {
            p.put("symbolKey", TextFolding.symbolKey(c.symbol()));
            query = "search-by-symbol";
        } else if (c.q() != null) {
            p.put("q", luceneTerms(c.q()));
            query = "search-by-text";
        } else {
            query = "search-by-filters";
        }
        return reads.all(query, p).stream().map(m -> Stored.Document.of(m.get("document"))).toList();
    }

    /** How many documents implement (or report on) each of these, by id. */
    public Map<String, Long> implementerCounts(List<String> ids) {
        Map<String, Long> out = new HashMap<>();
        for (Map<String, Object> row : reads.all("implementer-counts", Map.of("ids", ids))) {
            out.put((String) row.get("id"), ((Number) row.get("implementers")).longValue());
        }
        return out;
    }

    /** Who implements or reports on the document, down the chain, per jurisdiction and kind. */
    public List<Coverage> coverage(String id) {
        return reads.all("implementation-coverage", Map.of("id", id)).stream()
                .map(m -> new Coverage((String) m.get("jurisdiction"), Boolean.TRUE.equals(m.get("report")),
                        ((Number) m.get("documents")).longValue(),
                        ((List<?>) m.get("newest")).stream().map(DocumentRef::of).toList()))
                .toList();
    }

    /**
     * The graph's counts; with {@code mentions} also the number of mentions the relations carry (the same
     * query as the {@code stats} command), which reads every relation.
     */
    public Stored.Counts stats(boolean mentions) {
        if (mentions) {
            return Stored.Counts.of(client.query(STATS).fetch().one().orElseThrow(), true);
        }
        return Stored.Counts.of(reads.all("graph-counts", Map.of()).iterator().next(), false);
    }

    /**
     * Words a person typed, as a Lucene query that requires each of them: characters with a meaning in
     * Lucene's syntax are escaped, so "33/CT-TTg" or "AND" are searched as written.
     */
    static String luceneTerms(String q) {
        StringBuilder b = new StringBuilder();
        for (String word : q.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append('+');
            for (char ch : word.toCharArray()) {
                if ("+-&|!(){}[]^\"~*?:\\/".indexOf(ch) >= 0) {
                    b.append('\\');
                }
                b.append(ch);
            }
        }
        return b.toString();
    }
}
