package dev.lexgraph.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The data the gazetteer is built from, checked as data: a duplicated key or a province merged into one that
 * is not listed would otherwise only show as a wrong issuer on some document, much later.
 */
class GazetteerDataTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");

    @Test
    void provincesAreThe63BeforeTheMergerEachMergedIntoOneOfThe34After() throws IOException {
        List<String[]> rows = table("provinces.tsv", 3);
        assertThat(rows).extracting(r -> r[1]).containsOnly("tỉnh", "thành phố");
        // 63 units before 1 July 2025; Huế became a centrally-run city that year under a new name.
        assertThat(rows.size()).isBetween(63, 64);

        Map<String, String> mergedInto = rows.stream().collect(Collectors.toMap(r -> r[0], r -> r[2]));
        Set<String> after = Set.copyOf(mergedInto.values());
        assertThat(after).hasSize(34);
        assertThat(after).allSatisfy(unit -> {
            assertThat(mergedInto).as("the 2025 unit %s is a listed province", unit).containsKey(unit);
            assertThat(mergedInto.get(unit)).as("the 2025 unit %s keeps its own name", unit).isEqualTo(unit);
        });
    }

    @Test
    void everyCeasedBodyHasOneSuccessorThatDoesNotCeaseInTurnOnTheSameDay() throws IOException {
        List<String[]> rows = rows("successions.tsv"); // the first column is a level, not a key
        assertThat(rows).extracting(r -> r[0]).containsOnly("ministry", "department");
        Map<String, String> successor = new HashMap<>();
        for (String[] r : rows) {
            assertThat(successor.put(r[1], r[2])).as("%s ceased once", r[1]).isNull();
            assertThat(r[3]).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(r[4]).as("source of %s", r[1]).startsWith("http");
        }
        assertThat(successor.values()).allSatisfy(s -> assertThat(successor).as("%s continues", s).doesNotContainKey(s));
    }

    @Test
    void aBodyIsSucceededByItsMergedDepartmentThenByItsMergedProvince() {
        Successions.Succession march = Successions.of("Sở Thông tin và Truyền thông tỉnh Quảng Bình").orElseThrow();
        assertThat(march.successor()).isEqualTo("Sở Khoa học và Công nghệ tỉnh Quảng Bình");
        assertThat(march.since()).hasToString("2025-03-01");
        Successions.Succession july = Successions.of(march.successor()).orElseThrow();
        assertThat(july.successor()).isEqualTo("Sở Khoa học và Công nghệ tỉnh Quảng Trị");
        assertThat(july.since()).hasToString("2025-07-01");
        assertThat(Successions.of(july.successor())).isEmpty();
        // a province merged into a centrally-run city; a Party committee; a ministry
        assertThat(Successions.of("UBND tỉnh Bình Dương").orElseThrow().successor()).isEqualTo("UBND thành phố Hồ Chí Minh");
        assertThat(Successions.of("Tỉnh ủy Bà Rịa - Vũng Tàu").orElseThrow().successor()).isEqualTo("Thành ủy Hồ Chí Minh");
        assertThat(Successions.of("Bộ Kế hoạch và Đầu tư").orElseThrow().successor()).isEqualTo("Bộ Tài chính");
        assertThat(Successions.of("Bộ Tài chính")).isEmpty();
        assertThat(Successions.of("UBND tỉnh Quảng Trị")).isEmpty();
        assertThat(Successions.of("Sở Giao thông vận tải tỉnh Bắc Ninh").orElseThrow().successor())
                .isEqualTo("Sở Xây dựng tỉnh Bắc Ninh");
    }

    @Test
    void issuerCodesAreUniqueAndOnlyLocalBodiesNameTheirProvince() throws IOException {
        List<String[]> rows = table("issuer-codes.tsv", 3);
        assertThat(rows).extracting(r -> r[1]).containsOnly("CENTRAL", "LOCAL");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r[2]).as("body of %s", r[0]).isNotBlank();
            assertThat(placeholders(r[2])).as("placeholders of %s", r[0]).isSubsetOf("{p}", "{P}");
            if (r[1].equals("CENTRAL")) {
                assertThat(placeholders(r[2])).as("a central body (%s) belongs to no province", r[0]).isEmpty();
            }
        });
        // The codes every province reuses must be local, or one province's documents would merge with another's.
        Map<String, String> scope = rows.stream().collect(Collectors.toMap(r -> r[0], r -> r[1]));
        assertThat(scope).containsEntry("UBND", "LOCAL").containsEntry("HĐND", "LOCAL").containsEntry("TU", "LOCAL")
                .containsEntry("TTg", "CENTRAL").containsEntry("CP", "CENTRAL").containsEntry("TW", "CENTRAL");
    }

    @Test
    void bodyPhrasesAreUniqueAndNameAFullBody() throws IOException {
        List<String[]> rows = table("bodies.tsv", 2);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r[1]).as("full name of %s", r[0]).isNotBlank();
            assertThat(placeholders(r[1])).as("placeholders of %s", r[1]).isSubsetOf("{p}", "{P}");
        });
    }

    /**
     * The rows of a data file, each checked to have its number of columns, and its first column, folded as the
     * gazetteer matches it, to name each row once.
     */
    private static List<String[]> table(String file, int columns) throws IOException {
        List<String[]> rows = rows(file);
        assertThat(rows).allSatisfy(r -> assertThat(r).as(String.join("|", r)).hasSize(columns));
        Map<String, String> seen = new HashMap<>();
        for (String[] r : rows) {
            String key = TextFolding.foldLower(r[0]);
            assertThat(seen.put(key, r[0])).as("%s: '%s' folds like '%s'", file, r[0], seen.get(key)).isNull();
        }
        return rows;
    }

    private static Set<String> placeholders(String s) {
        return PLACEHOLDER.matcher(s).results().map(m -> m.group()).collect(Collectors.toSet());
    }

    private static List<String[]> rows(String name) throws IOException {
        try (InputStream in = Gazetteer.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", -1))
                    .collect(Collectors.toList());
        }
    }
}
