package dev.lexgraph.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** References to laws by name: read whole, their year read, resolved through the bundled law table. */
class LawsByNameTest {

    private static NamedReference only(String text) {
        List<NamedReference> named = Extract.of(text).named();
        assertThat(named).as("references by name in «%s»", text).hasSize(1);
        return named.get(0);
    }

    @Test
    void wordsGluedByACopyAreReadApartWhenTheSecondIsCapitalised() {
        NamedReference a = only("Căn cứ Luật Tổ chứcHĐND và UBND năm 2003;");
        assertThat(a.name()).isEqualTo("Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân");
        assertThat(a.symbol()).isEqualTo("11/2003/QH11");
        NamedReference b = only("Báo cáo tổng kết thi hành Pháp lệnh Ưu đãi người có công với cách mạngGóp ý");
        assertThat(b.text()).isEqualTo("Pháp lệnh Ưu đãi người có công với cách mạng");
        // glued in lower case, and a title in capitals: the table knows the law
        assertThat(only("Căn cứ Luật Phổbiến, giáo dục pháp luật năm 2012;").symbol()).isEqualTo("14/2012/QH13");
        assertThat(only("KẾ HOẠCH TRIỂN KHAI LUẬT PHỔ BIẾN, GIÁO DỤC PHÁPLUẬT").name())
                .isEqualTo("Luật Phổ biến, giáo dục pháp luật");
    }

    @Test
    void aLongerWordIsNotTheTablesShorterOne() {
        // the table knows the law amending Luật Giá, not one amending Luật Giáo dục: "Giáo" is not "Giá" misread
        NamedReference r = only("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Giáo dục;");
        assertThat(r.name()).isEqualTo("Luật sửa đổi, bổ sung một số điều của Luật Giáo dục");
        assertThat(r.symbol()).isNull();
        assertThat(only("Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;").symbol()).isEqualTo("43/2019/QH14");
    }

    @Test
    void aNameEndsBeforeTheVaThatOpensTheNextCitation() {
        String decree = "Căn cứ Nghị định số 136/2015/NĐ-CP ngày 31 tháng 12 năm 2015 của Chính phủ về hướng dẫn thi hành "
                + "một số điều của Luật Đầu tư công";
        // "và số 161/…": the next number of the same type word; the name is not "Luật Đầu tư công và"
        for (String rest : new String[] {" và số 161/2016/NĐ-CP ngày 02 tháng 12 năm 2016;",
                " và Nghị định số 161/2016/NĐ-CP ngày 02 tháng 12 năm 2016;"}) {
            ExtractionResult r = Extract.of(decree + rest);
            assertThat(r.named()).as(rest).hasSize(1);
            assertThat(r.named().get(0).text()).isEqualTo("Luật Đầu tư công");
            assertThat(r.named().get(0).name()).isEqualTo("Luật Đầu tư công");
            assertThat(r.citations()).extracting(Citation::symbol).containsExactly("136/2015/NĐ-CP", "161/2016/NĐ-CP");
        }
        assertThat(only("Căn cứ Luật Đất đai và Nghị định số 102/2024/NĐ-CP ngày 30/7/2024;").text())
                .isEqualTo("Luật Đất đai");
    }

    @Test
    void aNameIsReadWholeAcrossCommasAbbreviationsAndTheWordVa() {
        NamedReference a = only("Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;");
        assertThat(a.name()).isEqualTo("Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân");
        assertThat(a.year()).isEqualTo(2003);
        assertThat(a.date()).isEqualTo("2003-11-26");
        assertThat(a.symbol()).isEqualTo("11/2003/QH11");
        assertThat(a.relation()).isEqualTo(Relation.BASED_ON);

        NamedReference b = only("Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003;");
        assertThat(b.name()).isEqualTo("Luật Thi đua, khen thưởng");
        assertThat(b.symbol()).isEqualTo("15/2003/QH11");

        NamedReference c = only("Căn cứ Luật Quản lý, sử dụng tài sản công ngày 21 tháng 6 năm 2017;");
        assertThat(c.name()).isEqualTo("Luật Quản lý, sử dụng tài sản công");
        assertThat(c.symbol()).isEqualTo("15/2017/QH14");
    }

