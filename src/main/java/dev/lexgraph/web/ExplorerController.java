package dev.lexgraph.web;

import dev.lexgraph.api.DocumentIds;
import dev.lexgraph.api.DocumentService;
import dev.lexgraph.api.Views.Dependency;
import dev.lexgraph.api.Views.DependencyList;
import dev.lexgraph.api.Views.DocumentDetail;
import dev.lexgraph.api.Views.DocumentSummary;
import dev.lexgraph.api.Views.ImplementerTree;
import dev.lexgraph.api.Views.RelationView;
import dev.lexgraph.api.Views.SupersededReference;
import dev.lexgraph.citation.DocType;
import dev.lexgraph.graph.DocumentIdentity;
import dev.lexgraph.graph.RelationshipType;
import dev.lexgraph.query.DependencyRepository;
import dev.lexgraph.query.DocumentRepository;
import dev.lexgraph.query.FileRepository;
import dev.lexgraph.query.SupersessionRepository;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The web explorer: server-rendered pages for the people who check plans and directives, each with its own
 * URL. A document's page is at its graph id, as in the API: {@code /documents/vn/central/ttg/chi-thi/2021/33}.
 * Every page reads through the API's services and the named queries of {@code cypher/queries.cypher}.
 */
@Controller
class ExplorerController {

    private static final String BY_ID = "/documents/vn/{jurisdiction}/{issuer}/{type}/{year}/{number}";
    private static final String BY_FILE_ID = "/documents/vn/{jurisdiction}/file/{type}/{hash}";

    /** Hits on one search page. */
    static final int HITS = 25;
    /** Relations of one kind listed on a document's page before "and N more". */
    static final int RELATIONS_LISTED = 100;
    /** Documents one dependency page or implementer tree shows: a 100,000-document graph stays light. */
    static final int TREE_NODES = 300;
    /** Rows of the superseded-references page; the CSV has them all. */
    static final int SUPERSEDED_ROWS = 20;

    /** The order relations are listed in, most telling first. */
    static final List<RelationshipType> RELATION_ORDER = List.of(RelationshipType.IMPLEMENTS,
            RelationshipType.RESPONDS_TO, RelationshipType.BASED_ON, RelationshipType.GUIDES, RelationshipType.REPLACES,
            RelationshipType.REPEALS, RelationshipType.AMENDS, RelationshipType.CITES);

    private final DocumentService service;
    private final DocumentRepository documents;
    private final FileRepository files;
    private final Jurisdictions jurisdictions;
    private final org.springframework.context.MessageSource messages;

    ExplorerController(DocumentService service, DocumentRepository documents, FileRepository files,
                       Jurisdictions jurisdictions, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.service = service;
        this.documents = documents;
        this.files = files;
        this.jurisdictions = jurisdictions;
    }

    /** A search hit: the document and how many documents implement or report on it. */
    public record Hit(DocumentSummary document, long implementers) {
    }

