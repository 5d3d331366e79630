package dev.lexgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lexgraph.generate.CorpusGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The bulk load gives the graph the transactional ingestion gives: the same files (a generated corpus
 * with OCR damage, the five seed documents, one missing file) go through {@link Ingestor} into one
 * fresh embedded database and through {@link BulkLoader} into another, and canonical dumps of the two
 * graphs (every node's labels and properties but File.ingestedAt, every relationship's type, endpoints
 * and properties) are equal as multisets. Both real embedded Neo4j, reached through Bolt.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BulkLoadTest {

    /** Smaller than the default so that the corpus spans several batches (placeholders adopted later). */
    private static final int BATCH = 250;

    @TempDir
    static Path dir;

    private List<Path> files;
    private Ingestor.Summary transactional;
    private BulkLoader.Result bulk;
    private List<String> transactionalDump;
    private GraphConnection bulkGraph;

    @BeforeAll
    void loadBothWays() throws Exception {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(11, 0.3, 1500).write(1500, corpus);
        Path seeds = dir.resolve("seeds");
        Files.createDirectories(seeds);
        for (String name : Files.readAllLines(Path.of("src/main/resources/seeds/index.txt"))) {
            if (!name.isBlank()) {
                Files.copy(Path.of("src/main/resources/seeds", name.strip()), seeds.resolve(name.strip()));
            }
        }
        files = new ArrayList<>();
        // Hand-written cases first and last, so that they fall in the first and the last batch.
        files.add(edge("a1-undated.txt", EmbeddedGraphTest.header("ĐIỆN BIÊN", "Điện Biên", "40/KH-SYT")
                + "Tiếp tục thực hiện Chỉ thị số 99/CT-UBND của UBND tỉnh.\n"));
        files.add(edge("a2-governed.txt", EmbeddedGraphTest.header("NINH BÌNH", "Ninh Bình", "50/KH-STP")
                + "Thực hiện Nghị quyết số 15/NQ-HĐND của HĐND tỉnh sửa đổi, bổ sung một số điều của Nghị quyết số "
                + "09/2019/NQ-HĐND ngày 10/7/2019 của HĐND tỉnh.\n"));
        files.add(edge("a3-2020.txt", EmbeddedGraphTest.header("SƠN LA", "Sơn La", "20/KH-SYT")
                + "Thực hiện Kế hoạch số 77/KH-UBND ngày 01/3/2020 của UBND tỉnh.\n"));
        files.add(edge("a4-2021.txt", EmbeddedGraphTest.header("SƠN LA", "Sơn La", "21/KH-SYT")
                + "Thực hiện Kế hoạch số 77/KH-UBND ngày 01/3/2021 của UBND tỉnh.\n"));
        files.add(edge("a5-ambiguous.txt", EmbeddedGraphTest.header("SƠN LA", "Sơn La", "22/KH-SYT")
                + "Tiếp tục thực hiện Kế hoạch số 77/KH-UBND của UBND tỉnh.\n"));
        files.add(edge("a6-cites-61.txt", EmbeddedGraphTest.header("NGHỆ AN", "Nghệ An", "50/KH-SNV")
                + "Thực hiện Kế hoạch số 61/KH-UBND ngày 02/02/2024 của UBND tỉnh Nghệ An.\n"));
        for (Path folder : List.of(corpus, seeds)) {
            try (Stream<Path> s = Files.walk(folder)) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        files.add(edge("z1-dated.txt", EmbeddedGraphTest.header("ĐIỆN BIÊN", "Điện Biên", "41/KH-SYT")
                + "Thực hiện Chỉ thị số 99/CT-UBND ngày 10/01/2024 của UBND tỉnh.\n"));
        files.add(edge("z2-61.txt", "UBND TỈNH NGHỆ AN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "                     Độc lập - Tự do - Hạnh phúc\n"
                + "Số: 61/KH-UBND                 Nghệ An, ngày 02 tháng 02 năm 2024\n\nKẾ HOẠCH\n"
                + "Triển khai chuyển đổi số năm 2024\n\n"
                + "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.\n"));
        files.add(dir.resolve("missing.txt"));

        try (GraphConnection g = GraphConnection.open(new GraphConnection.Settings(null, null, null, dir.resolve("tx"), 0))) {
            transactional = new Ingestor(g, 2, BATCH).ingest(files, o -> { });
            transactionalDump = dump(g);
        }

        Path bulkDir = dir.resolve("bulk");
        bulk = new BulkLoader(bulkDir, 2, BATCH).load(files, o -> { });
        bulkGraph = GraphConnection.open(new GraphConnection.Settings(null, null, null, bulkDir, 0));
        bulkGraph.awaitIndexes(Duration.ofMinutes(2));
    }

    private static Path edge(String name, String text) throws Exception {
        Path p = dir.resolve("edge").resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @AfterAll
    void stop() {
        if (bulkGraph != null) {
            bulkGraph.close();
        }
    }

    @Test
    @Order(1)
    void theBulkLoadGivesTheGraphTheTransactionalIngestionGives() {
        assertThat(bulk.summary().ingested()).isEqualTo(transactional.ingested()).isEqualTo(files.size() - 1);
        assertThat(bulk.summary().failed()).isEqualTo(transactional.failed()).isEqualTo(1);
        assertThat(bulk.summary().citations()).isEqualTo(transactional.citations());

        List<String> bulkDump = dump(bulkGraph);
        assertSameMultiset(bulkDump, transactionalDump);
        assertThat(bulk.nodes() + bulk.relationships()).isEqualTo(bulkDump.size());

        // The corpus exercises every rule: placeholders, adopted or not, ambiguous mentions, every label.
        Map<String, Long> counts = new TreeMap<>();
        for (String line : bulkDump) {
            String kind = line.substring(0, line.indexOf(' '));
            counts.merge(kind, 1L, Long::sum);
        }
        assertThat(counts).containsKeys("(AmbiguousMention)", "(Body)", "(File)", "[CANDIDATE]", "[CONTAINS]",
                "[ISSUED_BY]", "[IMPLEMENTS]", "[REPLACES]", "[AMENDS]", "[CITES]");
        assertThat(count(bulkGraph, "MATCH (d:Document) WHERE NOT d.ingested RETURN count(d) AS n")).isPositive();
        // The placeholder of the first batch was adopted by the dated document of the last one.
        assertThat(count(bulkGraph, "MATCH (d:Document) WHERE d.id ENDS WITH 'dien-bien/ubnd/chi-thi/undated/99' "
                + "RETURN count(d) AS n")).isZero();
        assertThat(count(bulkGraph, "MATCH (:Document {id: 'vn/dien-bien/ubnd/chi-thi/2024/99'})<-[r]-() "
                + "RETURN count(r) AS n")).isEqualTo(2);
        // One never dated stays, with the amendment its undated citation governs.
        assertThat(count(bulkGraph, "MATCH (:Document {id: 'vn/ninh-binh/hdnd/nghi-quyet/undated/15'})-[r:AMENDS]->"
                + "(:Document {id: 'vn/ninh-binh/hdnd/nghi-quyet/2019/9'}) RETURN count(r) AS n")).isEqualTo(1);
        // A document cited before its own file came: its own header wins.
        assertThat(bulkGraph.read("MATCH (d:Document {id: 'vn/nghe-an/ubnd/ke-hoach/2024/61'}) RETURN d.ingested AS i, "
                + "d.title AS t", Map.of()).get(0).get("t").asString()).contains("chuyển đổi số");
        assertThat(count(bulkGraph, "MATCH (a:AmbiguousMention)-[:CANDIDATE]->(d) WHERE a.file ENDS WITH 'a5-ambiguous.txt' "
                + "RETURN count(d) AS n")).isEqualTo(2);
        assertThat(count(bulkGraph, "MATCH ()-[r:IMPLEMENTS]->() WHERE r.count > 1 RETURN count(r) AS n")).isPositive();
        // Every File node has its time, as the transactional path gives it.
        assertThat(count(bulkGraph, "MATCH (f:File) WHERE f.ingestedAt IS NULL RETURN count(f) AS n")).isZero();
    }

    @Test
    @Order(2)
    void aSecondBulkLoadIntoTheFolderIsRefusedAndLosesNothing() throws Exception {
        Path bulkDir = dir.resolve("bulk");
        assertThat(BulkLoader.holdsDatabase(bulkDir)).isTrue();
        assertThatThrownBy(() -> new BulkLoader(bulkDir).load(files.subList(0, 3), o -> { }))
                .isInstanceOf(BulkLoader.DatabaseExistsException.class)
                .hasMessageContaining("already holds a database");
        assertSameMultiset(dump(bulkGraph), transactionalDump);
        // An empty folder, or one with nothing but Neo4j's lock file in it, is taken.
        Path empty = dir.resolve("never-used");
        assertThat(BulkLoader.holdsDatabase(empty)).isFalse();
        Path databases = empty.resolve("neo4j").resolve("data").resolve("databases");
        java.nio.file.Files.createDirectories(databases);
        java.nio.file.Files.createFile(databases.resolve("store_lock"));
        assertThat(BulkLoader.holdsDatabase(empty)).isFalse();
    }

    @Test
    @Order(3)
    void ingestingTheSameFilesIntoTheBulkLoadedGraphFindsThemAllUnchanged() {
        Ingestor.Summary again = new Ingestor(bulkGraph, 2, Ingestor.DEFAULT_BATCH_FILES).ingest(files, o -> { });
        assertThat(again.unchanged()).isEqualTo(files.size() - 1);
        assertThat(again.ingested()).isZero();
        assertThat(again.failed()).isEqualTo(1);
        assertSameMultiset(dump(bulkGraph), transactionalDump);
    }

    // ------------------------------------------------------------------ the canonical dump

    /**
     * One line per node, {@code (labels) {properties}}, and per relationship,
     * {@code [TYPE] start -> end {properties}}, with endpoints named by label and key (a document's or
     * body's id, a file's path); File.ingestedAt, a time, left out. Sorted.
     */
    static List<String> dump(GraphConnection g) {
        List<String> out = new ArrayList<>();
        for (Record r : g.read("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", Map.of())) {
            List<String> labels = r.get("labels").asList(Value::asString).stream().sorted().toList();
            Map<String, Object> props = new TreeMap<>(r.get("props").asMap(v -> v.asObject()));
            props.remove("ingestedAt");
            out.add("(" + String.join(":", labels) + ") " + format(props));
        }
        String key = "CASE WHEN %1$s:File THEN 'File ' + %1$s.path WHEN %1$s:Body THEN 'Body ' + %1$s.id "
                + "WHEN %1$s:AmbiguousMention THEN 'AmbiguousMention ' + %1$s.id "
                + "WHEN %1$s:Document THEN 'Document ' + %1$s.id ELSE 'unknown' END";
        for (Record r : g.read("MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(r) AS props, "
                + String.format(key, "a") + " AS a, " + String.format(key, "b") + " AS b", Map.of())) {
            Map<String, Object> props = new TreeMap<>(r.get("props").asMap(v -> v.asObject()));
            out.add("[" + r.get("type").asString() + "] " + r.get("a").asString() + " -> " + r.get("b").asString()
                    + " " + format(props));
        }
        out.sort(null);
        return out;
    }

    /** Values with their types (a string "1" is not the integer 1), lists element by element. */
    private static String format(Object v) {
        if (v instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> e.getKey() + "=" + format(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (v instanceof List<?> l) {
            return l.stream().map(BulkLoadTest::format).collect(Collectors.joining(", ", "[", "]"));
        }
        return v == null ? "null" : v.getClass().getSimpleName() + ":" + v;
    }

    private static long count(GraphConnection g, String cypher) {
        return g.read(cypher, Map.of()).get(0).get("n").asLong();
    }

    /** Equal as multisets; on failure, a sample of what each side has that the other lacks. */
    private static void assertSameMultiset(List<String> actual, List<String> expected) {
        Map<String, Integer> diff = new HashMap<>();
        actual.forEach(s -> diff.merge(s, 1, Integer::sum));
        expected.forEach(s -> diff.merge(s, -1, Integer::sum));
        List<String> onlyActual = diff.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                .sorted().limit(15).toList();
        List<String> onlyExpected = diff.entrySet().stream().filter(e -> e.getValue() < 0).map(Map.Entry::getKey)
                .sorted().limit(15).toList();
        assertThat(onlyActual).as("in the bulk-loaded graph only (of %d lines; the other has %d)", actual.size(),
                expected.size()).isEmpty();
        assertThat(onlyExpected).as("in the transactionally ingested graph only").isEmpty();
        assertThat(actual).hasSize(expected.size());
    }
}
