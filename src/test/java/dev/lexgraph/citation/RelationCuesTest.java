package dev.lexgraph.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelationCuesTest {

    /**
     * The four-character test that spares most cue lookups never rejects a place where a cue starts: checked at every
     * word start of every real document here, with the clause ending 300 characters on (or at the text's end).
     */
    @Test
    void theCueOpeningTestNeverRejectsACue() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("src/test/resources")),
                Files.walk(Path.of("src/main/resources/seeds")))) {
            files = walk.filter(f -> f.toString().endsWith(".txt")).toList();
        }
        long candidates = 0;
        long spared = 0;
        long cues = 0;
        for (Path f : files) {
            String lower = TextFolding.foldLower(Files.readString(f));
            for (int p = 0; p < lower.length(); p++) {
                char prev = p == 0 ? ' ' : lower.charAt(p - 1);
                if ("tcsbhqx(".indexOf(lower.charAt(p)) < 0 || Character.isLetterOrDigit(prev) || prev == '&') {
                    continue;
                }
                int to = Math.min(lower.length(), p + 300);
                candidates++;
                boolean cue = RelationCues.cueAt(lower, p, to);
                cues += cue ? 1 : 0;
                if (!RelationCues.mayOpenCue(lower, p, to)) {
                    spared++;
                    assertThat(cue).as("a cue at '%s' in %s", lower.substring(p, to), f).isFalse();
                }
            }
        }
        assertThat(files).hasSizeGreaterThan(100);
        assertThat(cues).isPositive();
        assertThat(spared).as("word starts spared of %d", candidates).isGreaterThan(candidates / 3);
        assertThat(RelationCues.mayOpenCue("thuc hien ke hoach", 0, 18)).isTrue();
        assertThat(RelationCues.mayOpenCue("cac so, nganh", 0, 13)).isFalse();
    }


    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021, Sở ban hành kế hoạch            | implements
            Thye hign K& hoach s6 67/KH-UBND ngay 26/10/2025 ciia UBND tinh                  | implements
            Triển khai thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ         | implements
            Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;                   | based_on
            Quyết định này thay thế Quyết định số 17/2023/QĐ-UBND ngày 01/6/2023            | replaces
            Bãi bỏ Quyết định số 18/2023/QĐ-UBND ngày 01/6/2023                               | replaces
            sửa đổi, bổ sung một số điều của Nghị định số 130/2005/NĐ-CP ngày 17/10/2005     | amends
            Theo đề nghị của Sở Nội vụ tại Công văn số 1119/SNV-XDCQ ngày 23/5/2025         | responds_to
            quy định chi tiết thi hành Luật số 10/2022/QH15 ngày 10/11/2022                  | guides
            thực hiện nghiêm các quy định về đạo đức công vụ theo Quyết định số 1847/QĐ-TTg ngày 27/12/2018 | cites
            Sở đã ban hành Kế hoạch số 07/KH-SKHHCN ngày 10/01/2025                           | cites
            """)
    void cueBeforeTheCitation(String sentence, String relation) {
        assertThat(Extract.only(sentence).relation().code()).isEqualTo(relation);
    }

    @Test
    void listItemsInheritTheListVerb() {
        List<Citation> cs = Extract.citations("- Tiếp tục tập trung quán triệt, triển khai thực hiện Nghị quyết số "
                + "25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI; Quyết định số 23-QĐ/TW ngày "
                + "30/7/2021 của Bộ Chính trị về ban hành Quy chế công tác dân vận; Kết luận số 120-KL/TW ngày "
                + "07/01/2016 của Bộ Chính trị");
        assertThat(cs).extracting(c -> c.relation().code()).containsExactly("implements", "implements", "implements");
        assertThat(cs).extracting(Citation::from).containsOnlyNulls();
    }

    @Test
    void wordsOfThePreviousCitationsSubjectDoNotGovernTheNextItem() {
        List<Citation> cs = Extract.citations("theo Kế hoạch số 2411/KH-STC ngày 5/12/2015 của Sở Tài chính tỉnh "
                + "Nghệ An về thực hiện dân chủ ở cơ sở và Chỉ thị số 260/CT-TTg ngày 1/4/2015 của Thủ tướng Chính phủ "
                + "và Báo cáo số 221/BC-SKHCN ngày 14/1/2015");
        assertThat(cs).extracting(c -> c.relation().code()).containsExactly("cites", "cites", "cites");
        assertThat(cs.get(0).issuer()).isEqualTo("Sở Tài chính tỉnh Nghệ An");
        assertThat(cs.get(0).subject()).isEqualTo("thực hiện dân chủ ở cơ sở");
        // A cue after the subject has ended still counts.
        List<Citation> own = Extract.citations("theo Kế hoạch số 2411/KH-STC ngày 5/12/2015 của Bộ Tài chính về "
                + "kiểm tra; thực hiện Chỉ thị số 260/CT-TTg ngày 1/4/2015");
        assertThat(own).extracting(c -> c.relation().code()).containsExactly("cites", "implements");
    }

    @Test
    void relationBetweenTwoCitedDocumentsNamesTheGoverningOne() {
        List<Citation> cs = Extract.citations("Tiếp tục triển khai Nghị quyết số 36/2024/NQ-HĐND ngày 10/5/2024 của "
                + "HĐND tỉnh về sửa đổi, bổ sung một số điều của Nghị quyết 163/2021/NQ-HĐND ngày 09/12/2021 của HĐND tỉnh");
        assertThat(cs).hasSize(2);
        assertThat(cs.get(0).relation()).isEqualTo(Relation.IMPLEMENTS);
        assertThat(cs.get(0).from()).isNull();
        assertThat(cs.get(1).relation()).isEqualTo(Relation.AMENDS);
        assertThat(cs.get(1).from()).isEqualTo(0);
    }

    @Test
    void mentionInsideAnotherCitationsSubjectIsACitation() {
        List<Citation> cs = Extract.citations("thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư về tiếp "
                + "tục thực hiện Nghị quyết số 25-NQ/TW về tăng cường công tác dân vận");
        assertThat(cs.get(0).relation()).isEqualTo(Relation.IMPLEMENTS);
        assertThat(cs.get(1).relation()).isEqualTo(Relation.CITES);
        assertThat(cs.get(1).from()).isEqualTo(0);
    }

    @Test
    void aNewSentenceStartsANewClause() {
        List<Citation> cs = Extract.citations("Thực hiện Kế hoạch số 34/KH-UBND ngày 27/2/2025 của UBND tỉnh. "
                + "Sở đã ban hành Quyết định số 35/QĐ-SKHCN ngày 12/3/2025");
        assertThat(cs.get(0).relation()).isEqualTo(Relation.IMPLEMENTS);
        assertThat(cs.get(1).relation()).isEqualTo(Relation.CITES);
    }
}
