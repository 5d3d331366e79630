package dev.lexgraph.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The systematic damage of scanned documents: each pattern of the OCR table, and new ones like them. */
class OcrPatternsTest {

    @ParameterizedTest(name = "số read as «{0}»")
    @ValueSource(strings = {"s6", "sé", "sb", "so", "s0", "s", "sd", "sO", "sé6", ")", "số:"})
    void numberWordReadings(String so) {
        Citation c = Extract.only("Thực hiện Chỉ thị " + so + " 33/CT-TTg ngày 26/11/2021 của Thủ tướng");
        assertThat(c.symbol()).isEqualTo("33/CT-TTg");
        assertThat(c.date()).isEqualTo("2021-11-26");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Quyét dinh s6 396-QB/TU ngay 19/10/2021        | QUYET_DINH | 396-QĐ/TU
            Quyét dinh sb 835/QDB-UBND ngay 30/12/2024     | QUYET_DINH | 835/QĐ-UBND
            Quyét dinh ) 124/Qb-UBND ngay 30/01/2023       | QUYET_DINH | 124/QĐ-UBND
            Quyét dinh 35/0P-SKHCN ngay 12/3/2025          | QUYET_DINH | 35/QĐ-SKHCN
            Quyét dinh s6 259/QDb-SKHCN ngay 31/12/2022    | QUYET_DINH | 259/QĐ-SKHCN
            Nghi quyét s6 93/NQ-HDPND ngay 08/12/2021      | NGHI_QUYET | 93/NQ-HĐND
            Nghi quyét s6 94/NQ-HPND ngay 08/12/2021       | NGHI_QUYET | 94/NQ-HĐND
            Nghi dinh s6 60/2021/NB-CP ngay 21/6/2021      | NGHI_DINH  | 60/2021/NĐ-CP
            Nghị dinb s6 145/2020/NP-CP ngay 14/12/2020     | NGHI_DINH  | 145/2020/NĐ-CP
            Ké hoach s6 204-KH/BDVTU-BCSPUBND ngay 31/12/2024 | KE_HOACH | 204-KH/BDVTU-BCSĐUBND
            Dé &n sé 13-DA/TU ngay 10/10/2022              | DE_AN      | 13-ĐA/TU
            """)
    void dReadAsBPOrD(String text, DocType type, String symbol) {
        Citation c = Extract.only(text);
        assertThat(c.type()).isEqualTo(type);
        assertThat(c.symbol()).isEqualTo(symbol);
        assertThat(Extract.of(text).warnings()).anyMatch(w -> w.code().equals(ExtractionWarning.Code.SYMBOL_REPAIRED)
                || !symbol.equals(c.symbolAsWritten()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            K& hoach s6 67/KH-UBND ngay 26/10/2025         | KE_HOACH
            K¢é hoach s6 268/KH-SKHCN ngay 28/02/2023      | KE_HOACH
            K€ hoach so 117/KH-SKHCN ngay 03/02/2023       | KE_HOACH
            Ké hoéch s6 1520 /KH-SNV ngay 02/7/2025        | KE_HOACH
            Két luan sé 114-KL/TW ngay 14/7/2015           | KET_LUAN
            Chi thj s6 33/CT-TTg ngay 26/11/2021           | CHI_THI
            Thong béo s6 43/TB-SKHCN ngay 06/3/2025        | THONG_BAO
            Théng bao s6 44/TB-SKHCN ngay 06/3/2025        | THONG_BAO
            Cong vin sé 1119/SNV-XDCQ ngay 23/5/2025       | CONG_VAN
            Cdng vdn s6 5640/UBND-VX ngay 18/11/2025       | CONG_VAN
            Cbng van sb 3021/SNV-CCHC ngay 05/8/2025       | CONG_VAN
            Huéng din s6 2150/HD-SNV ngay 06/10/2025       | HUONG_DAN
            Th6ng tu s6 05/2025/TT-BTC ngay 20/01/2025     | THONG_TU
            Dy 4n sé 14/DA-UBND ngay 10/10/2022            | DU_AN
            """)
    void typeWordReadings(String text, DocType type) {
        assertThat(Extract.only(text).type()).isEqualTo(type);
    }

    /** Copying from web pages glues words in lower case too: the type word is still read, and its quote starts at it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Bộ Giao thông vận tải nhận đượccông văn số 5241/UBND-VHXH ngày 25/12/2008 của UBND tỉnh Bến Tre|CONG_VAN|công văn số 5241/UBND-VHXH ngày 25/12/2008",
        "Theo vănbản số 3314/UBND-KH ngày 27 tháng 6 năm 2008 của UBND tỉnh|CONG_VAN|vănbản số 3314/UBND-KH ngày 27 tháng 6 năm 2008",
        "Căn cứ Quyếtđịnh số 12/QĐ-UBND ngày 5/1/2021 của UBND tỉnh|QUYET_DINH|Quyếtđịnh số 12/QĐ-UBND ngày 5/1/2021",
        "triển khai thực hiệnkế hoạch số 39/KH-UBND ngày 5/1/2021 của UBND tỉnh|KE_HOACH|kế hoạch số 39/KH-UBND ngày 5/1/2021",
    })
    void typeWordsGluedInLowerCase(String text, DocType type, String quote) {
        Citation c = Extract.only(text);
        assertThat(c.type()).isEqualTo(type);
        assertThat(c.text()).isEqualTo(quote);
    }

    /** Ordinary words are never parted: an English word ending like a keyword, a syllable holding a type word's letters. */
    @Test
    void ordinaryWordsAreNotParted() {
        assertThat(Extract.citations("Photo of a caravan, the bike 12/KH-UBND")).allSatisfy(
                c -> assertThat(c.type()).isNotEqualTo(DocType.CONG_VAN));
        assertThat(Extract.only("Chương trình số 15-CTr/TU ngày 28/4/2021 của Tỉnh ủy").type()).isEqualTo(DocType.CHUONG_TRINH);
    }

    @Test
    void lineBreaksInsideSymbolTypeWordAndDate() {
        String text = """
                theo Chi thi s6 08-
                CT/TU ngay 25/5/2021 và Quyét dinh s6 48/2021/QD-
                UBND ngay 22/9/2021; Nghi
                quyét s6 93/NQ-HDPND ngay 08/12/2021, Chi th
                s0 33/CT-TTg ngay
                26/11/2021""";
        List<Citation> cs = Extract.citations(text);
        assertThat(cs).extracting(Citation::symbol)
                .containsExactly("08-CT/TU", "48/2021/QĐ-UBND", "93/NQ-HĐND", "33/CT-TTg");
        assertThat(cs).extracting(Citation::date)
                .containsExactly("2021-05-25", "2021-09-22", "2021-12-08", "2021-11-26");
        for (Citation c : cs) {
            assertThat(c.text()).isEqualTo(text.substring(c.start(), c.end()));
        }
        assertThat(cs.get(0).text()).isEqualTo("Chi thi s6 08-\nCT/TU ngay 25/5/2021");
    }

    @Test
    void spacesInsideSymbols() {
        assertThat(Extract.only("Nghi quyét s6 25- NQ/TW ngay 03/6/2013").symbol()).isEqualTo("25-NQ/TW");
        assertThat(Extract.only("Kế hoạch số 2599 /KH-SKHCN ngày 04/11/2025").symbol()).isEqualTo("2599/KH-SKHCN");
        assertThat(Extract.only("Quyết định số 21 / 2008 / QĐ - NHNN ngày 01/10/2008").symbol()).isEqualTo("21/2008/QĐ-NHNN");
    }

    @Test
    void spacedDashDoesNotRunIntoTheNextWord() {
        Citation c = Extract.only("Quyết định số 12/QĐ-UBND - Sở Nội vụ chủ trì");
        assertThat(c.symbol()).isEqualTo("12/QĐ-UBND");
    }

    @Test
    void footnoteMarkersGluedToWords() {
        List<Citation> cs = Extract.citations("đã ban hành kế hoạch2Ké hoach s6 1485/KH-SKHCN ngay 30/9/2022"
                + " và L Ké hoach s6 2170/KH-SKHCN ngay 30/12/2022; % Quyet dinh s6 107/QD-SKHCN ngay 13/6/2023");
        assertThat(cs).extracting(Citation::symbol).containsExactly("1485/KH-SKHCN", "2170/KH-SKHCN", "107/QĐ-SKHCN");
    }

    @Test
    void footnoteDigitGluedToAYearIsTrimmedAndFlagged() {
        ExtractionResult r = Extract.of("Kế hoạch số 12/KH-UBND ngày 20 tháng 01 năm 20251 của UBND tỉnh");
        assertThat(r.citations().get(0).date()).isEqualTo("2025-01-20");
        assertThat(r.warnings()).anyMatch(w -> w.code().equals(ExtractionWarning.Code.FOOTNOTE_MARKER));
    }

    @Test
    void unknownUnitCodesAreKeptAsWritten() {
        assertThat(Extract.only("Kế hoạch số 07/KH-SKHHCN ngày 10/01/2025").symbol()).isEqualTo("07/KH-SKHHCN");
        assertThat(Extract.only("Công văn số 88/BP-XYZ ngày 10/01/2025").symbol()).isEqualTo("88/BP-XYZ");
    }
}