    @Test
    void theYearComesFromTheDateWrittenAfterTheName() {
        NamedReference r = only("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;");
        assertThat(r.year()).isEqualTo(2015);
        assertThat(r.symbol()).isEqualTo("77/2015/QH13");
        assertThat(r.resolvedBy()).isEqualTo("date");
        assertThat(only("Căn cứ Luật Đất đai năm 2024;").symbol()).isEqualTo("31/2024/QH15");
    }

    @Test
    void ocrDamageAndLineBreaksDoNotCutAName() {
        NamedReference r = only("Căn cứ Luat Thyc hién dan chu 6\nco s& nam 2022;");
        assertThat(r.name()).isEqualTo("Luật Thực hiện dân chủ ở cơ sở");
        assertThat(r.year()).isEqualTo(2022);
        assertThat(r.symbol()).isEqualTo("10/2022/QH15");
    }

    @Test
    void theSeedsLawsAreAllReadWholeAndResolved() {
        // The plan 2599/KH-SKHCN (OCR text) rests on the law on grassroots democracy and on its 2025 amendment.
        String plan = dev.lexgraph.text.SampleDocuments.all().stream().filter(s -> s.name().startsWith("004_"))
                .findFirst().orElseThrow().text();
        List<String> symbols = Extract.of(plan).named().stream()
                .filter(n -> n.type() == DocType.LUAT).map(NamedReference::symbol).toList();
        assertThat(symbols).contains("10/2022/QH15", "97/2025/QH15").doesNotContainNull();
    }

    @Test
    void anAmendingLawIsOneNameWithTheLawsItAmends() {
        NamedReference r = only("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
                + "chính quyền địa phương ngày 22 tháng 11 năm 2019;");
        assertThat(r.name()).isEqualTo(
                "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương");
        assertThat(r.year()).isEqualTo(2019);
        assertThat(r.symbol()).isEqualTo("47/2019/QH14");
    }

    @Test
    void withoutAYearTheVersionInForceOnTheDocumentsDateIsChosenElseItStaysAmbiguous() {
        String body = "Căn cứ Luật Ngân sách nhà nước;\n";
        NamedReference dated = Extract.of("UBND TỈNH LẠNG SƠN\nSố: 12/QĐ-UBND\nLạng Sơn, ngày 5 tháng 3 năm 2019\n"
                + "QUYẾT ĐỊNH\nVề việc giao dự toán\n" + body).named().get(0);
        assertThat(dated.symbol()).isEqualTo("83/2015/QH13");
        assertThat(dated.resolvedBy()).isEqualTo("in-force");

        NamedReference undated = only(body);
        assertThat(undated.symbol()).isNull();
        assertThat(undated.candidates()).contains("83/2015/QH13", "01/2002/QH11");
    }

    @Test
    void aConstitutionHasNoSymbolYetResolvesToItsVersionAndKnowsItWasReplaced() {
        NamedReference byYear = only("Căn cứ Hiến pháp năm 1992;");
        assertThat(byYear.law()).isNotNull();
        assertThat(byYear.law().year()).isEqualTo(1992);
        assertThat(byYear.symbol()).isNull(); // a constitution has none: the JSON says so

        String header = "UBND TỈNH LẠNG SƠN\nSố: 12/QĐ-UBND\nLạng Sơn, ngày 5 tháng 3 năm %d\nQUYẾT ĐỊNH\nVề việc giao dự toán\n";
        NamedReference in2019 = Extract.of(header.formatted(2019) + "Căn cứ Hiến pháp;\n").named().get(0);
        assertThat(in2019.law().year()).as("in force in 2019").isEqualTo(2013);
        assertThat(in2019.resolvedBy()).isEqualTo("in-force");
        NamedReference in2005 = Extract.of(header.formatted(2005) + "Căn cứ Hiến pháp;\n").named().get(0);
        assertThat(in2005.law().year()).as("in force in 2005").isEqualTo(1992);

        NamedReference undated = only("Căn cứ Hiến pháp;");
        assertThat(undated.law()).isNull();
        assertThat(undated.candidates()).containsExactly("Hiến pháp 2013", "Hiến pháp 1992");
    }

