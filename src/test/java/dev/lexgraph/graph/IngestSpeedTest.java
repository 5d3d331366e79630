package dev.lexgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

/**
 * What the fast path of ingestion must not change, on a real embedded Neo4j through Bolt: the write
 * cache is only a saving (stale entries are caught, concurrent writers do not collide), and every
 * ingestion statement finds documents through an index.
 */
class IngestSpeedTest extends EmbeddedGraphTest {

    @Test
    void aDocumentCitedFirstAndIngestedLaterIsOneCompletedNode() throws Exception {
        Ingestor ingestor = new Ingestor(graph, 2, 1); // one file per transaction: the cache is used in between
        Path citing = write("cf-citing.txt", header("NGHỆ AN", "Nghệ An", "50/KH-SNV")
                + "Thực hiện Kế hoạch số 61/KH-UBND ngày 02/02/2024 của UBND tỉnh Nghệ An.\n");
        Path cited = write("cf-cited.txt", "UBND TỈNH NGHỆ AN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "                     Độc lập - Tự do - Hạnh phúc\n"
                + "Số: 61/KH-UBND                 Nghệ An, ngày 02 tháng 02 năm 2024\n\nKẾ HOẠCH\n"
                + "Triển khai chuyển đổi số năm 2024\n\n"
                + "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.\n");
        ingestor.ingest(List.of(citing), o -> { });
        ingestor.ingest(List.of(cited), o -> { });
        // The same document cited again by a third file: already stored, nothing to add.
        Path again = write("cf-again.txt", header("NGHỆ AN", "Nghệ An", "51/KH-SNV")
                + "Căn cứ Kế hoạch số 61/KH-UBND ngày 02/02/2024 của UBND tỉnh Nghệ An.\n");
        ingestor.ingest(List.of(again), o -> { });

        List<Record> nodes = graph.read("MATCH (d:Document {symbolKey: '61/KH-UBND', jurisdiction: 'nghe-an'}) "
                + "OPTIONAL MATCH (f:File)-[:CONTAINS]->(d) "
                + "RETURN d.id AS id, d.ingested AS ingested, d.title AS title, d.sourceFile AS source, "
                + "count(f) AS files, COUNT { (d)<-[:IMPLEMENTS|BASED_ON]-() } AS incoming", Map.of());
        assertThat(nodes).hasSize(1);
        Record d = nodes.get(0);
        assertThat(d.get("id").asString()).isEqualTo("vn/nghe-an/ubnd/ke-hoach/2024/61");
        assertThat(d.get("ingested").asBoolean()).isTrue();
        assertThat(d.get("title").asString()).contains("chuyển đổi số");
        assertThat(d.get("source").asString()).isEqualTo(cited.toString());
        assertThat(d.get("files").asLong()).isEqualTo(1);
        assertThat(d.get("incoming").asLong()).isEqualTo(2);
        // Its own citation went out from the completed node, and it has one issuer edge per body.
        assertThat(graph.read("MATCH (:Document {id: 'vn/nghe-an/ubnd/ke-hoach/2024/61'})-[r]->(t:Document) "
                + "RETURN t.id AS id", Map.of())).extracting(r -> r.get("id").asString())
                .containsExactly("vn/central/ttg/chi-thi/2021/33");
        assertThat(graph.read("MATCH (:Document {id: 'vn/nghe-an/ubnd/ke-hoach/2024/61'})-[:ISSUED_BY]->(b) "
                + "RETURN b.id AS id", Map.of())).hasSize(1);
    }

