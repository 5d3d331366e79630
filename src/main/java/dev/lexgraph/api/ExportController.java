package dev.lexgraph.api;

import dev.lexgraph.api.Views.Dependency;
import dev.lexgraph.api.Views.DependencyList;
import dev.lexgraph.api.Views.DocumentSummary;
import dev.lexgraph.api.Views.ImplementerNode;
import dev.lexgraph.api.Views.ImplementerTree;
import dev.lexgraph.api.Views.SupersededReference;
import dev.lexgraph.api.Views.SupersessionOfReference;
import dev.lexgraph.query.DependencyRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The answers people take elsewhere: an implementer tree and the superseded-reference report as CSV or XLSX
 * (a spreadsheet), a document's dependency subgraph as GraphML (Gephi, Cytoscape, yEd). Asked for with
 * {@code format=csv|xlsx|graphml}; the JSON answers of the same paths stay as they are.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "exports")
public class ExportController {

    public static final String GRAPHML = "application/graphml+xml";
    /** How many documents one implementer export or dependency graph carries at most. */
    static final int EXPORT_DOCUMENTS = 50_000;

    private final DocumentService service;

    ExportController(DocumentService service) {
        this.service = service;
    }

    private static final List<String> TREE_COLUMNS = List.of("depth", "id", "parent_id", "type", "type_label",
            "symbol", "date", "issuer", "jurisdiction", "relation", "relation_label", "purpose", "title");

    // Each export is asked for with format= on the JSON answer's own path (one operation in the description).
    // Not by the Accept header: a client that accepts anything (*/*) must keep getting JSON, and a handler that
    // produces CSV would tie with the JSON one. The parameter is read from a GET's query only.

    private ResponseEntity<StreamingResponseBody> implementersTable(String id, int depth, String format) {
        Params.range(depth, 1, DependencyRepository.MAX_DEPTH, "depth");
        ImplementerTree tree = service.implementers(DocumentIds.whole(id), depth, EXPORT_DOCUMENTS, null);
        TableExport.Rows rows = sink -> rows(tree.implementers(), 1, tree.document().id(), sink);
        return table(format, "implementers", TREE_COLUMNS, rows);
    }

    @GetMapping(value = "/document/implementers", params = "format")
    @Operation(operationId = "getImplementersById", description = IMPLEMENTERS_TABLE)
    ResponseEntity<StreamingResponseBody> implementersTableByFormat(
            @RequestParam @Parameter(description = "the document's id, e.g. vn/central/ttg/chi-thi/2021/33") String id,
            @RequestParam(defaultValue = "12") @Parameter(description = "how many steps down, 1 to 12") int depth,
            @RequestParam(required = false) @Parameter(description = "csv or xlsx: the tree as a table instead of JSON") String format) {
        return implementersTable(id, depth, tableFormat(format));
    }

    private static final String IMPLEMENTERS_TABLE = "With format=csv|xlsx: the "
            + "implementer tree flattened, one row per document with its depth and parent, nearest first.";

    private static void rows(List<ImplementerNode> nodes, int depth, String parent, TableExport.RowSink sink)
            throws IOException {
        for (ImplementerNode n : nodes) {
            DocumentSummary d = n.document();
            sink.row(depth, d.id(), parent, d.type(), d.typeLabel(), d.symbol(), d.date(), d.issuer(), d.jurisdiction(),
                    n.relation(), n.relationLabel(), n.purpose(), d.title());
            rows(n.implementers(), depth + 1, d.id(), sink);
        }
    }

    public static final List<String> SUPERSEDED_COLUMNS = List.of("severity", "citing_id", "citing_symbol",
            "citing_date", "relation", "quote", "superseded_id", "superseded_symbol", "kind", "kind_label",
            "superseded_by_id", "superseded_by_symbol", "since", "timing");

    private ResponseEntity<StreamingResponseBody> supersededTable(String jurisdiction, String severity, String format) {
        String place = DocumentController.jurisdiction(jurisdiction);
        String least = DocumentController.severity(severity);
        return table(format, "superseded-" + (place == null ? "all" : place), SUPERSEDED_COLUMNS,
                sink -> supersededRows(service, place, least, sink));
    }

