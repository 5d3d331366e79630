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
import dev.lexgraph.citation.DocType;
import dev.lexgraph.query.Severity;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The answers people take elsewhere: the dependency table, an implementer tree and the superseded-reference
 * report as CSV or XLSX (a spreadsheet); a document's dependency or implementer subgraph as GraphML (Gephi,
 * Cytoscape, yEd); a document as JSON-LD. Asked for with {@code format=} or by the Accept header
 * ({@link ExportNegotiation}); the JSON answers of the same paths stay as they are.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "exports")
public class ExportController {

    /** How many documents one implementer export or dependency graph carries at most. */
    static final int EXPORT_DOCUMENTS = 50_000;

    private final DocumentService service;

    ExportController(DocumentService service) {
        this.service = service;
    }

    private static final List<String> TREE_COLUMNS = List.of("depth", "id", "parent_id", "type", "type_label",
            "symbol", "date", "issuer", "jurisdiction", "relation", "relation_label", "purpose", "title");

    // Each export is asked for with format= on the JSON answer's own path (one operation in the description),
    // or by an Accept header that prefers its media type, which ExportNegotiation turns into format=. A handler
    // that produces CSV beside the JSON one would tie with it for a client that accepts anything (*/*).

    @GetMapping(value = "/document/implementers", params = "format")
    @Operation(operationId = "getImplementersById", description = IMPLEMENTERS_EXPORT)
    ResponseEntity<StreamingResponseBody> implementersExport(
            @RequestParam @Parameter(description = "the document's id, e.g. vn/central/ttg/chi-thi/2021/33") String id,
            @RequestParam(defaultValue = "12") @Parameter(description = "how many steps down") @Min(1) @Max(DependencyRepository.MAX_DEPTH) int depth,
            @RequestParam(required = false) @Parameter(description = "csv, xlsx or graphml instead of JSON") String format) {
        ExportFormat f = ExportFormat.offered("/api/v1/document/implementers", format);
        ImplementerTree tree = service.implementers(DocumentIds.whole(id), depth, EXPORT_DOCUMENTS, null);
        if (f == ExportFormat.GRAPHML) {
            Map<String, DocumentSummary> documents = new LinkedHashMap<>();
            List<GraphMlExport.Edge> edges = new ArrayList<>();
            documents.put(tree.document().id(), tree.document());
            edges(tree.implementers(), tree.document().id(), documents, edges);
            return graph("implementers", out -> GraphMlExport.write(documents.values(), edges, out));
        }
        TableExport.Rows rows = sink -> rows(tree.implementers(), 1, tree.document().id(), sink);
        return table(f, "implementers", TREE_COLUMNS, rows);
    }

    private static final String IMPLEMENTERS_EXPORT = "With format=csv|xlsx (or Accept: text/csv, the XLSX type): "
            + "the implementer tree flattened, one row per document with its depth and parent, nearest first. With "
            + "format=graphml (or Accept: application/graphml+xml): the tree as a graph, each implementer an edge "
            + "to the document it implements.";

    private static void edges(List<ImplementerNode> nodes, String parent, Map<String, DocumentSummary> documents,
                              List<GraphMlExport.Edge> edges) {
        for (ImplementerNode n : nodes) {
            documents.putIfAbsent(n.document().id(), n.document());
            edges.add(new GraphMlExport.Edge(n.document().id(), parent, n.relation(), n.purpose()));
            edges(n.implementers(), n.document().id(), documents, edges);
        }
    }

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

    @GetMapping(value = "/superseded-references", params = "format")
    @Operation(operationId = "supersededReferences", description = SUPERSEDED_TABLE)
    ResponseEntity<StreamingResponseBody> supersededTable(
            @RequestParam(required = false) @Parameter(description = "central or a province (name or slug)") String jurisdiction,
            @RequestParam(required = false) @Parameter(description = "the least severity listed (default LOW: all)") Severity severity,
            @RequestParam(required = false) @Parameter(description = "csv or xlsx: the whole report as a table instead of JSON pages") String format) {
        ExportFormat f = ExportFormat.offered("/api/v1/superseded-references", format);
        String place = DocumentController.jurisdiction(jurisdiction);
        String least = DocumentController.name(severity);
        return table(f, "superseded-" + (place == null ? "all" : place), SUPERSEDED_COLUMNS,
                sink -> supersededRows(service, place, least, sink));
    }

    private static final String SUPERSEDED_TABLE = "With format=csv|xlsx (or Accept: text/csv, the XLSX type): the "
            + "whole report (every page), one row per reference and its loudest supersession.";

    private static final List<String> TABLE_COLUMNS = List.of("id", "symbol", "type", "type_label", "date",
            "jurisdiction", "issuer", "depends_on_id", "depends_on_symbol", "depends_on_type", "depends_on_date",
            "depends_on_jurisdiction", "relations");

