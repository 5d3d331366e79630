package dev.lexgraph.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The OCR-tolerant fragment built from a phrase's spelling: its regex, and what it reads and refuses. */
class OcrPhraseTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            căn cứ           | c\\S{1,2}n c\\S{1,2}
            quy định         | quy d\\S{1,2}nh
            Ngày             | Ng\\S{1,2}y
            người ký         | ng\\S{1,2}\\S{1,2}i k\\S{1,2}
            th[ực]+ hiệ+n    | th\\S{1,3} hi\\S{1,3}n
            ch[ươ]+ng        | ch\\S{1,3}ng
            triể?n kh[a]i    | tri\\S{0,2}n kh\\S{1,2}i
            [đ]iề?u          | \\S{1,2}i\\S{0,2}u
            [đề] á-?n        | \\S{1,2} \\S?n
            tạ-?i            | t\\S?i
            và- các          | v\\S c\\S{1,2}c
            """)
    void spellingBecomesFragment(String spelling, String fragment) {
        assertThat(OcrPhrase.ocr(spelling)).isEqualTo(fragment);
    }

    /** Each line: a spelling, then texts it must read whole: typed, typed without diacritics, OCR-damaged. */
    @ParameterizedTest(name = "«{0}» reads {1}")
    @CsvSource(delimiter = '|', textBlock = """
            căn cứ          | Căn cứ       | Can cu       | Cän cír      | C¨n cø
            thực hiện       | Thực hiện    | Thuc hien    | Thyc hién    | Th&c hi&n
            th[ực]+ hiệ+n   | Thực hiện    | Thuc hien    | Thye hign    | Th,ưc hiêen
            triể?n kh[a]i   | Triển khai   | Trien khai   | Trin khai    | Triéen khdi
            sử?a đổi        | sửa đổi      | sua doi      | sa d6i       | stra dôi
            [đ]iều 1        | Điều 1       | Dieu 1       | Biéu 1       | Ðiêù 1
            tạ-?i           | tại          | tai          | ti           | t&i
            quy chế-        | quy chế      | quy che      | quy ch&      | quy ch¢
            """)
    void readsTypedPlainAndDamaged(String spelling, String typed, String plain, String damaged, String damaged2) {
        for (String text : new String[] {typed, plain, damaged, damaged2}) {
            assertThat(reads(spelling, text)).as(text).isTrue();
        }
    }

    /** Each line: a spelling, then texts it must not read: a letter lost where none may be, too much damage, another word. */
    @ParameterizedTest(name = "«{0}» refuses {1}")
    @CsvSource(delimiter = '|', textBlock = """
            căn cứ          | cn cu        | caaan cu     | can  cu      | can
            thực hiện       | thuc hen     | thuuuc hien  | thuc hi n    | thuc
            th[ực]+ hiệ+n   | thuuuc hien  | th hien      | thuc hieeeen | thuc  hien
            triể?n kh[a]i   | trien khi    | trieeen khai | trien kh&&&i | trienkhai
            sử?a đổi        | sua di       | suuua doi    | sua doooi    | sua
            [đ]iều 1        | ieu 1        | dieu 12      | dddieu 1     | dieu1
            tạ-?i           | tali         | t i          | taai         | tai i
            quy chế-        | quy ch       | quy chee     | quychee      | quy cheo
            """)
    void refusesOtherWords(String spelling, String a, String b, String c, String d) {
        for (String text : new String[] {a, b, c, d}) {
            assertThat(reads(spelling, text)).as(text).isFalse();
        }
    }

    @Test
    void expandsEachQuotedPhraseOfARegex() {
        assertThat(OcrPhrase.expand("(?<basis>«căn cứ»\\b)|«th[ực]+»\\s+«hiệ+n»|theo\\s*$"))
                .isEqualTo("(?<basis>c\\S{1,2}n c\\S{1,2}\\b)|th\\S{1,3}\\s+hi\\S{1,3}n|theo\\s*$");
        assertThat(OcrPhrase.compile("^«ngày»\\s+\\d", Pattern.CASE_INSENSITIVE).matcher("NGÀY 5").find()).isTrue();
    }

    @Test
    void refusesSpellingsItCannotRead() {
        assertThatThrownBy(() -> OcrPhrase.ocr("căn-cứ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OcrPhrase.ocr("ca?n")).isInstanceOf(IllegalArgumentException.class); // a plain letter takes no mark
        assertThatThrownBy(() -> OcrPhrase.ocr("th[]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OcrPhrase.ocr("th[ực")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OcrPhrase.expand("«căn cứ\\b")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Whether the phrase's fragment reads all of {@code text}, folded and lower-cased as the cue patterns see it. */
    private static boolean reads(String spelling, String text) {
        return Pattern.matches(OcrPhrase.ocr(spelling), TextFolding.foldLower(text));
    }
}
