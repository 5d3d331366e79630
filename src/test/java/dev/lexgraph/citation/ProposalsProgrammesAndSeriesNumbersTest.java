package dev.lexgraph.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Families met once the real-blind-2 set had given its blind estimate (issue "Real documents"): the proposals a
 * resolution or a central letter weighs, plans that carry out a programme by its name, series numbers and
 * symbols whose separators a copy changed, and headers whose table broke the motto and the place.
 */
class ProposalsProgrammesAndSeriesNumbersTest {


    @Test
    void aResolutionWeighsTheSubmissionPutToIt() {
        List<Citation> cs = Extract.citations("Căn cứ Luật Tổ chức chính quyền địa phương;\n\n"
                + "Xét Tờ trình số 133/TTr-UBND ngày 01 tháng 11 năm 2013 của Ủy ban nhân dân tỉnh Cà Mau về việc phân "
                + "loại đơn vị hành chính tỉnh Cà Mau; ý kiến thảo luận của đại biểu.");
        assertThat(Extract.bySymbol(cs, "133/TTr-UBND").relation()).isEqualTo(Relation.RESPONDS_TO);
        // "xem xét" is not "Xét": what a body is asked to look at is cited.
        assertThat(Extract.only("Đề nghị Bộ Y tế xem xét Thông tư số 54/2015/TT-BYT ngày 28/12/2015.").relation())
                .isEqualTo(Relation.CITES);
    }

    /** "Xét đề nghịcủa …": copying glued "của" to the proposal's word; both members of the clause are still weighed. */
    @Test
    void aProposalWhoseWordIsGluedToCuaIsStillAProposal() {
        List<Citation> cs = Extract.citations("Xét đề nghịcủa Giám đốc Sở Lao động - Thương binh và Xã hội tại Tờ trình số "
                + "113/TTr-SLĐTBXHngày 09/6/2015 và của Giám đốc Sở Tài chính tại Công văn số 1672/STC-HCSN ngày05/6/2015,");
        assertThat(cs).extracting(Citation::relation).containsExactly(Relation.RESPONDS_TO, Relation.RESPONDS_TO);
    }

    @Test
    void aCentralLetterAnswersTheProvincesProposalNotTheMinistriesOpinions() {
        ExtractionResult r = Extract.of("VĂN PHÒNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập – Tự do – Hạnh phúc\n--------------\n\nSố: 7184/VPCP-KTN\n"
                + "V/v chủ trương đầu tư dự án đường lánh nạn tránh bão tại 4 huyện, tỉnh Bến Tre\n\n"
                + "Hà Nội, ngày 08 tháng 10 năm 2010\n\nKính gửi: Ủy ban nhân dân tỉnh Bến Tre.\n\n"
                + "Xét đề nghị của Ủy ban nhân dân tỉnh Bến Tre (công văn số 2375/UBND-TCĐT ngày 21 tháng 6 năm 2010), "
                + "ý kiến của các Bộ: Tài chính (côngvăn số 9090/BTC-ĐT ngày 12 tháng 7 năm 2010), Giao thông vận tải "
                + "(công văn số 4854/BGTVT-KHĐT ngày 20 tháng 7 năm 2010) về chủ trương đầu tư dự án đường lánh nạn, "
                + "Phó Thủ tướng Hoàng Trung Hải có ý kiến như sau:\n\n1. Ủy ban nhân dân tỉnh Bến Tre rà soát quy hoạch.\n");
        assertThat(Extract.bySymbol(r.citations(), "2375/UBND-TCĐT").relation()).isEqualTo(Relation.RESPONDS_TO);
        assertThat(Extract.bySymbol(r.citations(), "9090/BTC-ĐT").relation()).isEqualTo(Relation.RESPONDS_TO);
        assertThat(r.document().implemented()).containsExactly("2375/UBND-TCĐT");

        ExtractionResult atTai = Extract.of("VĂN PHÒNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\n\nSố: 2622/VPCP-CN\nV/v thống nhất giải phóng mặt bằng\n\n"
                + "Hà Nội, ngày 26 tháng 3 năm 2018\n\n"
                + "Về đề nghị của Ủy ban nhân dân tỉnh Đồng Tháp tại văn bản số 88/UBND-ĐTXD ngày 23 tháng 3 năm 2018 về "
                + "việc thống nhất giải phóng mặt bằng, Phó Thủ tướng có ý kiến như sau:\n");
        assertThat(Extract.bySymbol(atTai.citations(), "88/UBND-ĐTXD").relation()).isEqualTo(Relation.RESPONDS_TO);
        assertThat(atTai.document().implemented()).containsExactly("88/UBND-ĐTXD");
    }

