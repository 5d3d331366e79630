package dev.lexgraph.graph;

import dev.lexgraph.citation.Citation;
import dev.lexgraph.citation.DocType;
import dev.lexgraph.citation.SymbolInfo;
import dev.lexgraph.citation.TextFolding;
import java.util.Locale;

/**
 * Who a document is. Numbers restart every year, and every province reuses the same local codes (UBND,
 * HĐND, TU, Sở …), so identity is jurisdiction + issuer + type + year + number: "central" for nationwide
 * codes (TTg, CP, TW, QH, ministries), the province for local ones. The identifier is shaped like the
 * European Legislation Identifier and safe in a URL ({@link DocumentId}).
 */
public final class DocumentIdentity {

    public static final String CENTRAL = "central";
    public static final String UNKNOWN_PROVINCE = "unknown-province";

    private DocumentIdentity() {
    }

    /** The jurisdiction a cited document belongs to, given the citing document's province. */
    public static String jurisdiction(Citation.IssuerScope scope, String issuer, String citingProvince) {
        if (scope == Citation.IssuerScope.CENTRAL) {
            return CENTRAL;
        }
        String province = provinceNamedIn(issuer);
        if (province == null) {
            province = citingProvince;
        }
        return province == null ? UNKNOWN_PROVINCE : slug(province);
    }

    /** "07" → "7", "000" → "0" ({@link SymbolInfo#withoutLeadingZeros}). */
    static String withoutLeadingZeros(String number) {
        return SymbolInfo.withoutLeadingZeros(number);
    }

    /** Slugs of the few hundred issuers, codes and types met over and over (ingestion makes one per citation). */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> SLUGS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int SLUGS_MAX = 20_000;

    /** Lower-case ASCII with dashes: "Quảng Ngãi" → "quang-ngai", "CHI_THI" → "chi-thi", "SKH&CN" → "skh-cn". */
    public static String slug(String s) {
        String known = SLUGS.get(s);
        if (known != null) {
            return known;
        }
        String slug = computeSlug(s);
        if (SLUGS.size() < SLUGS_MAX) {
            SLUGS.put(s, slug);
        }
        return slug;
    }

    private static String computeSlug(String s) {
        String f = TextFolding.fold(s).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(f.length());
        for (char c : f.toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                b.append(c);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                b.append('-');
            }
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == '-') {
            end--;
        }
        return b.substring(0, end);
    }

    private static final String[] LABELS = new String[DocType.values().length];

    static {
        for (DocType t : DocType.values()) {
            LABELS[t.ordinal()] = computeLabel(t);
        }
    }

    /** The node label for a type: KE_HOACH → KeHoach. */
    public static String label(DocType type) {
        return type == null ? computeLabel(null) : LABELS[type.ordinal()];
    }

    private static String computeLabel(DocType type) {
        StringBuilder b = new StringBuilder();
        for (String part : (type == null ? "OTHER" : type.name()).split("_")) {
            b.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    private static String provinceNamedIn(String issuer) {
        if (issuer == null) {
            return null;
        }
        int at = issuer.indexOf("tỉnh ");
        int len = 5;
        if (at < 0) {
            at = issuer.indexOf("thành phố ");
            len = 10;
        }
        if (at < 0) {
            // "Tỉnh ủy Quảng Ngãi", "Ban Thường vụ Tỉnh ủy Quảng Ngãi", "Thành ủy Hải Phòng"
            int u = issuer.indexOf("Tỉnh ủy ");
            if (u < 0) {
                u = issuer.indexOf("Thành ủy ");
                len = 9;
            } else {
                len = 8;
            }
            return u < 0 ? null : issuer.substring(u + len).strip();
        }
        String rest = issuer.substring(at + len).strip();
        return rest.isEmpty() ? null : rest;
    }
}
