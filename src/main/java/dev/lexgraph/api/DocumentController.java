package dev.lexgraph.api;

import dev.lexgraph.api.Views.DependencyList;
import dev.lexgraph.api.Views.DocumentDetail;
import dev.lexgraph.api.Views.DocumentSummary;
import dev.lexgraph.api.Views.ImplementerTree;
import dev.lexgraph.api.Views.Page;
import dev.lexgraph.api.Views.SupersededReference;
import dev.lexgraph.graph.DocumentIdentity;
import dev.lexgraph.query.DependencyRepository;
import dev.lexgraph.query.DocumentRepository;
import dev.lexgraph.query.SupersessionRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private static final String BY_ID = "/documents/vn/{jurisdiction}/{issuer}/{type}/{year}/{number}";
    private static final String BY_FILE_ID = "/documents/vn/{jurisdiction}/file/{type}/{hash}";

    private final DocumentService service;

    DocumentController(DocumentService service) {
        this.service = service;
    }

    @GetMapping("/documents")
    @Operation(summary = "Search documents", description = "Every given criterion must hold. `symbol` matches the "
            + "folded form (33/CT-TTg, 33/ct-ttg and 33/CT-TTG are the same); `q` searches words of the title, "
            + "symbol and issuer, accents folded. Without `symbol` or `q` documents come in id order.")
    Page<DocumentSummary> search(@RequestParam(required = false) String symbol,
                                 @RequestParam(required = false) @Parameter(description = "KE_HOACH, CHI_THI, …") String type,
                                 @RequestParam(required = false) String issuer,
                                 @RequestParam(required = false) @Parameter(description = "central, or a province slug such as quang-ngai") String jurisdiction,
                                 @RequestParam(required = false) Integer year,
                                 @RequestParam(required = false) String q,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "50") int size) {
        Params.range(page, 0, 100_000, "page");
        Params.range(size, 1, 500, "size");
        DocumentRepository.Criteria c = new DocumentRepository.Criteria(Params.blankToNull(symbol),
                Params.type(type, "type"), Params.blankToNull(issuer), jurisdiction(jurisdiction), year,
                Params.blankToNull(q));
        List<DocumentSummary> items = service.search(c, (long) page * size, size + 1);
        boolean more = items.size() > size;
        return new Page<>(more ? items.subList(0, size) : items, page, size, more);
    }

    @GetMapping("/documents/lookup")
    @Operation(summary = "The one document a symbol names", description = "200 with the document when the symbol "
            + "(narrowed by jurisdiction and year when given) names exactly one; 300 with the candidates when it "
            + "names several (the same number recurs every year and in every province); 404 when none.")
    DocumentSummary lookup(@RequestParam String symbol, @RequestParam(required = false) String jurisdiction,
                           @RequestParam(required = false) Integer year) {
        List<DocumentSummary> found = service.search(new DocumentRepository.Criteria(symbol.strip(), null, null,
                jurisdiction(jurisdiction), year, null), 0, 51);
        if (found.isEmpty()) {
            throw ApiProblem.notFound("no document has the symbol " + symbol);
        }
        if (found.size() > 1) {
            throw new ApiProblem(org.springframework.http.HttpStatus.MULTIPLE_CHOICES, "Ambiguous symbol",
                    symbol + " names " + (found.size() > 50 ? "more than 50" : found.size()) + " documents (different"
                            + " years or provinces): narrow it with jurisdiction or year, or use one of their ids")
                    .with("candidates", found.subList(0, Math.min(50, found.size())));
        }
        return found.get(0);
    }

    @GetMapping({BY_ID, BY_FILE_ID})
    @Operation(summary = "One document", description = "Metadata, status (ingested or known only from citations; "
            + "superseded by), and its outgoing and incoming relations with their provenance: source file, quoted "
            + "text and offsets of each mention.")
    DocumentDetail document(@PathVariable Map<String, String> path) {
        return service.detail(Params.documentId(path));
    }

    @GetMapping({BY_ID + "/dependencies", BY_FILE_ID + "/dependencies"})
    @Operation(summary = "What a document depends on", description = "Documents it implements, is based on, cites, "
            + "responds to or guides; with transitive=true also through chains (IMPLEMENTS, BASED_ON, RESPONDS_TO, GUIDES; "
            + "not through CITES), each with one shortest path to it. Ordered nearest first, then by id, a page of "
            + "limit from offset; count says how many there are in all, truncated that more follow.")
    DependencyList dependencies(@PathVariable Map<String, String> path,
                                  @RequestParam(defaultValue = "false") boolean transitive,
                                  @RequestParam(required = false) @Parameter(description = "only dependencies of this type, e.g. CHI_THI") String type,
                                  @RequestParam(required = false) @Parameter(description = "comma-separated subset of IMPLEMENTS,BASED_ON,CITES,RESPONDS_TO,GUIDES") String relations,
                                  @RequestParam(defaultValue = "12") int depth,
                                  @RequestParam(defaultValue = "0") @Parameter(description = "how many to skip (the page's start)") int offset,
                                  @RequestParam(defaultValue = "100") @Parameter(description = "page size, at most 10000") int limit) {
        Params.range(depth, 1, DependencyRepository.MAX_DEPTH, "depth");
        Params.range(offset, 0, Integer.MAX_VALUE, "offset");
        Params.range(limit, 1, 10_000, "limit");
        return service.dependencies(Params.documentId(path), transitive, depth, Params.type(type, "type"),
                Params.relations(relations, DependencyRepository.DEPENDENCY_RELATIONS), offset, limit);
    }

    @GetMapping({BY_ID + "/implementers", BY_FILE_ID + "/implementers"})
    @Operation(summary = "Who implements a document", description = "Documents that implement it (or report on it), "
            + "as a tree: central directive → provincial plan → department plan → report; transitive=true follows "
            + "the chains down. Each node says whether it was issued to implement its parent (purpose: named in its "
            + "title or opening) or implements it in part (a task of its body, a report); purpose=true or false keeps "
            + "only those.")
    ImplementerTree implementers(@PathVariable Map<String, String> path,
                                 @RequestParam(defaultValue = "false") boolean transitive,
                                 @RequestParam(defaultValue = "12") int depth,
                                 @RequestParam(defaultValue = "5000") int limit,
                                 @RequestParam(required = false) @Parameter(description = "true: only documents issued to implement it; false: only those implementing it in part") Boolean purpose) {
        Params.range(depth, 1, DependencyRepository.MAX_DEPTH, "depth");
        Params.range(limit, 1, 50_000, "limit");
        return service.implementers(Params.documentId(path), transitive ? depth : 1, limit, purpose);
    }

    @GetMapping({BY_ID + "/superseded-references", BY_FILE_ID + "/superseded-references"})
    @Operation(summary = "A document's references to superseded documents", description = "Each reference this "
            + "document makes to a document replaced, repealed or amended (or no longer in force), loudest first.")
    List<SupersededReference> supersededReferences(@PathVariable Map<String, String> path,
                                                   @RequestParam(required = false) @Parameter(description = "LOW, MEDIUM or HIGH") String severity) {
        return service.superseded(Params.documentId(path), severity(severity));
    }

    static String jurisdiction(String s) {
        s = Params.blankToNull(s);
        return s == null ? null : DocumentIdentity.slug(s);
    }

    static String severity(String s) {
        s = Params.blankToNull(s);
        if (s == null) {
            return null;
        }
        String u = s.toUpperCase(Locale.ROOT);
        if (!SupersessionRepository.SEVERITIES.contains(u)) {
            throw ApiProblem.badRequest("severity must be one of " + SupersessionRepository.SEVERITIES)
                    .with("validValues", SupersessionRepository.SEVERITIES);
        }
        return u;
    }
}
