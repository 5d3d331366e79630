package dev.lexgraph.api;

import dev.lexgraph.api.Views.DependencyList;
import dev.lexgraph.api.Views.DocumentDetail;
import dev.lexgraph.api.Views.DocumentSummary;
import dev.lexgraph.api.Views.ImplementerTree;
import dev.lexgraph.api.Views.Page;
import dev.lexgraph.api.Views.SupersededReference;
import dev.lexgraph.graph.DocumentIdentity;
import dev.lexgraph.citation.DocType;
import dev.lexgraph.query.DependencyRelation;
import dev.lexgraph.query.DependencyRepository;
import dev.lexgraph.query.DocumentRepository;
import dev.lexgraph.query.Severity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springdoc.core.annotations.ParameterObject;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Documents by id, search, and what a document depends on, who implements it and which of its references
 * are superseded. A document's path is its graph id: {@code /documents/vn/<jurisdiction>/<issuer>/<type>/<year>/<number>},
 * or {@code /documents/vn/<jurisdiction>/file/<type>/<hash>} for a document without a number of its own.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "documents")
class DocumentController {

    // The type's part of an id is {docType}: "type" is a query parameter of the dependency walk.
    private static final String BY_ID = "/documents/vn/{jurisdiction}/{issuer}/{docType}/{year}/{number}";
    private static final String BY_FILE_ID = "/documents/vn/{jurisdiction}/file/{docType}/{hash}";

    private final DocumentService service;

    DocumentController(DocumentService service) {
        this.service = service;
    }

    @GetMapping("/documents")
    @Operation(operationId = "searchDocuments", summary = "Search documents", description = "Every given criterion must hold. `symbol` matches the "
            + "folded form (33/CT-TTg, 33/ct-ttg and 33/CT-TTG are the same); `q` searches words of the title, "
            + "symbol and issuer, accents folded. Without `symbol` or `q` documents come in id order.")
    Page<DocumentSummary> search(@RequestParam(required = false) String symbol,
                                 @RequestParam(required = false) DocType type,
                                 @RequestParam(required = false) String issuer,
                                 @RequestParam(required = false) @Parameter(description = "central, or a province slug such as quang-ngai") String jurisdiction,
                                 @RequestParam(defaultValue = "false") @Parameter(description = INCLUDE_PREDECESSORS) boolean includePredecessors,
                                 @RequestParam(required = false) Integer year,
                                 @RequestParam(required = false) String q,
                                 @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                 @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        DocumentRepository.Criteria c = new DocumentRepository.Criteria(Params.blankToNull(symbol),
                type == null ? null : type.name(), Params.blankToNull(issuer), jurisdictions(jurisdiction, includePredecessors), year,
                Params.blankToNull(q));
        List<DocumentSummary> items = service.search(c, (long) page * size, size + 1);
        boolean more = items.size() > size;
        return new Page<>(more ? items.subList(0, size) : items, page, size, more);
    }

    @GetMapping("/documents/lookup")
    @Operation(operationId = "lookupDocument", summary = "The one document a symbol names", description = "200 with the document when the symbol "
            + "(narrowed by jurisdiction and year when given) names exactly one; 300 with the candidates when it "
            + "names several (the same number recurs every year and in every province); 404 when none.")
    DocumentSummary lookup(@RequestParam String symbol, @RequestParam(required = false) String jurisdiction,
                           @RequestParam(required = false) Integer year) {
        List<DocumentSummary> found = service.search(new DocumentRepository.Criteria(symbol.strip(), null, null,
                jurisdiction(jurisdiction), year, null), 0, 51);
        if (found.isEmpty()) {
            throw ApiProblem.notFound("detail.symbol.unknown", symbol);
        }
        if (found.size() > 1) {
            throw new ApiProblem(org.springframework.http.HttpStatus.MULTIPLE_CHOICES, "ambiguous-symbol",
                    found.size() > 50 ? "detail.symbol.ambiguous-many" : "detail.symbol.ambiguous", symbol, found.size())
                    .with("candidates", found.subList(0, Math.min(50, found.size())));
        }
        return found.get(0);
    }