    @GetMapping(value = "/dependencies", params = "format")
    @Operation(operationId = "dependencyTable", description = "With format=csv|xlsx (or Accept: text/csv, the XLSX "
            + "type): every row of the dependency "
            + "table, one line per document and document it depends on (a document that depends on none, with all=true,"
            + " one line with the dependency columns empty).")
    ResponseEntity<StreamingResponseBody> dependencyTableByFormat(
            @RequestParam(defaultValue = "KE_HOACH,BAO_CAO") @Parameter(description = GraphController.OF) List<DocType> of,
            @RequestParam(defaultValue = "CHI_THI") @Parameter(description = GraphController.ON) List<DocType> on,
            @RequestParam(defaultValue = "false") boolean all,
            @RequestParam(required = false) @Parameter(description = "csv or xlsx: every row as a table instead of JSON pages") String format) {
        List<String> ofTypes = GraphController.names(of);
        List<String> onTypes = GraphController.names(on);
        return table(ExportFormat.offered("/api/v1/dependencies", format), "dependencies", TABLE_COLUMNS, sink -> service.forEachTableRow(ofTypes,
                onTypes, all, 1000, row -> {
                    DocumentSummary d = row.document();
                    if (row.dependsOn().isEmpty()) {
                        sink.row(d.id(), d.symbol(), d.type(), d.typeLabel(), d.date(), d.jurisdiction(), d.issuer());
                    }
                    for (Views.DependsOn t : row.dependsOn()) {
                        sink.row(d.id(), d.symbol(), d.type(), d.typeLabel(), d.date(), d.jurisdiction(), d.issuer(),
                                t.id(), t.symbol(), t.type(), t.date(), t.jurisdiction(), String.join("+", t.relations()));
                    }
                }));
    }

    /** Every page of the superseded-reference report, as rows (the explorer's download writes the same). */
    public static void supersededRows(DocumentService service, String jurisdiction, String severity,
                                      TableExport.RowSink sink) throws IOException {
        String after = null;
        int citing = 0;
        do {
            var page = service.superseded(jurisdiction == null ? null : List.of(jurisdiction), severity, after, 500,
                    null);
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

    @GetMapping(value = "/document/dependencies", params = "format")
    @Operation(operationId = "getDependenciesById", description = GRAPH)
    ResponseEntity<StreamingResponseBody> dependencyGraph(
            @RequestParam @Parameter(description = "the document's id") String id,
            @RequestParam(defaultValue = "12") @Parameter(description = "how many steps") @Min(1) @Max(DependencyRepository.MAX_DEPTH) int depth,
            @RequestParam(required = false) @Parameter(description = "graphml: the dependency subgraph instead of JSON") String format) {
        ExportFormat.offered("/api/v1/document/dependencies", format);
        DependencyList list = service.dependencies(DocumentIds.whole(id), true, depth, null,
                DependencyRepository.DEPENDENCY_RELATIONS, 0, EXPORT_DOCUMENTS, null);
        List<DocumentSummary> documents = new ArrayList<>();
        documents.add(list.document());
        List<GraphMlExport.Edge> edges = new ArrayList<>();
        for (Dependency d : list.dependencies()) {
            documents.add(d.document());
            edges.add(new GraphMlExport.Edge(d.path().get(d.path().size() - 2), d.document().id(),
                    d.relations().get(d.relations().size() - 1), d.purpose() && d.depth() == 1));
        }
        return graph("dependencies", out -> GraphMlExport.write(documents, edges, out));
    }

    private static final String GRAPH = "With format=graphml (or Accept: application/graphml+xml): the document and "
            + "what it depends on through chains (at most 50,000 documents), each step an edge with its relation; "
            + "opens in Gephi, Cytoscape or yEd.";

    @GetMapping(value = "/document", params = "format")
    @Operation(operationId = "getDocumentById", description = LINKED_DATA)
    ResponseEntity<Map<String, Object>> documentAsLinkedData(
            @RequestParam @Parameter(description = "the document's id") String id,
            @RequestParam(required = false) @Parameter(description = "jsonld: the document as linked data instead of JSON") String format) {
        ExportFormat.offered("/api/v1/document", format);
        Views.DocumentDetail detail = service.detail(DocumentIds.whole(id));
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/documents/").toUriString();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(JsonLdExport.MEDIA_TYPE))
                .body(JsonLdExport.document(detail, base));
    }

    private static final String LINKED_DATA = "With format=jsonld (or Accept: application/ld+json): the document "
            + "and its relations both ways as JSON-LD, in the terms of the ELI ontology where one fits (cites, "
            + "based_on, amends, repeals, ensures_implementation_of) and lexgraph's own otherwise (guides, "
            + "responds_to); each node's @id is its URL in this API.";

    /**
     * The format asked for when this operation offers it (case forgiven), else 400 with the ones it offers. A
     * string, not the enum, in the handlers: the description lists each operation's own formats, and so does the
     * problem.
     */
    private static ResponseEntity<StreamingResponseBody> graph(String name, StreamingResponseBody body) {
        return ResponseEntity.ok().contentType(ExportFormat.GRAPHML.type())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".graphml\"").body(body);
    }

    /** A table answer in the format asked for. */
    private static ResponseEntity<StreamingResponseBody> table(ExportFormat format, String name, List<String> header,
                                                               TableExport.Rows rows) {
        boolean xlsx = format == ExportFormat.XLSX;
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
