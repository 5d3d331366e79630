package dev.lexgraph.api;

import dev.lexgraph.query.Stored;
import java.util.List;

/** The shapes the API answers with. Every document names its source file when it has one. */
public final class Views {

    private Views() {
    }

    /** The issuing body of a document, as the graph has it. */
    public record IssuingBody(String id, String name, String province,
                              @io.swagger.v3.oas.annotations.media.Schema(description = "the bodies that took its work "
                                      + "over in the 2025 reorganisation, in order, each from its date; empty when it continues")
                              List<Successor> succeededBy) {

        static IssuingBody of(Stored.Body b) {
            if (b == null) {
                return null;
            }
            return new IssuingBody(b.id(), b.name(), b.province(),
                    b.succeededBy().stream().map(s -> new Successor(s.id(), s.name(), s.since())).toList());
        }
    }

    /** A body that continued another's work from {@code since} (ISO). */
    public record Successor(String id, String name, String since) {
    }

    /** The graph's counts; {@code mentions} only when asked for (it reads every relation). */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record GraphStats(long documents, long ingested, long relations, long files, long ambiguous, long bodies,
                             Long mentions) {

        static GraphStats of(Stored.Counts c) {
            return new GraphStats(c.documents(), c.ingested(), c.relations(), c.files(), c.ambiguous(), c.bodies(),
                    c.mentions());
        }
    }

    /** A document of the dependency table's row that the row's document depends on, and through what. */
    public record DependsOn(String id, @io.swagger.v3.oas.annotations.media.Schema(implementation =
            dev.lexgraph.citation.DocType.class) String type, String symbol, String date, String jurisdiction,
                            String issuer, @io.swagger.v3.oas.annotations.media.ArraySchema(schema =
            @io.swagger.v3.oas.annotations.media.Schema(implementation =
                    dev.lexgraph.query.DependencyRelation.class)) List<String> relations) {

        static DependsOn of(Stored.DependsOn d) {
            return new DependsOn(d.id(), d.type(), d.symbol(), d.date(), d.jurisdiction(), d.issuer(), d.relations());
        }

        @com.fasterxml.jackson.annotation.JsonProperty("typeLabel")
        public String typeLabel() {
            return Labels.type(type);
        }

        @com.fasterxml.jackson.annotation.JsonProperty("relationLabels")
        public List<String> relationLabels() {
            return relations.stream().map(Labels::relation).toList();
        }
    }

