package dev.lexgraph.api;

import dev.lexgraph.api.Views.DocumentSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A subgraph as GraphML (Gephi, Cytoscape, yEd open it): documents as nodes with their type, symbol, date,
 * issuer and label; relations as directed edges from the document that states them, with the relation's code
 * and Vietnamese label.
 */
final class GraphMlExport {

    static final String MEDIA_TYPE = "application/graphml+xml";

    /** One relation of the subgraph: {@code from} states {@code relation} of {@code to}. */
    record Edge(String from, String to, String relation, boolean purpose) {
    }

    private static final List<String> NODE_KEYS = List.of("type", "type_label", "symbol", "date", "issuer",
            "jurisdiction", "title", "label");

    private GraphMlExport() {
    }

    static void write(Collection<DocumentSummary> documents, List<Edge> edges, OutputStream out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            for (String k : NODE_KEYS) {
                key(x, "n_" + k, "node", k, "string");
            }
            key(x, "e_relation", "edge", "relation", "string");
            key(x, "e_relation_label", "edge", "relation_label", "string");
            key(x, "e_purpose", "edge", "purpose", "boolean");
            x.writeStartElement("graph");
            x.writeAttribute("edgedefault", "directed");
            for (DocumentSummary d : documents) {
                node(x, d);
            }
            int n = 0;
            for (Edge e : edges) {
                x.writeStartElement("edge");
                x.writeAttribute("id", "e" + n++);
                x.writeAttribute("source", e.from());
                x.writeAttribute("target", e.to());
                data(x, "e_relation", e.relation());
                data(x, "e_relation_label", Labels.relation(e.relation()));
                data(x, "e_purpose", Boolean.toString(e.purpose()));
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void key(XMLStreamWriter x, String id, String on, String name, String type) throws XMLStreamException {
        x.writeEmptyElement("key");
        x.writeAttribute("id", id);
        x.writeAttribute("for", on);
        x.writeAttribute("attr.name", name);
        x.writeAttribute("attr.type", type);
    }

    private static void node(XMLStreamWriter x, DocumentSummary d) throws XMLStreamException {
        x.writeStartElement("node");
        x.writeAttribute("id", d.id());
        data(x, "n_type", d.type());
        data(x, "n_type_label", d.typeLabel());
        data(x, "n_symbol", d.symbol());
        data(x, "n_date", d.date());
        data(x, "n_issuer", d.issuer());
        data(x, "n_jurisdiction", d.jurisdiction());
        data(x, "n_title", d.title());
        data(x, "n_label", d.symbol() != null ? d.symbol() : d.id());
        x.writeEndElement();
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        if (value != null) {
            x.writeStartElement("data");
            x.writeAttribute("key", key);
            x.writeCharacters(value);
            x.writeEndElement();
        }
    }
}