    // A document is named three ways: by the parts of a numbered id, by the parts of a file id, or by the whole id
    // in one parameter (for clients that hold the id as a string). Each question has one operation per form.

    @GetMapping(BY_ID)
    @Operation(operationId = "getDocument", summary = "One document", description = DOCUMENT)
    DocumentDetail document(@PathVariable String jurisdiction, @PathVariable String issuer,
                            @PathVariable String docType, @PathVariable String year, @PathVariable String number) {
        return service.detail(DocumentIds.numbered(jurisdiction, issuer, docType, year, number));
    }

    @GetMapping(BY_FILE_ID)
    @Operation(operationId = "getDocumentByFile", summary = "One document without a number, by its file id",
            description = DOCUMENT)
    DocumentDetail documentByFile(@PathVariable String jurisdiction, @PathVariable String docType,
                                  @PathVariable String hash) {
        return service.detail(DocumentIds.filed(jurisdiction, docType, hash));
    }

    @GetMapping("/document")
    @Operation(operationId = "getDocumentById", summary = "One document, by its whole id", description = DOCUMENT)
    DocumentDetail documentById(@RequestParam @Parameter(description = ID) String id) {
        return service.detail(DocumentIds.whole(id));
    }

    /** The query of a dependency walk, the same for every form of the document's id. */
    record DependencyQuery(
            @Parameter(description = "also through chains (default false)") Boolean transitive,
            @Parameter(description = "only dependencies of this type") DocType type,
            @Parameter(description = "only through these relations (default all)") List<DependencyRelation> relations,
            @Parameter(description = "how many steps (default 12)") @Min(1) @Max(DependencyRepository.MAX_DEPTH) Integer depth,
            @Parameter(description = "how many to skip (the page's start; default 0)") @Min(0) Integer offset,
            @Parameter(description = "page size (default 100)") @Min(1) @Max(10_000) Integer limit,
            @Parameter(description = "the day `inForce` answers for (YYYY-MM-DD; default the document's own date)")
            @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
            java.time.LocalDate asOf) {
    }

    @GetMapping(BY_ID + "/dependencies")
    @Operation(operationId = "getDependencies", summary = "What a document depends on", description = DEPENDENCIES)
    DependencyList dependencies(@PathVariable String jurisdiction, @PathVariable String issuer,
                                @PathVariable String docType, @PathVariable String year, @PathVariable String number,
                                @ParameterObject @Valid DependencyQuery query) {
        return dependencies(DocumentIds.numbered(jurisdiction, issuer, docType, year, number), query);
    }

    @GetMapping(BY_FILE_ID + "/dependencies")
    @Operation(operationId = "getDependenciesByFile", summary = "What a document without a number depends on",
            description = DEPENDENCIES)
    DependencyList dependenciesByFile(@PathVariable String jurisdiction, @PathVariable String docType,
                                      @PathVariable String hash, @ParameterObject @Valid DependencyQuery query) {
        return dependencies(DocumentIds.filed(jurisdiction, docType, hash), query);
    }

    @GetMapping("/document/dependencies")
    @Operation(operationId = "getDependenciesById", summary = "What a document depends on, by its whole id",
            description = DEPENDENCIES)
    DependencyList dependenciesById(@RequestParam @Parameter(description = ID) String id,
                                    @ParameterObject @Valid DependencyQuery query) {
        return dependencies(DocumentIds.whole(id), query);
    }

