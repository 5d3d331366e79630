package dev.lexgraph.api;

import dev.lexgraph.api.Views.Dependency;
import dev.lexgraph.api.Views.DependencyRow;
import dev.lexgraph.api.Views.DocumentDetail;
import dev.lexgraph.api.Views.DocumentSummary;
import dev.lexgraph.api.Views.ImplementerNode;
import dev.lexgraph.api.Views.ImplementerTree;
import dev.lexgraph.api.Views.Mention;
import dev.lexgraph.api.Views.RelationView;
import dev.lexgraph.api.Views.SupersededReference;
import dev.lexgraph.api.Views.Supersession;
import dev.lexgraph.api.Views.SupersessionOfReference;
import dev.lexgraph.graph.RelationshipType;
import dev.lexgraph.query.DependencyRepository;
import dev.lexgraph.query.DocumentRepository;
import dev.lexgraph.query.Stored;
import dev.lexgraph.query.SupersessionRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** The answers of the read endpoints, assembled from the repositories' rows. */
@Service
public class DocumentService {

    /** How many relations of each direction a document answer carries (a central directive has thousands). */
    public static final int RELATIONS_SHOWN = 500;

    private final DocumentRepository documents;
    private final DependencyRepository dependencies;
    private final SupersessionRepository supersession;

    DocumentService(DocumentRepository documents, DependencyRepository dependencies,
                    SupersessionRepository supersession) {
        this.documents = documents;
        this.dependencies = dependencies;
        this.supersession = supersession;
    }