    @GetMapping({"/", "/search"})
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                  @RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String year,
                  @RequestParam(defaultValue = "0") String page, Model model) {
        String text = blankToNull(q);
        String docType = docType(type);
        String place = blankToNull(jurisdiction) == null ? null : DocumentIdentity.slug(jurisdiction.strip());
        Integer y = number(year, 1900, 2100);
        int p = number(page, 0, 10_000) == null ? 0 : number(page, 0, 10_000);
        model.addAttribute("q", text == null ? "" : text);
        model.addAttribute("type", docType);
        model.addAttribute("jurisdiction", place);
        model.addAttribute("year", y);
        model.addAttribute("types", DocType.values());
        boolean asked = text != null || docType != null || place != null || y != null;
        model.addAttribute("asked", asked);
        if (!asked) {
            model.addAttribute("hits", List.of());
            return "search";
        }
        List<DocumentSummary> found = new ArrayList<>();
        List<String> symbols = SymbolQuery.candidates(text);
        if (!symbols.isEmpty()) {
            Set<String> seen = new LinkedHashSet<>();
            for (String symbol : symbols) {
                for (DocumentSummary d : service.search(new DocumentRepository.Criteria(symbol, docType, null, place, y,
                        null), 0, (p + 1) * HITS + 1)) {
                    if (seen.add(d.id())) {
                        found.add(d);
                    }
                }
            }
            found = found.subList(Math.min(found.size(), p * HITS), found.size());
        }
        if (found.isEmpty()) {
            found = service.search(new DocumentRepository.Criteria(null, docType, null, place, y, text),
                    (long) p * HITS, HITS + 1);
        }
        boolean more = found.size() > HITS;
        List<DocumentSummary> shown = more ? found.subList(0, HITS) : found;
        Map<String, Long> counts = documents.implementerCounts(shown.stream().map(DocumentSummary::id).toList());
        model.addAttribute("hits", shown.stream().map(d -> new Hit(d, counts.getOrDefault(d.id(), 0L))).toList());
        model.addAttribute("page", p);
        model.addAttribute("more", more);
        return "search";
    }

    @GetMapping({BY_ID, BY_FILE_ID})
    String document(@PathVariable Map<String, String> path, Model model) {
        DocumentDetail detail = service.detail(documentId(path));
        model.addAttribute("detail", detail);
        model.addAttribute("d", detail.document());
        model.addAttribute("outgoing", byRelation(detail.outgoing()));
        model.addAttribute("incoming", byRelation(detail.incoming()));
        model.addAttribute("shownRelations", DocumentService.RELATIONS_SHOWN);
        model.addAttribute("relationKinds", RELATION_ORDER);
        DocumentSummary d = detail.document();
        if (d.ingested() && d.sourceFile() != null) {
            files.text(d.sourceFile()).ifPresent(text ->
                    model.addAttribute("runs", TextView.runs(text, files.mentions(d.sourceFile()))));
        }
        return "document";
    }

    /** A node of the dependency tree: the document, the relation from its parent, how it is reached. */
    public record TreeNode(DocumentSummary document, String relation, boolean purpose, int depth, List<TreeNode> children) {
    }

    @GetMapping({BY_ID + "/dependencies", BY_FILE_ID + "/dependencies"})
    String dependencies(@PathVariable Map<String, String> path, @RequestParam(defaultValue = "3") String depth,
                        @RequestParam(defaultValue = "false") boolean directives,
                        @RequestParam(defaultValue = "0") String offset, java.util.Locale locale, Model model) {
        int levels = clamp(number(depth, 1, DependencyRepository.MAX_DEPTH), 3);
        int from = clamp(number(offset, 0, 1_000_000), 0);
        DependencyList list = service.dependencies(documentId(path), true, levels, directives ? "CHI_THI" : null,
                DependencyRepository.DEPENDENCY_RELATIONS, from, TREE_NODES, null);
        Map<String, TreeNode> nodes = new LinkedHashMap<>();
        List<TreeNode> roots = new ArrayList<>();
        for (Dependency dep : list.dependencies()) {
            TreeNode node = new TreeNode(dep.document(), dep.relations().get(dep.relations().size() - 1),
                    dep.purpose() && dep.depth() == 1, dep.depth(), new ArrayList<>());
            nodes.put(dep.document().id(), node);
            // Under the nearest document of its chain that the page shows (with "directives only", the
            // documents between are not shown), else at the top.
            TreeNode parent = null;
            for (int i = dep.path().size() - 2; i >= 1 && parent == null; i--) {
                parent = nodes.get(dep.path().get(i));
            }
            (parent == null ? roots : parent.children()).add(node);
        }
        model.addAttribute("d", list.document());
        model.addAttribute("list", list);
        model.addAttribute("tree", roots);
        model.addAttribute("purposes", list.dependencies().stream().filter(x -> x.depth() == 1 && x.purpose()).toList());
        model.addAttribute("depth", levels);
        model.addAttribute("directives", directives);
        model.addAttribute("offset", from);
        model.addAttribute("pageSize", TREE_NODES);
        model.addAttribute("graph", GraphPicture.of(list, t -> messages.getMessage("type." + t, null, t, locale)));
        return "dependencies";
    }

    @GetMapping({BY_ID + "/implementers", BY_FILE_ID + "/implementers"})
    String implementers(@PathVariable Map<String, String> path, @RequestParam(defaultValue = "3") String depth,
                        Model model) {
        String id = documentId(path);
        int levels = clamp(number(depth, 1, DependencyRepository.MAX_DEPTH), 3);
        ImplementerTree tree = service.implementers(id, levels, TREE_NODES, null);
        model.addAttribute("d", tree.document());
        model.addAttribute("tree", tree);
        model.addAttribute("depth", levels);
        if (DocumentIdentity.CENTRAL.equals(tree.document().jurisdiction())) {
            model.addAttribute("coverage", ProvinceCoverage.of(documents.coverage(id), jurisdictions));
        }
        return "implementers";
    }

    @GetMapping("/superseded")
    String superseded(@RequestParam(required = false) String jurisdiction,
                      @RequestParam(required = false) String severity, @RequestParam(required = false) String after,
                      Model model) {
        String place = blankToNull(jurisdiction) == null ? null : DocumentIdentity.slug(jurisdiction.strip());
        String level = severity(severity);
        model.addAttribute("jurisdiction", place);
        model.addAttribute("severity", level);
        var page = service.superseded(place == null ? null : List.of(place), level, blankToNull(after),
                SUPERSEDED_ROWS, null);
        List<SupersededReference> rows = new ArrayList<>(page.items());
        // Loudest first within the page; the cursor walks citing documents in id order.
        rows.sort(java.util.Comparator.comparingInt((SupersededReference r) -> -severityRank(r.severity())));
        model.addAttribute("rows", rows);
        model.addAttribute("next", page.next());
        return "superseded";
    }

    /** The superseded-references report of a jurisdiction as CSV, every page of it (the API's export). */
    @GetMapping(value = "/superseded.csv")
    void supersededCsv(@RequestParam(required = false) String jurisdiction,
                       @RequestParam(required = false) String severity, HttpServletResponse response) throws IOException {
        String place = blankToNull(jurisdiction) == null ? null : DocumentIdentity.slug(jurisdiction.strip());
        String level = severity(severity);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"superseded-"
                + (place == null ? "all" : place) + ".csv\"");
        dev.lexgraph.api.TableExport.csv(dev.lexgraph.api.ExportController.SUPERSEDED_COLUMNS,
                sink -> dev.lexgraph.api.ExportController.supersededRows(service, place, level, sink),
                response.getOutputStream());
    }

    @GetMapping("/upload")
    String upload() {
        return "upload";
    }

    // ------------------------------------------------------------------ helpers

    /** The relations of one kind on a document's page: the first {@link #RELATIONS_LISTED}, and how many more. */
    public record RelationGroup(String relation, List<RelationView> shown, int more) {
    }

    /** Relations grouped by kind, in {@link #RELATION_ORDER}. */
    static List<RelationGroup> byRelation(List<RelationView> relations) {
        List<RelationGroup> out = new ArrayList<>();
        for (RelationshipType kind : RELATION_ORDER) {
            List<RelationView> of = relations.stream().filter(r -> kind.name().equals(r.relation())).toList();
            if (!of.isEmpty()) {
                out.add(new RelationGroup(kind.name(), of.subList(0, Math.min(of.size(), RELATIONS_LISTED)),
                        Math.max(0, of.size() - RELATIONS_LISTED)));
            }
        }
        return out;
    }

    /** The graph id a page's path names (its type's part is {@code {type}} here). */
    static String documentId(Map<String, String> vars) {
        return vars.containsKey("hash") ? DocumentIds.filed(vars.get("jurisdiction"), vars.get("type"), vars.get("hash"))
                : DocumentIds.numbered(vars.get("jurisdiction"), vars.get("issuer"), vars.get("type"), vars.get("year"),
                        vars.get("number"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A type from a form: unknown values are ignored (a page, unlike the API, shows what it can). */
    private static String docType(String s) {
        DocType t = blankToNull(s) == null ? null : DocType.fromCode(s.strip().replace('-', '_'));
        return t == null ? null : t.name();
    }

    private static String severity(String s) {
        String u = blankToNull(s) == null ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
        return u != null && SupersessionRepository.SEVERITIES.contains(u) ? u : null;
    }

    private static int severityRank(String s) {
        return s == null ? 0 : SupersessionRepository.SEVERITIES.indexOf(s);
    }

    /** A whole number in bounds from a form field, or null when absent or not one. */
    private static Integer number(String s, int min, int max) {
        try {
            int n = Integer.parseInt(s == null ? "" : s.strip());
            return n < min || n > max ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int clamp(Integer n, int fallback) {
        return n == null ? fallback : n;
    }
}
