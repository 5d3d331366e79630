package dev.lexgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lexgraph.app.LexgraphApplication;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API over HTTP on a real port, over the embedded Neo4j reached through Bolt, as `serve` runs
 * it: the bundled sample documents are ingested at first start.
 */
@SpringBootTest(classes = LexgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lexgraph.bolt.port=0", "lexgraph.api-key=" + ApiTest.KEY, "lexgraph.max-document-size=200KB",
                "lexgraph.cors-allowed-origins=https://tools.example.org"})
class ApiTest {

    static final String KEY = "test-key-123";
    static final String DIRECTIVE_33 = "vn/central/ttg/chi-thi/2021/33";

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("lexgraph.data-dir", () -> dir.resolve("data").toString());
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    record Answer(int status, String contentType, String body, JsonNode json) {
    }

    Answer get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    Answer post(String path, String contentType, String body, boolean withKey) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (withKey) {
            b.header("X-API-Key", KEY);
        }
        return send(b.build());
    }

    /** The id of the document a POST /documents answer stored. */
    static String postedId(Answer posted) {
        return posted.json().get("document").get("document").get("id").asString();
    }

    Answer postText(String name, String text) throws Exception {
        return post("/api/v1/documents", "application/json",
                json.writeValueAsString(Map.of("name", name, "text", text)), true);
    }

    Answer postFile(String name, byte[] content) throws Exception {
        return postMultipart("/api/v1/documents", name, content, true);
    }

    Answer postMultipart(String path, String name, byte[] content, boolean withKey) throws Exception {
        String boundary = "----lexgraph" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (withKey) {
            b.header("X-API-Key", KEY);
        }
        return send(b.build());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private Answer send(HttpRequest request) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String type = r.headers().firstValue("Content-Type").orElse("");
        JsonNode node = type.contains("json") && !r.body().isBlank() ? json.readTree(r.body()) : null;
        return new Answer(r.statusCode(), type, r.body(), node);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static List<String> texts(JsonNode array, String... path) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            JsonNode x = n;
            for (String p : path) {
                x = x.path(p);
            }
            out.add(x.isNull() || x.isMissingNode() ? null : x.asString());
        }
        return out;
    }

    String idOf(String symbol) throws Exception {
        Answer a = get("/api/v1/documents/lookup?symbol=" + enc(symbol));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json().get("id").asString();
    }

    static String header(String provinceCaps, String province, String symbol, String date) {
        String[] dmy = date.split("/");
        return "ỦY BAN NHÂN DÂN\nTỈNH " + provinceCaps + "\nSố: " + symbol + "\n" + province + ", ngày " + dmy[0]
                + " tháng " + dmy[1] + " năm " + dmy[2] + "\nKẾ HOẠCH\nThực hiện công tác dân vận năm " + dmy[2] + "\n";
    }

    // ------------------------------------------------------------------ the issue's acceptance points

    @Test
    void theSampleDocumentsAreServedAfterTheFirstStart() throws Exception {
        Answer stats = get("/api/v1/stats");
        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.json().get("documents").asLong()).isGreaterThanOrEqualTo(92);
        assertThat(stats.json().get("ingested").asLong()).isGreaterThanOrEqualTo(5);
        // The fast counts are the full ones but the mentions, which only the slower form reads.
        JsonNode full = get("/api/v1/stats?mentions=true").json();
        // Every relation read from a text carries its mentions; the law table's replacements carry none.
        assertThat(full.get("mentions").asLong()).isGreaterThanOrEqualTo(119);
        assertThat(stats.json().has("mentions")).isFalse();
        for (String count : List.of("documents", "ingested", "relations", "files", "ambiguous", "bodies")) {
            assertThat(stats.json().get(count).asLong()).as(count).isEqualTo(full.get(count).asLong());
        }

        // The dependencies of 2599/KH-SKHCN include 33/CT-TTg.
        Answer deps = get("/api/v1/documents/" + idOf("2599/KH-SKHCN") + "/dependencies");
        assertThat(deps.status()).isEqualTo(200);
        assertThat(texts(deps.json().get("dependencies"), "document", "id")).contains(DIRECTIVE_33);
        assertThat(deps.json().get("document").get("symbol").asString()).isEqualTo("2599/KH-SKHCN");
        assertThat(deps.json().get("count").asInt()).isEqualTo(deps.json().get("dependencies").size());
        assertThat(deps.json().get("truncated").asBoolean()).isFalse();

        // The implementers of 33/CT-TTg include the plan of 002, which names its source file.
        Answer impl = get("/api/v1/documents/" + DIRECTIVE_33 + "/implementers");
        assertThat(impl.status()).isEqualTo(200);
        assertThat(impl.json().get("document").get("symbol").asString()).isEqualTo("33/CT-TTg");
        assertThat(texts(impl.json().get("implementers"), "document", "sourceFile"))
                .contains("seeds/002_5207f276778dc924.txt");
    }

    @Test
    void implementersIssuedToImplementADocumentAreToldFromThoseImplementingItInPart() throws Exception {
        String directive = "vn/central/ttg/chi-thi/2023/27";
        Answer issuedFor = postText("plan-purpose.txt", header("GIA LAI", "Gia Lai", "41/KH-UBND", "10/3/2023")
                + "Thực hiện Chỉ thị số 27/CT-TTg ngày 15/2/2023 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành "
                + "Kế hoạch như sau:\nI. NHIỆM VỤ\n- Rà soát các văn bản.\n");
        Answer inPart = postText("plan-task.txt", header("GIA LAI", "Gia Lai", "42/KH-UBND", "12/3/2023")
                + "Ủy ban nhân dân tỉnh ban hành Kế hoạch công tác năm 2023 như sau:\nI. NHIỆM VỤ\n- Tiếp tục thực hiện "
                + "Chỉ thị số 27/CT-TTg ngày 15/2/2023 của Thủ tướng Chính phủ.\n");
        assertThat(issuedFor.status()).as(issuedFor.body()).isEqualTo(201);
        assertThat(inPart.status()).as(inPart.body()).isEqualTo(201);
        assertThat(postedId(issuedFor)).isEqualTo(
                "vn/gia-lai/ubnd/ke-hoach/2023/41");

        JsonNode both = get("/api/v1/documents/" + directive + "/implementers").json().get("implementers");
        Map<String, Boolean> purposeById = new java.util.HashMap<>();
        both.forEach(n -> purposeById.put(n.get("document").get("id").asString(), n.get("purpose").asBoolean()));
        assertThat(purposeById).containsEntry("vn/gia-lai/ubnd/ke-hoach/2023/41", true)
                .containsEntry("vn/gia-lai/ubnd/ke-hoach/2023/42", false);
        assertThat(texts(get("/api/v1/documents/" + directive + "/implementers?purpose=true").json()
                .get("implementers"), "document", "id")).containsExactly("vn/gia-lai/ubnd/ke-hoach/2023/41");
        assertThat(texts(get("/api/v1/documents/" + directive + "/implementers?purpose=false&transitive=true").json()
                .get("implementers"), "document", "id")).containsExactly("vn/gia-lai/ubnd/ke-hoach/2023/42");

        JsonNode deps = get("/api/v1/documents/vn/gia-lai/ubnd/ke-hoach/2023/41/dependencies").json().get("dependencies");
        assertThat(deps).hasSize(1);
        assertThat(deps.get(0).get("purpose").asBoolean()).isTrue();
        assertThat(get("/api/v1/documents/vn/gia-lai/ubnd/ke-hoach/2023/42/dependencies").json().get("dependencies")
                .get(0).get("purpose").asBoolean()).isFalse();
        assertProblem(get("/api/v1/documents/" + directive + "/implementers?purpose=maybe"), 400, "");
    }

    @Test
    void aPlansTransitiveDependenciesIncludeThoseOfThePlanItImplements() throws Exception {
        Answer impl = get("/api/v1/documents/" + DIRECTIVE_33 + "/implementers");
        String plan002 = null;
        for (JsonNode n : impl.json().get("implementers")) {
            if ("seeds/002_5207f276778dc924.txt".equals(n.get("document").get("sourceFile").asString())) {
                plan002 = n.get("document").get("id").asString();
            }
        }
        assertThat(plan002).isNotNull();
        String plan175 = idOf("175/KH-UBND");
        assertThat(texts(get("/api/v1/documents/" + plan002 + "/dependencies").json().get("dependencies"), "document",
                "id")).contains(plan175);

        // 175/KH-UBND arrives with its own text, which implements a directive the 002 plan does not cite.
        Answer a = postText("plan-175.txt", header("QUẢNG NGÃI", "Quảng Ngãi", "175/KH-UBND", "21/12/2021")
                + "Thực hiện Chỉ thị số 91/CT-TTg ngày 03/12/2021 của Thủ tướng Chính phủ về tăng cường công tác dân vận, "
                + "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện.\n");
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(postedId(a)).isEqualTo(plan175);

        Answer transitive = get("/api/v1/documents/" + plan002 + "/dependencies?transitive=true&type=CHI_THI");
        assertThat(transitive.status()).isEqualTo(200);
        JsonNode via175 = null;
        for (JsonNode d : transitive.json().get("dependencies")) {
            if (d.get("document").get("id").asString().equals("vn/central/ttg/chi-thi/2021/91")) {
                via175 = d;
            }
            assertThat(d.get("document").get("type").asString()).isEqualTo("CHI_THI");
        }
        assertThat(via175).as(transitive.body()).isNotNull();
        assertThat(via175.get("depth").asInt()).isEqualTo(2);
        assertThat(texts(via175.get("path"))).containsExactly(plan002, plan175, "vn/central/ttg/chi-thi/2021/91");
        // Direct dependencies do not reach it.
        assertThat(texts(get("/api/v1/documents/" + plan002 + "/dependencies").json().get("dependencies"), "document",
                "id")).doesNotContain("vn/central/ttg/chi-thi/2021/91");
        // A limit keeps the nearest and says how many there are.
        Answer all = get("/api/v1/documents/" + plan002 + "/dependencies?transitive=true");
        Answer first = get("/api/v1/documents/" + plan002 + "/dependencies?transitive=true&limit=2");
        int count = all.json().get("count").asInt();
        assertThat(count).isEqualTo(all.json().get("dependencies").size()).isGreaterThan(2);
        assertThat(all.json().get("truncated").asBoolean()).isFalse();
        assertThat(first.json().get("count").asInt()).isEqualTo(count);
        assertThat(first.json().get("truncated").asBoolean()).isTrue();
        assertThat(first.json().get("dependencies")).hasSize(2);
        assertThat(first.json().get("dependencies").get(0).get("depth").asInt()).isEqualTo(1);
        // Pages of 2 from offset 0, 2, 4 … put together are the whole answer, in its order (nearest first,
        // then by id), and only the last says nothing follows.
        List<String> whole = texts(all.json().get("dependencies"), "document", "id");
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < count; offset += 2) {
            Answer page = get("/api/v1/documents/" + plan002 + "/dependencies?transitive=true&limit=2&offset=" + offset);
            assertThat(page.json().get("offset").asInt()).isEqualTo(offset);
            assertThat(page.json().get("truncated").asBoolean()).isEqualTo(offset + 2 < count);
            paged.addAll(texts(page.json().get("dependencies"), "document", "id"));
        }
        assertThat(paged).isEqualTo(whole);
        List<Integer> depths = new ArrayList<>();
        all.json().get("dependencies").forEach(d -> depths.add(d.get("depth").asInt()));
        assertThat(depths).isSorted();
        assertThat(get("/api/v1/documents/" + plan002 + "/dependencies?transitive=true&offset=" + count)
                .json().get("dependencies")).isEmpty();
        assertProblem(get("/api/v1/documents/" + plan002 + "/dependencies?offset=-1"), 400, "offset");
    }

    /**
     * A report that both responds to a plan and cites it elsewhere shows the plan by the relation that
     * chains (RESPONDS_TO), and what the plan implements is reached through that chain.
     */
    @Test
    void aDocumentReachedBothWaysIsShownByItsChain() throws Exception {
        Answer plan = postText("chain-plan.txt", header("HÀ TĨNH", "Hà Tĩnh", "611/KH-UBND", "02/02/2024")
                + "Thực hiện Chỉ thị số 612/CT-TTg ngày 05/01/2024 của Thủ tướng Chính phủ, "
                + "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện.\n");
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        Answer report = postText("chain-report.txt", "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 613/BC-UBND\n"
                + "Hà Tĩnh, ngày 02 tháng 12 năm 2024\nBÁO CÁO\nKết quả công tác dân vận năm 2024\n\n"
                + "Các nhiệm vụ nêu trong Kế hoạch số 611/KH-UBND ngày 02/02/2024 của UBND tỉnh Hà Tĩnh đã hoàn thành.\n"
                + "Theo đề nghị của Sở Nội vụ tại Kế hoạch số 611/KH-UBND ngày 02/02/2024 của UBND tỉnh Hà Tĩnh, "
                + "Ủy ban nhân dân tỉnh báo cáo như sau.\n");
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        String reportId = postedId(report);
        String planId = postedId(plan);
        Answer detail = get("/api/v1/documents/" + reportId);
        List<String> relationsToPlan = new ArrayList<>();
        for (JsonNode r : detail.json().get("outgoing")) {
            if (r.get("document").get("id").asString().equals(planId)) {
                relationsToPlan.add(r.get("relation").asString());
            }
        }
        assertThat(relationsToPlan).as(detail.body()).contains("RESPONDS_TO", "CITES");
        Answer deps = get("/api/v1/documents/" + reportId + "/dependencies?transitive=true");
        Map<String, JsonNode> byId = new HashMap<>();
        deps.json().get("dependencies").forEach(d -> byId.put(d.get("document").get("id").asString(), d));
        assertThat(texts(byId.get(planId).get("relations"))).as(deps.body()).containsExactly("RESPONDS_TO");
        JsonNode directive = byId.get("vn/central/ttg/chi-thi/2024/612");
        assertThat(directive).as(deps.body()).isNotNull();
        assertThat(texts(directive.get("path"))).containsExactly(reportId, planId, "vn/central/ttg/chi-thi/2024/612");
        assertThat(texts(directive.get("relations"))).containsExactly("RESPONDS_TO", "IMPLEMENTS");
    }

    @Test
    void theQuangTriReportsReferenceIsShownAsAmended() throws Exception {
        String report = null;
        Answer search = get("/api/v1/documents?type=BAO_CAO&jurisdiction=quang-tri");
        for (JsonNode d : search.json().get("items")) {
            if ("seeds/001_4c0dad03a18d6e79.txt".equals(d.get("sourceFile").asString())) {
                report = d.get("id").asString();
            }
        }
        assertThat(report).as(search.body()).isNotNull();
        Answer refs = get("/api/v1/documents/" + report + "/superseded-references");
        assertThat(refs.status()).isEqualTo(200);
        boolean amended = false;
        for (JsonNode r : refs.json()) {
            if ("163/2021/NQ-HĐND".equals(r.get("superseded").get("symbol").asString())) {
                for (JsonNode s : r.get("supersessions")) {
                    if ("AMENDED".equals(s.get("kind").asString())) {
                        amended = true;
                        assertThat(s.get("supersededBy").get("symbol").asString()).isEqualTo("36/2024/NQ-HĐND");
                        assertThat(s.get("since").asString()).isEqualTo("2024-05-10");
                    }
                }
                assertThat(r.get("mentions").get(0).get("file").asString()).isEqualTo("seeds/001_4c0dad03a18d6e79.txt");
                assertThat(r.get("mentions").get(0).get("quote").asString()).contains("163/2021");
            }
        }
        assertThat(amended).as(refs.body()).isTrue();
    }

    @Test
    void aReplacingDocumentFlagsEveryEarlierReferenceAndLaterOnesLoudest() throws Exception {
        // Two plans of Bình Định cite 12/2020/NQ-HĐND, one before and one after it is replaced.
        String before = header("BÌNH ĐỊNH", "Bình Định", "20/KH-UBND", "05/01/2022")
                + "Căn cứ Nghị quyết số 12/2020/NQ-HĐND ngày 10/7/2020 của HĐND tỉnh Bình Định về hỗ trợ doanh nghiệp.\n";
        String after = header("BÌNH ĐỊNH", "Bình Định", "90/KH-UBND", "01/09/2023")
                + "Căn cứ Nghị quyết số 12/2020/NQ-HĐND ngày 10/7/2020 của HĐND tỉnh Bình Định về hỗ trợ doanh nghiệp.\n";
        assertThat(postText("binh-dinh-before.txt", before).status()).isEqualTo(201);
        assertThat(postText("binh-dinh-after.txt", after).status()).isEqualTo(201);
        String replacing = "HỘI ĐỒNG NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 30/2023/NQ-HĐND\nBình Định, ngày 15 tháng 3 năm 2023\n"
                + "NGHỊ QUYẾT\nVề hỗ trợ doanh nghiệp\nNghị quyết này thay thế Nghị quyết số 12/2020/NQ-HĐND ngày "
                + "10/7/2020 của HĐND tỉnh Bình Định.\n";
        Answer r = postText("binh-dinh-replacing.txt", replacing);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(texts(r.json().get("document").get("outgoing"), "relation")).contains("REPLACES");

        Answer refs = get("/api/v1/superseded-references?jurisdiction=" + enc("Bình Định"));
        assertThat(refs.status()).isEqualTo(200);
        List<String> seen = new ArrayList<>();
        for (JsonNode x : refs.json().get("items")) {
            if (!"12/2020/NQ-HĐND".equals(x.get("superseded").get("symbol").asString())) {
                continue;
            }
            JsonNode s = x.get("supersessions").get(0);
            assertThat(x.get("supersessions").size()).isEqualTo(1);
            assertThat(s.get("kind").asString()).isEqualTo("REPLACED");
            assertThat(s.get("supersededBy").get("symbol").asString()).isEqualTo("30/2023/NQ-HĐND");
            assertThat(s.get("since").asString()).isEqualTo("2023-03-15");
            assertThat(s.get("sinceBasis").asString()).isEqualTo("issued");
            seen.add(x.get("citing").get("sourceFile").asString() + " " + s.get("timing").asString() + " "
                    + x.get("severity").asString());
        }
        // Loudest first: the reference made after the replacement.
        // Walked in id order of the citing documents; the one made after the replacement is HIGH.
        assertThat(seen).containsExactlyInAnyOrder("binh-dinh-after.txt AFTER HIGH", "binh-dinh-before.txt BEFORE LOW");
        Answer high = get("/api/v1/superseded-references?jurisdiction=binh-dinh&severity=high");
        assertThat(texts(high.json().get("items"), "citing", "sourceFile")).containsExactly("binh-dinh-after.txt");
        // The replaced document says what replaced it.
        Answer replaced = get("/api/v1/documents/vn/binh-dinh/hdnd/nghi-quyet/2020/12");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(texts(replaced.json().get("supersededBy"), "kind")).containsExactly("REPLACED");
    }

    @Test
    void aPlanThatRestsOnAReplacedLawByNameIsFlaggedLoudest() throws Exception {
        // Laws are cited by name; the bundled law table knows the 2015 local-government law was replaced in 2025.
        String plan = header("QUẢNG TRỊ", "Quảng Trị", "150/KH-UBND", "20/08/2025")
                + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
                + "Căn cứ Luật Thực hiện dân chủ ở cơ sở năm 2022;\n";
        Answer posted = postText("quang-tri-lgl-2015.txt", plan);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String planId = postedId(posted);

        Answer deps = get("/api/v1/documents/" + planId + "/dependencies");
        assertThat(deps.status()).as(deps.body()).isEqualTo(200);
        assertThat(deps.body()).contains("77/2015/QH13", "10/2022/QH15");
        // Was each basis in force when the plan was signed (20 August 2025)? On 1 January 2025?
        Map<String, JsonNode> bySymbol = new HashMap<>();
        deps.json().get("dependencies").forEach(d -> bySymbol.put(d.get("document").get("symbol").asString(), d));
        assertThat(bySymbol.get("77/2015/QH13").get("inForce").asBoolean()).isFalse();
        assertThat(bySymbol.get("77/2015/QH13").get("notInForceSince").asString()).isEqualTo("2025-03-01");
        assertThat(bySymbol.get("10/2022/QH15").get("inForce").asBoolean()).isTrue();
        Answer earlier = get("/api/v1/documents/" + planId + "/dependencies?asOf=2025-01-01");
        earlier.json().get("dependencies").forEach(d -> assertThat(d.get("inForce").asBoolean())
                .as(d.get("document").get("symbol").asString()).isTrue());

        Answer refs = get("/api/v1/documents/" + planId + "/superseded-references");
        assertThat(refs.status()).as(refs.body()).isEqualTo(200);
        JsonNode lgl = null;
        for (JsonNode r : refs.json()) {
            if ("77/2015/QH13".equals(r.get("superseded").get("symbol").asString())) {
                lgl = r;
            }
        }
        assertThat(lgl).as(refs.body()).isNotNull();
        assertThat(lgl.get("severity").asString()).isEqualTo("HIGH");
        assertThat(lgl.get("relation").asString()).isEqualTo("BASED_ON");
        assertThat(lgl.get("mentions").get(0).get("quote").asString())
                .isEqualTo("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015");
        JsonNode replaced = lgl.get("supersessions").get(0);
        assertThat(replaced.get("kind").asString()).isEqualTo("REPLACED");
        assertThat(replaced.get("supersededBy").get("symbol").asString()).isEqualTo("65/2025/QH15");
        assertThat(replaced.get("since").asString()).isEqualTo("2025-03-01");
        assertThat(replaced.get("timing").asString()).isEqualTo("AFTER");

        // The law is a document of the graph with its name and dates, and says what replaced it.
        Answer law = get("/api/v1/documents/vn/central/qh13/luat/2015/77");
        assertThat(law.status()).as(law.body()).isEqualTo(200);
        assertThat(law.json().get("document").get("title").asString()).isEqualTo("Luật Tổ chức chính quyền địa phương");
        assertThat(texts(law.json().get("supersededBy"), "kind")).contains("REPLACED");
        // Its history, oldest first: issued, in force, amended in 2019, replaced on 1 March 2025.
        List<String> history = new ArrayList<>();
        law.json().get("history").forEach(e -> history.add(e.get("date").asString() + " " + e.get("event").asString()
                + (e.get("by").isNull() ? "" : " " + e.get("by").get("symbol").asString())));
        assertThat(history).containsExactly("2015-06-19 ISSUED", "2016-01-01 TOOK_EFFECT",
                "2020-07-01 AMENDED 47/2019/QH14", "2025-03-01 REPLACED 65/2025/QH15", "2025-03-01 NOT_IN_FORCE");
        assertThat(law.json().get("history").get(0).get("eventLabel").asString()).isEqualTo("Ban hành");

        // As of the day before the replacement took effect, the law was amended (2019) but not yet replaced.
        Answer before = get("/api/v1/documents/" + planId + "/superseded-references?asOf=2025-02-28");
        assertThat(before.status()).as(before.body()).isEqualTo(200);
        assertThat(before.json()).hasSize(1);
        assertThat(texts(before.json().get(0).get("supersessions"), "kind")).containsExactly("AMENDED");
        assertThat(before.json().get(0).get("severity").asString()).isEqualTo("MEDIUM");
        Answer onTheDay = get("/api/v1/documents/" + planId + "/superseded-references?asOf=2025-03-01");
        assertThat(texts(onTheDay.json().get(0).get("supersessions"), "kind")).contains("REPLACED", "AMENDED");
        Answer longAgo = get("/api/v1/documents/" + planId + "/superseded-references?asOf=2019-01-01");
        assertThat(longAgo.json()).isEmpty();
        Answer malformed = get("/api/v1/documents/" + planId + "/superseded-references?asOf=1/3/2025");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("asOf");
    }

    @Test
    void aConstitutionCitedByNameIsADocumentAndItsReplacementIsKnown() throws Exception {
        String plan = header("LÀO CAI", "Lào Cai", "77/KH-UBND", "10/03/2020")
                + "Căn cứ Hiến pháp năm 1992;\nCăn cứ Hiến pháp;\n";
        Answer posted = postText("lao-cai-constitution.txt", plan);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String planId = postedId(posted);
        Answer deps = get("/api/v1/documents/" + planId + "/dependencies");
        List<String> constitutions = new ArrayList<>();
        deps.json().get("dependencies").forEach(d -> constitutions.add(d.get("document").get("title").asString()
                + " " + d.get("document").get("year").asInt() + " " + d.get("inForce").asBoolean()));
        // "Hiến pháp" with no year is the one in force on the plan's date: 2013's; 1992's was replaced in 2014.
        assertThat(constitutions).containsExactlyInAnyOrder(
                "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam 1992 false",
                "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam 2013 true");
        Answer refs = get("/api/v1/documents/" + planId + "/superseded-references");
        assertThat(refs.json()).as(refs.body()).hasSize(1);
        JsonNode replaced = refs.json().get(0).get("supersessions").get(0);
        assertThat(replaced.get("kind").asString()).isEqualTo("REPLACED");
        assertThat(replaced.get("since").asString()).isEqualTo("2014-01-01");
        assertThat(refs.json().get(0).get("severity").asString()).isEqualTo("HIGH");
    }

    @Test
    void aBodyThatCeasedIn2025ShowsItsSuccessorsAndProvincesTheirs() throws Exception {
        String letter = "UBND TỈNH QUẢNG BÌNH\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG\nSố: 412/KH-STTTT\n"
                + "Quảng Bình, ngày 12 tháng 9 năm 2024\nKẾ HOẠCH\nChuyển đổi số năm 2024\n"
                + "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.\n";
        Answer posted = postText("quang-binh-stttt.txt", letter);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        JsonNode body = posted.json().get("document").get("body");
        assertThat(body.get("name").asString()).isEqualTo("Sở Thông tin và Truyền thông tỉnh Quảng Bình");
        List<String> successors = new ArrayList<>();
        body.get("succeededBy").forEach(s -> successors.add(s.get("since").asString() + " " + s.get("name").asString()));
        assertThat(successors).containsExactly("2025-03-01 Sở Khoa học và Công nghệ tỉnh Quảng Bình",
                "2025-07-01 Sở Khoa học và Công nghệ tỉnh Quảng Trị");
        // The provinces in the graph: Quảng Bình succeeded by Quảng Trị from 1 July 2025.
        List<org.neo4j.driver.Record> merged = graph.read("MATCH (:Province {id: 'quang-binh'})-[s:SUCCEEDED_BY]->"
                + "(p:Province) RETURN p.name AS name, s.since AS since", Map.of());
        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).get("name").asString()).isEqualTo("Quảng Trị");
        assertThat(merged.get(0).get("since").asString()).isEqualTo("2025-07-01");
        assertThat(graph.read("MATCH (p:Province) RETURN count(p) AS n", Map.of()).get(0).get("n").asLong())
                .isEqualTo(dev.lexgraph.citation.Provinces.all().size());
    }

    @Test
    void aReplacementCountsFromTheDayTheReplacingDocumentSaysItTakesEffect() throws Exception {
        // Signed on 15 March, in force from 1 July: a plan of May still rested on a document in force.
        String replacing = "HỘI ĐỒNG NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 31/2023/NQ-HĐND\nNinh Bình, ngày 15 tháng 3 năm 2023\n"
                + "NGHỊ QUYẾT\nVề hỗ trợ hợp tác xã\nNghị quyết này thay thế Nghị quyết số 14/2020/NQ-HĐND ngày "
                + "10/7/2020 của HĐND tỉnh Ninh Bình.\nNghị quyết này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2023.\n";
        Answer r = postText("ninh-binh-replacing.txt", replacing);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("document").get("document").get("effective").asString()).isEqualTo("2023-07-01");
        String plan = header("NINH BÌNH", "Ninh Bình", "50/KH-UBND", "02/05/2023")
                + "Căn cứ Nghị quyết số 14/2020/NQ-HĐND ngày 10/7/2020 của HĐND tỉnh Ninh Bình về hỗ trợ hợp tác xã.\n";
        Answer posted = postText("ninh-binh-plan.txt", plan);
        String planId = postedId(posted);
        Answer refs = get("/api/v1/documents/" + planId + "/superseded-references");
        JsonNode s = refs.json().get(0).get("supersessions").get(0);
        assertThat(s.get("since").asString()).as(refs.body()).isEqualTo("2023-07-01");
        assertThat(s.get("sinceBasis").asString()).isEqualTo("effective");
        assertThat(s.get("timing").asString()).isEqualTo("BEFORE");
        assertThat(refs.json().get(0).get("severity").asString()).isEqualTo("LOW");
    }

    @Test
    void aMergedProvinceAnswersForTheProvincesMergedIntoIt() throws Exception {
        // Quảng Bình merged into Quảng Trị on 1 July 2025; its documents keep their own province.
        String plan = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSố: 88/KH-UBND\nQuảng Bình, ngày 10 tháng 5 năm 2025\n"
                + "KẾ HOẠCH\nCải cách hành chính năm 2025\n"
                + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n";
        Answer posted = postText("quang-binh-88.txt", plan);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String planId = postedId(posted);
        assertThat(planId).startsWith("vn/quang-binh/");

        Answer alone = get("/api/v1/documents?jurisdiction=quang-tri&type=KE_HOACH&size=500");
        assertThat(texts(alone.json().get("items"), "id")).doesNotContain(planId);
        Answer merged = get("/api/v1/documents?jurisdiction=quang-tri&includePredecessors=true&type=KE_HOACH&size=500");
        assertThat(texts(merged.json().get("items"), "id")).contains(planId);

        Answer refs = get("/api/v1/superseded-references?jurisdiction=" + enc("Quảng Trị") + "&includePredecessors=true");
        assertThat(refs.status()).as(refs.body()).isEqualTo(200);
        assertThat(texts(refs.json().get("items"), "citing", "id")).contains(planId);
        Answer withoutThem = get("/api/v1/superseded-references?jurisdiction=quang-tri");
        assertThat(texts(withoutThem.json().get("items"), "citing", "id")).doesNotContain(planId);
    }

    // ------------------------------------------------------------------ lookup and search

    @Test
    void aSymbolMatchesInItsFoldedForm() throws Exception {
        for (String s : List.of("33/CT-TTg", "33/ct-ttg", "33/CT-TTG", " 33 / CT-TTg")) {
            Answer a = get("/api/v1/documents?symbol=" + enc(s));
            assertThat(a.status()).isEqualTo(200);
            assertThat(texts(a.json().get("items"), "id")).as(s).containsExactly(DIRECTIVE_33);
        }
        Answer words = get("/api/v1/documents?q=" + enc("dan van") + "&type=CHI_THI");
        assertThat(texts(words.json().get("items"), "id")).contains(DIRECTIVE_33);
    }

    @Test
    void aSymbolNamingSeveralDocumentsAnswersWithTheCandidates() throws Exception {
        postText("la-ngai.txt", header("LẠNG SƠN", "Lạng Sơn", "41/KH-SNV", "02/03/2022")
                + "Thực hiện Kế hoạch số 39/KH-UBND ngày 05/02/2022 của UBND tỉnh, Sở ban hành kế hoạch.\n");
        postText("ca-mau.txt", header("CÀ MAU", "Cà Mau", "42/KH-SNV", "02/03/2022")
                + "Thực hiện Kế hoạch số 39/KH-UBND ngày 07/02/2022 của UBND tỉnh, Sở ban hành kế hoạch.\n");
        Answer a = get("/api/v1/documents/lookup?symbol=" + enc("39/KH-UBND"));
        assertThat(a.status()).isEqualTo(300);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(texts(a.json().get("candidates"), "id")).contains("vn/lang-son/ubnd/ke-hoach/2022/39",
                "vn/ca-mau/ubnd/ke-hoach/2022/39");
        Answer one = get("/api/v1/documents/lookup?symbol=" + enc("39/KH-UBND") + "&jurisdiction=" + enc("Cà Mau"));
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("id").asString()).isEqualTo("vn/ca-mau/ubnd/ke-hoach/2022/39");
    }

    @Test
    void aDocumentAnswerCarriesItsRelationsWithProvenance() throws Exception {
        Answer d = get("/api/v1/documents/" + DIRECTIVE_33);
        assertThat(d.status()).isEqualTo(200);
        assertThat(d.json().get("document").get("ingested").asBoolean()).isFalse();
        JsonNode incoming = d.json().get("incoming");
        assertThat(incoming.size()).isGreaterThanOrEqualTo(3);
        JsonNode first = incoming.get(0);
        assertThat(first.get("source").asString()).startsWith("seeds/");
        JsonNode mention = first.get("mentions").get(0);
        assertThat(mention.get("quote").asString()).contains("33");
        assertThat(mention.get("end").asInt()).isGreaterThan(mention.get("start").asInt());
    }

    // ------------------------------------------------------------------ the dependency table

    @Test
    void theDependencyTablePagesByCursorAndStreams() throws Exception {
        List<String> paged = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Answer a = get("/api/v1/dependencies?of=KE_HOACH,BAO_CAO&on=CHI_THI&size=2"
                    + (after == null ? "" : "&after=" + enc(after)));
            assertThat(a.status()).isEqualTo(200);
            for (JsonNode row : a.json().get("items")) {
                paged.add(row.get("document").get("id").asString());
                assertThat(row.get("document").get("type").asString()).isIn("KE_HOACH", "BAO_CAO");
                assertThat(texts(row.get("dependsOn"), "type")).isNotEmpty().allMatch("CHI_THI"::equals);
            }
            after = a.json().get("next").isNull() ? null : a.json().get("next").asString();
            pages++;
        } while (after != null && pages < 100);
        assertThat(paged).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
        assertThat(paged).isSorted();

        HttpResponse<String> stream = http.send(HttpRequest.newBuilder(uri("/api/v1/dependencies"))
                .header("Accept", "application/x-ndjson").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stream.statusCode()).isEqualTo(200);
        List<String> streamed = stream.body().lines().map(l -> json.readTree(l).get("document").get("id").asString()).toList();
        assertThat(streamed).containsExactlyElementsOf(paged);
    }

    // ------------------------------------------------------------------ writes

    @Test
    void theSameDocumentTwiceChangesNothing() throws Exception {
        String text = header("HÀ TĨNH", "Hà Tĩnh", "77/KH-UBND", "10/04/2023")
                + "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.\n";
        Answer first = postText("ha-tinh-77.txt", text);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("status").asString()).isEqualTo("ingested");
        assertThat(first.json().get("extraction").get("citations").size()).isEqualTo(1);
        JsonNode stats = get("/api/v1/stats?mentions=true").json();
        Answer second = postText("ha-tinh-77.txt", text);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("status").asString()).isEqualTo("unchanged");
        assertThat(get("/api/v1/stats?mentions=true").json()).isEqualTo(stats);
    }

    /**
     * Answers are kept between writes (AnswerCache), and a write empties them: the same question asked before and
     * after a new plan is posted gets the answer of the graph as it is.
     */
    @Test
    void aKeptAnswerIsNeverServedAfterAWrite() throws Exception {
        String path = "/api/v1/documents/" + DIRECTIVE_33 + "/implementers";
        Answer before = get(path);
        assertThat(get(path).body()).isEqualTo(before.body()); // kept: the same bytes
        assertThat(before.body()).doesNotContain("91/KH-UBND");
        String text = header("QUẢNG BÌNH", "Quảng Bình", "91/KH-UBND", "12/05/2024")
                + "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch.\n";
        assertThat(postText("quang-binh-91.txt", text).status()).isEqualTo(201);
        Answer after = get(path);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body()).contains("91/KH-UBND");
        assertThat(after.json().get("count").asInt()).isEqualTo(before.json().get("count").asInt() + 1);
        // A conditional GET of a kept answer still gets 304 by its ETag.
        HttpResponse<String> etagged = http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String etag = etagged.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(uri(path)).header("If-None-Match", etag).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
    }

    /** A large answer comes compressed to a client that accepts gzip, and reads back as the same JSON. */
    @Test
    void largeAnswersAreCompressedForClientsThatAcceptGzip() throws Exception {
        String path = "/api/v1/documents?size=500";
        String plain = get(path).body();
        assertThat(plain.length()).isGreaterThan(4096);
        HttpResponse<byte[]> gz = http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Encoding", "gzip").GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gz.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gz.body().length).isLessThan(plain.getBytes(StandardCharsets.UTF_8).length / 2);
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
        }
    }

    /** A central directive's tree comes a page at a time: the nearest first, with the total counted. */
    @Test
    void anImplementerTreeComesAPageAtATimeWithItsTotal() throws Exception {
        JsonNode whole = get("/api/v1/documents/" + DIRECTIVE_33 + "/implementers?transitive=true").json();
        int all = whole.get("count").asInt();
        assertThat(all).isGreaterThan(1);
        assertThat(whole.get("truncated").asBoolean()).isFalse();
        assertThat(whole.get("total").asInt()).isEqualTo(all);
        JsonNode page = get("/api/v1/documents/" + DIRECTIVE_33 + "/implementers?transitive=true&limit=1").json();
        assertThat(page.get("count").asInt()).isEqualTo(1);
        assertThat(page.get("truncated").asBoolean()).isTrue();
        assertThat(page.get("total").asInt()).isEqualTo(all);
    }

    @Test
    void aFileUploadIsIngestedAndExtractStoresNothing() throws Exception {
        String text = header("AN GIANG", "An Giang", "15/KH-UBND", "10/04/2024")
                + "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ.\n";
        JsonNode stats = get("/api/v1/stats?mentions=true").json();
        Answer extracted = post("/api/v1/extract", "application/json", json.writeValueAsString(Map.of("text", text)), false);
        assertThat(extracted.status()).isEqualTo(200);
        assertThat(texts(extracted.json().get("extraction").get("citations"), "symbol")).containsExactly("59/2023/NĐ-CP");
        assertThat(get("/api/v1/stats?mentions=true").json()).isEqualTo(stats);

        Answer stored = postFile("an-giang-15.txt", text.getBytes(StandardCharsets.UTF_16));
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        assertThat(stored.json().get("encoding").asString()).startsWith("UTF-16");
        assertThat(stored.json().get("document").get("document").get("sourceFile").asString()).isEqualTo("an-giang-15.txt");
        assertThat(texts(stored.json().get("document").get("outgoing"), "document", "symbol")).contains("59/2023/NĐ-CP");
    }

    @Test
    void knownRelationsAndStatusesImportFromCsv() throws Exception {
        String csv = """
                document,relation,other,effective,jurisdiction,type
                04/2015/NĐ-CP,Bị thay thế,10/2022/QH15,01/07/2023,,LUAT
                04/2015/NĐ-CP,NOT_IN_FORCE,,2023-07-01,,
                88/KH-UBND,REPLACED_BY,,,,
                12/2019/NQ-HĐND,no such relation,,,,
                99/2030/NĐ-CP,AMENDED_BY,98/2031/NĐ-CP,31/02/2031,,
                33/CT-TTg,IN_FORCE,,26/11/2021,,
                """;
        Answer noKey = post("/api/v1/relations/import", "text/csv", csv, false);
        assertThat(noKey.status()).isEqualTo(401);
        Answer a = post("/api/v1/relations/import?source=vbpl", "text/csv", csv, true);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().get("rows").asInt()).isEqualTo(6);
        assertThat(a.json().get("relations").asInt()).isEqualTo(1);
        assertThat(a.json().get("statuses").asInt()).isEqualTo(2);
        List<String> errors = new ArrayList<>();
        a.json().get("errors").forEach(e -> errors.add(e.get("line").asInt() + ": " + e.get("message").asString()));
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).startsWith("4: ").contains("other");
        assertThat(errors.get(1)).startsWith("5: ").contains("unknown relation");
        assertThat(errors.get(2)).startsWith("6: ").contains("31/02/2031");

        Answer decree = get("/api/v1/documents/vn/central/cp/nghi-dinh/2015/4");
        assertThat(decree.status()).isEqualTo(200);
        assertThat(decree.json().get("document").get("status").asString()).isEqualTo("NOT_IN_FORCE");
        JsonNode by = decree.json().get("supersededBy").get(0);
        assertThat(by.get("kind").asString()).isEqualTo("REPLACED");
        assertThat(by.get("effective").asString()).isEqualTo("2023-07-01");
        assertThat(by.get("by").get("symbol").asString()).isEqualTo("10/2022/QH15");
        List<String> decreeHistory = new ArrayList<>();
        decree.json().get("history").forEach(e -> decreeHistory.add(e.get("date").asString() + " " + e.get("event").asString()));
        assertThat(decreeHistory).containsSubsequence("2023-07-01 REPLACED", "2023-07-01 NOT_IN_FORCE");
        // An imported "in force from" is the day the directive took effect, which no text of the graph says.
        JsonNode directive = get("/api/v1/documents/" + DIRECTIVE_33).json();
        assertThat(directive.get("document").get("effective").asString()).isEqualTo("2021-11-26");
        assertThat(texts(directive.get("history"), "event")).contains("TOOK_EFFECT");

        // Importing the same data again changes nothing.
        JsonNode stats = get("/api/v1/stats?mentions=true").json();
        post("/api/v1/relations/import?source=vbpl", "text/csv", csv, true);
        assertThat(get("/api/v1/stats?mentions=true").json()).isEqualTo(stats);
    }

    @Test
    void concurrentIngestionAndQueriesLoseNothing() throws Exception {
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                // Every plan cites the same directive, new to the graph, so all writers create it at once.
                String text = header("ĐỒNG THÁP", "Đồng Tháp", (200 + i) + "/KH-UBND", "0" + (i + 1) + "/05/2024")
                        + "Thực hiện Chỉ thị số 45/CT-TTg ngày 20/4/2024 của Thủ tướng Chính phủ về cải cách hành chính.\n";
                String name = "dong-thap-" + i + ".txt";
                futures.add(pool.submit(() -> postText(name, text)));
                futures.add(pool.submit(() -> get("/api/v1/documents/" + DIRECTIVE_33 + "/implementers?transitive=true")));
            }
            for (Future<Answer> f : futures) {
                assertThat(f.get().status()).as(f.get().body()).isIn(200, 201);
            }
        } finally {
            pool.shutdown();
        }
        Answer impl = get("/api/v1/documents/vn/central/ttg/chi-thi/2024/45/implementers");
        assertThat(impl.status()).isEqualTo(200);
        assertThat(impl.json().get("count").asInt()).isEqualTo(writers);
    }

    /** More walks at once than there are processors: they take turns and all are answered. */
    @Test
    void walksBeyondTheProcessorsWaitTheirTurnAndAreAllAnswered() throws Exception {
        int n = Runtime.getRuntime().availableProcessors() * 6;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String path = i % 2 == 0 ? "/api/v1/documents/" + DIRECTIVE_33 + "/implementers?transitive=true"
                        : "/api/v1/documents/" + DIRECTIVE_33 + "/superseded-references";
                futures.add(pool.submit(() -> get(path)));
            }
            for (Future<Answer> f : futures) {
                assertThat(f.get().status()).as(f.get().body()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Eight different texts under one name at once: the name ends holding one document, and no other claims it. */
    @Test
    void newContentUnderOneNameLeavesOneClaimUnderConcurrency() throws Exception {
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<String> ids = new ArrayList<>();
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String text = header("LONG AN", "Long An", (300 + i) + "/KH-UBND", "0" + (i + 1) + "/06/2024")
                        + "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.\n";
                futures.add(pool.submit(() -> postText("long-an/one-name.txt", text)));
            }
            for (Future<Answer> f : futures) {
                Answer a = f.get();
                assertThat(a.status()).as(a.body()).isIn(200, 201);
                ids.add(postedId(a));
            }
        } finally {
            pool.shutdown();
        }
        // Each answer names the document the file holds when it was read back, which may already be a later
        // writer's: the same id may come twice. What counts is how many distinct documents claim the file.
        java.util.Set<String> claiming = new java.util.LinkedHashSet<>();
        for (String id : new java.util.LinkedHashSet<>(ids)) {
            JsonNode d = get("/api/v1/documents/" + id).json().get("document");
            if (d.get("ingested").asBoolean() || "long-an/one-name.txt".equals(d.path("sourceFile").asText(null))) {
                claiming.add(id);
            }
        }
        assertThat(claiming).hasSize(1);
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void badRequestsGetProblemJsonThatSaysWhy() throws Exception {
        assertProblem(get("/api/v1/documents/vn/central/ttg/chi-thi/1999/12345"), 404, "no document with id");
        assertProblem(get("/api/v1/documents/vn/central/ttg/chi-thi/1999/12345/dependencies"), 404, "no document");
        assertProblem(get("/api/v1/documents/vn/central/ttg/chi-thi/1999/12345/dependencies?transitive=true&limit=1"),
                404, "no document");
        assertProblem(get("/api/v1/documents/vn/central/ttg/chi-thi/1999/12345/implementers"), 404, "no document");
        assertProblem(get("/api/v1/documents/vn/central/ttg/chi-thi/1999/12345/superseded-references"), 404,
                "no document");
        // A document that exists but cites nothing superseded: an empty answer, not a 404.
        Answer none = get("/api/v1/documents/" + DIRECTIVE_33 + "/superseded-references");
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json().isArray()).isTrue();
        assertThat(none.json()).isEmpty();
        Answer badType = get("/api/v1/documents?type=PLAN");
        assertProblem(badType, 400, "parameter 'type' must be one of HIEN_PHAP");
        assertThat(badType.json().get("validValues").toString()).contains("KE_HOACH", "CHI_THI");
        assertThat(get("/api/v1/documents?type=ke-hoach").status()).as("case and dashes forgiven").isEqualTo(200);
        assertProblem(get("/api/v1/documents?year=twenty"), 400, "whole number");
        assertProblem(get("/api/v1/documents?size=0"), 400, "size must be greater than or equal to 1, not 0");
        Answer badRelation = get("/api/v1/documents/" + DIRECTIVE_33 + "/dependencies?relations=IMPLEMENTS,LIKES");
        assertProblem(badRelation, 400, "relations must be one of IMPLEMENTS, BASED_ON, CITES, RESPONDS_TO, GUIDES");
        assertThat(badRelation.json().get("validValues").toString()).contains("GUIDES");
        assertProblem(get("/api/v1/superseded-references?severity=urgent"), 400,
                "parameter 'severity' must be one of LOW, MEDIUM, HIGH, not 'urgent'");
        assertProblem(get("/api/v1/dependencies?size=5000"), 400, "size must be less than or equal to 2000, not 5000");
        assertProblem(get("/api/v1/no-such-thing"), 404, "");
        assertProblem(post("/api/v1/documents", "application/json", "{\"text\": \"x\"}", false), 401, "X-API-Key");
        Answer wrongKey = send(HttpRequest.newBuilder(uri("/api/v1/documents")).header("X-API-Key", "nope")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertProblem(wrongKey, 401, "wrong");
        assertProblem(post("/api/v1/documents", "application/json", "{\"text\": ", true), 400, "not JSON");
        assertProblem(post("/api/v1/documents", "application/json", "{\"text\": \"  \"}", true), 422, "blank");
        assertProblem(post("/api/v1/documents", "application/xml", "<doc/>", true), 415, "");
        assertProblem(postFile("empty.txt", new byte[0]), 422, "empty");
        assertProblem(postFile("blob.bin", new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 8}), 422, "not text");
        assertProblem(postFile("huge.txt", "Kế hoạch ".repeat(30_000).getBytes(StandardCharsets.UTF_8)), 413, "limit");
        assertProblem(postText("huge.txt", "a".repeat(300_000)), 413, "at most");
        // A raw (unencoded) non-ASCII character in the URL is refused by Tomcat itself: still problem+json.
        assertThat(raw("GET /api/v1/documents?symbol=163/2021/NQ-H\u0110ND HTTP/1.1")).startsWith("HTTP/1.1 400")
                .contains("application/problem+json").contains("percent-encoded").doesNotContain("<html");
    }

    /** Sends one request line as it is (no client would send it so), and answers the whole response. */
    /** Each refusal names its real cause: a long file name, a long URL, large headers, an empty CSV. */
    @Test
    void refusalsNameTheirRealCause() throws Exception {
        Answer longName = postMultipart("/api/v1/documents", "n".repeat(10_000) + ".txt",
                "Thực hiện Chỉ thị số 33/CT-TTg.".getBytes(StandardCharsets.UTF_8), true);
        assertThat(longName.status()).as(longName.body()).isEqualTo(400);
        assertThat(longName.json().get("detail").asString()).contains("name").doesNotContain("larger than");

        String longUrl = raw("GET /api/v1/documents/" + "x".repeat(20_000) + " HTTP/1.1");
        assertThat(longUrl).startsWith("HTTP/1.1 4").contains("application/problem+json").doesNotContain("outside ASCII");
        assertThat(longUrl.toLowerCase(java.util.Locale.ROOT)).contains("too long");

        HttpResponse<String> bigHeaders = http.send(HttpRequest.newBuilder(uri("/api/v1/stats"))
                .header("X-Padding", "p".repeat(100_000)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bigHeaders.statusCode()).isBetween(400, 499);
        assertThat(bigHeaders.body()).doesNotContain("outside ASCII");
        assertThat(bigHeaders.body().toLowerCase(java.util.Locale.ROOT)).contains("header");

        Answer emptyCsv = post("/api/v1/relations/import", "text/csv", "", true);
        assertThat(emptyCsv.status()).as(emptyCsv.body()).isBetween(400, 499);
        assertThat(emptyCsv.json().get("detail").asString()).doesNotContain("JSON").containsIgnoringCase("empty");
    }

    private String raw(String requestLine) throws Exception {
        try (java.net.Socket s = new java.net.Socket("localhost", port)) {
            s.getOutputStream().write((requestLine + "\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anIdWithItsSlashesPercentEncodedAnswersAsTheRawId() throws Exception {
        String encoded = DIRECTIVE_33.replace("/", "%2F");
        String lower = DIRECTIVE_33.replace("/", "%2f");
        String plan = idOf("2599/KH-SKHCN");
        for (String[] pair : List.of(
                new String[] {DIRECTIVE_33, encoded},
                new String[] {DIRECTIVE_33 + "/implementers?transitive=true", lower + "/implementers?transitive=true"},
                new String[] {DIRECTIVE_33 + "/superseded-references", encoded + "/superseded-references"},
                new String[] {plan + "/dependencies?transitive=true&limit=3", plan.replace("/", "%2F")
                        + "/dependencies?transitive=true&limit=3"})) {
            Answer raw = get("/api/v1/documents/" + pair[0]);
            Answer enc = get("/api/v1/documents/" + pair[1]);
            assertThat(raw.status()).as(raw.body()).isEqualTo(200);
            assertThat(enc.status()).as(pair[1] + ": " + enc.body()).isEqualTo(200);
            assertThat(enc.json()).as(pair[1]).isEqualTo(raw.json());
        }
        // An unknown id is the same 404 either way; a URL that really is malformed says what is wrong with it.
        assertProblem(get("/api/v1/documents/vn%2Fcentral%2Fttg%2Fchi-thi%2F1999%2F12345"), 404,
                "no document with id vn/central/ttg/chi-thi/1999/12345");
        assertThat(raw("GET /api/v1/documents/vn%ZZcentral HTTP/1.1")).startsWith("HTTP/1.1 400")
                .contains("application/problem+json").contains("'%ZZ' at position 20, which is not a percent-encoding");
        assertProblem(get("/api/v1/documents/vn%2Fcentral%00"), 400, "encoded NUL");
        assertProblem(get("/api/v1/documents/vn/%E0%A4"), 400, "not UTF-8");
    }

    private static void assertProblem(Answer a, int status, String detailContains) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.contentType()).as(a.body()).startsWith("application/problem+json");
        assertThat(a.json().get("status").asInt()).isEqualTo(status);
        assertThat(a.json().get("detail").asString()).containsIgnoringCase(detailContains);
        assertThat(a.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("dev.lexgraph");
    }

    // ------------------------------------------------------------------ hostile input (issue "Hostile input")

    @org.springframework.beans.factory.annotation.Autowired
    dev.lexgraph.graph.GraphConnection graph;

    @Test
    void filesThatInflateAreRefusedQuicklyWhileReadsGoOn() throws Exception {
        byte[] pdf = dev.lexgraph.text.DecompressionBombs.pdf(50L << 20); // 50 MB of text operators in ~150 KB
        byte[] docx = dev.lexgraph.text.DecompressionBombs.docx(50L << 20);
        assertThat(pdf.length).isLessThan(200 * 1024);
        assertThat(docx.length).isLessThan(200 * 1024);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<Answer> pdfAnswer = pool.submit(() -> postMultipart("/api/v1/extract", "bomb.pdf", pdf, false));
            Future<Answer> docxAnswer = pool.submit(() -> postFile("bomb.docx", docx));
            Future<Answer> read = pool.submit(() -> get("/api/v1/documents/" + DIRECTIVE_33));
            assertThat(read.get(60, java.util.concurrent.TimeUnit.SECONDS).status()).isEqualTo(200);
            Answer p = pdfAnswer.get(60, java.util.concurrent.TimeUnit.SECONDS);
            Answer d = docxAnswer.get(60, java.util.concurrent.TimeUnit.SECONDS);
            // Refused (too large), or turned away while the others run (503 with Retry-After): never read to the end.
            assertThat(p.status()).as(p.body()).isIn(413, 503);
            assertThat(d.status()).as(d.body()).isIn(413, 503);
            if (p.status() == 413) {
                assertProblem(p, 413, "not read to its end");
            }
            if (d.status() == 413) {
                assertProblem(d, 413, "inflates beyond");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(get("/api/v1/documents/" + DIRECTIVE_33).status()).isEqualTo(200);
    }

    /** Client mistakes are 4xx problems that name their cause, never a 500 (issue "Hostile input", item 7). */
    @Test
    void clientMistakesAreClientErrors() throws Exception {
        Answer longQuery = get("/api/v1/documents?q=" + URLEncoder.encode("kế hoạch ".repeat(400), StandardCharsets.UTF_8));
        assertThat(longQuery.status()).as(longQuery.body()).isBetween(200, 499);
        assertThat(raw("GET /api/v1/documents?q=%C3%28%FF HTTP/1.1")).startsWith("HTTP/1.1 400")
                .contains("application/problem+json");
        for (String csv : List.of("document;relation\nx;y\n", "\"unclosed,quote\n1,2\n", "\u0000\u0001\u0002binary\u0003",
                "document,relation,other\n\"a\"b\",replaces,c\n")) {
            Answer a = post("/api/v1/relations/import", "text/csv", csv, true);
            assertThat(a.status()).as(csv + " -> " + a.body()).isBetween(400, 499);
            assertThat(a.contentType()).startsWith("application/problem+json");
        }
        Answer binaryFile = postMultipart("/api/v1/relations/import", "r.csv", new byte[] {0, 1, 2, 3, (byte) 0xff, 0}, true);
        assertThat(binaryFile.status()).as(binaryFile.body()).isBetween(400, 499);
    }

    /** A body is bounded in bytes as it is read, chunked or not, on every endpoint (item 6). */
    @Test
    void everyBodyIsBoundedInBytesChunkedOrNot() throws Exception {
        // lexgraph.max-document-size is 200KB here: the bound is 2 × 200 KB + 4 KB.
        byte[] csv = ("document,relation,other\n" + "vn/x,replaces,vn/y\n".repeat(40_000)).getBytes(StandardCharsets.UTF_8);
        java.util.function.Supplier<java.io.InputStream> chunked = () -> new java.io.ByteArrayInputStream(csv);
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/relations/import")).header("Content-Type", "text/csv")
                .header("X-API-Key", KEY).POST(HttpRequest.BodyPublishers.ofInputStream(chunked)).build();
        Answer a = send(request);
        assertProblem(a, 413, "more than");
        String body = json.writeValueAsString(Map.of("name", "big.txt", "text", "Kế hoạch ".repeat(60_000)));
        HttpRequest big = HttpRequest.newBuilder(uri("/api/v1/extract")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))).build();
        assertProblem(send(big), 413, "more than");
    }

    /** The data folder and the secrets in it are the owner's alone (item 11). */
    @Test
    void theDataFolderAndItsSecretsAreOwnerOnly() throws Exception {
        Path data = dir.resolve("data");
        org.junit.jupiter.api.Assumptions.assumeTrue(data.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assertThat(java.nio.file.Files.getPosixFilePermissions(data))
                .containsExactlyInAnyOrderElementsOf(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        assertThat(java.nio.file.Files.getPosixFilePermissions(data.resolve("neo4j")))
                .containsExactlyInAnyOrderElementsOf(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        for (Path secret : List.of(data.resolve("neo4j/bolt-password"), data.resolve("neo4j/service-login"))) {
            if (java.nio.file.Files.exists(secret)) {
                assertThat(java.nio.file.Files.getPosixFilePermissions(secret)).as(secret.toString())
                        .containsExactlyInAnyOrderElementsOf(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            }
        }
        assertThat(data.resolve("neo4j/service-login")).exists();
    }

    /** By default HTTP listens on loopback only: the machine's other addresses refuse the connection. */
    @Test
    void theApiListensOnLoopbackByDefault() throws Exception {
        java.net.InetAddress external = null;
        for (java.net.NetworkInterface ni : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            for (java.net.InetAddress a : java.util.Collections.list(ni.getInetAddresses())) {
                if (!a.isLoopbackAddress() && a instanceof java.net.Inet4Address) {
                    external = a;
                }
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(external != null, "this machine has no address but loopback");
        try (java.net.Socket s = new java.net.Socket()) {
            java.net.InetAddress target = external;
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.connect(new java.net.InetSocketAddress(target, port), 2000))
                    .isInstanceOf(java.io.IOException.class);
        }
        assertThat(get("/api/v1/documents/" + DIRECTIVE_33).status()).isEqualTo(200);
    }

    @Test
    void namesAreNeverCutAndANormalisedNameIsAnsweredAsStored() throws Exception {
        String text = "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.";
        String longName = "x".repeat(300) + ".txt";
        assertProblem(postText(longName, text), 400, "at most 255 characters");
        assertProblem(postText("a\u0000b.txt", text), 400, "control characters");
        Answer stored = postText("names//plan-1.txt", "KẾ HOẠCH\n" + text);
        assertThat(stored.status()).as(stored.body()).isIn(200, 201);
        assertThat(stored.json().get("file").asString()).isEqualTo("names/plan-1.txt");
        assertThat(stored.json().get("document").isNull()).as(stored.body()).isFalse();
    }

    /**
     * Wrong logins from another client lock user neo4j for a few seconds; the service logs in as its own
     * user, so it goes on answering. (Were it locked out, it would answer 503 with Retry-After, never 500.)
     */
    @Test
    void anotherClientsWrongPasswordsCannotLockTheServiceOut() throws Exception {
        URI bolt = graph.embedded().boltUri();
        for (int i = 0; i < 6; i++) {
            try (org.neo4j.driver.Driver wrong = org.neo4j.driver.GraphDatabase.driver(bolt,
                    org.neo4j.driver.AuthTokens.basic("neo4j", "not-the-password-" + i))) {
                wrong.verifyConnectivity();
            } catch (RuntimeException expected) {
                // refused, as it must be
            }
        }
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Answer a = get("/api/v1/documents/" + DIRECTIVE_33);
            statuses.add(a.status());
            if (a.status() == 503) {
                assertThat(a.contentType()).startsWith("application/problem+json");
                assertThat(a.json().get("detail").asString()).contains("try again");
            }
        }
        assertThat(statuses).containsOnly(200);
        // User neo4j is locked indeed: its right password is refused for now (the lock lasts seconds).
        String password = graph.embedded().password();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
            try (org.neo4j.driver.Driver right = org.neo4j.driver.GraphDatabase.driver(bolt,
                    org.neo4j.driver.AuthTokens.basic("neo4j", password))) {
                right.verifyConnectivity();
            }
        }).isInstanceOf(org.neo4j.driver.exceptions.SecurityException.class);
        assertThat(graph.embedded().serviceLogin().user()).isNotEqualTo("neo4j");
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        int status;
        do {
            Thread.sleep(500);
            status = get("/api/v1/documents/" + DIRECTIVE_33).status();
        } while (status != 200 && System.nanoTime() < until);
        assertThat(status).isEqualTo(200);
    }

    // ------------------------------------------------------------------ documentation and operations

    @Test
    void theApiIsDescribedAndHealthIsReported() throws Exception {
        Answer docs = get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        List<String> paths = new ArrayList<>();
        docs.json().get("paths").propertyNames().forEach(paths::add);
        assertThat(paths).contains("/api/v1/documents", "/api/v1/dependencies", "/api/v1/superseded-references",
                "/api/v1/relations/import", "/api/v1/stats", "/api/v1/extract",
                "/api/v1/documents/vn/{jurisdiction}/{issuer}/{docType}/{year}/{number}/dependencies",
                "/api/v1/documents/vn/{jurisdiction}/{issuer}/{docType}/{year}/{number}/implementers",
                "/api/v1/document", "/api/v1/document/dependencies", "/api/v1/document/implementers",
                "/api/v1/document/superseded-references");
        assertThat(get("/swagger-ui/index.html").status()).isEqualTo(200);
        Answer health = get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        // Details only for a caller with the key.
        assertThat(health.json().has("components")).isFalse();
        HttpResponse<String> detailed = http.send(HttpRequest.newBuilder(uri("/actuator/health")).header("X-API-Key", KEY)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode details = json.readTree(detailed.body());
        assertThat(details.get("components").get("neo4j").get("status").asString()).isEqualTo("UP");
        HttpResponse<String> wrongKey = http.send(HttpRequest.newBuilder(uri("/actuator/health")).header("X-API-Key", "nope")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json.readTree(wrongKey.body()).has("components")).isFalse();
    }

    /** The served description, checked by an independent validator (swagger-parser): no error, no warning. */
    @Test
    void theServedDescriptionValidates() throws Exception {
        Answer docs = get("/v3/api-docs");
        io.swagger.v3.parser.core.models.SwaggerParseResult parsed = new io.swagger.v3.parser.OpenAPIV3Parser()
                .readContents(docs.body(), null, null);
        assertThat(parsed.getMessages()).as("validator messages").isEmpty();
        assertThat(parsed.getOpenAPI().getPaths()).isNotEmpty();
        // One operation per question and form, each with a name a generated client can use as a method's.
        List<String> ids = new ArrayList<>();
        parsed.getOpenAPI().getPaths().forEach((path, item) -> item.readOperations().forEach(o -> ids.add(o.getOperationId())));
        assertThat(ids).doesNotHaveDuplicates().noneMatch(id -> id.matches(".*_\\d+")).contains("getDocument",
                "getDocumentByFile", "getDocumentById", "getDependencies", "getDependenciesById", "getImplementers",
                "getImplementersById", "getSupersededReferences", "getSupersededReferencesById", "searchDocuments");
        // Writes say they need the key, so that "Try it out" and generated clients send it.
        io.swagger.v3.oas.models.Operation ingest = parsed.getOpenAPI().getPaths().get("/api/v1/documents").getPost();
        assertThat(ingest.getSecurity()).anyMatch(r -> r.containsKey("apiKey"));
        assertThat(parsed.getOpenAPI().getPaths().get("/api/v1/relations/import").getPost().getSecurity())
                .anyMatch(r -> r.containsKey("apiKey"));
        // Every path parameter of a document's path is declared.
        io.swagger.v3.oas.models.Operation document = parsed.getOpenAPI().getPaths()
                .get("/api/v1/documents/vn/{jurisdiction}/{issuer}/{docType}/{year}/{number}/dependencies").getGet();
        assertThat(document.getParameters()).filteredOn(p -> "path".equals(p.getIn()))
                .extracting(io.swagger.v3.oas.models.parameters.Parameter::getName)
                .containsExactlyInAnyOrder("jurisdiction", "issuer", "docType", "year", "number");
        assertThat(document.getParameters()).filteredOn(p -> "query".equals(p.getIn()))
                .extracting(io.swagger.v3.oas.models.parameters.Parameter::getName)
                .contains("transitive", "type", "relations", "depth", "offset", "limit");
        // Bounds come from the handlers' constraints (Bean Validation), the same that check the requests.
        io.swagger.v3.oas.models.parameters.Parameter limit = document.getParameters().stream()
                .filter(p -> "limit".equals(p.getName())).findFirst().orElseThrow();
        assertThat(limit.getSchema().getMinimum()).isEqualByComparingTo("1");
        assertThat(limit.getSchema().getMaximum()).isEqualByComparingTo("10000");
        // Every error answer is described, as problem+json; the special answers too.
        parsed.getOpenAPI().getPaths().forEach((path, item) -> item.readOperations().forEach(o -> {
            assertThat(o.getResponses()).as(path).containsKeys("400", "500", "503");
            o.getResponses().forEach((code, answer) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    assertThat(answer.getContent()).as(path + " " + code).containsOnlyKeys("application/problem+json");
                }
            });
        }));
        assertThat(parsed.getOpenAPI().getPaths().get("/api/v1/documents/lookup").getGet().getResponses())
                .containsKeys("300", "404");
        assertThat(ingest.getOperationId()).isEqualTo("ingestDocument");
        assertThat(ingest.getResponses()).containsKeys("201", "401", "413", "415", "422");
        assertThat(ingest.getRequestBody().getContent()).containsKeys("multipart/form-data", "application/json");
        // JSON first (what a generated client asks for), then the exports of the same path.
        assertThat(parsed.getOpenAPI().getPaths().get("/api/v1/document").getGet().getResponses().get("200")
                .getContent()).containsOnlyKeys("application/json", "application/ld+json");
        assertThat(parsed.getOpenAPI().getPaths().get("/api/v1/document/implementers").getGet().getResponses()
                .get("200").getContent().keySet()).containsExactly("application/json", "text/csv",
                TableExport.XLSX, "application/graphml+xml");
    }

    static final java.nio.file.Path DESCRIPTION = java.nio.file.Path.of("src/test/resources/openapi/lexgraph-v1.json");

    /**
     * The Java client that {@code GeneratedClientTest} uses is generated at build time from a committed copy of
     * the description (the served one does not exist before the service runs): that copy must be what the
     * service serves. After a change of the API, refresh it with {@code mvn test -Dtest=ApiTest
     * -Dlexgraph.write-description=true} and commit it.
     */
    @Test
    void theCommittedDescriptionIsTheServedOne() throws Exception {
        tools.jackson.databind.node.ObjectNode served = (tools.jackson.databind.node.ObjectNode) get("/v3/api-docs").json();
        served.remove("servers"); // the test's random port
        if (Boolean.getBoolean("lexgraph.write-description")) {
            java.nio.file.Files.createDirectories(DESCRIPTION.getParent());
            java.nio.file.Files.writeString(DESCRIPTION, json.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");
        }
        assertThat(json.readTree(java.nio.file.Files.readString(DESCRIPTION)))
                .as("the committed description %s differs from the served one: refresh it (see this test)", DESCRIPTION)
                .isEqualTo(served);
    }

    @Test
    void codesCarryTheirVietnameseLabels() throws Exception {
        JsonNode directive = get("/api/v1/documents/" + DIRECTIVE_33).json();
        assertThat(directive.get("document").get("type").asString()).isEqualTo("CHI_THI");
        assertThat(directive.get("document").get("typeLabel").asString()).isEqualTo("Chỉ thị");
        JsonNode implementsIt = null;
        for (JsonNode r : directive.get("incoming")) {
            if ("IMPLEMENTS".equals(r.get("relation").asString())) {
                implementsIt = r;
            }
        }
        assertThat(implementsIt).isNotNull();
        assertThat(implementsIt.get("relationLabel").asString()).isEqualTo("Thực hiện");
        JsonNode tree = get("/api/v1/documents/" + DIRECTIVE_33 + "/implementers").json();
        assertThat(tree.get("implementers").get(0).get("relationLabel").asString()).isEqualTo("Thực hiện");
        String plan = get("/api/v1/documents/lookup?symbol=" + enc("2599/KH-SKHCN")).json().get("id").asString();
        JsonNode deps = get("/api/v1/documents/" + plan + "/dependencies").json().get("dependencies");
        assertThat(deps.get(0).get("relationLabels").get(0).asString()).isNotBlank();
        // The labels are in the description too, so generated clients have them.
        JsonNode schemas = get("/v3/api-docs").json().get("components").get("schemas");
        assertThat(schemas.get("DocumentSummary").get("properties").has("typeLabel")).isTrue();
        assertThat(schemas.get("RelationView").get("properties").has("relationLabel")).isTrue();
    }

    @Test
    void documentReadsCarryAnETagAndAnswer304WhileUnchanged() throws Exception {
        HttpResponse<String> first = http.send(HttpRequest.newBuilder(uri("/api/v1/documents/" + DIRECTIVE_33)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(uri("/api/v1/documents/" + DIRECTIVE_33))
                .header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        HttpResponse<String> byId = http.send(HttpRequest.newBuilder(uri("/api/v1/document?id=" + enc(DIRECTIVE_33)))
                .header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(byId.statusCode()).isEqualTo(304);
    }

    @Test
    void onlyTheConfiguredOriginsMayCallFromABrowser() throws Exception {
        for (String origin : List.of("https://tools.example.org", "https://elsewhere.example.com")) {
            HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(uri("/api/v1/documents"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "x-api-key,content-type").build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean allowed = origin.contains("tools");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(origin)
                    .isEqualTo(allowed ? java.util.Optional.of(origin) : java.util.Optional.empty());
            if (!allowed) {
                assertThat(preflight.statusCode()).isEqualTo(403);
            }
        }
    }

    /** The Accept header asks for an export as format= does; a client that accepts JSON or anything gets JSON. */
    @Test
    void exportsAreNegotiatedByTheAcceptHeader() throws Exception {
        HttpResponse<String> csv = http.send(HttpRequest.newBuilder(uri("/api/v1/superseded-references"))
                .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFseverity,citing_id");
        HttpResponse<byte[]> xlsx = http.send(HttpRequest.newBuilder(uri("/api/v1/document/implementers?id="
                + enc(DIRECTIVE_33))).header("Accept", TableExport.XLSX + ", application/json;q=0.5").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).startsWith(TableExport.XLSX);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("depth");
        }
        HttpResponse<String> table = http.send(HttpRequest.newBuilder(uri("/api/v1/dependencies?of=KE_HOACH"))
                .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(table.body()).startsWith("\uFEFFid,symbol,type").contains("2599/KH-SKHCN");
        // JSON first, or equal to CSV but first: JSON. A query's format= wins over the header.
        for (String accept : List.of("application/json, text/csv", "*/*", "text/csv;q=0.4, application/json")) {
            HttpResponse<String> a = http.send(HttpRequest.newBuilder(uri("/api/v1/superseded-references"))
                    .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(a.headers().firstValue("Content-Type").orElse("")).as(accept).startsWith("application/json");
        }
        HttpResponse<String> asked = http.send(HttpRequest.newBuilder(uri("/api/v1/superseded-references?format=csv"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(asked.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        // A media type this path does not offer is 406, as problem+json.
        Answer graphml = send(HttpRequest.newBuilder(uri("/api/v1/superseded-references"))
                .header("Accept", "application/graphml+xml").GET().build());
        assertThat(graphml.status()).isEqualTo(406);
    }

    /** An implementer tree as GraphML: every document of the tree a node, every implementer an edge to its parent. */
    @Test
    void implementerTreesOpenInGraphTools() throws Exception {
        HttpResponse<byte[]> graphml = http.send(HttpRequest.newBuilder(uri("/api/v1/document/implementers?id="
                + enc(DIRECTIVE_33))).header("Accept", "application/graphml+xml").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(graphml.headers().firstValue("Content-Type").orElse("")).startsWith("application/graphml+xml");
        org.w3c.dom.Document graph = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(graphml.body()));
        JsonNode tree = get("/api/v1/document/implementers?transitive=true&id=" + enc(DIRECTIVE_33)).json();
        int implementers = tree.get("count").asInt();
        assertThat(implementers).isGreaterThan(0);
        assertThat(graph.getElementsByTagName("node").getLength()).isEqualTo(implementers + 1);
        assertThat(graph.getElementsByTagName("edge").getLength()).isEqualTo(implementers);
        // Each edge goes from the implementer to the document it implements; the directive is only ever a target.
        var edges = graph.getElementsByTagName("edge");
        for (int i = 0; i < edges.getLength(); i++) {
            var e = (org.w3c.dom.Element) edges.item(i);
            assertThat(e.getAttribute("source")).isNotEqualTo(DIRECTIVE_33);
        }
        assertThat(new String(graphml.body(), StandardCharsets.UTF_8)).contains(">2599/KH-SKHCN<", ">Thực hiện<");
    }

    /**
     * A document as JSON-LD, expanded by an independent processor: its relations are ELI's properties where ELI
     * has one, lexgraph's own otherwise, and nothing else in ELI's namespace.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aDocumentIsLinkedDataInEliTerms() throws Exception {
        String plan = get("/api/v1/documents/lookup?symbol=" + enc("2599/KH-SKHCN")).json().get("id").asString();
        HttpResponse<String> ld = http.send(HttpRequest.newBuilder(uri("/api/v1/document?id=" + enc(plan)))
                .header("Accept", "application/ld+json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ld.statusCode()).isEqualTo(200);
        assertThat(ld.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        Object expanded = com.github.jsonldjava.core.JsonLdProcessor.expand(
                com.github.jsonldjava.utils.JsonUtils.fromString(ld.body()));
        Map<String, Object> node = (Map<String, Object>) ((List<Object>) expanded).get(0);
        String eli = "http://data.europa.eu/eli/ontology#";
        assertThat(node.get("@id")).asString().endsWith("/api/v1/documents/" + plan);
        assertThat(node.get("@type")).asString().contains(eli + "LegalResource");
        assertThat(node.get(eli + "id_local").toString()).contains("2599/KH-SKHCN");
        assertThat(node.get(eli + "date_document").toString()).contains("http://www.w3.org/2001/XMLSchema#date");
        assertThat(node.get(eli + "ensures_implementation_of").toString()).contains("/chi-thi/2021/33");
        // The properties ELI defines that the export may use; anything else of ELI's namespace would be invented.
        Set<String> eliTerms = Set.of("LegalResource", "LegalExpression", "id_local", "date_document",
                "date_no_longer_in_force", "type_document", "jurisdiction", "is_realized_by", "title", "language",
                "cites", "based_on", "amends", "repeals", "ensures_implementation_of");
        String all = com.github.jsonldjava.utils.JsonUtils.toString(expanded);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(eli) + "(\\w+)")
                .matcher(all);
        while (m.find()) {
            assertThat(eliTerms).as("ELI term").contains(m.group(1));
        }
        // The directive, seen from the other side: the plan ensures its implementation (JSON-LD's @reverse).
        HttpResponse<String> directive = http.send(HttpRequest.newBuilder(uri("/api/v1/document?format=jsonld&id="
                + enc(DIRECTIVE_33))).GET().build(), HttpResponse.BodyHandlers.ofString());
        Map<String, Object> d = (Map<String, Object>) com.github.jsonldjava.core.JsonLdProcessor.expand(
                com.github.jsonldjava.utils.JsonUtils.fromString(directive.body())).get(0);
        assertThat(((Map<String, Object>) d.get("@reverse")).get(eli + "ensures_implementation_of").toString())
                .contains(plan);
        // The plain JSON answer of the same path is unchanged.
        assertThat(get("/api/v1/document?id=" + enc(plan)).json().get("document").get("symbol").asString())
                .isEqualTo("2599/KH-SKHCN");
    }

    /** Problem details in Vietnamese when the request prefers it; English otherwise, as before. */
    @Test
    void problemsSpeakVietnameseWhenAsked() throws Exception {
        Answer unknown = send(HttpRequest.newBuilder(uri("/api/v1/documents/vn/central/ttg/chi-thi/1999/12345"))
                .header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5").GET().build());
        assertProblem(unknown, 404, "không có văn bản nào có mã vn/central/ttg/chi-thi/1999/12345");
        assertThat(unknown.json().get("title").asString()).isEqualTo("Không tìm thấy");
        assertThat(unknown.json().get("type").asString()).endsWith("/not-found");
        Answer badType = send(HttpRequest.newBuilder(uri("/api/v1/documents?type=PLAN"))
                .header("Accept-Language", "vi").GET().build());
        assertProblem(badType, 400, "tham số 'type' phải là một trong HIEN_PHAP");
        assertThat(badType.json().get("title").asString()).isEqualTo("Tham số không hợp lệ");
        Answer tooBig = send(HttpRequest.newBuilder(uri("/api/v1/documents?size=0"))
                .header("Accept-Language", "vi").GET().build());
        assertProblem(tooBig, 400, "size phải lớn hơn hoặc bằng 1, không phải 0");
        Answer keyless = send(HttpRequest.newBuilder(uri("/api/v1/documents")).header("Accept-Language", "vi")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertProblem(keyless, 401, "yêu cầu này cần khóa API trong tiêu đề X-API-Key");
        // Spring MVC's own problems too: a missing parameter, a method the path does not take.
        Answer missing = send(HttpRequest.newBuilder(uri("/api/v1/documents/lookup")).header("Accept-Language", "vi")
                .GET().build());
        assertProblem(missing, 400, "Thiếu tham số bắt buộc 'symbol'");
        Answer method = send(HttpRequest.newBuilder(uri("/api/v1/stats")).header("Accept-Language", "vi")
                .DELETE().build());
        assertProblem(method, 405, "Phương thức 'DELETE' không được hỗ trợ");
        // English when English comes first, when the header is absent, or names neither language.
        for (String language : List.of("en-US,vi;q=0.8", "fr", "")) {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri("/api/v1/documents/vn/central/ttg/chi-thi/1999/12345"));
            if (!language.isEmpty()) {
                b.header("Accept-Language", language);
            }
            Answer a = send(b.GET().build());
            assertProblem(a, 404, "no document with id");
            assertThat(a.json().get("title").asString()).as(language).isEqualTo("Not found");
        }
        assertProblem(send(HttpRequest.newBuilder(uri("/api/v1/documents/lookup")).header("Accept-Language", "en")
                .GET().build()), 400, "Required parameter 'symbol' is not present");
    }

    @Test
    void treesAndReportsDownloadAsSpreadsheetsAndGraphs() throws Exception {
        // The implementer tree as CSV and as XLSX, read back as a spreadsheet program would.
        Answer csv = get("/api/v1/document/implementers?format=csv&id=" + enc(DIRECTIVE_33));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFdepth,id,parent_id,type,type_label,symbol,date,issuer,jurisdiction,"
                + "relation,relation_label,purpose,title");
        assertThat(lines.subList(1, lines.size())).anyMatch(l -> l.startsWith("1,") && l.contains("2599/KH-SKHCN")
                && l.contains("," + DIRECTIVE_33 + ",") && l.contains("Thực hiện"));
        HttpResponse<byte[]> xlsx = http.send(HttpRequest.newBuilder(uri("/api/v1/document/implementers?format=xlsx&id="
                + enc(DIRECTIVE_33))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.body()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("symbol");
            assertThat(sheet.getLastRowNum()).isEqualTo(lines.size() - 1);
            List<String> symbols = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Cell c = sheet.getRow(r).getCell(5);
                symbols.add(c == null ? null : c.getStringCellValue());
                assertThat(sheet.getRow(r).getCell(0).getNumericCellValue()).isGreaterThanOrEqualTo(1);
            }
            assertThat(symbols).contains("2599/KH-SKHCN");
        }
        // The JSON answer of the same path stays the default.
        Answer json = get("/api/v1/document/implementers?id=" + enc(DIRECTIVE_33));
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.json().get("implementers").isArray()).isTrue();
        // The dependency table, every row: the plan of seed 004 depends on the directive.
        Answer table = get("/api/v1/dependencies?format=csv");
        assertThat(table.body().lines().findFirst().orElse("")).isEqualTo("\uFEFFid,symbol,type,type_label,date,"
                + "jurisdiction,issuer,depends_on_id,depends_on_symbol,depends_on_type,depends_on_date,"
                + "depends_on_jurisdiction,relations");
        assertThat(table.body().lines()).anyMatch(l -> l.contains("2599/KH-SKHCN") && l.contains(DIRECTIVE_33)
                && l.contains("IMPLEMENTS"));
        // The superseded-reference report of a province, every page of it.
        Answer report = get("/api/v1/superseded-references?format=csv&jurisdiction=quang-tri");
        assertThat(report.body()).startsWith("\uFEFFseverity,citing_id,citing_symbol,citing_date,relation,quote");
        // A document's dependency graph as GraphML, read with an XML parser: every dependency a node and an edge.
        String plan = get("/api/v1/documents/lookup?symbol=" + enc("2599/KH-SKHCN")).json().get("id").asString();
        HttpResponse<byte[]> graphml = http.send(HttpRequest.newBuilder(uri("/api/v1/document/dependencies?format=graphml&id="
                + enc(plan))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(graphml.headers().firstValue("Content-Type").orElse("")).startsWith("application/graphml+xml");
        org.w3c.dom.Document graph = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(graphml.body()));
        int dependencies = get("/api/v1/document/dependencies?transitive=true&limit=10000&id=" + enc(plan)).json()
                .get("count").asInt();
        assertThat(graph.getElementsByTagName("node").getLength()).isEqualTo(dependencies + 1);
        assertThat(graph.getElementsByTagName("edge").getLength()).isEqualTo(dependencies);
        assertThat(new String(graphml.body(), java.nio.charset.StandardCharsets.UTF_8)).contains(">33/CT-TTg<", ">Thực hiện<");
        // A format no answer has is refused with a problem, not a stack trace.
        Answer pdf = get("/api/v1/document/implementers?format=pdf&id=" + enc(DIRECTIVE_33));
        assertProblem(pdf, 400, "format must be one of csv, xlsx, graphml here, not 'pdf'");
        assertThat(pdf.json().get("validValues").toString()).isEqualTo("[\"csv\",\"xlsx\",\"graphml\"]");
        // A client that accepts anything still gets JSON.
        HttpResponse<String> any = http.send(HttpRequest.newBuilder(uri("/api/v1/document/dependencies?id=" + enc(plan)))
                .header("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(any.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    }

    @Test
    void aDocumentIdInOneParameterAnswersAsItsPath() throws Exception {
        Answer byPath = get("/api/v1/documents/" + DIRECTIVE_33);
        Answer byId = get("/api/v1/document?id=" + enc(DIRECTIVE_33));
        assertThat(byId.status()).isEqualTo(200);
        assertThat(byId.json()).isEqualTo(byPath.json());
        assertThat(get("/api/v1/document/implementers?transitive=true&id=" + enc(DIRECTIVE_33)).json())
                .isEqualTo(get("/api/v1/documents/" + DIRECTIVE_33 + "/implementers?transitive=true").json());
        String plan = get("/api/v1/documents/lookup?symbol=" + enc("2599/KH-SKHCN")).json().get("id").asString();
        assertThat(get("/api/v1/document/dependencies?transitive=true&limit=3&id=" + enc(plan)).json())
                .isEqualTo(get("/api/v1/documents/" + plan + "/dependencies?transitive=true&limit=3").json());
        assertThat(get("/api/v1/document/superseded-references?id=" + enc(plan)).status()).isEqualTo(200);
        assertProblem(get("/api/v1/document?id=" + enc("central/ttg/chi-thi/2021/33")), 400, "vn/");
        assertProblem(get("/api/v1/document?id=" + enc("vn/central/ttg/chi-thi/2021/99999")), 404, "no document");
        assertProblem(get("/api/v1/document/dependencies?id=" + enc(plan) + "&limit=0"), 400, "limit");
        assertProblem(get("/api/v1/document/dependencies?id=" + enc(plan) + "&depth=abc"), 400, "depth must be a whole number");
        assertProblem(get("/api/v1/document/implementers?id=" + enc(plan) + "&limit=50001"), 400, "limit");
        assertProblem(get("/api/v1/documents?size=0"), 400, "size");
    }
}
