package dev.lexgraph.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The document's own header on the layouts real documents arrive in (issue "Real documents", part 1). */
class HeaderLayoutsTest {

    private static DocumentHeader header(String text) {
        return Extract.of(text).document();
    }

    private static List<ExtractionWarning.Code> warnings(String text) {
        return Extract.of(text).warnings().stream().map(ExtractionWarning::code).toList();
    }

    @Test
    void aTableWhoseCellsArriveOnePerLine() {
        String text = """
                ỦY BAN NHÂN DÂN
                TỈNH YÊN BÁI
                -------
                |
                CỘNG HÒA XÃ HỘI
                CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                ---------------
                |
                Số:
                41/2011/QĐ-UBND
                |
                Yên Bái, ngày 21
                tháng 08 năm 2016
                |
                QUYẾT ĐỊNH
                BAN HÀNH QUY ĐỊNH VỀ QUẢN LÝ CHỢ TRÊN ĐỊA
                BÀN TỈNH YÊN BÁI
                Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
                Căn cứ Nghị định số 02/2003/NĐ-CP ngày 14/01/2003 của Chính phủ;
                """;
        DocumentHeader h = header(text);
        assertThat(h.type()).isEqualTo(DocType.QUYET_DINH); // the type line, not the title's "QUY ĐỊNH"
        assertThat(h.symbol()).isEqualTo("41/2011/QĐ-UBND");
        assertThat(h.date()).isEqualTo("2016-08-21");
        assertThat(h.province()).isEqualTo("Yên Bái");
        assertThat(h.issuer()).isEqualTo("UBND tỉnh Yên Bái");
        assertThat(h.title()).isEqualTo("BAN HÀNH QUY ĐỊNH VỀ QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH YÊN BÁI");
        assertThat(Extract.citations(text)).extracting(Citation::symbol).containsExactly("02/2003/NĐ-CP");
    }

    @Test
    void theMottoAndThePlaceBrokenAtTheirCommasOrWords() {
        String text = """
                UỶ BAN NHÂN
                DÂN
                TỈNH QUẢNG BÌNH
                --------
                |
                CỘNG HÒA XÃ
                HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                |
                Số: 933/QĐ-UBND
                |
                Quảng Bình,
                ngày 25 tháng 4 năm 2011
                |
                QUYẾT ĐỊNH
                VỀ VIỆC PHÊ DUYỆT QUY HOẠCH
                """;
        DocumentHeader h = header(text);
        assertThat(h.date()).isEqualTo("2011-04-25");
        assertThat(h.place()).isEqualTo("Quảng Bình");
        assertThat(h.issuer()).isEqualTo("UBND tỉnh Quảng Bình"); // not "HỘI", the motto's broken word
    }

    @Test
    void aWholeHeaderGluedIntoOneLineByAPdfCopy() {
        String text = "BỘ TÀI CHÍNHBỘ KHOA HỌC VÀ CƠNG NGHỆ CỘNG HỒ XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 44 /2007/TTLT-BTC-BKHCN "
                + "Độc lập -Tự - Hạnh phúc Hà Nội, ngày 07 tháng 5 năm 2007 THÔNG TƯ LIÊN TỊCH Hướng dẫn định mức xây "
                + "dựng dự toán kinh phí đề tài Căn Nghị định số 60/2003/NĐ-CP ngày 06/6/2003 Chính phủ quy định chi "
                + "tiết hướng dẫn thi hành Luật Ngân sách nhà nước;\n";
        DocumentHeader h = header(text);
        assertThat(h.type()).isEqualTo(DocType.THONG_TU_LIEN_TICH);
        assertThat(h.symbol()).isEqualTo("44/2007/TTLT-BTC-BKHCN");
        assertThat(h.date()).isEqualTo("2007-05-07");
        assertThat(h.issuer()).doesNotContain("CỘNG");
        assertThat(Extract.citations(text)).extracting(Citation::symbol).containsExactly("60/2003/NĐ-CP");
        // A long first line of body text is one cell, as before.
        assertThat(header("Thực hiện Kế hoạch số 39/KH-UBND ngày 05/02/2025 của UBND tỉnh, Sở Nội vụ báo cáo kết quả"
                + " công tác năm 2025 như sau: số liệu đã được tổng hợp đầy đủ từ các phòng, ban và đơn vị trực thuộc"
                + " trong toàn tỉnh theo đúng yêu cầu.\n").symbol()).isNull();
    }

