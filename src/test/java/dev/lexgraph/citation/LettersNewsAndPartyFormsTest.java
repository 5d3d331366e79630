package dev.lexgraph.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Families met in the real-second set (issue "Real documents"): central letters, news items and captions
 * that carry a document, Party numbers typed with spaces, and clauses that end a citation's subject.
 */
class LettersNewsAndPartyFormsTest {


    @Test
    void aLetterWithoutItsHeaderIsKnownByItsAddressAndStatesItsPurpose() {
        ExtractionResult r = Extract.of("Sở Công thương lấy ý kiến góp ý dự thảo Quyết định về Chương trình Thương hiệu\n\n"
                + "Sở Công thương kính gửi các sở, ngành xem xét dự thảo và có ý kiến đóng góp trước ngày 03/05/2019.\n\n"
                + "Thực hiện ý kiến chỉ đạo của Văn phòng Ủy ban nhân dân tỉnh tại Công văn số 471/VPUB-KTN ngày "
                + "10/4/2019 về việc góp ý các dự thảo, Sở Công thương xét thấy cần lấy ý kiến các cơ quan.\n");
        assertThat(r.document().type()).isEqualTo(DocType.CONG_VAN);
        assertThat(r.document().implemented()).containsExactly("471/VPUB-KTN");
        // Without an address, an untyped text stays untyped and states no purpose.
        ExtractionResult article = Extract.of("Các sở, ngành xem xét dự thảo.\n\nThực hiện Công văn số 471/VPUB-KTN "
                + "ngày 10/4/2019, nhiều ý kiến đã được gửi về.\n");
        assertThat(article.document().type()).isNull();
        assertThat(article.document().implemented()).isEmpty();
    }

    @Test
    void partyNumbersWithASpaceForTheDashAndTheStateFormsOfTypedSymbols() {
        assertThat(Extract.only("Căn cứ Quyết định số 1836 QĐ/TWĐTN ngày 23/6/2006 của Ban Bí thư.").symbol())
                .isEqualTo("1836-QĐ/TWĐTN");
        Citation programme = Extract.only("Thực hiện Chương trình hành động số 34 -CTHĐ/TU, ngày 22/5/2007 của Tỉnh ủy.");
        assertThat(programme.symbol()).isEqualTo("34-CTHĐ/TU");
        assertThat(programme.type()).isEqualTo(DocType.CHUONG_TRINH);
        assertThat(Extract.only("Xét đề nghị tại Tờ trình số 473/TTr -\nNN&PTNT ngày 21/5/2007 của Sở.").symbol())
                .isEqualTo("473/TTr-NN&PTNT");
        // A PDF's text layer lost the dash between the type and issuer codes; a unit code is left whole.
        assertThat(Extract.only("Căn cứ Quyết định số 1961/QĐUBND ngày 3/6/2016 của UBND tỉnh.").symbol())
                .isEqualTo("1961/QĐ-UBND");
        assertThat(Extract.only("Công văn số 12/SKHCN ngày 3/6/2016 của Sở.").symbol()).isEqualTo("12/SKHCN");
        // "No space" is no licence: a number, a space and a state code is not a symbol.
        assertThat(Extract.citations("có 84 QĐ được ban hành trong năm")).isEmpty();
    }

    @Test
    void tuWithItsHornIsTheCentralCommitteeOnlyWhenTheIssuerSaysSo() {
        assertThat(Extract.only("Thực hiện Kết luận số 48-KL/TƯ ngày 25/5/2009 của Bộ Chính trị về tiếp tục.").symbol())
                .isEqualTo("48-KL/TW");
        // OCR gives TU a horn as often: without a central issuer it stays the province's Tỉnh ủy.
        assertThat(Extract.only("Thực hiện Nghị quyết số 13-NQ/TƯ ngày 05/5/2021 của Tỉnh ủy về phát triển.").symbol())
                .isEqualTo("13-NQ/TU");
    }