    @Test
    void aPlanThatCarriesOutAProgrammeByItsNameCarriesOutTheDecisionThatApprovedIt() {
        String header = "ỦY\nBAN NHÂN DÂN\nTỈNH TIỀN GIANG\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 383/KH-UBND\n|\nTiền\n"
                + "Giang, ngày 07 tháng 12 năm 2022\n|\nKẾ HOẠCH\nTHỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TRONG XÂY DỰNG NÔNG "
                + "THÔN MỚI, HƯỚNG\nTỚI NÔNG THÔN MỚI THÔNG MINH TRÊN ĐỊA BÀN TỈNH TIỀN GIANG GIAI ĐOẠN 2022-2025\n";
        ExtractionResult r = Extract.of(header + "I. CĂN CỨ XÂY DỰNG\nKẾ HOẠCH\n1. Quyết định số 924/QĐ-TTg ngày 22\n"
                + "tháng 8 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số\ntrong xây dựng nông thôn "
                + "mới, hướng tới nông thôn mới thông minh giai đoạn\n2021-2025;\n2. Quyết định số 605/QĐ-UBND ngày 16 "
                + "tháng 3 năm 2022 của Ủy ban nhân dân tỉnh Phê duyệt Đề án Chính quyền số tỉnh.\n");
        // The table broke the motto and the place over lines: neither is the issuer, the place is whole.
        assertThat(r.document().issuer()).isEqualTo("UBND tỉnh Tiền Giang");
        assertThat(r.document().place()).isEqualTo("Tiền Giang");
        assertThat(r.document().title()).startsWith("THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ");
        assertThat(Extract.bySymbol(r.citations(), "924/QĐ-TTg").relation()).isEqualTo(Relation.IMPLEMENTS);
        assertThat(r.document().implemented()).containsExactly("924/QĐ-TTg");

        // Stated as the plan's basis ("Căn cứ …"), the approving decision stays its basis.
        ExtractionResult basis = Extract.of(header + "Căn cứ Quyết định số 924/QĐ-TTg ngày 22/8/2022 của Thủ tướng "
                + "Chính phủ về việc phê duyệt Chương trình chuyển đổi số trong xây dựng nông thôn mới, hướng tới nông "
                + "thôn mới thông minh giai đoạn 2021-2025;\n");
        assertThat(Extract.bySymbol(basis.citations(), "924/QĐ-TTg").relation()).isEqualTo(Relation.BASED_ON);
        assertThat(basis.document().implemented()).isEmpty();
        // The programme the decision approves is that decision's content, named in its subject: not a
        // reference of its own, and neither are its later mentions by name. One no citation approves is one.
        ExtractionResult named = Extract.of(header + "Căn cứ Quyết định số 924/QĐ-TTg ngày 22/8/2022 của Thủ tướng "
                + "Chính phủ phê duyệt Chương trình chuyển đổi số trong xây dựng nông thôn mới giai đoạn 2021-2025;\n"
                + "Các sở triển khai Chương trình chuyển đổi số trong xây dựng nông thôn mới giai đoạn 2021-2025 và "
                + "Chương trình Sức khỏe học đường giai đoạn 2021 - 2025.\n");
        assertThat(named.named()).extracting(NamedReference::name)
                .containsExactly("Chương trình Sức khỏe học đường giai đoạn 2021 - 2025");
    }