    @Test
    void aPortalsListOfRelatedLawsIsReadWithItsGluedNumbersAndAmendmentsByYear() {
        List<NamedReference> named = Extract.of("- 1Luật Thi đua, Khen thưởng sửa đổi 2005\n- 2Luật Thi đua, Khen thưởng "
                + "2003\n- 3Luật tổ chức chính quyền địa phương 2015\n").named();
        assertThat(named).extracting(NamedReference::symbol).containsExactly("47/2005/QH11", "15/2003/QH11", "77/2015/QH13");
        assertThat(named.get(0).name()).isEqualTo("Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng");
        assertThat(only("Căn cứ Luật Đất đai sửa đổi;").name()).as("no year: not an amendment by year")
                .isEqualTo("Luật Đất đai");
        // two words of the name glued by a copy from a web page
        NamedReference glued = only("Căn cứ Luật Tổ chức Hội đồngnhân dân và Ủy ban nhân dân năm 2003;");
        assertThat(glued.symbol()).isEqualTo("11/2003/QH11");
        assertThat(glued.text()).endsWith("năm 2003");
        // and the type word glued to the name
        assertThat(only("Căn cứ LuậtTổ chức HĐND và UBND ngày 26/11/2003;").symbol()).isEqualTo("11/2003/QH11");
    }

    @Test
    void aLawCitedByNumberIsACitationNotAName() {
        ExtractionResult r = Extract.of("Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13;");
        assertThat(r.named()).isEmpty();
        assertThat(r.citations()).extracting(Citation::symbol).containsExactly("77/2015/QH13");
    }

    @Test
    void anUnknownNameEndsWhereItsClauseDoes() {
        NamedReference r = only("Căn cứ Luật Nghề gốm truyền thống nhằm bảo đảm quyền lợi;");
        assertThat(r.name()).isEqualTo("Luật Nghề gốm truyền thống");
        assertThat(r.symbol()).isNull();
    }

    @Test
    void aDocumentSaysWhenItTakesEffect() {
        String head = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 12/2023/QĐ-UBND\nBình Định, ngày 15 tháng 3 năm 2023\n"
                + "QUYẾT ĐỊNH\nBan hành Quy định về hỗ trợ doanh nghiệp\n";
        assertThat(Extract.of(head + "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.").document().effective())
                .isEqualTo("2023-03-15");
        assertThat(Extract.of(head + "Điều 3. Quyết định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2023.")
                .document().effective()).isEqualTo("2023-07-01");
        assertThat(Extract.of(head + "Quyet dinh nay co hieu luc sau 10 ngay ke tu ngay ky.").document().effective())
                .isEqualTo("2023-03-25");
        assertThat(Extract.of(head + "Quyết định này có hiệu lực thi hành sau 10 ngày, kể từ ngày ký.").document()
                .effective()).isEqualTo("2023-03-25");
        // a cited document's entry into force is not this one's
        assertThat(Extract.of(head + "Nghị định số 80/2021/NĐ-CP có hiệu lực từ ngày 15/10/2021.").document()
                .effective()).isNull();
        assertThat(Extract.of(head + "Quyết định này có hiệu lực từ ngày 31/02/2023.").document().effective())
                .as("a day the calendar lacks").isNull();
    }

