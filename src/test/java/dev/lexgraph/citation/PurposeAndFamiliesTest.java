package dev.lexgraph.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Why a document was issued, what each mention means, and the citation families of issue "Real documents". */
class PurposeAndFamiliesTest {

    private static final String PLAN_HEADER = "UBND TỈNH ĐẮK LẮK\nSỞ NỘI VỤ\nSố: 12/KH-SNV\n"
            + "Đắk Lắk, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCông tác dân vận năm 2025\n";


    @Test
    void theOpeningStatesThePurposeAndATaskOfTheBodyDoesNot() {
        ExtractionResult r = Extract.of(PLAN_HEADER
                + "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ; Kế hoạch số 175/KH-UBND ngày "
                + "21/12/2021 của UBND tỉnh, Sở Nội vụ ban hành Kế hoạch như sau:\n"
                + "I. MỤC ĐÍCH, YÊU CẦU\n- Tiếp tục thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành "
                + "Trung ương.\n");
        assertThat(r.document().implemented()).containsExactly("33/CT-TTg", "175/KH-UBND");
        Citation task = Extract.bySymbol(r.citations(), "25-NQ/TW");
        assertThat(task.relation()).isEqualTo(Relation.IMPLEMENTS);
        assertThat(task.purpose()).isFalse();
    }

    @Test
    void theLastMemberOfAPurposeListAfterAnotherMembersSubjectIsStillAPurpose() {
        ExtractionResult r = Extract.of(PLAN_HEADER
                + "Thực hiện Nghị định số 113/2009/NĐ-CP ngày 15/12/2009 của Chính phủ về giám sát đánh giá đầu tư; "
                + "Thông tư số 22/2010/TT-BKH ngày 02/12/2010 của Bộ Kế hoạch và Đầu tư quy định về định mức chi phí "
                + "giám sát, đánh giá đầu tư và Quyết định số 09/2012/QĐ-UBND ngày 21/5/2012 của UBND Thành phố, "
                + "UBND Thành phố ban hành kế hoạch như sau:\n");
        assertThat(r.document().implemented()).containsExactly("113/2009/NĐ-CP", "22/2010/TT-BKH", "09/2012/QĐ-UBND");
        // A document its subject names is still not one ("… về tăng cường thực hiện Chỉ thị …" ends without "và").
        ExtractionResult subject = Extract.of(PLAN_HEADER
                + "Thực hiện Kế hoạch số 39/KH-UBND ngày 05/02/2025 của UBND tỉnh về việc tổ chức thực hiện "
                + "Chỉ thị số 05-CT/TW ngày 15/5/2016, Sở Nội vụ ban hành Kế hoạch như sau:\n");
        assertThat(subject.document().implemented()).containsExactly("39/KH-UBND");
    }

    @Test
    void aCueGovernsTheCitationsItIntroducesNotALaterClause() {
        List<Citation> cs = Extract.of(PLAN_HEADER
                + "Thực hiện Kế hoạch số 39/KH-UBND ngày 05/02/2025 của UBND tỉnh; căn cứ tình hình thực tế, Sở báo "
                + "cáo theo Quyết định số 88/QĐ-UBND ngày 10/3/2024 của UBND tỉnh như sau:\n").citations();
        assertThat(Extract.bySymbol(cs, "39/KH-UBND").purpose()).isTrue();
        Citation y = Extract.bySymbol(cs, "88/QĐ-UBND");
        assertThat(y.relation()).isNotEqualTo(Relation.IMPLEMENTS);
        assertThat(y.purpose()).isFalse();
    }

    @Test
    void aDecisionActsOnASubmissionThatALetterAnswers() {
        ExtractionResult decision = Extract.of("ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nSố: 5/QĐ-UBND\nHòa Bình, ngày 2 tháng 1 năm 2024\n"
                + "QUYẾT ĐỊNH\nVề việc ban hành Quy chế\nCăn cứ Luật Tổ chức chính quyền địa phương;\nXét đề nghị của "
                + "Giám đốc Sở Nội vụ tại Tờ trình số 15/TTr-SNV ngày 20/12/2023 và Báo cáo thẩm định số 9/BCTĐ-STP ngày "
                + "18/12/2023 của Sở Tư pháp.\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy chế.\n");
        Citation submission = Extract.bySymbol(decision.citations(), "15/TTr-SNV");
        assertThat(submission.relation()).isEqualTo(Relation.RESPONDS_TO);
        assertThat(submission.purpose()).isFalse();
        assertThat(Extract.bySymbol(decision.citations(), "9/BCTĐ-STP").relation()).isEqualTo(Relation.CITES);
        assertThat(decision.document().implemented()).isEmpty();

        ExtractionResult letter = Extract.of("UBND TỈNH HÀ TĨNH\nSỞ XÂY DỰNG\nSố: 2150/SXD-QLCL\nV/v khắc phục sạt lở\n"
                + "Hà Tĩnh, ngày 21 tháng 10 năm 2024\nKính gửi: UBND huyện Hương Sơn\n"
                + "Phúc đáp Công văn số 3321/UBND-KTHT ngày 14/10/2024 của UBND huyện Hương Sơn, Sở có ý kiến như sau:\n");
        assertThat(Extract.bySymbol(letter.citations(), "3321/UBND-KTHT").relation()).isEqualTo(Relation.RESPONDS_TO);
        assertThat(letter.document().implemented()).containsExactly("3321/UBND-KTHT");
    }