    private DependencyList dependencies(String id, DependencyQuery q) {
        int depth = q.depth() == null ? DependencyRepository.MAX_DEPTH : q.depth();
        int offset = q.offset() == null ? 0 : q.offset();
        int limit = q.limit() == null ? 100 : q.limit();
        List<String> relations = q.relations() == null || q.relations().isEmpty()
                ? DependencyRepository.DEPENDENCY_RELATIONS
                : q.relations().stream().distinct().map(r -> r.type().name()).toList();
        return service.dependencies(id, Boolean.TRUE.equals(q.transitive()), depth,
                q.type() == null ? null : q.type().name(), relations, offset, limit, q.asOf());
    }

    /**
     * The documents an implementer tree gives by default: a central directive's tree runs to thousands (megabytes
     * of JSON); the first page holds the nearest, its {@code total} says how many follow.
     */
    static final int IMPLEMENTER_PAGE = 300;

    /** The query of an implementer tree. */
    record ImplementerQuery(
            @Parameter(description = "follow the chains down (default false: direct implementers only)") Boolean transitive,
            @Parameter(description = "how many steps when transitive (default 12)") @Min(1) @Max(DependencyRepository.MAX_DEPTH) Integer depth,
            @Parameter(description = "at most this many documents, the nearest first (default " + IMPLEMENTER_PAGE
                    + "; total says how many the tree has)") @Min(1) @Max(50_000) Integer limit,
            @Parameter(description = "true: only documents issued to implement it; false: only those implementing it in part") Boolean purpose) {
    }

    @GetMapping(BY_ID + "/implementers")
    @Operation(operationId = "getImplementers", summary = "Who implements a document", description = IMPLEMENTERS)
    ImplementerTree implementers(@PathVariable String jurisdiction, @PathVariable String issuer,
                                 @PathVariable String docType, @PathVariable String year, @PathVariable String number,
                                 @ParameterObject @Valid ImplementerQuery query) {
        return implementers(DocumentIds.numbered(jurisdiction, issuer, docType, year, number), query);
    }

    @GetMapping(BY_FILE_ID + "/implementers")
    @Operation(operationId = "getImplementersByFile", summary = "Who implements a document without a number",
            description = IMPLEMENTERS)
    ImplementerTree implementersByFile(@PathVariable String jurisdiction, @PathVariable String docType,
                                       @PathVariable String hash, @ParameterObject @Valid ImplementerQuery query) {
        return implementers(DocumentIds.filed(jurisdiction, docType, hash), query);
    }

    @GetMapping("/document/implementers")
    @Operation(operationId = "getImplementersById", summary = "Who implements a document, by its whole id",
            description = IMPLEMENTERS)
    ImplementerTree implementersById(@RequestParam @Parameter(description = ID) String id,
                                     @ParameterObject @Valid ImplementerQuery query) {
        return implementers(DocumentIds.whole(id), query);
    }

    private ImplementerTree implementers(String id, ImplementerQuery q) {
        int depth = q.depth() == null ? DependencyRepository.MAX_DEPTH : q.depth();
        int limit = q.limit() == null ? IMPLEMENTER_PAGE : q.limit();
        return service.implementers(id, Boolean.TRUE.equals(q.transitive()) ? depth : 1, limit, q.purpose());
    }

    @GetMapping(BY_ID + "/superseded-references")
    @Operation(operationId = "getSupersededReferences", summary = "A document's references to superseded documents",
            description = SUPERSEDED)
    List<SupersededReference> supersededReferences(@PathVariable String jurisdiction, @PathVariable String issuer,
                                                   @PathVariable String docType, @PathVariable String year,
                                                   @PathVariable String number,
                                                   @RequestParam(required = false) @Parameter(description = SEVERITY) Severity severity,
                                                   @RequestParam(required = false) @Parameter(description = AS_OF)
                                                   @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                                                   java.time.LocalDate asOf) {
        return service.superseded(DocumentIds.numbered(jurisdiction, issuer, docType, year, number), name(severity), asOf);
    }

