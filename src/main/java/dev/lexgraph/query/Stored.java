package dev.lexgraph.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What the read queries of {@code cypher/queries.cypher} return, as records. Each is made from the driver's
 * maps here, once ({@code of}); nothing past the repositories reads a result by its key.
 */
public final class Stored {

    private Stored() {
    }

    /**
     * A document node's properties ({@code d {.*}}); null is an absent property. {@code status},
     * {@code statusEffective} and {@code statusSource} come from an import; {@code notInForceSince} only from the
     * queries that reckon it (the walks' descriptions).
     */
    public record Document(String id, String type, String symbol, String number, Integer year, String date,
                           String dateAsWritten, String issuer, String jurisdiction, String title, boolean ingested,
                           String sourceFile, String status, String statusEffective, String statusSource,
                           String effective, String notInForceSince) {

        /** The document of a node's property map, or null when there is none. */
        static Document of(Object graphMap) {
            if (!(graphMap instanceof Map<?, ?> m)) {
                return null;
            }
            return new Document(str(m.get("id")), str(m.get("type")), str(m.get("symbol")), str(m.get("number")),
                    integer(m.get("year")), str(m.get("date")), str(m.get("dateAsWritten")), str(m.get("issuer")),
                    str(m.get("jurisdiction")), str(m.get("title")), Boolean.TRUE.equals(m.get("ingested")),
                    str(m.get("sourceFile")), str(m.get("status")), str(m.get("statusEffective")),
                    str(m.get("statusSource")), str(m.get("effective")), str(m.get("notInForceSince")));
        }
    }

    /** An issuing body and the bodies that took its work over, in order of their dates. */
    public record Body(String id, String name, String province, List<Successor> succeededBy) {