    @Test
    void amendsOnlyWhenTheTextSaysOneDocumentAmendsAnother() {
        List<Citation> cs = Extract.citations("Căn cứ Nghị định số 114/2009/NĐ-CP ngày 23/12/2009 của Chính phủ về "
                + "sửa đổi, bổ sung một số điều của Nghị định số 02/2003/NĐ-CP ngày 14/01/2003 của Chính phủ;");
        assertThat(cs.get(0).relation()).isEqualTo(Relation.BASED_ON);
        assertThat(cs.get(1).relation()).isEqualTo(Relation.AMENDS);
        assertThat(cs.get(1).from()).isZero();
    }

    @Test
    void jointPartyAndShortCodes() {
        assertThat(Extract.only("Thông tư liên tịch số 12/2013/TTLT-BKHCN-BTC-BNV").symbol())
                .isEqualTo("12/2013/TTLT-BKHCN-BTC-BNV");
        // Copies write the joint issuers after a slash or a dash: both are read as the one document.
        assertThat(Extract.only("Nghị quyết liên tịch số 05/2009/NQLT/CP-UBTWMTTQVN ngày 2/3/2009").symbol())
                .isEqualTo("05/2009/NQLT-CP-UBTWMTTQVN");
        assertThat(Extract.only("Tờ trình số 215/TTr-NN&PTNT").symbol()).isEqualTo("215/TTr-NN&PTNT");
        assertThat(Extract.only("Kế hoạch số 06/KH-SKH&CN").symbol()).isEqualTo("06/KH-SKH&CN");
        assertThat(Extract.only("Quyết định số 1520-QĐ/TWĐTN").symbol()).isEqualTo("1520-QĐ/TWĐTN");
        assertThat(Extract.only("Hướng dẫn số 147-HD/BTGTW").symbol()).isEqualTo("147-HD/BTGTW");
        assertThat(Extract.only("Nghị quyết số 26/NQ-TW").symbol()).isEqualTo("26-NQ/TW");
        Citation notice = Extract.only("Thông báo số 212-TB ngày 3/4/2019");
        assertThat(notice.type()).isEqualTo(DocType.THONG_BAO);
        assertThat(notice.symbol()).isEqualTo("212-TB");
    }

    @Test
    void lookAlikeSlashesAndDashesAreCanonical() {
        assertThat(Extract.only("Quyết định số 5\u2044QĐ\u2010UBND").symbol()).isEqualTo("5/QĐ-UBND");
        assertThat(Extract.only("Quyết định số 6\u2215QĐ\u2212UBND").symbol()).isEqualTo("6/QĐ-UBND");
        assertThat(Extract.only("Tờ trình số 56/TTr – SCT").symbol()).isEqualTo("56/TTr-SCT");
    }

    @Test
    void aDateAfterTheIssuerAndADateSharedOnlyByMembersWithoutAnIssuer() {
        List<Citation> cs = Extract.citations("Thực hiện Kết luận số 86-KL/TW của Bộ Chính trị ngày 28/01/2020, "
                + "Kết luận số 45-KL/TW của Ban Bí thư và Kết luận số 12-KL/TU ngày 3/4/2019 của Tỉnh ủy;");
        assertThat(cs).extracting(Citation::date).containsExactly("2020-01-28", null, "2019-04-03");
        assertThat(cs.get(0).text()).isEqualTo("Kết luận số 86-KL/TW của Bộ Chính trị ngày 28/01/2020");
    }

    @Test
    void wordsGluedByCopyingFromWebPages() {
        List<Citation> cs = Extract.citations("Thực hiệnQuyết định số 12/QĐ-UBND ngày 3/1/2024; phê duyệtChương trình "
                + "số 3/CTr-UBND ngày 4/1/2024.");
        assertThat(cs).extracting(Citation::text)
                .containsExactly("Quyết định số 12/QĐ-UBND ngày 3/1/2024", "Chương trình số 3/CTr-UBND ngày 4/1/2024");
        assertThat(cs.get(0).relation()).isEqualTo(Relation.IMPLEMENTS);
    }