    @Test
    void aCentralLetterIsALetterWithItsSubjectOnTheNumbersLine() {
        ExtractionResult r = Extract.of("VĂN PHÒNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\n---------------\n"
                + "Số: 1285/VPCP-NN V/v điều chỉnh cơ chế sử dụng đất trong Khu nông nghiệp ứng dụng công nghệ cao\n"
                + "Hà Nội, ngày 27 tháng 02 năm 2021\nKính gửi:\n- Ủy ban nhân dân tỉnh Bạc Liêu.\n"
                + "Về đề nghị của Ủy ban nhân dân tỉnh Bạc Liêu (Tờ trình số 174/TTr- UBND ngày 20 tháng 10 năm 2020) và "
                + "ý kiến của Bộ Nông nghiệp và Phát triển nông thôn (Công văn số 522/BNN-KHCN ngày 22 tháng 01 năm 2021) "
                + "về việc điều chỉnh cơ chế sử dụng đất, Phó Thủ tướng có ý kiến như sau:\n");
        assertThat(r.document().type()).isEqualTo(DocType.CONG_VAN);
        assertThat(r.document().symbol()).isEqualTo("1285/VPCP-NN");
        assertThat(r.document().title()).startsWith("V/v điều chỉnh");
        Citation proposal = Extract.bySymbol(r.citations(), "174/TTr-UBND");
        assertThat(proposal.relation()).isEqualTo(Relation.RESPONDS_TO);
        assertThat(r.document().implemented()).contains("174/TTr-UBND");
    }

    @Test
    void aNumberWithoutATypeCodeIsALetters() {
        ExtractionResult r = Extract.of("UBND TỈNH QUẢNG TRỊ\nSỞ NỘI VỤ\nSố: 880/SNV-CCVC\n"
                + "Quảng Trị, ngày 3 tháng 4 năm 2024\nKính gửi: Các sở, ban, ngành\nSở Nội vụ đề nghị các đơn vị báo cáo.\n");
        assertThat(r.document().type()).isEqualTo(DocType.CONG_VAN);
        ExtractionResult plan = Extract.of("UBND TỈNH QUẢNG TRỊ\nSố: 88/KH-UBND\nQuảng Trị, ngày 3 tháng 4 năm 2024\n"
                + "Các sở thực hiện.\n");
        assertThat(plan.document().type()).isEqualTo(DocType.KE_HOACH);
    }

    @Test
    void aNewsItemDatedInASentenceOfItsOwnAnnouncesItsDocument() {
        ExtractionResult r = Extract.of("Tăng cường công tác phòng, chống bệnh bạch hầu\nCập nhật:30/07/2020 8:39:23 SA\n\n"
                + "Ngày 29/7/2020. Chủ tịch UBND tỉnh ban hành Công văn số 6732/UBND-Y về việc tăng cường công tác phòng, "
                + "chống bệnh bạch hầu trên địa bàn tỉnh Thừa Thiên Huế.\n\n"
                + "Theo đó, thực hiện đề nghị của Bộ Y tế tại Công văn số 3908/BYT-DP ngày 22 tháng 7 năm 2020 về việc tăng "
                + "cường công tác phòng, chống bệnh bạch hầu, Chủ tịch UBND tỉnh yêu cầu Sở Y tế, Ủy ban nhân dân các huyện "
                + "và các Sở, ban, ngành triển khai thực hiện nghiêm túc Công văn số 6002/UBND-YT ngày 11 tháng 7 năm 2020 "
                + "của Ủy ban nhân dân tỉnh.\n");
        assertThat(r.document().type()).isEqualTo(DocType.CONG_VAN);
        assertThat(r.document().symbol()).isEqualTo("6732/UBND-Y");
        assertThat(r.document().date()).isEqualTo("2020-07-29");
        assertThat(r.citations()).extracting(Citation::symbol).doesNotContain("6732/UBND-Y");
        // The request carried out is the purpose; the task the main clause sets is not, though it carries out too:
        // the subject of 3908/BYT-DP ended at ", Chủ tịch UBND tỉnh yêu cầu …".
        assertThat(r.document().implemented()).containsExactly("3908/BYT-DP");
        Citation task = Extract.bySymbol(r.citations(), "6002/UBND-YT");
        assertThat(task.relation()).isEqualTo(Relation.IMPLEMENTS);
        assertThat(task.from()).isNull();
        assertThat(task.purpose()).isFalse();
    }