    /** The document with this id; 404 when the graph has none. */
    public DocumentDetail detail(String id) {
        Stored.Found found = documents.find(id).orElseThrow(() -> unknown(id));
        List<Supersession> supersededBy = new ArrayList<>();
        List<Views.HistoryEvent> history = new ArrayList<>();
        DocumentSummary document = DocumentSummary.of(found.document());
        if (document.date() != null) {
            history.add(new Views.HistoryEvent(document.date(), "ISSUED", null, null));
        }
        if (document.effective() != null) {
            history.add(new Views.HistoryEvent(document.effective(), "TOOK_EFFECT", null, null));
        }
        String notInForceSince = null;
        for (Stored.Supersession s : found.supersededBy()) {
            String kind = kindName(s.type());
            DocumentSummary by = DocumentSummary.of(s.by());
            supersededBy.add(new Supersession(kind, by, s.effective(), s.file()));
            // from the day it took effect, else the superseding document's own dates (as `since` is reckoned)
            String since = s.since();
            history.add(new Views.HistoryEvent(since, kind, by, s.file()));
            if (since != null && !"AMENDED".equals(kind)
                    && (notInForceSince == null || since.compareTo(notInForceSince) < 0)) {
                notInForceSince = since;
            }
        }
        if (found.document().status() != null) {
            String status = found.document().status();
            String since = found.document().statusEffective();
            String source = found.document().statusSource();
            if ("NOT_IN_FORCE".equals(status)) {
                if (since != null && (notInForceSince == null || since.compareTo(notInForceSince) < 0)) {
                    notInForceSince = since;
                } else if (since == null && notInForceSince == null) {
                    history.add(new Views.HistoryEvent(null, status, null, source)); // known, but not from when
                }
            } else if (!"NOT_IN_FORCE".equals(status) && !("IN_FORCE".equals(status) && since != null
                    && since.equals(document.effective()))) {
                history.add(new Views.HistoryEvent(since, status, null, source));
            }
        }
        if (notInForceSince != null) {
            history.add(new Views.HistoryEvent(notInForceSince, "NOT_IN_FORCE", null, null));
        }
        history.sort(java.util.Comparator.comparing(Views.HistoryEvent::date,
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        Views.IssuingBody body = Views.IssuingBody.of(found.body());
        List<RelationView> out = documents.outgoing(id, RELATIONS_SHOWN).stream().map(RelationView::of).toList();
        List<RelationView> in = documents.incoming(id, RELATIONS_SHOWN + 1).stream().map(RelationView::of).toList();
        boolean truncated = in.size() > RELATIONS_SHOWN;
        return new DocumentDetail(document, body, supersededBy, history, out,
                truncated ? in.subList(0, RELATIONS_SHOWN) : in, truncated);
    }

    public List<DocumentSummary> search(DocumentRepository.Criteria criteria, long skip, int limit) {
        return documents.search(criteria, skip, limit).stream().map(DocumentSummary::of).toList();
    }

    public Views.DependencyList dependencies(String id, boolean transitive, int depth, String type,
                                             List<String> relations, int offset, int limit, java.time.LocalDate asOf) {
        DependencyRepository.Walk walk = dependencies.dependencies(id, transitive, depth, type, relations, offset,
                limit);
        if (walk.root() == null) {
            throw unknown(id);
        }
        // In force on the day asked for, else on the document's own date (was its basis still in force when
        // it was signed?), else today.
        String rootDate = DocumentSummary.of(walk.root()).date();
        String day = asOf != null ? asOf.toString() : rootDate != null ? rootDate : java.time.LocalDate.now().toString();
        List<Dependency> page = walk.reached().stream()
                .map(r -> {
                    String since = r.document() == null ? null : r.document().notInForceSince();
                    return new Dependency(DocumentSummary.of(r.document()), r.depth(), r.path(), r.relations(),
                            r.purpose(), since, since == null || day.compareTo(since) < 0);
                })
                .toList();
        return new Views.DependencyList(DocumentSummary.of(walk.root()), walk.total(), offset,
                walk.total() > offset + page.size(), page);
    }

    /** The implementers of a document as a tree: each one under the document it implements. */
    public ImplementerTree implementers(String id, int depth, int limit, Boolean purpose) {
        DependencyRepository.Walk walk = dependencies.implementers(id, depth, limit + 1, purpose);
        if (walk.root() == null) {
            throw unknown(id);
        }
        List<DependencyRepository.Reached> rows = walk.reached();
        boolean truncated = rows.size() > limit;
        Map<String, List<ImplementerNode>> children = new LinkedHashMap<>();
        Map<String, ImplementerNode> nodes = new LinkedHashMap<>();
        for (DependencyRepository.Reached r : truncated ? rows.subList(0, limit) : rows) {
            List<String> path = r.path();
            String self = path.get(path.size() - 1);
            String parent = path.get(path.size() - 2);
            List<ImplementerNode> own = children.computeIfAbsent(self, k -> new ArrayList<>());
            ImplementerNode node = new ImplementerNode(DocumentSummary.of(r.document()),
                    r.relations().get(r.relations().size() - 1), r.purpose(), own);
            nodes.put(self, node);
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(node);
        }
        Comparator<ImplementerNode> byDate = Comparator.comparing(
                (ImplementerNode n) -> n.document().date() == null ? "" : n.document().date()).thenComparing(n -> n.document().id());
        children.values().forEach(list -> list.sort(byDate));
        Integer total = !truncated ? Integer.valueOf(nodes.size())
                : depth >= DependencyRepository.MAX_DEPTH && purpose == null ? dependencies.implementerTotal(id) : null;
        return new ImplementerTree(DocumentSummary.of(walk.root()), nodes.size(), truncated,
                children.getOrDefault(id, List.of()), total);
    }

    public List<DependencyRow> table(List<String> of, List<String> on, String after, boolean all, int limit) {
        return dependencies.table(of, on, DependencyRepository.DEPENDENCY_RELATIONS, after, all, limit).stream()
                .map(r -> new DependencyRow(DocumentSummary.of(r.document()),
                        r.dependsOn().stream().map(Views.DependsOn::of).toList()))
                .toList();
    }

    /** What to do with each row of the dependency table. */
    @FunctionalInterface
    public interface TableRowAction {
        void accept(DependencyRow row) throws java.io.IOException;
    }

    /**
     * Every row of the dependency table, read a page of {@code page} rows at a time, each page in its own read
     * transaction: a million documents never sit in one transaction or in memory.
     */
    public void forEachTableRow(List<String> of, List<String> on, boolean all, int page, TableRowAction action)
            throws java.io.IOException {
        String after = null;
        while (true) {
            List<DependencyRow> rows = table(of, on, after, all, page);
            for (DependencyRow row : rows) {
                action.accept(row);
            }
            if (rows.size() < page) {
                return;
            }
            after = rows.get(rows.size() - 1).document().id();
        }
    }

    /** A document's references to superseded documents, loudest first. */
    public List<SupersededReference> superseded(String citing, String minSeverity, java.time.LocalDate asOf) {
        List<Stored.CitingReferences> rows = supersession.references(citing, null, minSeverity, null, 1, iso(asOf));
        // No row both for an unknown id and for a document without such references: only then ask which.
        if (rows.isEmpty() && !documents.exists(citing)) {
            throw unknown(citing);
        }
        return references(rows);
    }

    /**
     * References to superseded documents made by the documents after {@code after} in id order (at most
     * {@code size} citing documents), with the cursor of the next page (null on the last).
     */
    public Views.CursorPage<SupersededReference> superseded(List<String> jurisdictions, String minSeverity,
                                                            String after, int size, java.time.LocalDate asOf) {
        List<Stored.CitingReferences> rows = supersession.references(null, jurisdictions, minSeverity, after, size,
                iso(asOf));
        String next = rows.size() < size ? null : rows.get(rows.size() - 1).citing().id();
        return new Views.CursorPage<>(references(rows), size, next);
    }

    private static String iso(java.time.LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static List<SupersededReference> references(List<Stored.CitingReferences> rows) {
        List<SupersededReference> out = new ArrayList<>();
        for (Stored.CitingReferences row : rows) {
            DocumentSummary citing = DocumentSummary.of(row.citing());
            for (Stored.Reference r : row.references()) {
                List<SupersessionOfReference> supersessions = r.supersessions().stream()
                        .map(s -> new SupersessionOfReference(kindName(s.kind()), DocumentSummary.of(s.supersededBy()),
                                s.since(), s.sinceBasis(), s.timing(), s.severity()))
                        .toList();
                out.add(new SupersededReference(r.severity(), citing, r.relation(), Mention.of(r.mentions()),
                        DocumentSummary.of(r.superseded()), supersessions));
            }
        }
        return out;
    }

    public Views.GraphStats stats(boolean mentions) {
        return Views.GraphStats.of(documents.stats(mentions));
    }

    private static ApiProblem unknown(String id) {
        return ApiProblem.notFound("detail.id.unknown", id);
    }

    /** REPLACES → REPLACED: the state of the superseded document. Statuses stay as they are. */
    private static String kindName(String kind) {
        if (kind == null) {
            return null;
        }
        RelationshipType t = RelationshipType.named(kind);
        if (t == null) {
            return kind;
        }
        return switch (t) {
            case REPLACES -> "REPLACED";
            case REPEALS -> "REPEALED";
            case AMENDS -> "AMENDED";
            default -> kind;
        };
    }
}