    @Test
    void aPartyCongressResolutionIsNamedInFullWhateverTheShorthand() {
        String header = "UBND TỈNH NINH THUẬN\nSố: 12/UBND-VX\nNinh Thuận, ngày 5 tháng 3 năm 2021\nV/v tuyên truyền\n";
        ExtractionResult r = Extract.of(header + "Tuyên truyền Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội "
                + "Tỉnh đảng bộ khóa XIV; học tập Nghi quyét Déi h6i XIV; Nghị quyết Đại hội Đảng các cấp.\n");
        assertThat(r.named()).extracting(NamedReference::name).containsExactly(
                "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
                "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Ninh Thuận lần thứ XIV",
                "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
                "Nghị quyết Đại hội Đảng các cấp");
        // written without diacritics or OCR-damaged: spelt as the words are, the term kept when the text gives it, and
        // the province's damaged name read by the gazetteer, not taken for a word of the vocabulary ("Ngii" is no "nghị")
        ExtractionResult ocr = Extract.of("Quán triệt Nghi quyét Dai hoi\nPang cac cap và Nghi quyét Pai hoi dai biéu bang bd "
                + "tinh Quang Ngii lan thi I, nhiém ky\n2025 - 2030.\n");
        assertThat(ocr.named()).extracting(NamedReference::name).containsExactly(
                "Nghị quyết Đại hội Đảng các cấp",
                "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Quảng Ngãi lần thứ I, nhiệm kỳ 2025 - 2030");
    }

    @Test
    void rulesCarriedOutCarryOutTheDecisionTheyWereIssuedWith() {
        List<Citation> cs = Extract.citations("Thực hiện quy chế làm việc của UBND tỉnh nhiệm kỳ 2021-2025 được ban "
                + "hành kèm theo Quyết định số 01/2025/QĐ-UBND ngày 09/7/2025 và chỉ đạo của UBND tỉnh tại Công văn số "
                + "84/UBND-TH ngày 14/7/2025 về việc chủ động giải quyết; Văn phòng chuyển nội dung đến Ban Quản lý.");
        assertThat(Extract.bySymbol(cs, "01/2025/QĐ-UBND").relation()).isEqualTo(Relation.IMPLEMENTS);
        assertThat(Extract.bySymbol(cs, "84/UBND-TH").relation()).isEqualTo(Relation.IMPLEMENTS);
        // A form "ban hành kèm theo" a circular, in a task, is only cited.
        assertThat(Extract.only("Phòng Tham mưu báo cáo theo mẫu số 02 ban hành kèm theo Thông tư số 15/2022/TT-BCA "
                + "ngày 06/4/2022.").relation()).isEqualTo(Relation.CITES);
    }

    @Test
    void whatIsFollowedOrBuiltOnIsCited() {
        assertThat(Extract.only("Các phòng xây dựng nội dung thực hiện, báo cáo kết quả theo đề cương tại Công văn số "
                + "2876/SNV-XDCQ ngày 30/12/2025.").relation()).isEqualTo(Relation.CITES);
        List<Citation> cs = Extract.citations("Căn cứ Luật Ngân sách nhà nước; thực hiện Chỉ thị số 18/CT-TTg ngày "
                + "28/6/2025 của Thủ tướng Chính phủ về xây dựng kế hoạch; trên cơ sở Thông tư số 56/2025/TT-BTC ngày "
                + "30/6/2025, Bộ Tài chính đề nghị.");
        assertThat(Extract.bySymbol(cs, "18/CT-TTg").relation()).isEqualTo(Relation.IMPLEMENTS);
        assertThat(Extract.bySymbol(cs, "56/2025/TT-BTC").relation()).isEqualTo(Relation.CITES);
    }

