package dev.lexgraph.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatesAndListsTest {

    @Test
    void dateInDigitsAndInWords() {
        assertThat(Extract.only("Chỉ thị số 33/CT-TTg ngày 26/11/2021").date()).isEqualTo("2021-11-26");
        Citation words = Extract.only("Chi thi s6 33/CT-TTg ngay 26 thang 11\nnam 2021 cua Thu tuong");
        assertThat(words.date()).isEqualTo("2021-11-26");
        assertThat(words.text()).isEqualTo("Chi thi s6 33/CT-TTg ngay 26 thang 11\nnam 2021");
        assertThat(Extract.only("Chi thi s6 33/CT-TTg ngay 26 thdng 11 nim 2021").date()).isEqualTo("2021-11-26");
    }

    @Test
    void anIssuerRunsOnToTheVaThatOpensTheNextCitation() {
        // "trị", "Biên" are also keywords of the lexer: the issuer used to stop before them
        List<Citation> cs = Extract.citations("Thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị và "
                + "Chỉ thị số 08-CT/TU ngày 25/5/2021; Kế hoạch số 72/KH-UBND ngày 10/3/2015 của UBND tỉnh Điện Biên và "
                + "Hướng dẫn số 1968/HD-UBND ngày 18/1/2015 của UBND tỉnh Điện Biên.");
        assertThat(Extract.bySymbol(cs, "23-QĐ/TW").issuer()).isEqualTo("Bộ Chính trị");
        Citation plan = Extract.bySymbol(cs, "72/KH-UBND");
        assertThat(plan.issuer()).isEqualTo("UBND tỉnh Điện Biên");
        assertThat(plan.provinceAssumed()).isFalse();
    }

    @Test
    void isoDatesReadDigitByDigitAgreeWithTheFormatter() {
        assertThat(DateReader.iso("2025-07-01")).isEqualTo(java.time.LocalDate.of(2025, 7, 1));
        assertThat(DateReader.iso("2024-02-29")).isEqualTo(java.time.LocalDate.parse("2024-02-29"));
        assertThatThrownBy(() -> DateReader.iso("2025-02-29")).isInstanceOf(java.time.DateTimeException.class);
        assertThatThrownBy(() -> DateReader.iso("2025-7-1")).isInstanceOf(java.time.DateTimeException.class);
        assertThatThrownBy(() -> DateReader.iso("2025-0a-01")).isInstanceOf(java.time.DateTimeException.class);
    }

    @Test
    void commaBeforeTheDateIsPartOfTheQuote() {
        Citation c = Extract.only("Chỉ thị số 05-CT/TW, ngày 15/5/2016, của Bộ Chính trị về đẩy mạnh");
        assertThat(c.date()).isEqualTo("2016-05-15");
        assertThat(c.text()).isEqualTo("Chỉ thị số 05-CT/TW, ngày 15/5/2016");
        assertThat(c.issuer()).isEqualTo("Bộ Chính trị");
    }

    @Test
    void impossibleDateIsKeptAsWrittenAndFlagged() {
        ExtractionResult r = Extract.of("Ké hoach 39/KH-UBND ngay 29/02/2025 cua UBND tinh");
        Citation c = r.citations().get(0);
        assertThat(c.date()).isNull();
        assertThat(c.dateAsWritten()).isEqualTo("29/02/2025");
        assertThat(c.dateImpossible()).isTrue();
        assertThat(c.year()).isEqualTo(2025);
        assertThat(r.warnings()).anyMatch(w -> w.code().equals(ExtractionWarning.Code.IMPOSSIBLE_DATE)
                && w.start() == c.start());
        assertThat(Extract.only("Kế hoạch số 40/KH-UBND ngày 31/4/2024").date()).isNull();
        assertThat(Extract.only("Kế hoạch số 41/KH-UBND ngày 29/02/2024").date()).isEqualTo("2024-02-29");
        assertThat(Extract.only("Kế hoạch số 41/KH-UBND ngày 29/02/2024").dateImpossible()).isFalse();
    }

    @Test
    void oneDateSharedByAList() {
        List<Citation> cs = Extract.citations(
                "theo Quyét dinh s6 217-\nQDb/TW và Quyet dinh s6 218-QB/TW ngay 12/12/2013 cua Bo Chinh tri");
        assertThat(cs).extracting(Citation::symbol).containsExactly("217-QĐ/TW", "218-QĐ/TW");
        assertThat(cs).extracting(Citation::date).containsExactly("2013-12-12", "2013-12-12");
        assertThat(cs.get(0).text()).isEqualTo("Quyét dinh s6 217-\nQDb/TW");
        assertThat(cs).extracting(Citation::issuer).containsOnly("Bộ Chính trị");
    }

    @Test
    void membersPartedBySemicolonsOrOfAnotherYearKeepTheirOwnDate() {
        List<Citation> cs = Extract.citations("Căn cứ các Nghị định của Chính phủ: số 112/2006/NĐ-CP ngày 29/9/2006 về "
                + "sửa đổi một số điều của Nghị định số 16/2005/NĐ-CP ; số 99/2007/NĐ-CP ngày 13/6/2007 về quản lý chi phí;");
        assertThat(Extract.bySymbol(cs, "16/2005/NĐ-CP").date()).isNull();
        assertThat(Extract.bySymbol(cs, "99/2007/NĐ-CP").date()).isEqualTo("2007-06-13");
        List<Citation> years = Extract.citations("Nghị định số 16/2005/NĐ-CP và số 99/2007/NĐ-CP ngày 13/6/2007");
        assertThat(Extract.bySymbol(years, "16/2005/NĐ-CP").date()).isNull();
    }

    @Test
    void aDateIsNotSharedAcrossTypesOrSentences() {
        List<Citation> cs = Extract.citations("Chỉ thị số 05-CT/TW và Kết luận số 01-KL/TW ngày 18/5/2021");
        assertThat(cs.get(0).date()).isNull();
        assertThat(cs.get(1).date()).isEqualTo("2021-05-18");
        List<Citation> two = Extract.citations("Quyết định số 11/QĐ-UBND. Quyết định số 12/QĐ-UBND ngày 01/02/2021");
        assertThat(two.get(0).date()).isNull();
    }

    @Test
    void severalNumbersAfterOneTypeWord() {
        List<Citation> cs = Extract.citations(
                "các Quyết định số 1211/QĐ-UBND ngày 02/11/2022 và số 1212/QĐ-UBND ngày 03/11/2022 của UBND tỉnh");
        assertThat(cs).extracting(Citation::symbol).containsExactly("1211/QĐ-UBND", "1212/QĐ-UBND");
        assertThat(cs).extracting(Citation::type).containsOnly(DocType.QUYET_DINH);
        assertThat(cs.get(0).text()).isEqualTo("Quyết định số 1211/QĐ-UBND ngày 02/11/2022");
        assertThat(cs.get(1).text()).isEqualTo("số 1212/QĐ-UBND ngày 03/11/2022");
        assertThat(cs.get(1).date()).isEqualTo("2022-11-03");
    }

    @Test
    void citationsInsideFootnotes() {
        String text = """
                Sở đã ban hành các kế hoạch triển khai¹.

                ____________
                ¹ Ké hoach s6 372/KH-SKHCN ngdy 15/3/2023; K¢é hoach s6 268/KH-SKHCN ngay 28/02/2023.
                """;
        assertThat(Extract.citations(text)).extracting(Citation::symbol)
                .containsExactly("372/KH-SKHCN", "268/KH-SKHCN");
    }

    @Test
    void issuerFromTheTextOrFromTheSymbol() {
        assertThat(Extract.only("Chi thi s6 33/CT-TTg ngay 26/11/2021 ctia Thu tuéng Chinh phi vé").issuer())
                .isEqualTo("Thủ tướng Chính phủ");
        assertThat(Extract.only("Nghị định số 04/2015/NĐ-CP ngày 09/01/2015").issuer()).isEqualTo("Chính phủ");
        assertThat(Extract.only("Quyết định số 2488/QĐ-UBND ngày 15/10/2024 của UBND tỉnh Quảng Trị").issuer())
                .isEqualTo("UBND tỉnh Quảng Trị");
    }

    @Test
    void subjectAfterVe() {
        Citation c = Extract.only("Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục tăng "
                + "cường và đổi mới công tác dân vận; các nội dung khác");
        assertThat(c.subject()).isEqualTo("tiếp tục tăng cường và đổi mới công tác dân vận");
    }
}