        static Body of(Object graphMap) {
            if (!(graphMap instanceof Map<?, ?> m) || m.get("id") == null) {
                return null;
            }
            List<Successor> successors = new ArrayList<>();
            if (m.get("succeededBy") instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Map<?, ?> s) {
                        successors.add(new Successor(str(s.get("id")), str(s.get("name")), str(s.get("since"))));
                    }
                }
            }
            successors.sort(Comparator.comparing(Successor::since, Comparator.nullsLast(Comparator.naturalOrder())));
            return new Body(str(m.get("id")), str(m.get("name")), str(m.get("province")), successors);
        }
    }

    /** A body that continued another's work from {@code since} (ISO). */
    public record Successor(String id, String name, String since) {
    }

    /** One place a text mentions a document: the file, the quoted text and its offsets (UTF-16, NFC). */
    public record Mention(String file, String quote, Integer start, Integer end) {

        /** The mentions a relation carries as parallel lists. */
        static List<Mention> of(Object file, Object quotes, Object starts, Object ends) {
            List<Mention> out = new ArrayList<>();
            if (quotes instanceof List<?> q) {
                List<?> s = starts instanceof List<?> l ? l : List.of();
                List<?> e = ends instanceof List<?> l ? l : List.of();
                for (int i = 0; i < q.size(); i++) {
                    out.add(new Mention(str(file), str(q.get(i)), i < s.size() ? integer(s.get(i)) : null,
                            i < e.size() ? integer(e.get(i)) : null));
                }
            }
            return out;
        }
    }

    /**
     * A relation of a document to or from {@code other}: its type, the file it was read from (or the import),
     * its mentions, its effective date and whether a mention states the citing document's purpose.
     */
    public record Relation(String type, Document other, String file, int count, List<Mention> mentions,
                           String effective, boolean purpose) {

        static Relation of(Map<String, Object> row) {
            Integer count = integer(row.get("count"));
            return new Relation(str(row.get("type")), Document.of(row.get("other")), str(row.get("file")),
                    count == null ? 0 : count, Mention.of(row.get("file"), row.get("quotes"), row.get("starts"),
                    row.get("ends")), str(row.get("effective")), Boolean.TRUE.equals(row.get("purpose")));
        }
    }

    /**
     * A document that replaces, repeals or amends another ({@code type} the relation's), the day that took
     * effect if stated, {@code since} the day it counts from (that, else the superseding document's own dates),
     * and where it is known from.
     */
    public record Supersession(String type, Document by, String effective, String since, String file) {
    }

    /** One document with its issuing body and the documents that supersede it. */
    public record Found(Document document, Body body, List<Supersession> supersededBy) {

        static Found of(Map<String, Object> row) {
            List<Supersession> supersededBy = new ArrayList<>();
            if (row.get("supersededBy") instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Map<?, ?> m) {
                        supersededBy.add(new Supersession(str(m.get("type")), Document.of(m.get("by")),
                                str(m.get("effective")), str(m.get("since")), str(m.get("file"))));
                    }
                }
            }
            return new Found(Document.of(row.get("document")), Body.of(row.get("body")), supersededBy);
        }
    }

    /** A document of the dependency table's row that the row's document depends on, and through what. */
    public record DependsOn(String id, String type, String symbol, String date, String jurisdiction, String issuer,
                            List<String> relations) {

        static DependsOn of(Map<?, ?> m) {
            List<String> relations = m.get("relations") instanceof List<?> l
                    ? l.stream().map(String::valueOf).toList() : List.of();
            return new DependsOn(str(m.get("id")), str(m.get("type")), str(m.get("symbol")), str(m.get("date")),
                    str(m.get("jurisdiction")), str(m.get("issuer")), relations);
        }
    }

    /** One row of the dependency table. */
    public record TableRow(Document document, List<DependsOn> dependsOn) {

        static TableRow of(Map<String, Object> row) {
            List<DependsOn> deps = row.get("dependsOn") instanceof List<?> l
                    ? l.stream().filter(Map.class::isInstance).map(d -> DependsOn.of((Map<?, ?>) d)).toList()
                    : List.of();
            return new TableRow(Document.of(row.get("document")), deps);
        }
    }

    /** The graph's counts; {@code mentions} null unless asked for. */
    public record Counts(long documents, long ingested, long relations, long files, long ambiguous, long bodies,
                         Long mentions) {

        static Counts of(Map<String, Object> m, boolean withMentions) {
            return new Counts(count(m.get("documents")), count(m.get("ingested")), count(m.get("relations")),
                    count(m.get("files")), count(m.get("ambiguous")), count(m.get("bodies")),
                    withMentions ? count(m.get("mentions")) : null);
        }

        private static long count(Object o) {
            return o instanceof Number n ? n.longValue() : 0;
        }
    }

    /** A citing document and its references to superseded documents, loudest first. */
    public record CitingReferences(Document citing, List<Reference> references) {

        static CitingReferences of(Map<String, Object> row) {
            List<Reference> references = new ArrayList<>();
            for (Object o : (List<?>) row.get("references")) {
                Map<?, ?> m = (Map<?, ?>) o;
                List<ReferenceSupersession> supersessions = new ArrayList<>();
                for (Object so : (List<?>) m.get("supersessions")) {
                    Map<?, ?> s = (Map<?, ?>) so;
                    supersessions.add(new ReferenceSupersession(str(s.get("kind")), Document.of(s.get("supersededBy")),
                            str(s.get("since")), str(s.get("sinceBasis")), str(s.get("timing")),
                            str(s.get("severity"))));
                }
                references.add(new Reference(str(m.get("severity")), str(m.get("relation")),
                        Mention.of(m.get("file"), m.get("quotes"), m.get("starts"), m.get("ends")),
                        Document.of(m.get("superseded")), supersessions));
            }
            return new CitingReferences(Document.of(row.get("citing")), references);
        }
    }

    /** A reference (a relation with its mentions) to a superseded document, with every supersession of it. */
    public record Reference(String severity, String relation, List<Mention> mentions, Document superseded,
                            List<ReferenceSupersession> supersessions) {
    }

    /**
     * One supersession of a cited document: {@code kind} a relation type or an imported status, since when,
     * on what basis, the citing document's timing against it, and the severity that gives.
     */
    public record ReferenceSupersession(String kind, Document supersededBy, String since, String sinceBasis,
                                        String timing, String severity) {
    }

    static String str(Object o) {
        return o == null ? null : o.toString();
    }

    static Integer integer(Object o) {
        return o instanceof Number n ? n.intValue() : null;
    }
}
