package dev.lexgraph.api;

import dev.lexgraph.citation.DocType;
import dev.lexgraph.graph.RelationshipType;
import java.util.Map;

/**
 * The Vietnamese label of each code an answer carries, as the portals write it (vbpl.vn's relation and
 * status vocabularies), so that a client can show it without its own table. Codes stay the contract;
 * labels are additions beside them.
 */
public final class Labels {

    /** The state of a superseded document, and the statuses an import may set. */
    private static final Map<String, String> STATUSES = Map.of(
            "REPLACED", "Bị thay thế",
            "REPEALED", "Bị bãi bỏ",
            "AMENDED", "Được sửa đổi, bổ sung",
            "IN_FORCE", "Còn hiệu lực",
            "NOT_IN_FORCE", "Hết hiệu lực",
            "PARTLY_NOT_IN_FORCE", "Hết hiệu lực một phần",
            "NOT_YET_IN_FORCE", "Chưa có hiệu lực",
            "SUSPENDED", "Ngưng hiệu lực");

    /** The events of a document's history that are not statuses. */
    private static final Map<String, String> EVENTS = Map.of(
            "ISSUED", "Ban hành",
            "TOOK_EFFECT", "Có hiệu lực");

    private Labels() {
    }

    /** "KE_HOACH" → "Kế hoạch"; null for an unknown code. */
    public static String type(String code) {
        DocType t = code == null ? null : DocType.fromCode(code);
        return t == null ? null : t.vietnameseName();
    }

    /** "IMPLEMENTS" → "Thực hiện"; null for an unknown code. */
    public static String relation(String code) {
        RelationshipType t = RelationshipType.named(code);
        return t == null ? null : t.vietnameseLabel();
    }

    /** "REPLACED" → "Bị thay thế", "PARTLY_NOT_IN_FORCE" → "Hết hiệu lực một phần"; null for an unknown code. */
    public static String status(String code) {
        return code == null ? null : STATUSES.get(code);
    }

    /** "ISSUED" → "Ban hành", "REPLACED" → "Bị thay thế"; null for an unknown code. */
    public static String event(String code) {
        return code == null ? null : EVENTS.getOrDefault(code, STATUSES.get(code));
    }
}