    @Test
    void whatAColonAnnouncesIsAClauseOfItsOwn() {
        List<Citation> cs = Extract.citations("Sau khi nghe Ban Tổ chức Trung ương báo cáo (Công văn số 8011-CV/BTCTW, "
                + "ngày 27/02/2025), Bộ Chính trị có ý kiến như sau:\nĐể bảo đảm thực hiện quyết liệt các nhiệm vụ, giải "
                + "pháp nêu tại Kết luận số 121-KL/TW, ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng.");
        assertThat(Extract.bySymbol(cs, "121-KL/TW").relation()).isEqualTo(Relation.IMPLEMENTS);
    }

    @Test
    void seriesNumbersAndSeparatorsACopyChanged() {
        // "30c": a letter marks a document added to a series.
        assertThat(Extract.only("Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ.").symbol())
                .isEqualTo("30c/NQ-CP");
        assertThat(Extract.only("Căn cứ Nghị quyết số 30a/2008/NQ-CP ngày 27/12/2008 của Chính phủ.").symbol())
                .isEqualTo("30a/2008/NQ-CP");
        // A PDF's text layer dropped the dash after the type code, with the year too.
        assertThat(Extract.only("Căn cứ Nghị định số 61/2018/NĐCP ngày 23 tháng 4 năm 2018 của Chính phủ.").symbol())
                .isEqualTo("61/2018/NĐ-CP");
        assertThat(Extract.only("Căn cứ Thông tư số 01/2018/TTVPCP ngày 23 tháng 11 năm 2018.").symbol())
                .isEqualTo("01/2018/TT-VPCP");
        // A slash where the dash between the type code and the issuers belongs.
        assertThat(Extract.only("Căn cứ Thông tư liên tịch số: 183/2010/TTLT/BTC-BNN, ngày 15 tháng 11 năm 2010.")
                .symbol()).isEqualTo("183/2010/TTLT-BTC-BNN");
        // Words and amounts with a letter after the digits stay words.
        assertThat(Extract.citations("Điều 30c quy định 12a hộ dân")).isEmpty();
    }

    @Test
    void aPortalTitleThatWritesTheYearIntoTheOwnNumberIsNoCitation() {
        ExtractionResult r = Extract.of("Quyết định số 1961/2019/QĐ-UBND tỉnh Kiên Giang\n\n"
                + "ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 1961/QĐUBND\nKiên Giang, ngày 30 tháng 8 năm 2019\n\n"
                + "QUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH\n\nCăn cứ Nghị định số 61/2018/NĐCP ngày "
                + "23 tháng 4 năm 2018 của Chính phủ;\n");
        assertThat(r.document().symbol()).isEqualTo("1961/QĐ-UBND");
        assertThat(r.citations()).extracting(Citation::symbol).containsExactly("61/2018/NĐ-CP");
    }

