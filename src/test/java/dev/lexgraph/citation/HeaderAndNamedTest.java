package dev.lexgraph.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderAndNamedTest {

    private static final String TYPED = """
            ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH LẠNG SƠN                          Độc lập - Tự do - Hạnh phúc
            SỞ NỘI VỤ
            Số: 1234/KH-SNV                    Lạng Sơn, ngày 05 tháng 3 năm 2025

            KẾ HOẠCH
            Triển khai công tác dân vận chính quyền năm 2025

            Thực hiện Kế hoạch số 39/KH-UBND ngày 05/02/2025 của UBND tỉnh, Sở Nội vụ ban hành Kế hoạch như sau:

            Nơi nhận:
            - UBND tỉnh (b/c);
            - Các phòng, đơn vị;
            - Lưu: VT.
                                                        GIÁM ĐỐC

                                                        Hoàng Văn Minh
            """;

    @Test
    void aCouncilWrittenOverItsProvinceIsThatProvincesCouncil() {
        // "Hội đồng" is one letter from "Hải Dương": the province named after "tỉnh" must win.
        DocumentHeader h = Extract.of("""
                HỘI ĐỒNG NHÂN DÂN
                TỈNH BÌNH ĐỊNH
                Số: 30/2023/NQ-HĐND                Bình Định, ngày 15 tháng 3 năm 2023

                NGHỊ QUYẾT
                Về hỗ trợ doanh nghiệp
                """).document();
        assertThat(h.province()).isEqualTo("Bình Định");
        assertThat(h.issuer()).isEqualTo("HĐND tỉnh Bình Định");
        assertThat(h.parentBody()).isNull();
    }

    @Test
    void typedHeader() {
        DocumentHeader h = Extract.of(TYPED).document();
        assertThat(h.type()).isEqualTo(DocType.KE_HOACH);
        assertThat(h.symbol()).isEqualTo("1234/KH-SNV");
        assertThat(h.number()).isEqualTo("1234");
        assertThat(h.date()).isEqualTo("2025-03-05");
        assertThat(h.place()).isEqualTo("Lạng Sơn");
        assertThat(h.province()).isEqualTo("Lạng Sơn");
        assertThat(h.title()).isEqualTo("Triển khai công tác dân vận chính quyền năm 2025");
        assertThat(h.recipients()).containsExactly("UBND tỉnh (b/c)", "Các phòng, đơn vị", "Lưu: VT");
        assertThat(h.signer()).isEqualTo("Hoàng Văn Minh");
    }

    @Test
    void localIssuerTakesTheDocumentsProvince() {
        Citation c = Extract.of(TYPED).citations().get(0);
        assertThat(c.issuer()).isEqualTo("UBND tỉnh Lạng Sơn");
        assertThat(c.relation()).isEqualTo(Relation.IMPLEMENTS);
    }

    @Test
    void ocrHeaderWithMergedColumns() {
        String text = """
                UBND TINH QUANG NGAI CONG HOA XA HOI CHU NGHIA VIET NAM

                SO KHOA HQOC VA CONG NGHE Poc lap - Tw do - Hanh phiic
                S6: 2599 /KH-SKHCN Qudng Ngdi, ngay 04 thang 11 ndm 2025
                KE HOACH

                Thue hién dan chii ¢ co sé
                """;
        DocumentHeader h = Extract.of(text).document();
        assertThat(h.type()).isEqualTo(DocType.KE_HOACH);
        assertThat(h.symbol()).isEqualTo("2599/KH-SKHCN");
        assertThat(h.date()).isEqualTo("2025-11-04");
        assertThat(h.place()).isEqualTo("Quảng Ngãi");
        assertThat(h.issuer()).isEqualTo("Sở Khoa học và Công nghệ tỉnh Quảng Ngãi");
        assertThat(h.parentBody()).isEqualTo("UBND tỉnh Quảng Ngãi");
    }

    @Test
    void draftWithBlankNumberIsFlagged() {
        ExtractionResult r = Extract.of("Số: /BC-SKHHCN\n\nQuảng Trị, ngày    tháng 01 năm 2025\n\nBÁO CÁO\n\nKết quả\n");
        assertThat(r.document().symbol()).isNull();
        assertThat(r.document().symbolAsWritten()).isEqualTo("/BC-SKHHCN");
        assertThat(r.document().date()).isNull();
        assertThat(r.document().type()).isEqualTo(DocType.BAO_CAO);
        assertThat(r.warnings()).anyMatch(w -> w.code().equals(ExtractionWarning.Code.DRAFT_NUMBER));
    }

    @Test
    void namedReferences() {
        List<NamedReference> named = Extract.of("Căn cứ Hiến pháp năm 2013; Luật Đất đai năm 2024; theo Bộ luật Lao "
                + "động và Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng; chính sách, pháp luật của Nhà nước").named();
        assertThat(named).extracting(NamedReference::type)
                .containsExactly(DocType.HIEN_PHAP, DocType.LUAT, DocType.BO_LUAT, DocType.NGHI_QUYET);
        assertThat(named.get(0).year()).isEqualTo(2013);
        assertThat(named.get(1).name()).isEqualTo("Luật Đất đai");
        assertThat(named.get(1).year()).isEqualTo(2024);
        assertThat(named.get(3).name()).isEqualTo("Nghị quyết Trung ương 4 khóa XII");
    }

    @Test
    void amendingLawIsOneReference() {
        List<NamedReference> named = Extract.of("Luật sửa đổi, bổ sung một số điều của Luật Mặt trận Tổ quốc Việt Nam, "
                + "Luật Công đoàn, Luật Thanh niên và Luật Thực hiện dân chủ ở cơ sở năm 2025; Nghị định").named();
        assertThat(named).hasSize(1);
        assertThat(named.get(0).year()).isEqualTo(2025);
        assertThat(named.get(0).name()).startsWith("Luật sửa đổi, bổ sung").endsWith("Luật Thực hiện dân chủ ở cơ sở");
    }

    @Test
    void aNameStopsBeforeTheNextCitation() {
        ExtractionResult r = Extract.of("xây dựng Nghị quyết thay thế Nghị quyết số 14/2021/NQ-HĐND của HĐND tỉnh");
        assertThat(r.citations()).extracting(Citation::symbol).containsExactly("14/2021/NQ-HĐND");
        assertThat(r.citations().get(0).relation()).isEqualTo(Relation.REPLACES);
    }
}