    @Test
    void anAnnouncementBeforeTheDocumentsOwnHeadingGivesItsNumber() {
        ExtractionResult r = Extract.of("Chương trình thực hiện Chỉ thị 13-CT/TW của Ban Bí thư về rừng\n"
                + "Ngày cập nhật 30/10/2017\n\nNgày 23/8/2017, Tỉnh Ủy Thừa Thiên Huế đã ban hành Chương trình số 27-CTr/TU "
                + "về thực hiện Chỉ thị 13-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với rừng.\n\n"
                + "CHƯƠNG TRÌNH\n\nThực hiện Chỉ thị 13-CT/TW của Ban Bí thư về rừng\n\n"
                + "Thực hiện Chỉ thị 13-CT/TW, ngày 12/01/2017 của Ban Bí thư về rừng, Ban Thường vụ Tỉnh ủy ban hành "
                + "chương trình thực hiện như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n");
        assertThat(r.document().type()).isEqualTo(DocType.CHUONG_TRINH);
        assertThat(r.document().symbol()).isEqualTo("27-CTr/TU");
        assertThat(r.document().date()).isEqualTo("2017-08-23");
        assertThat(r.document().implemented()).containsExactly("13-CT/TW");
    }

    @Test
    void aClosingCaptionNamesTheLetterThatAWebPageCarries() {
        String body = "Ngày 19/10/2025, Báo Pháp luật thành phố Hồ Chí Minh có bài viết về một trường tiểu học bị ngập nước, "
                + "trong nội dung có liên quan đến việc triển khai xây dựng tuyến đường thuộc dự án hạ tầng của tỉnh.\n"
                + "Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 84/UBND-TH ngày 14/7/2025 về việc chủ động giải quyết; "
                + "Văn phòng UBND tỉnh chuyển nội dung nêu trên đến Ban Quản lý dự án để nghiên cứu, xử lý.\n";
        ExtractionResult r = Extract.of("Xử lý thông tin báo chí phản ánh\n" + body
                + "Công văn số 3570/VP-CTXD ngày 24/10/2025\n");
        assertThat(r.document().type()).isEqualTo(DocType.CONG_VAN);
        assertThat(r.document().symbol()).isEqualTo("3570/VP-CTXD");
        assertThat(r.document().date()).isEqualTo("2025-10-24");
        assertThat(r.document().title()).isEqualTo("Xử lý thông tin báo chí phản ánh");
        assertThat(r.citations()).extracting(Citation::symbol).containsExactly("84/UBND-TH");
        assertThat(r.document().implemented()).containsExactly("84/UBND-TH");
        // A citation that ends its text after a sentence is no caption.
        ExtractionResult sentence = Extract.of("Xử lý thông tin\n" + body + "Đề nghị thực hiện theo Công văn số 3570/VP-CTXD "
                + "ngày 24/10/2025\n");
        assertThat(sentence.document().symbol()).isNull();
    }