    @Test
    void cellsSeparatedByBarsOnOneLineAndATitleOnTheTypeLine() {
        String text = "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                + "SỞ Y TẾ | Độc lập - Tự do - Hạnh phúc |\n"
                + "Số: 88/KH-SYT | Bắc Giang, ngày 3 tháng 4 năm 2023 |\n"
                + "KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 33/CT-TTG NGÀY 26/11/2021 CỦA THỦ TƯỚNG CHÍNH PHỦ\n"
                + "Sở Y tế xây dựng kế hoạch như sau:\n";
        DocumentHeader h = header(text);
        assertThat(h.type()).isEqualTo(DocType.KE_HOACH);
        assertThat(h.symbol()).isEqualTo("88/KH-SYT");
        assertThat(h.date()).isEqualTo("2023-04-03");
        assertThat(h.issuer()).isEqualTo("Sở Y tế tỉnh Bắc Giang");
        assertThat(h.parentBody()).isEqualTo("UBND tỉnh Bắc Giang");
        assertThat(h.implemented()).containsExactly("33/CT-TTg");
    }

    @Test
    void aPortalMetadataBlockFillsWhatTheHeaderLacksAndIsCheckedAgainstIt() {
        String text = """
                Số hiệu: | 1234/QĐ-UBND | Loại văn bản: | Quyết định |
                Nơi ban hành: | Tỉnh Bình Phước | Người ký: | Nguyễn Văn A |
                Ngày ban hành: | 17/09/2021 | Ngày hiệu lực: | 17/09/2021 |
                QUYẾT ĐỊNH
                Về việc phê duyệt danh mục dự án
                Căn cứ Quyết định số 5/QĐ-TTg ngày 02/01/2021 của Thủ tướng Chính phủ;
                """;
        DocumentHeader h = header(text);
        assertThat(h.type()).isEqualTo(DocType.QUYET_DINH);
        assertThat(h.symbol()).isEqualTo("1234/QĐ-UBND");
        assertThat(h.date()).isEqualTo("2021-09-17");
        assertThat(h.province()).isEqualTo("Bình Phước");
        assertThat(Extract.citations(text)).extracting(Citation::symbol).containsExactly("5/QĐ-TTg");

        String conflicting = text.replace("QUYẾT ĐỊNH\n", "Số: 1235/QĐ-UBND\nQUYẾT ĐỊNH\n");
        assertThat(header(conflicting).symbol()).isEqualTo("1235/QĐ-UBND");
        assertThat(warnings(conflicting)).contains(ExtractionWarning.Code.HEADER_CONFLICT);
    }

    @Test
    void anAnnexThatCameAloneIsTheDecisionItWasIssuedWith() {
        String text = """
                QUY ĐỊNH
                VỀ QUẢN LÝ CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH
                (Ban hành kèm theo Quyết định số 12/2021/QĐ-UBND ngày 03 tháng 5 năm 2021 của Ủy ban nhân dân tỉnh)
                Chương I
                QUY ĐỊNH CHUNG
                Điều 1. Phạm vi điều chỉnh: theo Nghị định số 68/2017/NĐ-CP ngày 25/5/2017.
                """;
        DocumentHeader h = header(text);
        assertThat(h.type()).isEqualTo(DocType.QUYET_DINH);
        assertThat(h.symbol()).isEqualTo("12/2021/QĐ-UBND");
        assertThat(h.date()).isEqualTo("2021-05-03");
        assertThat(warnings(text)).contains(ExtractionWarning.Code.ANNEX);
        assertThat(Extract.citations(text)).extracting(Citation::symbol).containsExactly("68/2017/NĐ-CP");
    }

    @Test
    void aNumberWhoseCodeDisagreesWithTheTypeLineKeepsTheTypeLineAndSaysSo() {
        String text = "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                + "Số: 55/2007/CT-UBND\nPhan Rang-Tháp Chàm, ngày 05 tháng 3 năm 2007\nQUYẾT ĐỊNH\n"
                + "BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG\n";
        assertThat(header(text).type()).isEqualTo(DocType.QUYET_DINH);
        assertThat(warnings(text)).contains(ExtractionWarning.Code.TYPE_MISMATCH);
    }