    @GetMapping(BY_FILE_ID + "/superseded-references")
    @Operation(operationId = "getSupersededReferencesByFile", summary = "The references to superseded documents of a "
            + "document without a number", description = SUPERSEDED)
    List<SupersededReference> supersededReferencesByFile(@PathVariable String jurisdiction, @PathVariable String docType,
                                                         @PathVariable String hash,
                                                         @RequestParam(required = false) @Parameter(description = SEVERITY) Severity severity,
                                                   @RequestParam(required = false) @Parameter(description = AS_OF)
                                                   @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                                                   java.time.LocalDate asOf) {
        return service.superseded(DocumentIds.filed(jurisdiction, docType, hash), name(severity), asOf);
    }

    @GetMapping("/document/superseded-references")
    @Operation(operationId = "getSupersededReferencesById", summary = "A document's references to superseded "
            + "documents, by its whole id", description = SUPERSEDED)
    List<SupersededReference> supersededReferencesById(@RequestParam @Parameter(description = ID) String id,
                                                       @RequestParam(required = false) @Parameter(description = SEVERITY) Severity severity,
                                                   @RequestParam(required = false) @Parameter(description = AS_OF)
                                                   @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                                                   java.time.LocalDate asOf) {
        return service.superseded(DocumentIds.whole(id), name(severity), asOf);
    }

    private static final String ID = "the document's id, as answers give it: vn/central/ttg/chi-thi/2021/33, or "
            + "vn/<jurisdiction>/file/<type>/<hash> for a document without a number";
    private static final String SEVERITY = "the least severity listed (default LOW: all)";
    private static final String DOCUMENT = "Metadata, status (ingested or known only from citations; superseded "
            + "by), and its outgoing and incoming relations with their provenance: source file, quoted text and "
            + "offsets of each mention.";
    private static final String DEPENDENCIES = "Documents it implements, is based on, cites, responds to or guides; "
            + "with transitive=true also through chains (IMPLEMENTS, BASED_ON, RESPONDS_TO, GUIDES; not through "
            + "CITES), each with one shortest path to it. Ordered nearest first, then by id, a page of limit from "
            + "offset; count says how many there are in all, truncated that more follow.";
    private static final String IMPLEMENTERS = "Documents that implement it (or report on it), as a tree: central "
            + "directive → provincial plan → department plan → report; transitive=true follows the chains down. "
            + "Each node says whether it was issued to implement its parent (purpose: named in its title or "
            + "opening) or implements it in part (a task of its body, a report); purpose=true or false keeps only those.";
    private static final String SUPERSEDED = "Each reference this document makes to a document replaced, repealed "
            + "or amended (or no longer in force), loudest first.";

    static String jurisdiction(String s) {
        s = Params.blankToNull(s);
        return s == null ? null : DocumentIdentity.slug(s);
    }

    /**
     * The jurisdiction asked for (a name or slug), with the provinces merged into it in 2025 when
     * {@code includePredecessors}: their documents keep their own province. Null for "any".
     */
    static List<String> jurisdictions(String s, boolean includePredecessors) {
        String slug = jurisdiction(s);
        if (slug == null) {
            return null;
        }
        List<String> out = new java.util.ArrayList<>(List.of(slug));
        if (includePredecessors) {
            for (dev.lexgraph.citation.Provinces.Province p : dev.lexgraph.citation.Provinces.current()) {
                if (DocumentIdentity.slug(p.name()).equals(slug)) {
                    dev.lexgraph.citation.Provinces.predecessors(p.name())
                            .forEach(old -> out.add(DocumentIdentity.slug(old.name())));
                }
            }
        }
        return out;
    }

    static final String INCLUDE_PREDECESSORS = "also the documents of the provinces merged into this one on "
            + "1 July 2025 (they keep their own province: quang-tri with this finds those of the former Quảng Bình)";
    static final String AS_OF = "a date (YYYY-MM-DD): count only the supersessions that had taken effect by then";

    /** An enum parameter's value as the queries take it, or null when absent. */
    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
