package dev.lexgraph.citation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Document types: the administrative list of Nghị định 30/2020/NĐ-CP (appendix III), the legal
 * normative types of Luật 80/2015/QH13, and the Party types. The codes are those of the gold files (eval/README.md).
 */
public enum DocType {
    HIEN_PHAP("Hiến pháp"),
    BO_LUAT("Bộ luật"),
    LUAT("Luật"),
    PHAP_LENH("Pháp lệnh", "PL"),
    NGHI_DINH("Nghị định", "NĐ"),
    NGHI_QUYET("Nghị quyết", "NQ", "NQLT"),
    QUYET_DINH("Quyết định", "QĐ"),
    CHI_THI("Chỉ thị", "CT"),
    THONG_TU("Thông tư", "TT"),
    THONG_TU_LIEN_TICH("Thông tư liên tịch", "TTLT"),
    KET_LUAN("Kết luận", "KL"),
    QUY_DINH("Quy định", "QyĐ", "QĐi", "QĐ"),
    QUY_CHE("Quy chế", "QC"),
    HUONG_DAN("Hướng dẫn", "HD"),
    KE_HOACH("Kế hoạch", "KH"),
    CHUONG_TRINH("Chương trình", "CTr", "CTHĐ"),
    DE_AN("Đề án", "ĐA"),
    DU_AN("Dự án", "DA"),
    PHUONG_AN("Phương án", "PA"),
    BAO_CAO("Báo cáo", "BC", "BCTĐ"),
    THONG_BAO("Thông báo", "TB", "TBKL"),
    CONG_VAN("Công văn", "CV"),
    TO_TRINH("Tờ trình", "TTr"),
    CONG_DIEN("Công điện", "CĐ"),
    THONG_TRI("Thông tri", "TTr"),
    THONG_CAO("Thông cáo", "TC"),
    /**
     * Other types: the consolidated text of a law and its amendments (Văn bản hợp nhất, VBHN) and the other
     * administrative types (Biên bản, Hợp đồng, Giấy mời, …) by their appendix III abbreviations.
     */
    OTHER("Văn bản", "VBHN", "BB", "HĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB");

    private final String vietnameseName;
    private final List<String> abbreviations;

    DocType(String vietnameseName, String... abbreviations) {
        this.vietnameseName = vietnameseName;
        this.abbreviations = List.of(abbreviations);
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** Abbreviations this type carries inside a symbol, canonical first ("QĐ" in 2488/QĐ-UBND). */
    public List<String> abbreviations() {
        return abbreviations;
    }

    /**
     * The type whose abbreviation opens a symbol's code part (KH → KE_HOACH), or null. Used for a
     * citation written as "Văn bản số …" or as a bare symbol; ambiguous codes answer with the more
     * common type (TTr → Tờ trình, QĐ → Quyết định).
     */
    public static DocType fromAbbreviation(String abbreviation) {
        return BY_ABBREVIATION.get(TextFolding.symbolKey(abbreviation));
    }

    public static DocType fromCode(String code) {
        try {
            return code == null ? null : valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static final Map<String, DocType> BY_ABBREVIATION = new HashMap<>();

    static {
        for (DocType t : values()) {
            for (String a : t.abbreviations) {
                BY_ABBREVIATION.putIfAbsent(TextFolding.symbolKey(a), t);
            }
        }
        BY_ABBREVIATION.put("QD", QUYET_DINH);
        BY_ABBREVIATION.put("TTR", TO_TRINH);
        BY_ABBREVIATION.put("DA", DE_AN); // "Đề án" is far more often cited than "Dự án" with a symbol
    }
}