    @Test
    void aNewsItemDescribesTheDocumentItAnnounces() {
        String text = "Ngày 12/5/2019, Ban Thường vụ Tỉnh ủy Quảng Bình đã ban hành Chương trình số 15-CTr/TU về "
                + "thực hiện Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Ban Chấp hành Trung ương.\n"
                + "Chương trình đề ra nhiệm vụ; căn cứ Quyết định số 12/QĐ-UBND ngày 3/1/2019 của UBND tỉnh.\n";
        ExtractionResult r = Extract.of(text);
        assertThat(r.document().type()).isEqualTo(DocType.CHUONG_TRINH);
        assertThat(r.document().symbol()).isEqualTo("15-CTr/TU");
        assertThat(r.document().date()).isEqualTo("2019-05-12");
        assertThat(r.document().province()).isEqualTo("Quảng Bình");
        assertThat(r.document().implemented()).containsExactly("36-NQ/TW");
        assertThat(r.citations()).extracting(Citation::symbol).containsExactly("36-NQ/TW", "12/QĐ-UBND");
        assertThat(warnings(text)).contains(ExtractionWarning.Code.ANNOUNCED).doesNotContain(ExtractionWarning.Code.NO_HEADER);
    }

    @Test
    void aPagesTitleLineNamesTheDocumentWithoutAHeader() {
        ExtractionResult r = Extract.of("Quyết định 228/QĐ-UBND năm 2021 về mã định danh của các cơ quan tỉnh Hà Giang\n"
                + "Căn cứ Quyết định số 20/2020/QĐ-TTg ngày 22/7/2020 của Thủ tướng Chính phủ;\n");
        assertThat(r.document().type()).isEqualTo(DocType.QUYET_DINH);
        assertThat(r.document().symbol()).isEqualTo("228/QĐ-UBND");
        assertThat(r.citations()).extracting(Citation::symbol).containsExactly("20/2020/QĐ-TTg");
        // Also under the time the portal posted it, with "về" after the number.
        ExtractionResult posted = Extract.of("07/08/2012 - 15:39\n\nNghị quyết số 06/2012/NQ-HĐND về đẩy mạnh cải cách "
                + "hành chính\n\nThực hiện Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ;\n");
        assertThat(posted.document().type()).isEqualTo(DocType.NGHI_QUYET);
        assertThat(posted.document().symbol()).isEqualTo("06/2012/NQ-HĐND");
        assertThat(posted.citations()).extracting(Citation::symbol).containsExactly("30c/NQ-CP");
        // A body sentence that merely mentions an issued document is not an announcement.
        assertThat(Extract.citations("Trong năm, Sở đã ban hành Kế hoạch số 07/KH-SNV ngày 10/01/2025 về công tác "
                + "dân vận.")).extracting(Citation::symbol).containsExactly("07/KH-SNV");
    }

    /**
     * A ministry's or the Government Office's "Hà Nội, ngày …" is where it sits: its document belongs to no province,
     * and lends none to the local letter it answers ("Công văn số 88/UBND-KT" of a province it does not name). The
     * capital's own council keeps Hà Nội.
     */
    @Test
    void aCentralBodysDocumentBelongsToNoProvinceWhereverItIsDated() {
        String office = """
                VĂN PHÒNG CHÍNH PHỦ
                Số: 4512/VPCP-KTTH
                V/v xử lý kiến nghị của địa phương
                Hà Nội, ngày 23 tháng 6 năm 2018
                Kính gửi: Ủy ban nhân dân tỉnh Bến Tre
                Xét đề nghị tại Công văn số 88/UBND-KT ngày 23 tháng 3 năm 2018, Thủ tướng Chính phủ có ý kiến như sau:
                """;
        ExtractionResult r = Extract.of(office);
        assertThat(r.document().symbol()).isEqualTo("4512/VPCP-KTTH");
        assertThat(r.document().place()).isEqualTo("Hà Nội");
        assertThat(r.document().province()).isNull();
        Citation answered = Extract.bySymbol(r.citations(), "88/UBND-KT");
        assertThat(answered.issuerScope()).isEqualTo(Citation.IssuerScope.LOCAL);
        assertThat(answered.issuer()).doesNotContain("Hà Nội");
        assertThat(answered.provinceAssumed()).isTrue();

        DocumentHeader ministry = header("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nSố: 3279/BNN-TCTS\n"
                + "V/v quản lý nuôi tôm tại tỉnh Cà Mau\nHà Nội, ngày 20 tháng 4 năm 2017\nKính gửi: UBND tỉnh Cà Mau\n");
        assertThat(ministry.province()).isNull();

        DocumentHeader capital = header("HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 12/NQ-HĐND\n"
                + "Hà Nội, ngày 5 tháng 7 năm 2023\nNGHỊ QUYẾT\nVề kế hoạch đầu tư công\n");
        assertThat(capital.province()).isEqualTo("Hà Nội");
    }

