package dev.lexgraph.citation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every number family and every document type, typed with diacritics and without. */
class CitationFamiliesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thực hiện Quyết định số 2488/QĐ-UBND ngày 15/10/2024 của UBND tỉnh        | QUYET_DINH | 2488/QĐ-UBND        | 2024-10-15
            căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ          | NGHI_DINH  | 04/2015/NĐ-CP       | 2015-01-09
            theo Nghị quyết số 163/2021/NQ-HĐND ngày 09/12/2021 của HĐND tỉnh        | NGHI_QUYET | 163/2021/NQ-HĐND    | 2021-12-09
            quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị           | CHI_THI    | 05-CT/TW            | 2016-05-15
            thực hiện Quyết định số 396-QĐ/TU ngày 19/10/2021 của Ban Thường vụ      | QUYET_DINH | 396-QĐ/TU           | 2021-10-19
            Kế hoạch số 204-KH/BDVTU-BCSĐUBND ngày 31/12/2024 của Ban Dân vận        | KE_HOACH   | 204-KH/BDVTU-BCSĐUBND | 2024-12-31
            tại Công văn số 1119/SNV-XDCQ ngày 23/5/2025 về việc báo cáo             | CONG_VAN   | 1119/SNV-XDCQ       | 2025-05-23
            Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ                 | THONG_TU   | 01/2011/TT-BNV      | 2011-01-19
            Thông tư liên tịch số 01/2016/TTLT-NHNN-BTP ngày 04/3/2016              | THONG_TU_LIEN_TICH | 01/2016/TTLT-NHNN-BTP | 2016-03-04
            Kết luận số 120-KL/TW ngày 07/01/2016 của Bộ Chính trị                   | KET_LUAN   | 120-KL/TW           | 2016-01-07
            Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương       | QUY_DINH   | 08-QĐi/TW           | 2018-10-25
            Quy chế số 05-QC/TU ngày 18/11/2025                                       | QUY_CHE    | 05-QC/TU            | 2025-11-18
            Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương           | HUONG_DAN  | 36-HD/VPTW          | 2018-04-03
            Chương trình số 15-CTr/TU ngày 28/02/2022                                 | CHUONG_TRINH | 15-CTr/TU         | 2022-02-28
            Đề án số 13-ĐA/TU ngày 10/10/2022                                         | DE_AN      | 13-ĐA/TU            | 2022-10-10
            Dự án số 09/DA-SKHCN ngày 01/3/2024                                       | DU_AN      | 09/DA-SKHCN         | 2024-03-01
            Phương án số 02/PA-UBND ngày 22/7/2025                                    | PHUONG_AN  | 02/PA-UBND          | 2025-07-22
            Báo cáo số 1158/BC-SKHCN ngày 30/5/2025                                   | BAO_CAO    | 1158/BC-SKHCN       | 2025-05-30
            Thông báo số 43/TB-SKHCN ngày 06/3/2025                                   | THONG_BAO  | 43/TB-SKHCN         | 2025-03-06
            Tờ trình số 4512/TTr-SNV ngày 20/8/2025                                   | TO_TRINH   | 4512/TTr-SNV        | 2025-08-20
            Công điện số 05/CĐ-TTg ngày 14/01/2025 của Thủ tướng Chính phủ           | CONG_DIEN  | 05/CĐ-TTg           | 2025-01-14
            Thông tri số 02-TT/TU ngày 05/5/2023                                      | THONG_TRI  | 02-TT/TU            | 2023-05-05
            Luật số 10/2022/QH15 ngày 10/11/2022                                       | LUAT       | 10/2022/QH15        | 2022-11-10
            Pháp lệnh số 02/2020/UBTVQH14 ngày 09/12/2020                             | PHAP_LENH  | 02/2020/UBTVQH14    | 2020-12-09
            Bộ luật số 45/2019/QH14 ngày 20/11/2019                                    | BO_LUAT    | 45/2019/QH14        | 2019-11-20
            Văn bản số 2739/VPCP-ĐMDN ngày 03/4/2019 của Văn phòng Chính phủ        | CONG_VAN   | 2739/VPCP-ĐMDN      | 2019-04-03
            """)
    void typedCitation(String sentence, DocType type, String symbol, String date) {
        Citation c = Extract.only(sentence);
        assertThat(c.type()).isEqualTo(type);
        assertThat(c.symbol()).isEqualTo(symbol);
        assertThat(c.date()).isEqualTo(date);
        assertThat(c.text()).isEqualTo(sentence.substring(c.start(), c.end()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thuc hien Quyet dinh so 2488/QD-UBND ngay 15/10/2024 cua UBND tinh       | QUYET_DINH | 2488/QĐ-UBND     | 2024-10-15
            can cu Nghi dinh so 04/2015/ND-CP ngay 09/01/2015 cua Chinh phu          | NGHI_DINH  | 04/2015/NĐ-CP    | 2015-01-09
            Nghi quyet so 93/NQ-HDND ngay 08/12/2021 cua HDND tinh                   | NGHI_QUYET | 93/NQ-HĐND       | 2021-12-08
            Chi thi so 33/CT-TTg ngay 26/11/2021 cua Thu tuong Chinh phu             | CHI_THI    | 33/CT-TTg        | 2021-11-26
            Ke hoach so 39/KH-UBND ngay 05/02/2021 cua UBND tinh                     | KE_HOACH   | 39/KH-UBND       | 2021-02-05
            Thong tu so 05/2025/TT-BTC ngay 20/01/2025 cua Bo Tai chinh              | THONG_TU   | 05/2025/TT-BTC   | 2025-01-20
            De an so 13-DA/TU ngay 10/10/2022                                         | DE_AN      | 13-ĐA/TU         | 2022-10-10
            Du an so 09/DA-SKHCN ngay 01/3/2024                                       | DU_AN      | 09/DA-SKHCN      | 2024-03-01
            """)
    void citationWithoutDiacritics(String sentence, DocType type, String symbol, String date) {
        Citation c = Extract.only(sentence);
        assertThat(c.type()).isEqualTo(type);
        assertThat(c.symbol()).isEqualTo(symbol);
        assertThat(c.date()).isEqualTo(date);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thực hiện Kế hoạch 39/KH-UBND ngày 05/02/2021              | KE_HOACH   | 39/KH-UBND       | Kế hoạch 39/KH-UBND ngày 05/02/2021
            Thực hiện có hiệu quả Chỉ thị 05-CT/TW của Bộ Chính trị    | CHI_THI    | 05-CT/TW         | Chỉ thị 05-CT/TW
            hỗ trợ theo NQ 163/2021/NQ-HĐND ngày 09/12/2021            | NGHI_QUYET | 163/2021/NQ-HĐND | NQ 163/2021/NQ-HĐND ngày 09/12/2021
            theo QĐ số 12/QĐ-UBND ngày 05/01/2024                      | QUYET_DINH | 12/QĐ-UBND       | QĐ số 12/QĐ-UBND ngày 05/01/2024
            gửi kèm CV số 88/SNV-VP ngày 05/01/2024                     | CONG_VAN   | 88/SNV-VP        | CV số 88/SNV-VP ngày 05/01/2024
            theo Kế hoạch số: 15/KH-UBND ngày 05/01/2024                | KE_HOACH   | 15/KH-UBND       | Kế hoạch số: 15/KH-UBND ngày 05/01/2024
            """)
    void bareAndAbbreviatedForms(String sentence, DocType type, String symbol, String quote) {
        Citation c = Extract.only(sentence);
        assertThat(c.type()).isEqualTo(type);
        assertThat(c.symbol()).isEqualTo(symbol);
        assertThat(c.text()).isEqualTo(quote);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022;   | LUAT         | 10/2022/QH15 | Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022
            thực hiện theo Quy chế làm việc số 05-QC/TU ngày 18/11/2025;             | QUY_CHE      | 05-QC/TU     | Quy chế làm việc số 05-QC/TU ngày 18/11/2025
            Chương trình hành động số 27-CTr/TU ngày 12/8/2025 của Tỉnh ủy           | CHUONG_TRINH | 27-CTr/TU    | Chương trình hành động số 27-CTr/TU ngày 12/8/2025
            """)
    void titledCitation(String sentence, DocType type, String symbol, String quote) {
        Citation c = Extract.only(sentence);
        assertThat(c.type()).isEqualTo(type);
        assertThat(c.symbol()).isEqualTo(symbol);
        assertThat(c.text()).isEqualTo(quote);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Điện thoại: 0203.3825.123; fax 0203 3825 124
            Tháng 01/2025, Sở đã tiếp nhận 2/3 số hồ sơ
            xem https://thuvienphapluat.vn/van-ban/nghi-quyet-76-nq-cp-2021 để biết thêm
            theo quy định tại Điều 5 Luật này và khoản 2 Điều 3
            kế hoạch năm 2025 đạt 95% chỉ tiêu, 12/15 đơn vị hoàn thành
            """)
    void noCitation(String sentence) {
        assertThat(Extract.citations(sentence)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void issuerScopeIsCentralOrLocal() {
        assertThat(Extract.only("Chỉ thị số 33/CT-TTg ngày 26/11/2021").issuerScope()).isEqualTo(Citation.IssuerScope.CENTRAL);
        assertThat(Extract.only("Kế hoạch số 39/KH-UBND ngày 05/02/2021").issuerScope()).isEqualTo(Citation.IssuerScope.LOCAL);
        assertThat(Extract.only("Kế hoạch số 106/KH-SKHCN ngày 12/3/2025").issuerScope()).isEqualTo(Citation.IssuerScope.LOCAL);
        assertThat(Extract.only("Chỉ thị số 05-CT/TW ngày 15/5/2016").issuerScope()).isEqualTo(Citation.IssuerScope.CENTRAL);
    }

    @org.junit.jupiter.api.Test
    void numberAndYear() {
        Citation qppl = Extract.only("Nghị định số 04/2015/NĐ-CP ngày 09/01/2015");
        assertThat(qppl.number()).isEqualTo("04");
        assertThat(qppl.year()).isEqualTo(2015);
        Citation admin = Extract.only("Kế hoạch số 39/KH-UBND ngày 05/02/2021");
        assertThat(admin.number()).isEqualTo("39");
        assertThat(admin.year()).isEqualTo(2021);
        Citation undated = Extract.only("Chỉ thị số 05-CT/TW của Bộ Chính trị");
        assertThat(undated.year()).isNull();
        assertThat(undated.date()).isNull();
    }

    @org.junit.jupiter.api.Test
    void ellipticalNumbersTakeThePreviousType() {
        java.util.List<Citation> cs = Extract.citations("phổ biến các Nghị định của Chính phủ: số 88/2024/NĐ-CP ngày "
                + "15/7/2024 quy định về bồi thường, hỗ trợ; số 101/2024/NĐ-CP ngày 29/7/2024 quy định về điều tra; "
                + "số 12/KH-UBND ngày 01/02/2024");
        assertThat(cs).extracting(Citation::symbol).containsExactly("88/2024/NĐ-CP", "101/2024/NĐ-CP", "12/KH-UBND");
        // the third is no decree: its symbol says what it is, a plan
        assertThat(cs).extracting(Citation::type).containsExactly(DocType.NGHI_DINH, DocType.NGHI_DINH, DocType.KE_HOACH);
        assertThat(cs.get(1).text()).isEqualTo("số 101/2024/NĐ-CP ngày 29/7/2024");
    }

    @org.junit.jupiter.api.Test
    void otherAdministrativeTypesAndOcrOne() {
        Citation bb = Extract.only("(Gửi kèm: Biên bản họp dân số 15/BB-UBND ngày 05/9/2025)");
        assertThat(bb.type()).isEqualTo(DocType.OTHER);
        assertThat(bb.symbol()).isEqualTo("15/BB-UBND");
        Citation l = Extract.only("bố trí kinh phí theo QĐ l234/QD-UBND ngày 08/8/2025");
        assertThat(l.symbol()).isEqualTo("1234/QĐ-UBND");
        assertThat(Extract.only("Báo cáo số 318/BC-NHCS.TH ngày 10/01/2025").symbol()).isEqualTo("318/BC-NHCS.TH");
    }

    @org.junit.jupiter.api.Test
    void theDocumentsOwnNumberIsNotACitation() {
        ExtractionResult r = Extract.of("Số: 215/QĐ-UBND                 Hà Nội, ngày 25 tháng 8 năm 2025\n\nQUYẾT ĐỊNH\n"
                + "Ban hành Quy chế\n\nQUY CHẾ\n(Ban hành kèm theo Quyết định số 215/QĐ-UBND ngày 25 tháng 8 năm 2025)\n"
                + "Căn cứ Luật số 77/2015/QH13 ngày 19/6/2015");
        assertThat(r.citations()).extracting(Citation::symbol).containsExactly("77/2015/QH13");
        assertThat(r.warnings()).anyMatch(w -> w.code().equals(ExtractionWarning.Code.SELF_REFERENCE));
    }
}