    @Test
    void aPurposeListHeadedByALawNamedWithoutNumberStatesThePurposeOfItsCitations() {
        ExtractionResult r = Extract.of(PLAN_HEADER
                + "Thực hiện Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012; Nghị định số 28/2013/NĐ-CP ngày 04/4/2013 "
                + "của Chính phủ; Quyết định số 705/QĐ-TTg ngày 25/5/2017 của Thủ tướng Chính phủ, Sở Nội vụ ban hành Kế "
                + "hoạch như sau:\nI. MỤC ĐÍCH\n");
        assertThat(r.document().implemented()).containsExactly("28/2013/NĐ-CP", "705/QĐ-TTg");
        // a basis list opened the same way states none
        ExtractionResult basis = Extract.of(PLAN_HEADER
                + "Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012; Nghị định số 28/2013/NĐ-CP ngày 04/4/2013 "
                + "của Chính phủ, Sở Nội vụ ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n");
        assertThat(basis.document().implemented()).isEmpty();
    }

    @Test
    void yearsOfCarryingADocumentOutReportOnItAndStateNoPurpose() {
        ExtractionResult r = Extract.of(PLAN_HEADER.toUpperCase(java.util.Locale.ROOT)
                + "Sau 02 năm triển khai thực hiện Kết luận số 45-KL/TW ngày 01/02/2019 của Ban Bí thư đã ghi nhận được "
                + "những kết quả nổi bật.\nI. MỤC ĐÍCH\n");
        Citation c = Extract.bySymbol(r.citations(), "45-KL/TW");
        assertThat(c.relation()).isEqualTo(Relation.IMPLEMENTS);
        assertThat(c.purpose()).isFalse();
        assertThat(r.document().implemented()).isEmpty();
    }

    @Test
    void aReviewInTheMainClauseIsNoPurpose() {
        ExtractionResult r = Extract.of(PLAN_HEADER.toUpperCase(java.util.Locale.ROOT)
                + "Thực hiện Chỉ thị số 14/CT-TW ngày 19/7/2017 của Ban Bí thư, Bộ Lao động - Thương binh và Xã hội đã phối "
                + "hợp với các Bộ tiến hành tổng kết 05 năm thi hành Pháp lệnh số 04/2012/UBTVQH13 ngày 16/7/2012.\n"
                + "I. KẾT QUẢ\n");
        assertThat(r.document().implemented()).containsExactly("14-CT/TW");
    }

    @Test
    void aNumberWhoseTypeWordWasLostIsReadFromItsSymbol() {
        // a copy that lost the line's start ("Căn cứ Nghị định s…"), a list that lost its "số"
        Citation decree = Extract.only("Luật ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;\n"
                + "ố 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ quy định về chế độ báo cáo;");
        assertThat(decree.symbol()).isEqualTo("09/2019/NĐ-CP");
        assertThat(decree.type()).isEqualTo(DocType.NGHI_DINH);
        assertThat(decree.date()).isEqualTo("2019-01-24");
        assertThat(Extract.citations("Thực hiện Quyết định số 1201/QD-UBND, 1202/QB-UBND ngay 10/7/2025 cua UBND tỉnh."))
                .extracting(Citation::symbol).containsExactly("1201/QĐ-UBND", "1202/QĐ-UBND");
        // a header's number, a portal block's cell and a letter's number that names no type are not citations
        assertThat(Extract.citations("Số: 15/2020/NQ-HĐND\nSố hiệu | 16/2020/NQ-HĐND |\nCông việc theo 1119/SNV-XDCQ.")).isEmpty();
    }

    @Test
    void aConsolidatedTextIsCited() {
        Citation c = Extract.only("Văn bản hợp nhất số 118/VBHN-VPQH ngày 27/8/2025 của Văn phòng Quốc hội về hợp nhất luật;");
        assertThat(c.type()).isEqualTo(DocType.OTHER);
        assertThat(c.symbol()).isEqualTo("118/VBHN-VPQH");
    }

    @Test
    void anArticleMayStandBetweenSuaDoiAndTheAmendedDocument() {
        List<Citation> cs = Extract.citations("Nghị quyết này sửa đổi nội dung tại Điều 1 Nghị quyết 64/2017/NQ-HĐND quy định "
                + "chế độ công tác phí tỉnh Thanh Hóa đã được sửa đổi tại Điều 1 Nghị quyết 29/2024/NQ-HĐND");
        assertThat(Extract.bySymbol(cs, "64/2017/NQ-HĐND").relation()).isEqualTo(Relation.AMENDS);
        // "đã được sửa đổi tại …" names the document that amended the previous one: cited
        assertThat(Extract.bySymbol(cs, "29/2024/NQ-HĐND").relation()).isEqualTo(Relation.CITES);
    }
}