    @Test
    void anArticleOfNoKnownKindStatesNoPurposeAndATermDoesNotHideASubject() {
        ExtractionResult r = Extract.of("Quảng Trị với việc đẩy mạnh hội nhập kinh tế quốc tế\n\n"
                + "Sau hơn 10 năm thực hiện Nghị quyết số 06-NQ/TU, ngày 12/12/2006, của Tỉnh ủy (khóa XIV) về đầu tư, "
                + "Chương trình hành động số 34 -CTHĐ/TU, ngày 22/5/2007, của Ban Thường vụ Tỉnh ủy Quảng Trị (khóa XIV) về "
                + "thực hiện Nghị quyết số 08-NQ/TW, ngày 05/2/2007, của Ban Chấp hành Trung ương Đảng (khóa X), đến nay "
                + "tình hình đạt kết quả khá tích cực.\n");
        assertThat(r.document().type()).isNull();
        assertThat(r.document().implemented()).isEmpty();
        Citation named = Extract.bySymbol(r.citations(), "08-NQ/TW");
        assertThat(named.relation()).isEqualTo(Relation.CITES);
        assertThat(named.from()).isNotNull();
    }

    @Test
    void theRulesCitedAsTheLawSaysAreCitedNotAnswered() {
        List<Citation> cs = Extract.citations("Câu hỏi số 1. Đề nghị lãnh đạo tỉnh xem xét.\nTrả lời:\n"
                + "Theo quy định tại Điều 118 và Điều 119 của Luật Đất đai năm 2013 và Quyết định số 04/2018/QĐ-UBND, "
                + "ngày 21/5/2018 của UBND tỉnh về việc đấu giá.\n");
        assertThat(Extract.bySymbol(cs, "04/2018/QĐ-UBND").relation()).isEqualTo(Relation.CITES);
    }

    @Test
    void aNewsItemUnderAHeadlineWithoutFullStopAnnouncesItsDocument() {
        ExtractionResult r = Extract.of("02/03/2021\nUBND tỉnh chỉ đạo tổng kết thực tiễn năm 2021\n"
                + "Ngày 01/3/2021, UBND tỉnh ban hành Công văn số 1066/UBND-VXNV chỉ đạo các sở tổ chức tổng kết.\n\n"
                + "Theo đó, UBND tỉnh yêu cầu các đơn vị báo cáo kết quả thực hiện về Sở Kế hoạch và Đầu tư.\n");
        assertThat(r.document().type()).isEqualTo(DocType.CONG_VAN);
        assertThat(r.document().symbol()).isEqualTo("1066/UBND-VXNV");
        assertThat(r.document().date()).isEqualTo("2021-03-01");
        assertThat(r.citations()).isEmpty();
    }

    @Test
    void aPortalsTitleLineNamingTheKindOfAHeaderlessTextGivesItsType() {
        ExtractionResult r = Extract.of(" • Báo cáo tổng kết 05 năm thi hành Pháp lệnh Ưu đãi người có công với cách mạngGóp ý\n\n"
                + "  Cơ quan ban hành: Bộ Lao động, Thương binh và Xã hội\n\n"
                + " •  Thực hiện Chỉ thị số 14/CT-TW ngày 19/7/2017 của Ban Bí thư, Bộ đã tiến hành tổng kết.\n");
        assertThat(r.document().type()).isEqualTo(DocType.BAO_CAO);
        assertThat(r.document().symbol()).isNull();
        // a number after the kind is a citation's, not a title: no type is taken from it
        assertThat(Extract.of("Quyết định 228/QĐ-UBND được sửa đổi.\nNội dung khác.\n").document().type())
                .isNotEqualTo(DocType.BAO_CAO);
    }

    @Test
    void aNewspaperPublishingADocumentsFullTextCarriesThatDocument() {
        ExtractionResult r = Extract.of("Thứ Năm, 15/10/2020, 16:21 (GMT+7)\n.\n\n"
                + "Báo Ấp Bắc điện tử trân trọng đăng toàn văn Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI, "
                + "nhiệm kỳ 2020 - 2025 đã được đại biểu thông qua.\n\nQUYẾT NGHỊ\n");
        assertThat(r.document().type()).isEqualTo(DocType.NGHI_QUYET);
    }
}
