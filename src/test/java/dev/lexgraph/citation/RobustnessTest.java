package dev.lexgraph.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.lexgraph.text.SampleDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Randomised checks of the extractor's invariants on arbitrary text: no exception escapes, every offset
 * lies inside the text, every citation's text is exactly its slice, citations come in reading order and
 * do not overlap. Inputs: random Unicode, random mixes of citation-like pieces, and the seed documents
 * cut, spliced and mutated at random. Seeded, so a failure can be replayed.
 */
class RobustnessTest {

    private static final String[] PIECES = {
        "Quyết định", "Quyét dinh", "số", "s6", "sb", ")", "12", "2488", "/", "-", "QĐ", "QB", "UBND", "TW",
        "2021", "ngày", "ngay", "26/11/2021", "29/02/2025", "tháng", "năm", "của", "Thủ tướng", "\n", " ", ",",
        ";", ".", "(", "\"", "“", "Luật", "Bộ luật", "Hiến pháp", "Nghị quyết", "Trung ương", "và", "về",
        "Kế hoạch", "K&", "hoach", "NQ", "05-", "CT/TU", "04/2015/NĐ-CP", "Căn cứ", "Thực hiện", "thay thế",
        "sửa đổi, bổ sung", "Theo đề nghị", "tại", "Công văn", "Số:", "Đ", "\u0301", "\uFFFD", "\u0000", "😀",
    };

    @Test
    void randomUnicode() {
        Random rnd = new Random(20261121L);
        CitationExtractor ex = new CitationExtractor();
        for (int i = 0; i < 400; i++) {
            StringBuilder b = new StringBuilder();
            int n = rnd.nextInt(400);
            for (int k = 0; k < n; k++) {
                b.append((char) (rnd.nextBoolean() ? 32 + rnd.nextInt(95) : rnd.nextInt(0x3000)));
            }
            checkInvariants(ex, b.toString());
        }
    }

    @Test
    void randomCitationLikePieces() {
        Random rnd = new Random(7L);
        CitationExtractor ex = new CitationExtractor();
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + rnd.nextInt(40);
            for (int k = 0; k < n; k++) {
                b.append(PIECES[rnd.nextInt(PIECES.length)]);
                if (rnd.nextInt(3) > 0) {
                    b.append(' ');
                }
            }
            checkInvariants(ex, b.toString());
        }
    }

    @Test
    void mutatedSeedDocuments() throws Exception {
        List<String> seeds = SampleDocuments.all().stream().map(SampleDocuments.Sample::text).toList();
        assertThat(seeds).isNotEmpty();
        Random rnd = new Random(42L);
        CitationExtractor ex = new CitationExtractor();
        for (int i = 0; i < 300; i++) {
            String d = seeds.get(rnd.nextInt(seeds.size()));
            int a = rnd.nextInt(d.length());
            int b = a + rnd.nextInt(d.length() - a);
            StringBuilder m = new StringBuilder(d.substring(a, b));
            for (int k = 0; k < 20 && m.length() > 0; k++) {
                int at = rnd.nextInt(m.length());
                switch (rnd.nextInt(4)) {
                    case 0 -> m.deleteCharAt(at);
                    case 1 -> m.insert(at, PIECES[rnd.nextInt(PIECES.length)]);
                    case 2 -> m.setCharAt(at, (char) rnd.nextInt(0x2000));
                    default -> m.insert(at, '\n');
                }
            }
            checkInvariants(ex, m.toString());
        }
    }

    @Test
    void degenerateInputs() {
        CitationExtractor ex = new CitationExtractor();
        checkInvariants(ex, "");
        checkInvariants(ex, " ");
        checkInvariants(ex, "\n\n\n");
        checkInvariants(ex, "\"\"\"(((“unbalanced «quotes and (brackets");
        checkInvariants(ex, "1/A-".repeat(20_000));
        checkInvariants(ex, "Quyết định số ".repeat(5_000));
        checkInvariants(ex, "9".repeat(50_000) + "/QĐ-UBND");
        checkInvariants(ex, "Luật " .repeat(10_000));
    }

    @Test
    void aTenMegabyteLineIsParsedInLinearTime() {
        String unit = "Thực hiện Quyết định số 2488/QĐ-UBND ngày 15/10/2024 của UBND tỉnh, ";
        String big = unit.repeat(10_000_000 / unit.length());
        CitationExtractor ex = new CitationExtractor();
        ExtractionResult r = ex.extract(big);
        assertThat(r.citations()).hasSize(10_000_000 / unit.length());
        Citation last = r.citations().get(r.citations().size() - 1);
        assertThat(last.text()).isEqualTo(big.substring(last.start(), last.end()));
    }

    @Test
    void nfdTextIsNormalisedAndFlagged() {
        String nfd = java.text.Normalizer.normalize("Quyết định số 2488/QĐ-UBND ngày 15/10/2024", java.text.Normalizer.Form.NFD);
        ExtractionResult r = new CitationExtractor().extract(nfd);
        assertThat(r.citations()).extracting(Citation::symbol).containsExactly("2488/QĐ-UBND");
        assertThat(r.warnings()).anyMatch(w -> w.code().equals(ExtractionWarning.Code.NOT_NFC));
    }

    static void checkInvariants(CitationExtractor ex, String input) {
        String text = java.text.Normalizer.normalize(input, java.text.Normalizer.Form.NFC);
        assertThatCode(() -> ex.extract(input)).as("input: %s", abbreviate(input)).doesNotThrowAnyException();
        ExtractionResult r = ex.extract(input);
        int lastEnd = 0;
        for (Citation c : r.citations()) {
            assertThat(c.start()).isBetween(lastEnd, text.length());
            assertThat(c.end()).isBetween(c.start() + 1, text.length());
            assertThat(c.text()).isEqualTo(text.substring(c.start(), c.end()));
            assertThat(c.symbol()).isNotBlank().doesNotContain(" ", "\n");
            assertThat(c.type()).isNotNull();
            assertThat(c.relation()).isNotNull();
            if (c.from() != null) {
                assertThat(c.from()).isBetween(0, r.citations().indexOf(c) - 1);
            }
            lastEnd = c.end();
        }
        for (NamedReference n : r.named()) {
            assertThat(n.text()).isEqualTo(text.substring(n.start(), n.end()));
        }
        for (ExtractionWarning w : r.warnings()) {
            if (w.start() != null) {
                assertThat(w.start()).isBetween(0, text.length());
                assertThat(w.end()).isBetween(w.start(), text.length());
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