    @Test
    void oneLineLetterHeadersAndPartyNumbersWithSpacedDashes() {
        ExtractionResult letter = Extract.of("Số 924/SNV-CCHC Ngày 07-9-2015 V/v báo cáo công tác CCHC quý III năm 2015.\n\n"
                + "Kính gửi: Thủ trưởng các Sở, Ban ngành.\n\nThực hiện Chỉ thị số 33-CT/TU ngày 01/12/2014 của Ban Thường vụ "
                + "Tỉnh ủy về tăng cường công tác cải cách hành chính.\n\nSở Nội vụ đề nghị các sở, ban, ngành báo cáo tình "
                + "hình theo đề cương tại Công văn số 466/SNV-CCHC ngày 14/5/2015 về việc báo cáo.\n");
        assertThat(letter.document().type()).isEqualTo(DocType.CONG_VAN);
        assertThat(letter.document().symbol()).isEqualTo("924/SNV-CCHC");
        assertThat(letter.document().date()).isEqualTo("2015-09-07");
        // "Sở Nội vụ đề nghị": the word "vụ" is not "về"; what the outline follows is cited.
        assertThat(Extract.bySymbol(letter.citations(), "466/SNV-CCHC").relation()).isEqualTo(Relation.CITES);
        assertThat(letter.document().implemented()).containsExactly("33-CT/TU");

        ExtractionResult party = Extract.of("Hướng dẫn số 30-HD/BTGTW ngày 13/4/2017 của Ban Tuyên giáo Trung ương về việc "
                + "tổ chức kỷ niệm\n  • 30-HD/BTGTW\n  • Hướng dẫn\n  • 13/04/2017\nNội dung:\n\nBAN CHẤP HÀNH TRUNG ƯƠNG\n\n"
                + "BAN TUYÊN GIÁO\n\n*\n\nSố 30 - HD/BTGTW\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nHà Nội, ngày 13 tháng 4 năm 2017\n\n"
                + "HƯỚNG DẪN\n\nVề việc tổ chức kỷ niệm năm tròn một số ngày lễ lớn\n\nThực hiện sự chỉ đạo của Ban Bí thư tại "
                + "Công văn số 3581-CV/VPTW ngày 23/3/2016 của Văn phòng Trung ương Đảng, Ban Tuyên giáo Trung ương hướng dẫn "
                + "như sau:\n");
        assertThat(party.document().symbol()).isEqualTo("30-HD/BTGTW");
        assertThat(party.document().issuer()).doesNotContain("•");
        // The portal's title line names the document itself: no citation.
        assertThat(party.citations()).extracting(Citation::symbol).containsExactly("3581-CV/VPTW");

        assertThat(Extract.only("Thực hiện Thông tri số 31 TT/TWĐTN ngày 11 tháng 10 năm 2010 của Ban Bí thư.").symbol())
                .isEqualTo("31-TT/TWĐTN");
    }

    @Test
    void codesWithASpacedAmpersandAndSymbolsGluedToTheirDate() {
        List<Citation> cs = Extract.citations("Xét đề nghị của Bộ Kế hoạch và Đầu tư tại các văn bản số 103/BKH-KTĐP &LT ngày "
                + "7 tháng 01 năm 2008 và số 219/BKH-KCHT &ĐT ngày 10 tháng 1 năm 2008 về đề nghị được hỗ trợ, Thủ tướng "
                + "Chính phủ có ý kiến như sau:");
        assertThat(cs).extracting(Citation::symbol).containsExactly("103/BKH-KTĐP&LT", "219/BKH-KCHT&ĐT");
        assertThat(cs).extracting(Citation::relation).containsOnly(Relation.RESPONDS_TO);
        Citation glued = Extract.only("Xét đề nghị của Giám đốc Sở tại Tờ trình số 113/TTr-SLĐTBXHngày 09/6/2015.");
        assertThat(glued.symbol()).isEqualTo("113/TTr-SLĐTBXH");
        assertThat(glued.date()).isEqualTo("2015-06-09");
    }

    @Test
    void aLetterAnswersWhatItReceivedOrWeighs() {
        ExtractionResult received = Extract.of("BỘ XÂY DỰNG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\n\nSố: 2275/BXD-KTQH\nV/v chủ trương đầu tư xây dựng khu hành chính\n\n"
                + "Hà Nội, ngày 10 tháng 11 năm 2008\n\nKính gửi: Văn phòng Chính phủ\n\nBộ Xây dựng nhận được Văn bản số "
                + "6520/VPCP-KTN ngày 01/10/2008 của Văn phòng Chính phủ về chủ trương đầu tư xây dựng khu hành chính tập "
                + "trung tỉnh Sóc Trăng. Sau khi nghiên cứu, Bộ Xây dựng có ý kiến như sau:\n");
        assertThat(Extract.bySymbol(received.citations(), "6520/VPCP-KTN").relation()).isEqualTo(Relation.RESPONDS_TO);
        assertThat(received.document().implemented()).containsExactly("6520/VPCP-KTN");

        ExtractionResult weighed = Extract.of("ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\n\nSố: 261/UBND-KT\nV/v đề xuất chủ trương điều chỉnh diện tích\n\n"
                + "Hậu Giang, ngày 26 tháng 02 năm 2018\n\nKính gửi: Sở Kế hoạch và Đầu tư.\n\nXét Công văn số 99/SKHĐT-KT "
                + "ngày 05 tháng 02 năm 2018 của Sở Kế hoạch và Đầu tư về việc đề xuất chủ trương, Chủ tịch UBND tỉnh có ý "
                + "kiến như sau:\n");
        assertThat(weighed.document().implemented()).containsExactly("99/SKHĐT-KT");
    }