    @GetMapping(value = "/superseded-references", params = "format")
    @Operation(operationId = "supersededReferences", description = SUPERSEDED_TABLE)
    ResponseEntity<StreamingResponseBody> supersededTableByFormat(
            @RequestParam(required = false) @Parameter(description = "central or a province (name or slug)") String jurisdiction,
            @RequestParam(required = false) @Parameter(description = "at least LOW, MEDIUM or HIGH") String severity,
            @RequestParam(required = false) @Parameter(description = "csv or xlsx: the whole report as a table instead of JSON pages") String format) {
        return supersededTable(jurisdiction, severity, tableFormat(format));
    }

    private static final String SUPERSEDED_TABLE = "With format=csv|xlsx: the "
            + "whole report (every page), one row per reference and its loudest supersession.";

    private static final List<String> TABLE_COLUMNS = List.of("id", "symbol", "type", "type_label", "date",
            "jurisdiction", "issuer", "depends_on_id", "depends_on_symbol", "depends_on_type", "depends_on_date",
            "depends_on_jurisdiction", "relations");

    @GetMapping(value = "/dependencies", params = "format")
    @Operation(operationId = "dependencyTable", description = "With format=csv|xlsx: every row of the dependency "
            + "table, one line per document and document it depends on (a document that depends on none, with all=true,"
            + " one line with the dependency columns empty).")
    ResponseEntity<StreamingResponseBody> dependencyTableByFormat(
            @RequestParam(defaultValue = "KE_HOACH,BAO_CAO") String of, @RequestParam(defaultValue = "CHI_THI") String on,
            @RequestParam(defaultValue = "false") boolean all,
            @RequestParam(required = false) @Parameter(description = "csv or xlsx: every row as a table instead of JSON pages") String format) {
        List<String> ofTypes = Params.types(of, "of", null);
        List<String> onTypes = Params.types(on, "on", null);
        return table(tableFormat(format), "dependencies", TABLE_COLUMNS, sink -> service.forEachTableRow(ofTypes,
                onTypes, all, 1000, row -> {
                    DocumentSummary d = row.document();
                    if (row.dependsOn().isEmpty()) {
                        sink.row(d.id(), d.symbol(), d.type(), d.typeLabel(), d.date(), d.jurisdiction(), d.issuer());
                    }
                    for (java.util.Map<String, Object> t : row.dependsOn()) {
                        Object relations = t.get("relations");
                        sink.row(d.id(), d.symbol(), d.type(), d.typeLabel(), d.date(), d.jurisdiction(), d.issuer(),
                                t.get("id"), t.get("symbol"), t.get("type"), t.get("date"), t.get("jurisdiction"),
                                relations instanceof List<?> l ? String.join("+", l.stream().map(String::valueOf).toList()) : null);
                    }
                }));
    }

    /** Every page of the superseded-reference report, as rows (the explorer's download writes the same). */
    public static void supersededRows(DocumentService service, String jurisdiction, String severity,
                                      TableExport.RowSink sink) throws IOException {
        String after = null;
        int citing = 0;
        do {
            var page = service.superseded(jurisdiction, severity, after, 500);
            for (SupersededReference r : page.items()) {
                SupersessionOfReference s = r.supersessions().isEmpty() ? null : r.supersessions().get(0);
                DocumentSummary by = s == null ? null : s.supersededBy();
                sink.row(r.severity(), r.citing().id(), r.citing().symbol(), r.citing().date(), r.relation(),
                        r.mentions().isEmpty() ? null : r.mentions().get(0).quote(), r.superseded().id(),
                        r.superseded().symbol(), s == null ? null : s.kind(), s == null ? null : s.kindLabel(),
                        by == null ? null : by.id(), by == null ? null : by.symbol(), s == null ? null : s.since(),
                        s == null ? null : s.timing());
            }
            after = page.next();
            citing += 500;
        } while (after != null && citing < EXPORT_DOCUMENTS * 2);
    }

