package dev.lexgraph.citation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How the citing text relates to the cited document, read from the words that govern a citation. */
public enum Relation {
    /** "Thực hiện …", "Triển khai thực hiện …": the citing document carries the cited one out. */
    IMPLEMENTS,
    /** "… thay thế …", "bãi bỏ …". */
    REPLACES,
    /** "sửa đổi, bổ sung (một số điều của) …". */
    AMENDS,
    /** "Theo đề nghị của … tại Công văn số …": a request this document answers. */
    RESPONDS_TO,
    /** "Căn cứ …": legal basis. */
    BASED_ON,
    /** "quy định chi tiết …", "hướng dẫn thi hành …". */
    GUIDES,
    /** Any other mention. */
    CITES;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Relation fromCode(String code) {
        return code == null ? null : valueOf(code.toUpperCase(Locale.ROOT));
    }
}
