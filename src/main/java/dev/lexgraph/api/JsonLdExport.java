package dev.lexgraph.api;

import dev.lexgraph.api.Views.DocumentDetail;
import dev.lexgraph.api.Views.DocumentSummary;
import dev.lexgraph.api.Views.RelationView;
import dev.lexgraph.api.Views.Supersession;
import dev.lexgraph.graph.RelationshipType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document as JSON-LD, in the terms of the ELI ontology (European Legislation Identifier) where ELI has one
 * that fits, and in lexgraph's own namespace where it has none: no property is made up in ELI's name. The
 * mapping of relations is {@link #term}; the README lists it.
 */
final class JsonLdExport {

    static final String MEDIA_TYPE = "application/ld+json";
    static final String ELI = "http://data.europa.eu/eli/ontology#";
    /** lexgraph's own terms: relations ELI has no property for, the issuer as written, labels. */
    static final String LEXGRAPH = "https://lexgraph.dev/ns/";

    /**
     * Each relation of the graph: the JSON-LD term, the property it stands for, and the term of its inverse
     * (written with JSON-LD's {@code @reverse}, so no inverse property is invented either).
     */
    record Term(String name, String property, String inverseName) {
    }

    /** A switch without default: a relationship type added without its term does not compile. */
    static Term term(RelationshipType type) {
        return switch (type) {
            case CITES -> new Term("cites", "eli:cites", "cited_by");
            case BASED_ON -> new Term("based_on", "eli:based_on", "basis_for");
            case AMENDS -> new Term("amends", "eli:amends", "amended_by");
            // "thay thế" and "bãi bỏ": the cited document is no longer in force because of this one.
            case REPLACES, REPEALS -> new Term("repeals", "eli:repeals", "repealed_by");
            // A plan that carries out a directive ensures its implementation (not a transposition).
            case IMPLEMENTS -> new Term("ensures_implementation_of", "eli:ensures_implementation_of",
                    "implementation_ensured_by");
            // No ELI property: a guidance that details a document, an answer to a request.
            case GUIDES -> new Term("guides", "lg:guides", "guided_by");
            case RESPONDS_TO -> new Term("responds_to", "lg:respondsTo", "responded_to_by");
        };
    }

    private JsonLdExport() {
    }

    /** The context: ELI's terms, lexgraph's, and the types of their values. */
    static Map<String, Object> context() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("eli", ELI);
        c.put("lg", LEXGRAPH);
        c.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        c.put("LegalResource", "eli:LegalResource");
        c.put("LegalExpression", "eli:LegalExpression");
        c.put("id_local", "eli:id_local");
        c.put("date_document", typed("eli:date_document", "xsd:date"));
        c.put("date_no_longer_in_force", typed("eli:date_no_longer_in_force", "xsd:date"));
        c.put("type_document", typed("eli:type_document", "@id"));
        c.put("jurisdiction", typed("eli:jurisdiction", "@id"));
        c.put("is_realized_by", typed("eli:is_realized_by", "@id"));
        c.put("title", "eli:title");
        c.put("language", typed("eli:language", "@id"));
        for (RelationshipType type : RelationshipType.values()) {
            Term t = term(type);
            c.put(t.name(), typed(t.property(), "@id"));
            Map<String, Object> inverse = new LinkedHashMap<>();
            inverse.put("@reverse", t.property());
            inverse.put("@type", "@id");
            c.put(t.inverseName(), inverse);
        }
        c.put("issuer", "lg:issuer");
        Map<String, Object> vietnamese = new LinkedHashMap<>();
        vietnamese.put("@id", "lg:typeLabel");
        vietnamese.put("@language", "vi");
        c.put("typeLabel", vietnamese);
        c.put("status", "lg:status");
        return c;
    }

    private static Map<String, Object> typed(String id, String type) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@id", id);
        m.put("@type", type);
        return m;
    }

    /**
     * The document, its Vietnamese expression (title, language) and its relations both ways, each related
     * document a node with its symbol, type and date. {@code documentBase} is the URL documents are served
     * under, ending in {@code /documents/}: a node's {@code @id} is where its JSON answer is.
     */
    static Map<String, Object> document(DocumentDetail detail, String documentBase) {
        DocumentSummary d = detail.document();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("@context", context());
        out.putAll(node(d, documentBase));
        out.put("@type", "LegalResource");
        if (d.title() != null) {
            Map<String, Object> expression = new LinkedHashMap<>();
            expression.put("@id", documentBase + d.id() + "#vi");
            expression.put("@type", "LegalExpression");
            expression.put("title", d.title());
            // The EU's language authority table, which ELI's language property takes its values from.
            expression.put("language", "http://publications.europa.eu/resource/authority/language/VIE");
            out.put("is_realized_by", expression);
        }
        if (d.issuer() != null) {
            out.put("issuer", d.issuer());
        }
        if (d.status() != null) {
            out.put("status", d.status());
        }
        // A supersession's kind is the state it leaves the document in (REPLACED, not the REPLACES it came from).
        for (Supersession s : detail.supersededBy()) {
            if (s.effective() != null && ("REPLACED".equals(s.kind()) || "REPEALED".equals(s.kind()))) {
                out.putIfAbsent("date_no_longer_in_force", s.effective());
            }
        }
        relate(out, detail.outgoing(), documentBase, false);
        relate(out, detail.incoming(), documentBase, true);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void relate(Map<String, Object> out, List<RelationView> relations, String documentBase,
                               boolean inverse) {
        for (RelationView r : relations) {
            RelationshipType type = RelationshipType.named(r.relation());
            if (type == null || r.document() == null) {
                continue;
            }
            Term t = term(type);
            List<Object> targets = (List<Object>) out.computeIfAbsent(inverse ? t.inverseName() : t.name(),
                    k -> new ArrayList<>());
            Map<String, Object> target = node(r.document(), documentBase);
            if (!targets.contains(target)) {
                targets.add(target);
            }
        }
    }

    /** A document's identity: where it is served, its symbol, type, date, jurisdiction. */
    private static Map<String, Object> node(DocumentSummary d, String documentBase) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("@id", documentBase + d.id());
        if (d.symbol() != null) {
            n.put("id_local", d.symbol());
        }
        if (d.type() != null) {
            n.put("type_document", "lg:type/" + d.type());
            n.put("typeLabel", d.typeLabel());
        }
        if (d.date() != null) {
            n.put("date_document", d.date());
        }
        if (d.jurisdiction() != null) {
            n.put("jurisdiction", "lg:jurisdiction/" + d.jurisdiction());
        }
        return n;
    }
}