    /** A document as the graph knows it; {@code ingested} false means known only from citations. */
    public record DocumentSummary(String id, @io.swagger.v3.oas.annotations.media.Schema(implementation =
            dev.lexgraph.citation.DocType.class) String type, String symbol, String number, Integer year, String date,
                                  String dateAsWritten, String issuer, String jurisdiction, String title,
                                  boolean ingested, String sourceFile,
                                  @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"REPLACED", "REPEALED",
                                          "AMENDED", "IN_FORCE", "NOT_IN_FORCE", "PARTLY_NOT_IN_FORCE",
                                          "NOT_YET_IN_FORCE", "SUSPENDED"}) String status,
                                  @io.swagger.v3.oas.annotations.media.Schema(description = "when it takes effect "
                                          + "(its own text, or the law table), ISO") String effective) {

        static DocumentSummary of(Stored.Document d) {
            if (d == null) {
                return null;
            }
            return new DocumentSummary(d.id(), d.type(), d.symbol(), d.number(), d.year(), d.date(), d.dateAsWritten(),
                    d.issuer(), d.jurisdiction(), d.title(), d.ingested(), d.sourceFile(), d.status(), d.effective());
        }

        /** "Kế hoạch" beside "KE_HOACH". */
        @com.fasterxml.jackson.annotation.JsonProperty("typeLabel")
        public String typeLabel() {
            return Labels.type(type);
        }

        /** "Hết hiệu lực một phần" beside "PARTLY_NOT_IN_FORCE". */
        @com.fasterxml.jackson.annotation.JsonProperty("statusLabel")
        public String statusLabel() {
            return Labels.status(status);
        }
    }

    /** One place a text mentions a document: the file, the quoted text and its offsets (UTF-16, NFC). */
    public record Mention(String file, String quote, Integer start, Integer end) {

        static List<Mention> of(List<Stored.Mention> mentions) {
            return mentions.stream().map(m -> new Mention(m.file(), m.quote(), m.start(), m.end())).toList();
        }
    }

    /**
     * A relation to or from another document, with its provenance: the file it was read from (or the
     * import it came from), the mentions that support it, and whether one of them states why the citing
     * document was issued ({@code purpose}).
     */
    public record RelationView(@io.swagger.v3.oas.annotations.media.Schema(implementation = dev.lexgraph.graph.RelationshipType.class) String relation, DocumentSummary document, String source, int count,
                               List<Mention> mentions, String effective, boolean purpose) {

        static RelationView of(Stored.Relation r) {
            return new RelationView(r.type(), DocumentSummary.of(r.other()), r.file(), r.count(),
                    Mention.of(r.mentions()), r.effective(), r.purpose());
        }

        /** "Thực hiện" beside "IMPLEMENTS". */
        @com.fasterxml.jackson.annotation.JsonProperty("relationLabel")
        public String relationLabel() {
            return Labels.relation(relation);
        }
    }

    /** What replaced, repealed or amended a document. */
    public record Supersession(@io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"REPLACED", "REPEALED", "AMENDED", "NOT_IN_FORCE", "PARTLY_NOT_IN_FORCE", "SUSPENDED"}) String kind, DocumentSummary by, String effective, String source) {

        /** "Bị thay thế" beside "REPLACED". */
        @com.fasterxml.jackson.annotation.JsonProperty("kindLabel")
        public String kindLabel() {
            return Labels.status(kind);
        }
    }

    /**
     * One event of a document's life, as the portals' history tab shows it: issued, took effect, amended,
     * replaced or repealed (by {@code by}, from {@code date}), no longer in force (the earliest replacement
     * or repeal, or an imported status), or another imported status.
     */
    public record HistoryEvent(String date,
                               @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"ISSUED", "TOOK_EFFECT",
                                       "AMENDED", "REPLACED", "REPEALED", "NOT_IN_FORCE", "PARTLY_NOT_IN_FORCE",
                                       "NOT_YET_IN_FORCE", "SUSPENDED", "IN_FORCE"}) String event,
                               DocumentSummary by,
                               @io.swagger.v3.oas.annotations.media.Schema(description = "where the event is known "
                                       + "from: a file, the law table, an import; null for the document's own dates") String source) {

        @com.fasterxml.jackson.annotation.JsonProperty("eventLabel")
        public String eventLabel() {
            return Labels.event(event);
        }
    }

    /**
     * One document with its issuing body, what supersedes it, its history (oldest first; events without a
     * date last), and its relations both ways.
     */
    public record DocumentDetail(DocumentSummary document, IssuingBody body, List<Supersession> supersededBy,
                                 List<HistoryEvent> history,
                                 List<RelationView> outgoing, List<RelationView> incoming,
                                 boolean incomingTruncated) {
    }

    /**
     * A document depended on, with the chain of ids that leads to it and the relation at each step; {@code purpose}
     * when the last step states why the document it starts from was issued (at depth 1: this is what the
     * document was issued to implement).
     */
    public record Dependency(DocumentSummary document, int depth, List<String> path,
                             @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = dev.lexgraph.graph.RelationshipType.class)) List<String> relations,
                             boolean purpose,
                             @io.swagger.v3.oas.annotations.media.Schema(description = "the day it stopped being in "
                                     + "force (replaced, repealed, or an imported status), ISO, or null") String notInForceSince,
                             @io.swagger.v3.oas.annotations.media.Schema(description = "whether it was in force on the "
                                     + "day asked for (`asOf`, else the document's own date, else today)") boolean inForce) {

        /** The labels of {@code relations}, step by step. */
        @com.fasterxml.jackson.annotation.JsonProperty("relationLabels")
        public List<String> relationLabels() {
            return relations == null ? List.of() : relations.stream().map(Labels::relation).toList();
        }
    }

    /**
     * What a document depends on: {@code count} documents in all, ordered nearest first then by id, of which
     * this is the page from {@code offset} ({@code truncated} when more follow it).
     */
    public record DependencyList(DocumentSummary document, int count, int offset, boolean truncated,
                                 List<Dependency> dependencies) {
    }

    /**
     * A node of an implementation tree: the document, how it relates to its parent, whether it was issued to
     * implement it ({@code purpose}; false: it implements it in part, as a task, or reports on it), and its own
     * implementers.
     */
    public record ImplementerNode(DocumentSummary document, @io.swagger.v3.oas.annotations.media.Schema(implementation = dev.lexgraph.graph.RelationshipType.class) String relation, boolean purpose,
                                  List<ImplementerNode> implementers) {

        @com.fasterxml.jackson.annotation.JsonProperty("relationLabel")
        public String relationLabel() {
            return Labels.relation(relation);
        }
    }

    /**
     * The implementation tree of a document: {@code count} documents in this answer, the nearest first;
     * {@code truncated} when the tree has more, {@code total} how many it has in all (counted when the whole
     * transitive tree was asked for, otherwise null when truncated). A node's own implementers past the page are
     * asked for with its id.
     */
    public record ImplementerTree(DocumentSummary document, int count, boolean truncated,
                                  List<ImplementerNode> implementers, Integer total) {
    }

    /** One row of the dependency table. */
    public record DependencyRow(DocumentSummary document, List<DependsOn> dependsOn) {
    }

    /**
     * A reference to a superseded document: the citing document and its mentions, what it cites, and every
     * supersession of that, loudest first. Its {@code severity} is the loudest one's.
     */
    public record SupersededReference(@io.swagger.v3.oas.annotations.media.Schema(implementation = dev.lexgraph.query.Severity.class) String severity, DocumentSummary citing,
                                      @io.swagger.v3.oas.annotations.media.Schema(implementation = dev.lexgraph.graph.RelationshipType.class) String relation,
                                      List<Mention> mentions, DocumentSummary superseded,
                                      List<SupersessionOfReference> supersessions) {

        @com.fasterxml.jackson.annotation.JsonProperty("relationLabel")
        public String relationLabel() {
            return Labels.relation(relation);
        }
    }

    /**
     * One supersession of a cited document. {@code since} is when it took effect: the effective date when
     * known, otherwise the superseding document's issue date ({@code sinceBasis} says which). {@code timing}
     * compares the citing document's date with it: AFTER is the case to flag loudest (HIGH when the cited
     * document was replaced or repealed).
     */
    public record SupersessionOfReference(@io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"REPLACED", "REPEALED", "AMENDED", "NOT_IN_FORCE", "PARTLY_NOT_IN_FORCE", "SUSPENDED"}) String kind,
                                          DocumentSummary supersededBy, String since,
                                          @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"effective", "issued"}) String sinceBasis,
                                          @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"AFTER", "BEFORE", "UNKNOWN"}) String timing,
                                          @io.swagger.v3.oas.annotations.media.Schema(implementation = dev.lexgraph.query.Severity.class) String severity) {

        @com.fasterxml.jackson.annotation.JsonProperty("kindLabel")
        public String kindLabel() {
            return Labels.status(kind);
        }
    }

    /** A page of results by number. */
    public record Page<T>(List<T> items, int page, int size, boolean hasMore) {
    }

    /** A page of results by cursor: pass {@code next} as {@code after} for the following page. */
    public record CursorPage<T>(List<T> items, int size, String next) {
    }

}