    @Test
    void adjustingAndSupplementingIsAmendingAndAContinuedTaskIsNoPurpose() {
        List<Citation> cs = Extract.citations("Căn cứ Nghị định số 62/2019/NĐ-CP ngày 11/7/2019 của Chính phủ về điều chỉnh bổ "
                + "sung một số điều của Nghị định số 35/2015/NĐ-CP ngày 13/4/2015 của Chính phủ;");
        assertThat(Extract.bySymbol(cs, "35/2015/NĐ-CP").relation()).isEqualTo(Relation.AMENDS);

        ExtractionResult r = Extract.of("ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\n\nSố: 919/UBND-KTTH\nV/v triển khai thực hiện Chỉ thị số 06/CT-TTg\n\n"
                + "Ninh Thuận, ngày 25 tháng 02 năm 2021\n\nThực hiện Chỉ thị số 06/CT-TTg ngày 19/02/2021 của Thủ tướng Chính "
                + "phủ, Chủ tịch UBND tỉnh yêu cầu các Sở, ngành quán triệt mục tiêu kép; tiếp tục thực hiện nghiêm chỉ đạo "
                + "của Thủ tướng Chính phủ tại Chỉ thị số 05/CT-TTg ngày 28/01/2021.\n");
        assertThat(r.document().implemented()).containsExactly("06/CT-TTg");
    }

    // ---- documents named without a number (#19): where a named programme, plan or regulation starts and ends

    private static List<String> names(String text) {
        return Extract.of(text).named().stream().map(NamedReference::name).toList();
    }

    @Test
    void aRegulationIsNamedWithTheDecisionItWasIssuedWith() {
        ExtractionResult r = Extract.of("Căn cứ Quy chế tổ chức và hoạt động của Hội đồng Thi đua - Khen thưởng tỉnh khóa V, "
                + "nhiệm kỳ 2021 - 2026 ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 12/3/2021 của UBND tỉnh;\n"
                + "Căn cứ Quy định về thẩm quyền ban hành và thể thức văn bản của Hội ban hành kèm theo Quyết định số "
                + "210-QĐ/TWH ngày 02/6/2019 của Ban Thường vụ Trung ương Hội;\n");
        assertThat(r.named()).extracting(NamedReference::type).containsExactly(DocType.QUY_CHE, DocType.QUY_DINH);
        assertThat(r.named()).extracting(NamedReference::name).containsExactly(
                "Quy chế tổ chức và hoạt động của Hội đồng Thi đua - Khen thưởng tỉnh khóa V, nhiệm kỳ 2021 - 2026",
                "Quy định về thẩm quyền ban hành và thể thức văn bản của Hội");
        // in brackets after the name, and for a work programme whose owner states its own period
        ExtractionResult bracketed = Extract.of("Thực hiện Quy định về chế độ báo cáo thống kê ngành (ban hành kèm theo "
                + "Quyết định số 20/2022/QĐ-UBND ngày 5/5/2022 của UBND tỉnh) và Chương trình công tác năm 2024 của Ban Chỉ "
                + "đạo các chương trình mục tiêu quốc gia giai đoạn 2021-2025 (ban hành kèm theo Quyết định số 112/QĐ-BCĐ "
                + "ngày 15/01/2024), Sở Nông nghiệp đề nghị như sau:\n");
        assertThat(bracketed.named()).extracting(NamedReference::name).containsExactly(
                "Quy định về chế độ báo cáo thống kê ngành",
                "Chương trình công tác năm 2024 của Ban Chỉ đạo các chương trình mục tiêu quốc gia giai đoạn 2021-2025");
        assertThat(bracketed.named().get(1).year()).isEqualTo(2024);
        // a plan or a regulation is the document's own content, or a ministry's name, unless a decision issued it
        assertThat(names("Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân xã.\n"
                + "Điều 2. Giao Sở Kế hoạch và Đầu tư chủ trì; UBND tỉnh ban hành Kế hoạch triển khai thực hiện như sau:\n"
                + "Các đơn vị thực hiện theo Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định này.\n")).isEmpty();
    }

