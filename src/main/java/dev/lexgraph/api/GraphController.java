package dev.lexgraph.api;

import dev.lexgraph.api.Views.CursorPage;
import dev.lexgraph.api.Views.DependencyRow;
import dev.lexgraph.api.Views.SupersededReference;
import dev.lexgraph.citation.DocType;
import dev.lexgraph.query.Severity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/** Graph-wide questions: the dependency table, superseded references everywhere, and counts. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "graph")
class GraphController {

    static final String NDJSON = "application/x-ndjson";
    private static final int STREAM_PAGE = 500;

    private final DocumentService service;
    private final JsonMapper json;

    GraphController(DocumentService service, JsonMapper json) {
        this.service = service;
        this.json = json;
    }

    @GetMapping(value = "/dependencies", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "dependencyTable", summary = "For every plan and report, the directives it depends on", description = "One row per "
            + "document of the `of` types with the documents of the `on` types it depends on directly (implements, "
            + "is based on, cites, responds to, guides). Paginated by cursor: pass `next` as `after`. Ask for "
            + "application/x-ndjson to stream every row, one JSON object per line.")
    CursorPage<DependencyRow> dependencyTable(
            @RequestParam(defaultValue = "KE_HOACH,BAO_CAO") @Parameter(description = OF) List<DocType> of,
            @RequestParam(defaultValue = "CHI_THI") @Parameter(description = ON) List<DocType> on,
            @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "false") @Parameter(description = "include documents that depend on none") boolean all,
            @RequestParam(defaultValue = "200") @Min(1) @Max(2000) int size) {
        List<DependencyRow> rows = service.table(names(of), names(on), Params.blankToNull(after), all, size);
        String next = rows.size() < size ? null : rows.get(rows.size() - 1).document().id();
        return new CursorPage<>(rows, size, next);
    }

    @GetMapping(value = "/dependencies", produces = NDJSON)
    ResponseEntity<StreamingResponseBody> dependencyTableStream(@RequestParam(defaultValue = "KE_HOACH,BAO_CAO") List<DocType> of,
                                                               @RequestParam(defaultValue = "CHI_THI") List<DocType> on,
                                                               @RequestParam(defaultValue = "false") boolean all) {
        List<String> ofTypes = names(of);
        List<String> onTypes = names(on);
        StreamingResponseBody body = (OutputStream out) -> {
            int[] written = {0};
            service.forEachTableRow(ofTypes, onTypes, all, STREAM_PAGE, row -> {
                out.write(json.writeValueAsString(row).getBytes(StandardCharsets.UTF_8));
                out.write('\n');
                if (++written[0] % STREAM_PAGE == 0) {
                    out.flush(); // a page's rows reach the client as soon as they are read
                }
            });
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(NDJSON)).body(body);
    }

    @GetMapping("/superseded-references")
    @Operation(operationId = "supersededReferences", summary = "References to superseded documents", description = "Every reference to a document that "
            + "has been replaced, repealed or amended (by a document of the graph or by imported data) or is no "
            + "longer in force, with each superseding document, when that took effect when known, and the citing "
            + "mention. HIGH: a replaced or repealed document cited after that took effect. Walks citing documents "
            + "in id order, `size` of them a page: pass `next` as `after` for the following page.")
    CursorPage<SupersededReference> supersededReferences(
            @RequestParam(required = false) @Parameter(description = "of the citing document: central or a province (name or slug)") String jurisdiction,
            @RequestParam(defaultValue = "false") @Parameter(description = DocumentController.INCLUDE_PREDECESSORS) boolean includePredecessors,
            @RequestParam(required = false) @Parameter(description = "the least severity listed (default LOW: all)") Severity severity,
            @RequestParam(required = false) @Parameter(description = DocumentController.AS_OF)
            @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
            java.time.LocalDate asOf,
            @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "100") @Parameter(description = "citing documents per page") @Min(1) @Max(1000) int size) {
        return service.superseded(DocumentController.jurisdictions(jurisdiction, includePredecessors),
                DocumentController.name(severity), Params.blankToNull(after), size, asOf);
    }

    @GetMapping("/stats")
    @Operation(operationId = "stats", summary = "The graph's counts", description = "documents, ingested, relations, files, ambiguous "
            + "(mentions without a date that match several documents), bodies; with mentions=true also mentions "
            + "(how many citations the relations carry), which reads every relation and takes seconds on a large graph.")
    Views.GraphStats stats(@RequestParam(defaultValue = "false") boolean mentions) {
        return service.stats(mentions);
    }

    static final String OF = "the types of the documents listed (comma-separated or repeated)";
    static final String ON = "the types of the documents they depend on (comma-separated or repeated)";

    /** Types as the queries take them, each once. */
    static List<String> names(List<DocType> types) {
        return types == null ? null : types.stream().filter(java.util.Objects::nonNull).distinct().map(Enum::name).toList();
    }
}
