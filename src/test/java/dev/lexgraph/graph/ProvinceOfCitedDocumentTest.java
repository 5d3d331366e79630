package dev.lexgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lexgraph.citation.Citation;
import dev.lexgraph.citation.CitationExtractor;
import dev.lexgraph.citation.ExtractionResult;
import dev.lexgraph.citation.TextFolding;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The issuer clause of a cited local document decides its province, for every province of the gazetteer
 * (the 63 before the 2025 merger and the 34 after), through the clauses of every body that uses local codes,
 * with and without diacritics: a Kon Tum plan citing "Kế hoạch số 12/KH-UBND … của UBND tỉnh Quảng Bình"
 * cites a Quảng Bình document.
 */
class ProvinceOfCitedDocumentTest {

    record Province(String name, boolean city) {
        String kind() {
            return city ? "thành phố" : "tỉnh";
        }
    }

    /** A body that uses local codes: the symbol it gives and its issuer clause for a province. */
    record Clause(String symbol, String clause) {
    }

    static List<Province> provinces() throws Exception {
        List<Province> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(CitationExtractor.class
                .getResourceAsStream("provinces.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    out.add(new Province(f[0], f[1].startsWith("thành")));
                }
            }
        }
        return out;
    }

    static List<Clause> clauses(Province p) {
        String k = p.kind();
        String party = p.city() ? "Thành ủy" : "Tỉnh ủy";
        return List.of(
                new Clause("12/KH-UBND", "UBND " + k + " " + p.name()),
                new Clause("13/QĐ-UBND", "Ủy ban nhân dân " + k + " " + p.name()),
                new Clause("14/2021/NQ-HĐND", "HĐND " + k + " " + p.name()),
                new Clause("15/NQ-HĐND", "Hội đồng nhân dân " + k + " " + p.name()),
                new Clause("16-CTr/TU", party + " " + p.name()),
                new Clause("17-KH/TU", "Ban Thường vụ " + party + " " + p.name()),
                new Clause("18/KH-SKHĐT", "Sở Kế hoạch và Đầu tư " + k + " " + p.name()),
                new Clause("19/SLĐTBXH-VL", "Sở Lao động - Thương binh và Xã hội " + k + " " + p.name()),
                new Clause("20/KH-SNV", "Sở Nội vụ " + k + " " + p.name()),
                new Clause("21/KH-SKHCN", "Sở Khoa học và Công nghệ " + k + " " + p.name()));
    }

    @Test
    void everyProvinceNamedInAnIssuerClauseIsTheCitedDocumentsProvince() throws Exception {
        CitationExtractor extractor = new CitationExtractor();
        List<Province> all = provinces();
        assertThat(all).hasSizeGreaterThanOrEqualTo(63);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Province p : all) {
            // The citing document is always of another province, so its own cannot stand in.
            String citing = p.name().equals("Kon Tum") ? "LẠNG SƠN" : "KON TUM";
            String place = citing.equals("KON TUM") ? "Kon Tum" : "Lạng Sơn";
            for (boolean diacritics : new boolean[] {true, false}) {
                StringBuilder body = new StringBuilder();
                List<Clause> cs = clauses(p);
                for (Clause c : cs) {
                    String clause = diacritics ? c.clause() : TextFolding.fold(c.clause());
                    body.append("- Căn cứ văn bản số ").append(c.symbol()).append(" ngày 05/01/2021 của ")
                            .append(clause).append(" về việc phối hợp thực hiện nhiệm vụ năm 2021;\n");
                }
                String text = "ỦY BAN NHÂN DÂN\nTỈNH " + citing + "\nSố: 99/KH-UBND\n" + place
                        + ", ngày 10 tháng 3 năm 2021\nKẾ HOẠCH\nPhối hợp thực hiện nhiệm vụ năm 2021\n" + body;
                ExtractionResult r = extractor.extract(diacritics ? text : TextFolding.fold(text));
                assertThat(r.citations()).as(p.name()).hasSize(cs.size());
                for (int i = 0; i < cs.size(); i++) {
                    Citation c = r.citations().get(i);
                    String jurisdiction = DocumentIdentity.jurisdiction(c.issuerScope(), c.issuer(),
                            r.document().province());
                    checked++;
                    if (!jurisdiction.equals(DocumentIdentity.slug(p.name()))) {
                        wrong.add(p.name() + (diacritics ? "" : " (no diacritics)") + ": '" + cs.get(i).clause()
                                + "' read as " + c.issuer() + " → " + jurisdiction);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(63 * 10 * 2);
        assertThat(wrong).as("%d of %d issuer clauses", wrong.size(), checked).isEmpty();
    }
}