    @Test
    void anAgreementCitedAsABasisTakesTheYearItWasSigned() {
        NamedReference r = Extract.of("Căn cứ Thỏa thuận hợp tác phát triển du lịch giữa các tỉnh vùng Đông Bắc giai đoạn "
                + "2022-2026, được ký kết ngày 20/5/2022 tại tỉnh Lạng Sơn;\n").named().get(0);
        assertThat(r.name()).isEqualTo("Thỏa thuận hợp tác phát triển du lịch giữa các tỉnh vùng Đông Bắc giai đoạn 2022-2026");
        assertThat(r.year()).isEqualTo(2022);
    }

    @Test
    void aSchemeACitedDocumentIsAboutNeedsNoPeriodWhenItFillsItsClause() {
        assertThat(names("Căn cứ Kết luận số 45-KL/TW ngày 10 tháng 4 năm 2024 của Bộ Chính trị về Đề án sắp xếp lại "
                + "các cơ quan báo chí, xuất bản của tỉnh;\n")).containsExactly(
                "Đề án sắp xếp lại các cơ quan báo chí, xuất bản của tỉnh");
        // a task's object without a period, or cut short by a clause of its own: a scheme's name is not sure
        assertThat(names("Các sở tiếp tục thực hiện Đề án chuyển đổi số trong cơ quan nhà nước để nâng cao hiệu quả "
                + "phục vụ.\nCăn cứ Thông báo số 12-TB/TU ngày 5/3/2024 của Tỉnh ủy về Đề án phát triển du lịch để "
                + "thu hút khách.\n")).isEmpty();
    }

    @Test
    void aStopWordIsReadAsSpeltNotAsFolded() {
        // "thi" (an examination) is not "thì", "đô" (thị) not "do", "nêu" not "nếu"
        assertThat(names("Thực hiện Đề án tổ chức thi tay nghề học sinh các trường khu đô thị mới giai đoạn 2021-2025.\n"))
                .containsExactly("Đề án tổ chức thi tay nghề học sinh các trường khu đô thị mới giai đoạn 2021-2025");
        // nor does a name beginning "tài" (trợ) or "đa" (dạng) begin with "tại" or "đã"
        assertThat(names("Căn cứ Chương trình tài trợ doanh nghiệp nhỏ giai đoạn 2021-2025; triển khai Đề án đa dạng "
                + "hóa sinh kế vùng ven biển giai đoạn 2022-2030.\n")).containsExactly(
                "Chương trình tài trợ doanh nghiệp nhỏ giai đoạn 2021-2025",
                "Đề án đa dạng hóa sinh kế vùng ven biển giai đoạn 2022-2030");
        // without diacritics a word's key is all there is
        assertThat(names("Thuc hien Chuong trinh ho tro nong dan giai doan 2021-2025 nham nang cao thu nhap.\n"))
                .containsExactly("Chương trình ho tro nong dan giai doan 2021-2025");
    }

    @Test
    void theProgrammeWordThatStandsForOneNamedBeforeOpensNoName() {
        assertThat(names("Vì vậy mục tiêu của Chương trình là một trong những tiêu chí của Chương trình mục tiêu quốc "
                + "gia xây dựng nông thôn mới giai đoạn 2021-2025.\nBan điều hành xây dựng kế hoạch thực hiện Chương "
                + "trình năm 2024 của tỉnh.\n")).containsExactly(
                "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025");
    }