    /**
     * A text without a header takes the province it names most, and a province named in a council's or committee's
     * name counts for more than a place: a province's news item on its agreement with "Thành phố Hồ Chí Minh" is the
     * province's. A name in two parts ("Bà Rịa - Vũng Tàu") is read whole.
     */
    @Test
    void aHeaderlessTextsProvinceIsTheOneItsBodiesName() {
        String news = """
                Nghệ An triển khai Thỏa thuận hợp tác với Thành phố Hồ Chí Minh
                UBND tỉnh Nghệ An giao Sở Kế hoạch và Đầu tư chủ trì rà soát Kế hoạch triển khai Thỏa thuận hợp tác giữa                 Thành phố Hồ Chí Minh và các tỉnh; Thành phố Hồ Chí Minh cử đoàn công tác; UBND tỉnh Nghệ An đã báo cáo                 kết quả với Thành phố Hồ Chí Minh.
                """;
        assertThat(Extract.of(news).document().province()).isEqualTo("Nghệ An");

        String decision = """
                QUYẾT ĐỊNH
                Ban hành Quy chế quản lý hoạt động của các tổ chức phi chính phủ nước ngoài
                trên địa bàn tỉnh Bà Rịa - Vũng Tàu.
                Theo đề nghị của Giám đốc Sở Ngoại vụ tại Tờ trình số 67/TTr-SNgV ngày 29 tháng 5 năm 2015 về việc trình                 Quy chế quản lý hoạt động trên địa bàn tỉnh Bà Rịa - Vũng Tàu,
                """;
        assertThat(Extract.of(decision).document().province()).isEqualTo("Bà Rịa - Vũng Tàu");
    }