    @Test
    void reIngestingThroughAFreshIngestorChangesNothing() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            files.add(write("ri-" + i + ".txt", header("GIA LAI", "Gia Lai", (70 + i) + "/KH-SYT")
                    + "Thực hiện Kế hoạch số " + (80 + i % 2) + "/KH-UBND ngày 03/3/2023 của UBND tỉnh và Chỉ thị số "
                    + "91/CT-UBND của UBND tỉnh.\n"));
        }
        new Ingestor(graph, 2, 2).ingest(files, o -> { });
        Map<String, Object> before = counts();
        Ingestor.Summary again = new Ingestor(graph, 2, 4).ingest(files, o -> { });
        assertThat(again.unchanged()).isEqualTo(6);
        assertThat(counts()).isEqualTo(before);
        // Every file contributed its two relations.
        assertThat(graph.read("MATCH ()-[r]->() WHERE r.file IN $files RETURN count(r) AS n",
                Map.of("files", files.stream().map(Path::toString).toList())).get(0).get("n").asLong()).isEqualTo(12);
    }

    @Test
    void aCachedDocumentThatWasDeletedBehindTheCachesBackIsWrittenAgain() throws Exception {
        Ingestor ingestor = new Ingestor(graph, 1, 1);
        Path first = write("st-1.txt", header("CAO BẰNG", "Cao Bằng", "10/KH-STP")
                + "Thực hiện Quyết định số 123/QĐ-UBND ngày 04/4/2022 của UBND tỉnh Cao Bằng.\n");
        ingestor.ingest(List.of(first), o -> { });
        // Someone else removes the cited document (and so the relation to it).
        try (Session s = graph.driver().session()) {
            s.executeWrite(tx -> tx.run("MATCH (d:Document {id: 'vn/cao-bang/ubnd/quyet-dinh/2022/123'}) DETACH DELETE d")
                    .consume());
        }
        Path second = write("st-2.txt", header("CAO BẰNG", "Cao Bằng", "11/KH-STP")
                + "Thực hiện Quyết định số 123/QĐ-UBND ngày 04/4/2022 của UBND tỉnh Cao Bằng.\n");
        Ingestor.Summary s = ingestor.ingest(List.of(second), o -> { });
        assertThat(s.ingested()).isEqualTo(1);
        assertThat(ingestor.cacheResets()).isEqualTo(1);
        List<Record> rel = graph.read("MATCH (src)-[r:IMPLEMENTS]->(d:Document {id: 'vn/cao-bang/ubnd/quyet-dinh/2022/123'}) "
                + "RETURN r.file AS file, d.symbol AS symbol", Map.of());
        assertThat(rel).extracting(r -> r.get("file").asString()).containsExactly(second.toString());
        assertThat(rel.get(0).get("symbol").asString()).isEqualTo("123/QĐ-UBND");
        assertThat(graph.read("MATCH (:Document {id: 'vn/cao-bang/ubnd/quyet-dinh/2022/123'})-[:ISSUED_BY]->(b) RETURN b.id AS id",
                Map.of())).hasSize(1);
    }

    @Test
    void concurrentIngestTextCallsCitingTheSameNewDocumentsLoseNothing() throws Exception {
        int n = 12;
        Ingestor ingestor = new Ingestor(graph);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Ingestor.FileOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                String text = header("LÀO CAI", "Lào Cai", (200 + k) + "/KH-SXD")
                        + "Thực hiện Chỉ thị số 301/CT-UBND ngày 05/5/2025 của UBND tỉnh Lào Cai, Kế hoạch số "
                        + "302/KH-UBND ngày 06/5/2025 của UBND tỉnh Lào Cai và Quyết định số 303/QĐ-UBND của UBND tỉnh.\n";
                Callable<Ingestor.FileOutcome> call = () -> {
                    go.await();
                    // Half the calls through their own ingestor: the cache is shared per connection.
                    return (k % 2 == 0 ? ingestor : new Ingestor(graph)).ingestText("api/concurrent-" + k + ".txt", text);
                };
                futures.add(pool.submit(call));
            }
            // And the same file twice at once: once ingested, once unchanged, its relations not doubled.
            String same = header("LÀO CAI", "Lào Cai", "299/KH-SXD")
                    + "Thực hiện Chỉ thị số 301/CT-UBND ngày 05/5/2025 của UBND tỉnh Lào Cai.\n";
            futures.add(pool.submit(() -> {
                go.await();
                return ingestor.ingestText("api/same.txt", same);
            }));
            futures.add(pool.submit(() -> {
                go.await();
                return ingestor.ingestText("api/same.txt", same);
            }));
            go.countDown();
            List<String> statuses = new ArrayList<>();
            for (Future<Ingestor.FileOutcome> f : futures) {
                statuses.add(f.get().status());
            }
            assertThat(statuses.subList(0, n)).containsOnly(Ingestor.FileOutcome.INGESTED);
            assertThat(statuses.subList(n, n + 2))
                    .containsExactlyInAnyOrder(Ingestor.FileOutcome.INGESTED, Ingestor.FileOutcome.UNCHANGED);
        } finally {
            pool.shutdownNow();
        }
        for (String id : List.of("vn/lao-cai/ubnd/chi-thi/2025/301", "vn/lao-cai/ubnd/ke-hoach/2025/302")) {
            List<Record> r = graph.read("MATCH (d:Document {id: $id}) RETURN COUNT { (d)<-[:IMPLEMENTS]-() } AS incoming",
                    Map.of("id", id));
            assertThat(r).as(id).hasSize(1);
            assertThat(r.get(0).get("incoming").asLong()).as(id).isEqualTo(id.endsWith("301") ? n + 1 : n);
        }
        // The undated mention: one placeholder, cited by every file.
        List<Record> undated = graph.read("MATCH (d:Document {jurisdiction: 'lao-cai', symbolKey: '303/QD-UBND'}) "
                + "RETURN d.id AS id, COUNT { (d)<--() } AS incoming", Map.of());
        assertThat(undated).hasSize(1);
        assertThat(undated.get(0).get("id").asString()).isEqualTo("vn/lao-cai/ubnd/quyet-dinh/undated/303");
        assertThat(undated.get(0).get("incoming").asLong()).isEqualTo(n);
        assertThat(graph.read("MATCH ()-[r]->() WHERE r.file = 'api/same.txt' RETURN count(r) AS n", Map.of())
                .get(0).get("n").asLong()).isEqualTo(1);
    }

    @Test
    void everyIngestionStatementFindsNodesThroughAnIndex() {
        // Only the benchmark's and stats' counts may scan.
        List<String> mayScan = List.of("count-labels", "count-types", "stats");
        Map<String, String> statements = CypherScripts.named("ingest.cypher");
        assertThat(statements).containsKeys("claim-files", "upsert-documents", "upsert-bodies", "upsert-IMPLEMENTS",
                "candidates", "undated-to-adopt");
        for (Map.Entry<String, String> e : statements.entrySet()) {
            List<String> operators = operatorsOf(e.getValue(), Map.of("rows", List.of(), "path", "x"));
            if (!mayScan.contains(e.getKey())) {
                assertThat(operators).as(e.getKey() + ": " + operators)
                        .noneMatch(o -> o.contains("Scan"));
                assertThat(operators).as(e.getKey()).anyMatch(o -> o.contains("IndexSeek"));
            }
        }
    }

    /**
     * The expansions of a transitive walk (the implementers, the count of dependencies) visit each
     * document once; enumerating every chain instead would not finish on a dense graph.
     */
    @Test
    void theTransitiveWalksVisitEachDocumentOnce() {
        for (String name : List.of("dependency-count", "implementer-closure")) {
            assertVisitsEachDocumentOnce(CypherScripts.named("queries.cypher").get(name));
        }
    }

    /** A level of a dependency walk finds its documents through the id index, not by a scan. */
    @Test
    void aDependencyLevelSeeksItsDocuments() {
        Map<String, Object> parameters = new HashMap<>(Map.of("ids", List.of("vn/x", "vn/y")));
        parameters.put("label", null);
        List<String> operators = operatorsOf(CypherScripts.named("queries.cypher").get("dependency-level"), parameters);
        assertThat(operators).as(operators.toString())
                .anyMatch(o -> o.contains("IndexSeek"))
                .noneMatch(o -> o.contains("Scan"));
    }

    /** The walk describes the page it keeps through the id index, not by a scan. */
    @Test
    void aWalkDescribesWhatItKeptThroughTheIdIndex() {
        List<String> operators = operatorsOf(CypherScripts.named("queries.cypher").get("documents-by-id"),
                Map.of("ids", List.of("vn/x")));
        assertThat(operators).as(operators.toString())
                .anyMatch(o -> o.contains("IndexSeek"))
                .noneMatch(o -> o.contains("Scan"));
    }

    private void assertVisitsEachDocumentOnce(String closure) {
        Map<String, Object> parameters = new HashMap<>(Map.of("id", "x", "max", 10, "relations", List.of("CITES")));
        parameters.put("label", null);
        List<String> operators = operatorsOf(closure, parameters);
        assertThat(operators).as(operators.toString())
                .anyMatch(o -> o.startsWith("VarLengthExpand(Pruning"))
                .anyMatch(o -> o.contains("IndexSeek"))
                .noneMatch(o -> o.contains("Scan"));
    }

    /** The operators of a statement's plan (EXPLAIN: planned, not run), depth first. */
    private List<String> operatorsOf(String statement, Map<String, Object> parameters) {
        try (Session s = graph.driver().session()) {
            List<String> operators = new ArrayList<>();
            collect(s.run("EXPLAIN " + statement, parameters).consume().plan(), operators);
            return operators;
        }
    }

    private static void collect(Plan p, List<String> out) {
        // The operator, with what it reads (the index, the predicate) to make a failure readable.
        org.neo4j.driver.Value details = p.arguments().get("Details");
        out.add(p.operatorType() + (details == null ? "" : " " + details.asString()));
        for (Plan c : p.children()) {
            collect(c, out);
        }
    }

    private Map<String, Object> counts() {
        return graph.read(CypherScripts.named("ingest.cypher").get("stats"), Map.of()).get(0).asMap();
    }
}
