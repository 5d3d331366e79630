package dev.lexgraph.graph;

import dev.lexgraph.citation.Relation;
import java.util.Arrays;
import java.util.List;

/**
 * The types of relationship between two documents in the graph: what answers call a document's relations,
 * by these names. The extractor's {@link Relation}s are stored under the type of the same name; REPEALS
 * comes only from imported relations. The graph's other relationships (CONTAINS, ISSUED_BY, CANDIDATE,
 * SUCCEEDED_BY) join files, bodies and ambiguous mentions, never two documents; no answer carries them, so
 * only the Cypher names them. Cypher cannot take a type as a parameter: the statements of
 * {@code cypher/*.cypher} spell these names, and a test checks that they and this enum agree.
 *
 * <p>The order is the one the API description lists them in.
 */
public enum RelationshipType {
    IMPLEMENTS("Thực hiện"),
    REPLACES("Thay thế"),
    REPEALS("Bãi bỏ"),
    AMENDS("Sửa đổi, bổ sung"),
    RESPONDS_TO("Trả lời, theo đề nghị"),
    BASED_ON("Căn cứ"),
    GUIDES("Hướng dẫn, quy định chi tiết"),
    CITES("Dẫn chiếu");

    private final String vietnameseLabel;

    RelationshipType(String vietnameseLabel) {
        this.vietnameseLabel = vietnameseLabel;
    }

    /** As the portals write it (vbpl.vn's relation vocabulary): "Thực hiện" for IMPLEMENTS. */
    public String vietnameseLabel() {
        return vietnameseLabel;
    }

    /** By the extractor's relation's ordinal; filled once, as ingestion asks for every citation. */
    private static final RelationshipType[] OF_RELATION = Arrays.stream(Relation.values())
            .map(r -> valueOf(r.name())).toArray(RelationshipType[]::new);

    /** The type a relation the extractor read is stored under: the one of the same name. */
    public static RelationshipType of(Relation relation) {
        return OF_RELATION[relation.ordinal()];
    }

    /** The type of that name, or null when {@code name} is none (a status, or null). */
    public static RelationshipType named(String name) {
        for (RelationshipType t : values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }

    /** The names of {@code types}, in that order: what Cypher parameters and answers carry. */
    public static List<String> names(RelationshipType... types) {
        return Arrays.stream(types).map(Enum::name).toList();
    }
}