    @Test
    void theBundledTableHoldsTogether() {
        LawTable table = LawTable.bundled();
        assertThat(table.laws()).hasSizeGreaterThan(60);
        Set<String> symbols = new HashSet<>();
        for (LawTable.Law law : table.laws()) {
            if (!law.symbol().isEmpty()) {
                assertThat(symbols.add(TextFolding.symbolKey(law.symbol()))).as("symbol %s once", law.symbol()).isTrue();
            }
            assertThat(law.source()).as("source of %s", law.symbol()).isNotBlank();
            if (law.effective() != null) {
                assertThat(law.effective()).as("%s takes effect on or after adoption", law.symbol())
                        .isAfterOrEqualTo(law.adopted());
            }
            for (String old : law.replaces()) {
                assertThat(table.byReference(old).adopted()).as("%s replaces an older law", law.reference())
                        .isBefore(law.adopted());
            }
            assertThat(law.name()).as("a name as enacted, without its year").doesNotContainPattern("\\bnăm \\d{4}$");
        }
        // The 2025 reorganisation: the 2015 local-government law is no longer in force.
        LawTable.Law lgl2015 = table.bySymbol("77/2015/QH13");
        assertThat(table.laws()).anyMatch(l -> l.replaces().contains(lgl2015.symbol())
                && l.effective() != null && l.effective().isBefore(LocalDate.of(2025, 7, 2)));
    }

    @Test
    void aTableThatNamesALawItDoesNotListIsRefused() {
        String tsv = String.join("\t", LawTable.COLUMNS) + "\n"
                + "LUAT\tLuật Thử\t1/2030/QH16\t2030-01-01\t2030-07-01\t99/2020/QH14\t\t\tmemory\n";
        assertThatThrownBy(() -> LawTable.parse(new StringReader(tsv)))
                .hasMessageContaining("99/2020/QH14");
    }

    @Test
    void aNameWithLowerCaseLuatInsideIsOneLawNotAnAmendingList() {
        // "pháp luật ngày …" once made the grammar try the amending-law form and drop the reference
        NamedReference r = only("Thực hiện Luật\nPhổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012; và các văn bản.");
        assertThat(r.name()).isEqualTo("Luật Phổ biến, giáo dục pháp luật");
        assertThat(r.year()).isEqualTo(2012);
        assertThat(r.symbol()).isEqualTo("14/2012/QH13");
    }

    @Test
    void anAmendingLawListsEveryLawItAmends() {
        NamedReference r = only("Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc "
                + "lập, Luật Ngân sách nhà nước, Luật Quản lý tài sản công, Luật Quản lý thuế, Luật Thuế thu nhập cá nhân, "
                + "Luật Dự trữ quốc gia, Luật Xử lý vi phạm hành chính ngày 29 tháng 11 năm 2024;");
        assertThat(r.name()).endsWith("Luật Quản lý tài sản công, Luật Quản lý thuế, Luật Thuế thu nhập cá nhân, "
                + "Luật Dự trữ quốc gia, Luật Xử lý vi phạm hành chính");
        assertThat(r.year()).isEqualTo(2024);
    }

    @Test
    void aWordSpeltLikeAStopOnlyWhenFoldedDoesNotEndAName() {
        // "tài" folds to "tai" like "tại", which ends a name; as written it is another word
        assertThat(only("Căn cứ Luật Quản lý tài sản nhà nước tại doanh nghiệp;").name())
                .isEqualTo("Luật Quản lý tài sản nhà nước");
        assertThat(only("Căn cứ Luật Hợp tác xã tại địa phương;").name()).isEqualTo("Luật Hợp tác xã");
        // written without diacritics, the folded stop still ends it
        assertThat(only("Can cu Luat Hop tac xa tai dia phuong;").name()).isEqualTo("Luật Hop tac xa");
    }

    @Test
    void theYearMayFollowTheNamesAbbreviation() {
        NamedReference r = only("Thực hiện Luật Phòng, chống tham nhũng (PCTN) năm 2018, Ủy ban nhân dân tỉnh ban hành kế hoạch;");
        assertThat(r.year()).isEqualTo(2018);
        assertThat(r.symbol()).isEqualTo("36/2018/QH14");
    }

    @Test
    void theSupervisionLawIsReadThroughItsOwnOfClause() {
        NamedReference r = only("Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015;");
        assertThat(r.name()).isEqualTo("Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân");
        assertThat(r.symbol()).isEqualTo("87/2015/QH13");
    }
}
