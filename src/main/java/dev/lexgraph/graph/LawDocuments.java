package dev.lexgraph.graph;

import dev.lexgraph.citation.Citation;
import dev.lexgraph.citation.DocType;
import dev.lexgraph.citation.LawTable;
import dev.lexgraph.citation.SymbolInfo;
import dev.lexgraph.citation.TextFolding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;

/**
 * The bundled law table in the graph: every law it lists becomes the node its citations reach (by number
 * or by name), with its name, adoption and effective dates, and the table's replacements and amendments
 * become REPLACES and AMENDS relationships from the date they took effect, so that the superseded-reference
 * answer knows, say, that the 2015 local-government law is no longer in force. Writing it again changes
 * nothing.
 */
public final class LawDocuments {

    /** The source the table's relationships carry ({@code file} of the relationship). */
    public static final String SOURCE = "law-table";

    /** A law's node: its id and the parts of it a document row needs. */
    record Identity(String id, String number, Integer year, String issuer, String issuerCode) {
    }

    private LawDocuments() {
    }

    /** The node of a law: the id a numbered citation of its symbol resolves to. */
    static Identity identity(LawTable.Law law) {
        String issuer = law.type() == DocType.PHAP_LENH ? "Ủy ban Thường vụ Quốc hội" : "Quốc hội";
        if (law.symbol().isEmpty()) {
            // a constitution has no symbol: known by its year
            return new Identity(DocumentId.numbered(DocumentIdentity.CENTRAL, "QH", law.type(), law.year(), "0").value(), null,
                    law.year(), issuer, "QH");
        }
        SymbolInfo s = IngestBatch.symbolInfo(law.symbol(), law.type());
        Integer year = s.year() != null ? s.year() : law.year();
        return new Identity(DocumentId.numbered(DocumentIdentity.CENTRAL, s.issuerCode(), law.type(), year, s.number()).value(),
                s.number(), year, issuer, s.issuerCode());
    }

    /** What writing the table did: laws written, relationships written. */
    public record Result(int laws, int relations) {
    }

    /** Writes the table into the graph, in one transaction. */
    public static Result write(GraphConnection graph, LawTable table) {
        Map<String, String> cypher = CypherScripts.named("import.cypher");
        List<Map<String, Object>> laws = new ArrayList<>();
        Map<String, String> idByReference = new HashMap<>();
        for (LawTable.Law law : table.laws()) {
            Identity l = identity(law);
            idByReference.put(law.reference(), l.id());
            Map<String, Object> row = new HashMap<>();
            row.put("id", l.id());
            row.put("label", DocumentIdentity.label(law.type()));
            row.put("type", law.type().name());
            row.put("symbol", law.symbol().isEmpty() ? null : law.symbol());
            row.put("symbolKey", law.symbol().isEmpty() ? null : TextFolding.symbolKey(law.symbol()));
            row.put("number", l.number());
            row.put("year", l.year());
            row.put("jurisdiction", DocumentIdentity.CENTRAL);
            row.put("scope", Citation.IssuerScope.CENTRAL.name());
            row.put("issuer", l.issuer());
            row.put("issuerId", DocumentIdentity.slug(l.issuer()));
            row.put("date", law.adopted().toString());
            row.put("effective", law.effective() == null ? null : law.effective().toString());
            row.put("title", law.name());
            row.put("source", law.source());
            laws.add(row);
        }
        List<Map<String, Object>> replaces = new ArrayList<>();
        List<Map<String, Object>> amends = new ArrayList<>();
        for (LawTable.Law law : table.laws()) {
            String from = idByReference.get(law.reference());
            String effective = (law.effective() != null ? law.effective() : law.adopted()).toString();
            for (String old : law.replaces()) {
                replaces.add(Map.of("from", from, "to", idByReference.get(table.byReference(old).reference()),
                        "effective", effective, "source", SOURCE));
            }
            for (String amended : law.amends()) {
                amends.add(Map.of("from", from, "to", idByReference.get(table.byReference(amended).reference()),
                        "effective", effective, "source", SOURCE));
            }
        }
        try (Session session = graph.driver().session()) {
            session.executeWriteWithoutResult(tx -> {
                tx.run(cypher.get("law-documents"), Map.of("rows", laws)).consume();
                if (!replaces.isEmpty()) {
                    tx.run(cypher.get("import-REPLACES"), Map.of("rows", replaces)).consume();
                }
                if (!amends.isEmpty()) {
                    tx.run(cypher.get("import-AMENDS"), Map.of("rows", amends)).consume();
                }
            });
        }
        return new Result(laws.size(), replaces.size() + amends.size());
    }
}
