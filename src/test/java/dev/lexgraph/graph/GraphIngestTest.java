package dev.lexgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lexgraph.text.SampleDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

/** Ingestion into a real embedded Neo4j, reached through Bolt with the driver as production does. */
class GraphIngestTest extends EmbeddedGraphTest {

    private Map<String, Object> stats() {
        return graph.read(CypherScripts.named("ingest.cypher").get("stats"), Map.of()).get(0).asMap();
    }

    /** The bundled sample documents, as files of a folder named seeds. */
    private List<Path> seeds() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("seeds"));
        List<Path> files = new ArrayList<>();
        for (SampleDocuments.Sample s : SampleDocuments.all()) {
            files.add(Files.writeString(folder.resolve(s.name()), s.text()));
        }
        return files;
    }

    @Test
    void seedsTwiceGiveTheSameGraphAndEveryGoldCitationIsARelation() throws Exception {
        Ingestor ingestor = new Ingestor(graph);
        Ingestor.Summary first = ingestor.ingest(seeds(), o -> { });
        assertThat(first.ingested()).isEqualTo(5);
        Map<String, Object> before = stats();
        Ingestor.Summary second = ingestor.ingest(seeds(), o -> { });
        assertThat(second.unchanged()).isEqualTo(5);
        assertThat(stats()).isEqualTo(before);
        // 119 gold citations in the seeds: each one a mention on a relationship; so is each law named
        // without a number that the law table resolves, and each short form ("Kế hoạch nêu trên") of a
        // dated citation.
        long named = 0;
        long shortForms = 0;
        for (SampleDocuments.Sample sample : SampleDocuments.all()) {
            dev.lexgraph.citation.ExtractionResult r = dev.lexgraph.citation.CitationExtractor.forThisThread()
                    .extract(sample.text());
            named += r.named().stream().filter(dev.lexgraph.citation.NamedReference::resolved).count();
            shortForms += r.shortForms().stream().filter(f -> r.citations().get(f.antecedent()).year() != null).count();
        }
        assertThat(named).isGreaterThanOrEqualTo(5);
        long mentions = graph.read("MATCH (:Document)-[r]->(:Document) WHERE r.file CONTAINS 'seeds' "
                + "RETURN sum(r.count) AS n", Map.of()).get(0).get("n").asLong();
        assertThat(mentions).isEqualTo(119 + named + shortForms);
        // The plan 2599/KH-SKHCN rests on the law on grassroots democracy, named without its number.
        List<Record> democracy = graph.read("MATCH (p:Document {symbol: '2599/KH-SKHCN'})-[r]->(law:Document "
                + "{symbol: '10/2022/QH15'}) RETURN type(r) AS relation, law.id AS id", Map.of());
        assertThat(democracy).isNotEmpty();
        assertThat(democracy.get(0).get("id").asString()).isEqualTo("vn/central/qh15/luat/2022/10");

        // 33/CT-TTg is cited from three files and is one node.
        List<Record> ttg = graph.read("MATCH (d:Document {symbolKey: '33/CT-TTG'}) "
                + "OPTIONAL MATCH (src:Document)-[r]->(d) RETURN d.id AS id, count(DISTINCT r.file) AS files", Map.of());
        assertThat(ttg).hasSize(1);
        assertThat(ttg.get(0).get("id").asString()).isEqualTo("vn/central/ttg/chi-thi/2021/33");
        assertThat(ttg.get(0).get("files").asLong()).isEqualTo(3);

        // The plan of 002 implements 33/CT-TTg; the amendment of 163/2021 is between the two resolutions.
        assertThat(graph.read("MATCH (f:File)-[:CONTAINS]->(p)-[:IMPLEMENTS]->(:Document {id: 'vn/central/ttg/chi-thi/2021/33'}) "
                + "WHERE f.path ENDS WITH '002_5207f276778dc924.txt' RETURN p.id AS id", Map.of())).hasSize(1);
        assertThat(graph.read("MATCH (:Document {symbolKey: '36/2024/NQ-HDND'})-[r:AMENDS]->"
                + "(d:Document {symbolKey: '163/2021/NQ-HDND'}) RETURN d.jurisdiction AS j", Map.of())
                .get(0).get("j").asString()).isEqualTo("quang-tri");
    }

    @Test
    void theSameLocalSymbolInTwoProvincesIsTwoDocuments() throws Exception {
        Path a = write("a.txt", header("LẠNG SƠN", "Lạng Sơn", "12/KH-SNV")
                + "Thực hiện Kế hoạch số 39/KH-UBND ngày 05/02/2021 của UBND tỉnh, Sở ban hành kế hoạch.\n");
        Path b = write("b.txt", header("CÀ MAU", "Cà Mau", "13/KH-SNV")
                + "Thực hiện Kế hoạch số 39/KH-UBND ngày 05/02/2021 của UBND tỉnh, Sở ban hành kế hoạch.\n");
        new Ingestor(graph).ingest(List.of(a, b), o -> { });
        List<Record> nodes = graph.read("MATCH (d:Document {symbolKey: '39/KH-UBND', year: 2021}) RETURN d.id AS id "
                + "ORDER BY id", Map.of());
        assertThat(nodes).extracting(r -> r.get("id").asString())
                .contains("vn/ca-mau/ubnd/ke-hoach/2021/39", "vn/lang-son/ubnd/ke-hoach/2021/39");
    }

    @Test
    void anUndatedMentionAttachesToTheOnlyMatchOrIsRecordedAsAmbiguous() throws Exception {
        Path dated2020 = write("c2020.txt", header("SƠN LA", "Sơn La", "20/KH-SYT")
                + "Thực hiện Kế hoạch số 77/KH-UBND ngày 01/3/2020 của UBND tỉnh.\n");
        Path dated2021 = write("c2021.txt", header("SƠN LA", "Sơn La", "21/KH-SYT")
                + "Thực hiện Kế hoạch số 77/KH-UBND ngày 01/3/2021 của UBND tỉnh và Chỉ thị số 88/CT-UBND ngày 02/3/2021.\n");
        Path undated = write("c-undated.txt", header("SƠN LA", "Sơn La", "22/KH-SYT")
                + "Tiếp tục thực hiện Kế hoạch số 77/KH-UBND và Chỉ thị số 88/CT-UBND của UBND tỉnh.\n");
        Ingestor ingestor = new Ingestor(graph);
        ingestor.ingest(List.of(dated2020, dated2021), o -> { });
        ingestor.ingest(List.of(undated), o -> { });
        List<Record> amb = graph.read("MATCH (a:AmbiguousMention)-[:CANDIDATE]->(d) WHERE a.file ENDS WITH 'c-undated.txt' "
                + "RETURN a.symbol AS s, collect(d.id) AS ids", Map.of());
        assertThat(amb).hasSize(1);
        assertThat(amb.get(0).get("s").asString()).isEqualTo("77/KH-UBND");
        assertThat(amb.get(0).get("ids").asList(v -> v.asString()))
                .containsExactlyInAnyOrder("vn/son-la/ubnd/ke-hoach/2020/77", "vn/son-la/ubnd/ke-hoach/2021/77");
        List<Record> ct = graph.read("MATCH (f:File)-[:CONTAINS]->(p)-[r:IMPLEMENTS]->(d:Document {symbolKey: '88/CT-UBND'}) "
                + "WHERE f.path ENDS WITH 'c-undated.txt' RETURN d.id AS id", Map.of());
        assertThat(ct).extracting(r -> r.get("id").asString()).containsExactly("vn/son-la/ubnd/chi-thi/2021/88");
    }

    @Test
    void afterTheMergerAnUndatedLocalMentionAlsoMeansTheFormerProvincesDocuments() throws Exception {
        // Quảng Bình merged into Quảng Trị on 1 July 2025; its plan 39/KH-UBND of 2024 keeps its own province.
        Path former = write("qb-2024.txt", header("QUẢNG BÌNH", "Quảng Bình", "15/KH-SYT")
                + "Thực hiện Kế hoạch số 39/KH-UBND ngày 10/01/2024 của UBND tỉnh.\n");
        String after = header("QUẢNG TRỊ", "Quảng Trị", "%s").replace("05 tháng 3 năm 2025", "10 tháng 8 năm 2025");
        Path citing = write("qt-after.txt", after.formatted("60/KH-SYT")
                + "Tiếp tục thực hiện Kế hoạch số 39/KH-UBND của UBND tỉnh.\n");
        Path before = write("qt-before.txt", header("QUẢNG TRỊ", "Quảng Trị", "16/KH-SYT")
                + "Tiếp tục thực hiện Kế hoạch số 39/KH-UBND của UBND tỉnh.\n");
        Ingestor ingestor = new Ingestor(graph);
        ingestor.ingest(List.of(former), o -> { });
        ingestor.ingest(List.of(citing, before), o -> { });
        String implemented = "MATCH (f:File)-[:CONTAINS]->(p)-[:IMPLEMENTS]->(d:Document {symbolKey: '39/KH-UBND'}) "
                + "WHERE f.path ENDS WITH $file RETURN d.id AS id";
        // After the merger the former province's plan is the only one it can mean.
        assertThat(graph.read(implemented, Map.of("file", "qt-after.txt")))
                .extracting(r -> r.get("id").asString()).containsExactly("vn/quang-binh/ubnd/ke-hoach/2024/39");
        // Before it, Quảng Trị's own mention means a Quảng Trị plan, not yet known by its date.
        assertThat(graph.read(implemented, Map.of("file", "qt-before.txt")))
                .extracting(r -> r.get("id").asString()).containsExactly("vn/quang-tri/ubnd/ke-hoach/undated/39");

        // With a dated plan of that number in both provinces, the mention is ambiguous: no guess.
        Path own = write("qt-2023.txt", header("QUẢNG TRỊ", "Quảng Trị", "17/KH-SYT")
                + "Thực hiện Kế hoạch số 39/KH-UBND ngày 02/02/2023 của UBND tỉnh.\n");
        Path again = write("qt-after-2.txt", after.formatted("61/KH-SYT")
                + "Tiếp tục thực hiện Kế hoạch số 39/KH-UBND của UBND tỉnh.\n");
        ingestor.ingest(List.of(own), o -> { });
        ingestor.ingest(List.of(again), o -> { });
        List<Record> amb = graph.read("MATCH (a:AmbiguousMention)-[:CANDIDATE]->(d) WHERE a.file ENDS WITH 'qt-after-2.txt' "
                + "RETURN collect(d.id) AS ids", Map.of());
        assertThat(amb.get(0).get("ids").asList(v -> v.asString())).containsExactlyInAnyOrder(
                "vn/quang-binh/ubnd/ke-hoach/2024/39", "vn/quang-tri/ubnd/ke-hoach/2023/39");
    }

    @Test
    void aDocumentFirstCitedWithoutADateJoinsItsDatedNodeWhenThatArrives() throws Exception {
        Path undated = write("d-undated.txt", header("ĐIỆN BIÊN", "Điện Biên", "40/KH-SYT")
                + "Tiếp tục thực hiện Chỉ thị số 99/CT-UBND của UBND tỉnh.\n");
        Ingestor ingestor = new Ingestor(graph);
        ingestor.ingest(List.of(undated), o -> { });
        assertThat(graph.read("MATCH (d:Document {symbolKey: '99/CT-UBND'}) RETURN d.id AS id", Map.of()))
                .extracting(r -> r.get("id").asString()).containsExactly("vn/dien-bien/ubnd/chi-thi/undated/99");
        Path dated = write("d-dated.txt", header("ĐIỆN BIÊN", "Điện Biên", "41/KH-SYT")
                + "Thực hiện Chỉ thị số 99/CT-UBND ngày 10/01/2024 của UBND tỉnh.\n");
        ingestor.ingest(List.of(dated), o -> { });
        List<Record> nodes = graph.read("MATCH (d:Document {symbolKey: '99/CT-UBND'}) "
                + "OPTIONAL MATCH (src)-[r]->(d) RETURN d.id AS id, count(r) AS incoming", Map.of());
        assertThat(nodes).hasSize(1);
        assertThat(nodes.get(0).get("id").asString()).isEqualTo("vn/dien-bien/ubnd/chi-thi/2024/99");
        assertThat(nodes.get(0).get("incoming").asLong()).isEqualTo(2);
    }

    @Test
    void aRelationGovernedByAnUndatedCitationIsWrittenFromWhatThatResolvesTo() throws Exception {
        // "15/NQ-HĐND (no date) amends 09/2019/NQ-HĐND": the amendment starts at 15's placeholder.
        Path f = write("governed.txt", header("NINH BÌNH", "Ninh Bình", "50/KH-STP")
                + "Thực hiện Nghị quyết số 15/NQ-HĐND của HĐND tỉnh sửa đổi, bổ sung một số điều của Nghị quyết số "
                + "09/2019/NQ-HĐND ngày 10/7/2019 của HĐND tỉnh.\n");
        Ingestor ingestor = new Ingestor(graph);
        ingestor.ingest(List.of(f), o -> { });
        List<Record> amends = graph.read("MATCH (a)-[r:AMENDS]->(b:Document {id: 'vn/ninh-binh/hdnd/nghi-quyet/2019/9'}) "
                + "RETURN a.id AS a, r.file AS file", Map.of());
        assertThat(amends).extracting(r -> r.get("a").asString())
                .containsExactly("vn/ninh-binh/hdnd/nghi-quyet/undated/15");
        assertThat(amends.get(0).get("file").asString()).isEqualTo(f.toString());

        // A new version of the file without that sentence takes the amendment away with its other relations.
        Files.writeString(f, header("NINH BÌNH", "Ninh Bình", "50/KH-STP")
                + "Thực hiện Chỉ thị số 12/CT-UBND ngày 01/02/2024 của UBND tỉnh.\n");
        ingestor.ingest(List.of(f), o -> { });
        assertThat(graph.read("MATCH ()-[r]->() WHERE r.file = $f RETURN type(r) AS t", Map.of("f", f.toString())))
                .extracting(r -> r.get("t").asString()).containsExactly("IMPLEMENTS");
    }

    @Test
    void aChangedFileReplacesTheRelationsItsPreviousVersionContributed() throws Exception {
        Path f = write("changing.txt", header("HÀ TĨNH", "Hà Tĩnh", "30/KH-SGTVT")
                + "Thực hiện Chỉ thị số 10/CT-UBND ngày 01/02/2024 của UBND tỉnh.\n");
        Ingestor ingestor = new Ingestor(graph);
        ingestor.ingest(List.of(f), o -> { });
        Files.writeString(f, header("HÀ TĨNH", "Hà Tĩnh", "30/KH-SGTVT")
                + "Thực hiện Chỉ thị số 11/CT-UBND ngày 01/02/2024 của UBND tỉnh.\n");
        Ingestor.Summary s = ingestor.ingest(List.of(f), o -> { });
        assertThat(s.ingested()).isEqualTo(1);
        List<Record> targets = graph.read("MATCH ()-[r]->(d:Document) WHERE r.file = $f RETURN d.symbol AS s",
                Map.of("f", f.toString()));
        assertThat(targets).extracting(r -> r.get("s").asString()).containsExactly("11/CT-UBND");
    }

    @Test
    void aFileThatNowHoldsAnotherDocumentLeavesNoClaimOnThePreviousOne() throws Exception {
        Path f = write("reused-name.txt", header("HÀ TĨNH", "Hà Tĩnh", "30/KH-SGTVT")
                + "Thực hiện Chỉ thị số 10/CT-UBND ngày 01/02/2024 của UBND tỉnh.\n");
        Ingestor ingestor = new Ingestor(graph);
        ingestor.ingest(List.of(f), o -> { });
        Files.writeString(f, header("HÀ TĨNH", "Hà Tĩnh", "31/KH-SGTVT")
                + "Thực hiện Chỉ thị số 11/CT-UBND ngày 01/02/2024 của UBND tỉnh.\n");
        ingestor.ingest(List.of(f), o -> { });
        List<Record> claims = graph.read("MATCH (d:Document) WHERE d.sourceFile = $f OR (:File {path: $f})-[:CONTAINS]->(d) "
                + "RETURN d.symbol AS s, d.ingested AS ingested", Map.of("f", f.toString()));
        assertThat(claims).extracting(r -> r.get("s").asString()).containsExactly("31/KH-SGTVT");
        List<Record> previous = graph.read("MATCH (d:Document {symbolKey: '30/KH-SGTVT'}) "
                + "RETURN d.ingested AS ingested, d.sourceFile AS file", Map.of());
        assertThat(previous).hasSize(1);
        assertThat(previous.get(0).get("ingested").asBoolean()).isFalse();
        assertThat(previous.get(0).get("file").isNull()).isTrue();
        // Back to the first content: it claims its document again.
        Files.writeString(f, header("HÀ TĨNH", "Hà Tĩnh", "30/KH-SGTVT")
                + "Thực hiện Chỉ thị số 10/CT-UBND ngày 01/02/2024 của UBND tỉnh.\n");
        ingestor.ingest(List.of(f), o -> { });
        assertThat(graph.read("MATCH (:File {path: $f})-[:CONTAINS]->(d:Document) RETURN d.symbol AS s, d.ingested AS i",
                Map.of("f", f.toString()))).extracting(r -> r.get("s").asString() + " " + r.get("i").asBoolean())
                .containsExactly("30/KH-SGTVT true");
    }

    @Test
    void aSecondProcessOnTheSameFolderGetsAClearMessage() {
        Path folder = graph.embedded() == null ? null : dir.resolve("data").resolve("neo4j");
        assertThat(folder).isNotNull();
        assertThatThrownBy(() -> EmbeddedNeo4j.start(folder, 0, null))
                .isInstanceOf(EmbeddedNeo4j.DatabaseInUseException.class)
                .hasMessageContaining("in use by another process");
    }

    @Test
    void aTakenBoltPortGetsAClearMessageAndLeavesTheFolderUsable() throws Exception {
        Path folder = dir.resolve("port-taken");
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> EmbeddedNeo4j.start(folder, port, null))
                    .isInstanceOf(EmbeddedNeo4j.BoltPortInUseException.class)
                    .hasMessageContaining("127.0.0.1:" + port)
                    .hasMessageContaining("lexgraph.bolt.port");
        }
        // The failed start released the folder: the next start on a free port opens it.
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(folder, 0, null)) {
            assertThat(db.boltUri().getPort()).isPositive();
        }
    }

    @Test
    void aNewDatabaseFolderTakesLittleDisk() throws Exception {
        Path folder = dir.resolve("fresh");
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(folder, 0, null)) {
            assertThat(db.boltUri().getPort()).isPositive();
        }
        long bytes;
        try (var files = Files.walk(folder)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        // Neo4j's default reserves a 256 MB transaction log per database, 512 MB for an empty graph: a test
        // run that opened a few at once filled a CI machine's disk.
        assertThat(bytes).as("bytes under a new database folder").isLessThan(64L << 20);
    }

    @Test
    void leadingZerosGoAsTheRegularExpressionTookThem() {
        for (String n : List.of("07", "007", "0", "00", "000", "70", "0a", "00a1", "0٣", "12", "", "0-1", "a0")) {
            assertThat(DocumentIdentity.withoutLeadingZeros(n)).as(n).isEqualTo(n.replaceFirst("^0+(?=\\d)", ""));
        }
    }

    @Test
    void identifiersAreUrlSafe() {
        assertThat(DocumentId.numbered("quang-ngai", "SKH&CN", dev.lexgraph.citation.DocType.KE_HOACH, 2025, "07"))
                .hasToString("vn/quang-ngai/skh-cn/ke-hoach/2025/7");
        assertThat(DocumentIdentity.slug("Bà Rịa - Vũng Tàu")).isEqualTo("ba-ria-vung-tau");
        assertThat(DocumentIdentity.label(dev.lexgraph.citation.DocType.THONG_TU_LIEN_TICH)).isEqualTo("ThongTuLienTich");
    }

    @Test
    void idsSayWhatKindTheyAre() {
        DocumentId undated = DocumentId.numbered("ha-noi", "UBND", dev.lexgraph.citation.DocType.KE_HOACH, null, "039");
        assertThat(undated).hasToString("vn/ha-noi/ubnd/ke-hoach/undated/39");
        assertThat(undated.undated()).isTrue();
        assertThat(undated.filed()).isFalse();
        assertThat(undated.jurisdiction()).isEqualTo("ha-noi");
        assertThat(DocumentId.isUndated(undated.value())).isTrue();

        DocumentId filed = DocumentId.filed("unknown-province", null, "0123456789abcdef0123");
        assertThat(filed).hasToString("vn/unknown-province/file/other/0123456789ab");
        assertThat(filed.filed()).isTrue();
        assertThat(filed.undated()).isFalse();

        DocumentId dated = DocumentId.numbered("central", "TTg", dev.lexgraph.citation.DocType.CHI_THI, 2021, "33");
        assertThat(dated.undated() || dated.filed()).isFalse();
        assertThat(DocumentId.isUndated(dated.value())).isFalse();
        // the parts of a URL make the same id as the rules that made it
        assertThat(DocumentId.ofPath("central", "ttg", "chi-thi", "2021", "33")).isEqualTo(dated);
        assertThat(DocumentId.ofFilePath("unknown-province", "other", "0123456789ab")).isEqualTo(filed);
        assertThat(DocumentId.parse("/vn/central/ttg/chi-thi/2021/33/")).contains(dated);
        assertThat(DocumentId.parse("central/ttg/chi-thi/2021/33")).isEmpty();
        assertThat(DocumentId.parse("  ")).isEmpty();
    }
}
