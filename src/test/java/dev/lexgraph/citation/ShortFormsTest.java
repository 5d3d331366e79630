package dev.lexgraph.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Short forms ("Kế hoạch nêu trên") repeat an earlier citation of the same document. */
class ShortFormsTest {

    private static final String PLAN = "UBND TỈNH QUẢNG NGÃI\nSố: 12/KH-UBND\nQuảng Ngãi, ngày 5 tháng 3 năm 2024\n"
            + "KẾ HOẠCH\nThực hiện Nghị quyết số 163/2021/NQ-HĐND ngày 10/12/2021 của HĐND tỉnh\n"
            + "Thực hiện Quyết định số 2488/QĐ-UBND ngày 20/12/2023 của UBND tỉnh, Kế hoạch số 39/KH-UBND ngày "
            + "01/02/2024 của UBND tỉnh, Chỉ thị số 05/CT-UBND ngày 02/02/2024 của UBND tỉnh.\n";

    private static List<String> antecedents(ExtractionResult r) {
        return r.shortForms().stream()
                .map(f -> f.text() + " -> " + r.citations().get(f.antecedent()).symbol()).toList();
    }

    @Test
    void aShortFormRepeatsTheNearestEarlierCitationOfItsTypeAndNumber() {
        ExtractionResult r = Extract.of(PLAN + "Các sở triển khai Kế hoạch nêu trên; Nghị quyết số 163 nêu trên; "
                + "thực hiện Chỉ thị này và Quyết định trên.\n");
        assertThat(antecedents(r)).containsExactly("Kế hoạch nêu trên -> 39/KH-UBND",
                "Nghị quyết số 163 nêu trên -> 163/2021/NQ-HĐND", "Chỉ thị này -> 05/CT-UBND",
                "Quyết định trên -> 2488/QĐ-UBND");
    }

    @Test
    void theDocumentItselfAndPhrasesThatOnlyLookAlikeAreNotShortForms() {
        ExtractionResult r = Extract.of(PLAN + "Kế hoạch này được triển khai trên cơ sở Quyết định trên cơ sở đề nghị; "
                + "Nghị quyết số 99 nêu trên.\n");
        assertThat(r.shortForms()).isEmpty();
    }

    @Test
    void anUndatedRepeatOfADatedSymbolTakesItsYearButNoDate() {
        ExtractionResult r = Extract.of(PLAN + "Triển khai Quyết định số 2488/QĐ-UBND (nêu trên).\n");
        Citation repeat = r.citations().get(r.citations().size() - 1);
        assertThat(repeat.symbol()).isEqualTo("2488/QĐ-UBND");
        assertThat(repeat.date()).isNull();
        assertThat(repeat.year()).isEqualTo(2023);
    }
}
