package dev.lexgraph.eval;

import dev.lexgraph.citation.Citation;
import dev.lexgraph.citation.DocumentHeader;
import dev.lexgraph.citation.Provinces;
import dev.lexgraph.citation.TextFolding;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A file's own identity and purpose against its gold: the header's type, symbol and date (each right or
 * wrong), and the set of documents it was issued to implement, as the folded symbols of the gold's
 * {@code document.implements} against those of the citations the extractor marks as its purpose; and the
 * province the document is filed under against the gold's {@code place} (none for a central document): a
 * local document filed under another province is another province's node in the graph.
 */
public record DocumentScore(String name, boolean typeRight, boolean symbolRight, boolean dateRight,
                            Set<String> goldPurpose, Set<String> predictedPurpose, String predictedHeader,
                            String goldProvince, String predictedProvince, String goldIssuer, String predictedIssuer) {

    /** Null when the gold file gives no document. */
    static DocumentScore score(GoldFile gold, DocumentHeader header, List<Citation> citations) {
        GoldFile.GoldDocument g = gold.document();
        if (g == null) {
            return null;
        }
        String type = header == null || header.type() == null ? null : header.type().name();
        String symbol = header == null ? null : header.symbol();
        String date = header == null ? null : header.date();
        Set<String> goldPurpose = new TreeSet<>();
        g.implemented().forEach(s -> goldPurpose.add(TextFolding.symbolKey(s)));
        Set<String> predicted = new TreeSet<>();
        for (Citation c : citations) {
            if (c.purpose()) {
                predicted.add(TextFolding.symbolKey(c.symbol()));
            }
        }
        return new DocumentScore(gold.name(), Objects.equals(g.type(), type),
                Objects.equals(key(g.symbol()), key(symbol)), Objects.equals(g.date(), date), goldPurpose, predicted,
                type + " | " + symbol + " | " + date, goldProvince(g), header == null ? null : header.province(), g.issuer(),
                header == null ? null : header.issuer());
    }

    /**
     * The province of the gold's place as the gazetteer names it ("Thành phố Hồ Chí Minh" is "Hồ Chí Minh"), else
     * the one its issuer names after "tỉnh", "thành phố", "Tỉnh ủy" or "Thành ủy" (a local text without a date line:
     * "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi"); null for a central body ("Ban Bí thư Trung ương Đoàn TNCS Hồ Chí
     * Minh" names no province). A place that names none (a commune's) is kept as written, and
     * {@link #provinceScored} leaves it out.
     */
    private static String goldProvince(GoldFile.GoldDocument g) {
        if (g.place() != null) {
            return Provinces.namedIn(g.place()).map(Provinces.Province::name).orElse(g.place());
        }
        java.util.regex.Matcher m = g.issuer() == null ? null : ISSUER_PROVINCE.matcher(g.issuer());
        return m != null && m.find() ? Provinces.namedIn(m.group(1)).map(Provinces.Province::name).orElse(null) : null;
    }

    private static final java.util.regex.Pattern ISSUER_PROVINCE = java.util.regex.Pattern.compile(
            "(?:tỉnh|thành phố|Tỉnh ủy|Thành ủy)\\s+(\\p{Lu}.*)");

    /**
     * Whether the issuer is the gold's, compared loosely: folded, "Ủy ban nhân dân" as "UBND" and "Hội đồng nhân dân"
     * as "HĐND", a leading "Chủ tịch" aside (the gold names the chairman who signs for the committee; the committee
     * is the body). A gold without an issuer is not compared.
     */
    public boolean issuerRight() {
        return goldIssuer == null || issuerKey(goldIssuer).equals(issuerKey(predictedIssuer));
    }

    private static String issuerKey(String issuer) {
        if (issuer == null) {
            return "";
        }
        String k = TextFolding.foldLower(issuer).replaceAll("\\s+", " ").strip()
                .replace("uy ban nhan dan", "ubnd").replace("hoi dong nhan dan", "hdnd");
        return k.startsWith("chu tich ") ? k.substring("chu tich ".length()) : k;
    }

    /** Whether the gold's place names no province ("Mường Ảng", a commune's): nothing to compare the province with. */
    public boolean provinceScored() {
        return goldProvince == null || Provinces.named(goldProvince).isPresent();
    }

    /** Whether the province is the gold's (compared without diacritics: "Hoà Bình" is "Hòa Bình"), or both give none. */
    public boolean provinceRight() {
        return Objects.equals(key(goldProvince), key(predictedProvince));
    }

    private static String key(String symbol) {
        return symbol == null ? null : TextFolding.symbolKey(symbol);
    }

    /** Purpose symbols both the gold and the extractor give. */
    public int purposeAgreeing() {
        Set<String> both = new TreeSet<>(goldPurpose);
        both.retainAll(predictedPurpose);
        return both.size();
    }

    public boolean purposeExact() {
        return goldPurpose.equals(predictedPurpose);
    }

    public boolean headerRight() {
        return typeRight && symbolRight && dateRight;
    }
}