    private ResponseEntity<StreamingResponseBody> dependencyGraph(String id, int depth, String format) {
        if (format != null && !"graphml".equalsIgnoreCase(format)) {
            throw ApiProblem.badRequest("format must be graphml here, not '" + format + "'")
                    .with("validValues", List.of("graphml"));
        }
        Params.range(depth, 1, DependencyRepository.MAX_DEPTH, "depth");
        DependencyList list = service.dependencies(DocumentIds.whole(id), true, depth, null,
                DependencyRepository.DEPENDENCY_RELATIONS, 0, EXPORT_DOCUMENTS);
        StreamingResponseBody body = out -> {
            try {
                XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
                graphMl(list, x);
                x.close();
            } catch (XMLStreamException e) {
                throw new IOException(e);
            }
        };
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType(GRAPHML))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dependencies.graphml\"").body(body);
    }

    @GetMapping(value = "/document/dependencies", params = "format")
    @Operation(operationId = "getDependenciesById", description = GRAPH)
    ResponseEntity<StreamingResponseBody> dependencyGraphByFormat(
            @RequestParam @Parameter(description = "the document's id") String id,
            @RequestParam(defaultValue = "12") @Parameter(description = "how many steps, 1 to 12") int depth,
            @RequestParam(required = false) @Parameter(description = "graphml: the dependency subgraph instead of JSON") String format) {
        return dependencyGraph(id, depth, format);
    }

    private static final String GRAPH = "With format=graphml: the document and what "
            + "it depends on through chains (at most 50,000 documents), each step an edge with its relation; opens "
            + "in Gephi, Cytoscape or yEd.";

    /** A table format asked for by name: csv or xlsx, else 400 with the valid values. */
    private static String tableFormat(String format) {
        if (!"csv".equalsIgnoreCase(format) && !"xlsx".equalsIgnoreCase(format)) {
            throw ApiProblem.badRequest("format must be csv or xlsx here, not '" + format + "'")
                    .with("validValues", List.of("csv", "xlsx"));
        }
        return format;
    }

    private static final String[][] NODE_KEYS = {{"type", "string"}, {"type_label", "string"}, {"symbol", "string"},
            {"date", "string"}, {"issuer", "string"}, {"jurisdiction", "string"}, {"title", "string"}, {"label", "string"}};

    private static void graphMl(DependencyList list, XMLStreamWriter x) throws XMLStreamException {
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("graphml");
        x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
        for (String[] k : NODE_KEYS) {
            key(x, "n_" + k[0], "node", k[0], k[1]);
        }
        key(x, "e_relation", "edge", "relation", "string");
        key(x, "e_relation_label", "edge", "relation_label", "string");
        key(x, "e_purpose", "edge", "purpose", "boolean");
        x.writeStartElement("graph");
        x.writeAttribute("edgedefault", "directed");
        node(x, list.document());
        for (Dependency d : list.dependencies()) {
            node(x, d.document());
        }
        int edge = 0;
        for (Dependency d : list.dependencies()) {
            String relation = d.relations().get(d.relations().size() - 1);
            x.writeStartElement("edge");
            x.writeAttribute("id", "e" + edge++);
            x.writeAttribute("source", d.path().get(d.path().size() - 2));
            x.writeAttribute("target", d.document().id());
            data(x, "e_relation", relation);
            data(x, "e_relation_label", Labels.relation(relation));
            data(x, "e_purpose", Boolean.toString(d.purpose() && d.depth() == 1));
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndDocument();
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

    /** A table answer in the format asked for. */
    private static ResponseEntity<StreamingResponseBody> table(String format, String name, List<String> header,
                                                               TableExport.Rows rows) {
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        StreamingResponseBody body = out -> {
            if (xlsx) {
                TableExport.xlsx(name, header, rows, out);
            } else {
                TableExport.csv(header, rows, out);
            }
        };
        return ResponseEntity.ok().contentType(xlsx ? TableExport.XLSX_TYPE : TableExport.CSV_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + (xlsx ? ".xlsx\"" : ".csv\""))
                .body(body);
    }

}