    /**
     * The issuer of a header whose layout lost part of it: a table that kept "HỘI ĐỒNG NHÂN DÂN" without its province
     * (the date line's province completes it; a district's date line would not), a portal's title copied on the line
     * above the header, a portal's date glued before it. A joint header in capitals stays whole.
     */
    @Test
    void theIssuerIsReadThroughWhatAPortalOrATableLeftAroundIt() {
        DocumentHeader council = header("HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                + "Số: 06/2021/NQ-HĐND | Trà Vinh, ngày 29 tháng 6 năm 2021 |\nNGHỊ QUYẾT\nBan hành nội quy kỳ họp\n");
        assertThat(council.issuer()).isEqualTo("HĐND tỉnh Trà Vinh");

        DocumentHeader district = header("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                + "Số: 112/QĐ-UBND | Phủ Lý, ngày 15 tháng 11 năm 2010 |\nQUYẾT ĐỊNH\nVề việc giao chỉ tiêu\n");
        assertThat(district.issuer()).isEqualTo("ỦY BAN NHÂN DÂN");

        DocumentHeader titled = header("Kế hoạch 215/KH-UBND năm 2022 khoa học công nghệ Lào Cai\n"
                + "ỦY BAN NHÂN DÂN TỈNH LÀO CAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                + "Số: 215/KH-UBND | Lào Cai, ngày 12 tháng 5 năm 2022 |\nKẾ HOẠCH\nPhát triển khoa học\n");
        assertThat(titled.issuer()).isEqualTo("UBND tỉnh Lào Cai");

        DocumentHeader glued = header("Ngày phát hành : 10/06/2014 Ngày có hiệu lực : 20/06/2014 ỦY BAN NHÂN DÂN TỈNH "
                + "THÁI NGUYÊN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 21/2014/QĐ-UBND | Thái Nguyên, ngày 10 tháng 6"
                + " năm 2014 |\nQUYẾT ĐỊNH\nBan hành quy định\n");
        assertThat(glued.issuer()).isEqualTo("UBND tỉnh Thái Nguyên");

        DocumentHeader joint = header("THƯỜNG TRỰC HĐND - UBND TỈNH HÒA BÌNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                + "Số: 01/QC-HĐND-UBND | Hòa Bình, ngày 3 tháng 1 năm 2022 |\nQUY CHẾ\nPhối hợp công tác\n");
        assertThat(joint.issuer()).isEqualTo("THƯỜNG TRỰC HĐND - UBND TỈNH HÒA BÌNH");
    }

    /**
     * A text without a header takes as issuer the body that is the whole subject of a clause issuing a document, and
     * that body's province; a body named inside a longer clause is a citation's issuer.
     */
    @Test
    void aHeaderlessTextsIssuerIsTheSubjectThatIssuedIt() {
        ExtractionResult news = Extract.of("CTTĐT - Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về việc"
                + " tăng cường sự lãnh đạo của Đảng đối với công tác phòng cháy.\nChỉ thị yêu cầu các cấp ủy triển khai.\n");
        assertThat(news.document().issuer()).isEqualTo("Ban Thường vụ Tỉnh ủy Yên Bái");
        assertThat(news.document().province()).isEqualTo("Yên Bái");

        ExtractionResult programme = Extract.of("CHƯƠNG TRÌNH\nCải cách hành chính giai đoạn 2011 - 2015\n"
                + "Thực hiện Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách"
                + " hành chính nhà nước giai đoạn 2011 - 2020, các sở, ngành triển khai.\n");
        assertThat(programme.document().issuer()).isNotEqualTo("Chính phủ");
    }

    /**
     * "Chủ tịch UBND tỉnh vừa ban hành …": a centrally-run city is no "tỉnh", so a news item that names a city most
     * takes the province it names most among the others, or none.
     */
    @Test
    void aProvincesUnnamedCommitteeIsNotACitysCommittee() {
        ExtractionResult partner = Extract.of("Kế hoạch phối hợp với Thành phố Hồ Chí Minh\n21/08/2023 09:41\n"
                + "Chủ tịch UBND tỉnh vừa ban hành Văn bản số 4006/UBND-KTTH ngày 18/8/2023 về việc triển khai Thỏa thuận"
                + " hợp tác giữa Thành phố Hồ Chí Minh và các tỉnh; Thành phố Hồ Chí Minh cử đoàn công tác.\n");
        assertThat(partner.document().province()).isNull();
        assertThat(partner.document().issuer()).isEqualTo("Chủ tịch UBND tỉnh");

        ExtractionResult huế = Extract.of("Ngày 29/7/2020, Chủ tịch UBND tỉnh ban hành Công văn số 6732/UBND-Y về việc phòng"
                + " bệnh trên địa bàn tỉnh Thừa Thiên Huế.\nCác trường học tại thành phố Huế, thành phố Huế và thành phố"
                + " Huế triển khai.\n");
        assertThat(huế.document().province()).isEqualTo("Thừa Thiên Huế");
        assertThat(huế.document().issuer()).isEqualTo("Chủ tịch UBND tỉnh Thừa Thiên Huế");
    }

    /** Departments and ministries named by their abbreviations are the same bodies as named in full. */
    @Test
    void abbreviatedDepartmentsAndMinistriesAreTheBodiesNamedInFull() {
        ExtractionResult r = Extract.of("Thực hiện Công văn số 3536/BGDĐT-GDTrH ngày 5/8/2019 của Bộ GD&ĐT và Kế hoạch số"
                + " 12/KH-SNN ngày 3/1/2020 của Sở NN&PTNT tỉnh Bến Tre, UBND huyện báo cáo như sau.");
        assertThat(Extract.bySymbol(r.citations(), "3536/BGDĐT-GDTrH").issuer()).isEqualTo("Bộ Giáo dục và Đào tạo");
        assertThat(Extract.bySymbol(r.citations(), "12/KH-SNN").issuer())
                .isEqualTo("Sở Nông nghiệp và Phát triển nông thôn tỉnh Bến Tre");
    }

    /** The short codes of nationwide bodies met in real letters, the agriculture ministry's and the Youth Union's, and the Youth Union's bodies by name. */
    @Test
    void theAgricultureMinistrysAndTheYouthUnionsCodesAreNationwide() {
        ExtractionResult r = Extract.of("Thực hiện Công văn số 3879/BNN-BVTV ngày 12/5/2019 của Bộ Nông nghiệp và Phát triển"
                + " nông thôn và Quyết định số 1836-QĐ/TWĐTN ngày 3/4/2019 của Ban Bí thư Trung ương Đoàn, Sở Nông nghiệp"
                + " tỉnh Cà Mau báo cáo như sau.");
        assertThat(Extract.bySymbol(r.citations(), "3879/BNN-BVTV").issuerScope()).isEqualTo(Citation.IssuerScope.CENTRAL);
        Citation youthUnion = Extract.bySymbol(r.citations(), "1836-QĐ/TWĐTN");
        assertThat(youthUnion.issuerScope()).isEqualTo(Citation.IssuerScope.CENTRAL);
        // the Youth Union's Secretariat, not the Party's ("Ban Bí thư" alone)
        assertThat(youthUnion.issuer()).isEqualTo("Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh");
    }

    @Test
    void aLettersSubjectLineAndAPartyNumberWithoutColon() {
        DocumentHeader letter = header("UBND TỈNH HÀ TĨNH\nSỞ XÂY DỰNG\nSố: 2150/SXD-QLCL\nV/v khắc phục sạt lở\n"
                + "Hà Tĩnh, ngày 21 tháng 10 năm 2024\nKính gửi: UBND huyện Hương Sơn\n");
        assertThat(letter.type()).isEqualTo(DocType.CONG_VAN);
        assertThat(letter.symbol()).isEqualTo("2150/SXD-QLCL");
        DocumentHeader party = header("TỈNH ỦY LẠNG SƠN ĐẢNG CỘNG SẢN VIỆT NAM\n*\n"
                + "Số 148-KH/TU Lạng Sơn, ngày 06 tháng 3 năm 2026\n\nKẾ HOẠCH\nhọc tập nghị quyết\n");
        assertThat(party.symbol()).isEqualTo("148-KH/TU");
        assertThat(party.date()).isEqualTo("2026-03-06");
        assertThat(party.province()).isEqualTo("Lạng Sơn");
    }

    @Test
    void aBodyLineThatOpensWithANumberIsNotTheHeadersNumber() {
        DocumentHeader h = header("Triển khai công tác dân vận\n\nThực hiện Chỉ thị\ns0 33/CT-TTg ngày 26/11/2021 của "
                + "Thủ tướng Chính phủ, Sở xây dựng Kế hoạch như sau:\n");
        assertThat(h.symbol()).isNull();
        assertThat(Extract.citations("Thực hiện Chỉ thị\ns0 33/CT-TTg ngày 26/11/2021")).hasSize(1);
    }

    @org.junit.jupiter.api.Test
    void aCouncilWithoutItsProvinceLineBelongsToThePlaceOfItsDateLineNotToHaiDuong() {
        // "HỘI ĐỒNG" was once taken for an OCR reading of "Hải Dương": eight real councils' resolutions, and the local
        // documents they cite, were filed under that province
        ExtractionResult r = Extract.of("HỘI ĐỒNG NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 18/2025/NQ-HĐND |\n"
                + "Thanh Hóa, ngày 21 tháng 7 năm 2025 |\nNGHỊ QUYẾT\nVề chế độ công tác phí\n"
                + "Xét Tờ trình số 192/TTr-UBND ngày 01/7/2025 của Ủy ban nhân dân tỉnh;\n");
        org.assertj.core.api.Assertions.assertThat(r.document().province()).isEqualTo("Thanh Hóa");
        org.assertj.core.api.Assertions.assertThat(Extract.bySymbol(r.citations(), "192/TTr-UBND").issuer())
                .isEqualTo("UBND tỉnh Thanh Hóa");
    }
}