    @Test
    void aReportsNextItemAfterVaEndsTheName() {
        assertThat(names("Bộ hướng dẫn các tỉnh sơ kết 05 năm thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền "
                + "vững giai đoạn 2021-2025 và phương hướng, nhiệm vụ đến năm 2030, cụ thể như sau:\n"))
                .containsExactly("Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025");
    }

    @Test
    void aDocumentStillToBeMadeOrInsideAnotherOnesTitleIsNoReference() {
        assertThat(names("V/v lập Đề án “Phát triển du lịch cộng đồng vùng hồ Ba Bể đến năm 2030”\n"
                + "Đồng ý tỉnh xây dựng Đề án Phát triển kinh tế ban đêm giai đoạn 2024-2030.\n"
                + "Sở Công Thương lấy ý kiến góp ý dự thảo Quyết định của Thủ tướng Chính phủ về Chương trình phát triển "
                + "tài sản trí tuệ đến năm 2030.\n")).isEmpty();
        assertThat(names("Kế hoạch Chương trình mục tiêu quốc gia Nước sạch nông thôn tỉnh năm 2015\n\n"
                + "Ban điều hành Chương trình mục tiêu quốc gia Nước sạch nông thôn tỉnh năm 2015 tổ chức họp.\n"
                + "Tài liệu gửi kèm:\n\nĐề án Chương trình xúc tiến thương mại quốc gia\n")).isEmpty();
        // a programme's title in quotes, the type word inside them, is read whole
        assertThat(names("Năm 2023 tỉnh tham gia “Chương trình Sữa học đường cải thiện dinh dưỡng trẻ em mẫu giáo và "
                + "học sinh tiểu học” do Bộ Y tế chủ trì.\n")).containsExactly(
                "Chương trình Sữa học đường cải thiện dinh dưỡng trẻ em mẫu giáo và học sinh tiểu học");
    }

    @Test
    void aShorterMentionOfAnApprovedProgrammeIsThatDecisionsContentToo() {
        assertThat(names("Căn cứ Quyết định số 50/QĐ-TTg ngày 10/01/2023 của Thủ tướng Chính phủ phê duyệt Chương trình "
                + "hành động quốc gia của Việt Nam về phát triển năng lượng tái tạo giai đoạn 2023 - 2030;\nCác sở triển "
                + "khai Chương trình hành động quốc gia về phát triển năng lượng tái tạo giai đoạn 2023 - 2030.\n"))
                .isEmpty();
    }

    @Test
    void aPortalsTitleLineRepeatsTheDocumentsOwnSubject() {
        String text = "Công văn 512/SNN-KH năm 2023 về báo cáo kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo "
                + "bền vững giai đoạn 2021-2025\n\nSỞ NÔNG NGHIỆP VÀ PTNT\nTỈNH YÊN BÁI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA "
                + "VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\nSố: 512/SNN-KH\nV/v báo cáo kết quả\n\nYên "
                + "Bái, ngày 10 tháng 3 năm 2023\n\nKính gửi: Ủy ban nhân dân tỉnh\n\nThực hiện Chương trình mục tiêu quốc "
                + "gia giảm nghèo bền vững giai đoạn 2021-2025, Sở báo cáo như sau:\n";
        ExtractionResult r = Extract.of(text);
        assertThat(r.document().symbol()).isEqualTo("512/SNN-KH");
        assertThat(r.named()).extracting(NamedReference::start).containsExactly(text.indexOf("Thực hiện Chương") + 10);
    }

    @Test
    void aProgrammesNameEndsAtTheCommaAfterItsPeriod() {
        assertThat(names("Đánh giá tác động của phong trào thi đua góp phần thực hiện Chương trình mục tiêu quốc gia giảm "
                + "nghèo bền vững giai đoạn 2016-2020, trong đó tập trung vào các tiêu chí giảm tỷ lệ hộ nghèo.\n"))
                .containsExactly("Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2016-2020");
        // an outlook belongs to the name
        assertThat(names("Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025, định hướng "
                + "đến năm 2030 trên địa bàn tỉnh.\n")).containsExactly(
                "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025, định hướng đến năm 2030");
    }
}
