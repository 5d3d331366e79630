package dev.lexgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lexgraph.app.LexgraphApplication;
import dev.lexgraph.client.ApiClient;
import dev.lexgraph.client.ApiException;
import dev.lexgraph.client.api.DocumentsApi;
import dev.lexgraph.client.api.IngestionApi;
import dev.lexgraph.client.model.DependencyList;
import dev.lexgraph.client.model.DocumentSummary;
import dev.lexgraph.client.model.ImplementerNode;
import dev.lexgraph.client.model.ImplementerTree;
import dev.lexgraph.client.model.Ingested;
import dev.lexgraph.client.model.SupersededReference;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The mission's questions asked as another team would: only through the Java client that the build
 * generates from the API's description (openapi-generator, {@code src/test/resources/openapi}), against the
 * running service on the seeds.
 */
@SpringBootTest(classes = LexgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lexgraph.bolt.port=0", "lexgraph.api-key=" + GeneratedClientTest.KEY})
class GeneratedClientTest {

    static final String KEY = "client-key-7";

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("lexgraph.data-dir", () -> dir.resolve("data").toString());
    }

    @LocalServerPort
    int port;

    DocumentsApi documents;
    IngestionApi ingestion;

    @BeforeEach
    void client() {
        ApiClient client = new ApiClient().setHost("127.0.0.1").setPort(port).setScheme("http");
        documents = new DocumentsApi(client);
        ApiClient withKey = new ApiClient().setHost("127.0.0.1").setPort(port).setScheme("http")
                .setRequestInterceptor(request -> request.header("X-API-Key", KEY));
        ingestion = new IngestionApi(withKey);
    }

    private DocumentSummary lookup(String symbol) throws ApiException {
        return documents.lookupDocument(symbol, null, null);
    }

    @Test
    void whatThePlanDependsOnReachesTheDirective() throws ApiException {
        DocumentSummary plan = lookup("2599/KH-SKHCN");
        DependencyList deps = documents.getDependenciesById(plan.getId(), true, null, null, null, null, null, null, null);
        assertThat(deps.getDependencies()).extracting(d -> d.getDocument().getSymbol()).contains("33/CT-TTg");
        assertThat(deps.getDependencies()).filteredOn(d -> Boolean.TRUE.equals(d.getPurpose()))
                .extracting(d -> d.getDocument().getSymbol()).containsExactly("67/KH-UBND");
    }

    @Test
    void whoImplementsTheDirectiveAreBothPlansOfQuangNgai() throws ApiException {
        DocumentSummary directive = lookup("33/CT-TTg");
        assertThat(directive.getTypeLabel()).isEqualTo("Chỉ thị");
        String[] part = directive.getId().split("/"); // vn/central/ttg/chi-thi/2021/33
        ImplementerTree tree = documents.getImplementers(part[1], part[2], part[3], part[4], part[5], true, null, null, null);
        assertThat(tree.getImplementers()).extracting(ImplementerNode::getDocument)
                .extracting(DocumentSummary::getSourceFile)
                .contains("seeds/002_5207f276778dc924.txt", "seeds/004_0ba18ee16d2a5f70.txt");
        assertThat(tree.getImplementers()).extracting(ImplementerNode::getRelationLabel).containsOnly("Thực hiện");
    }

    @Test
    void aReplacingDirectivePostedWithTheKeyMakesTheReportsReferenceSuperseded() throws Exception {
        File replacing = text("replacing-16.txt", "THỦ TƯỚNG CHÍNH PHỦ\nSố: 14/CT-TTg\nHà Nội, ngày 10 tháng 3 năm 2024\n"
                + "CHỈ THỊ\nVề công tác dân vận\nChỉ thị này thay thế Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng "
                + "Chính phủ.\n");
        Ingested stored = ingestion.ingestDocument(replacing, "replacing-16.txt");
        assertThat(stored.getStatus()).isEqualTo("ingested");
        DocumentSummary report = documents.searchDocuments(null, "BAO_CAO", null, "quang-tri", null, null, null, null, null)
                .getItems().get(0);
        List<SupersededReference> refs = documents.getSupersededReferencesById(report.getId(), null, null);
        assertThat(refs).anyMatch(r -> "16/CT-TTg".equals(r.getSuperseded().getSymbol())
                && r.getSupersessions().stream().anyMatch(s -> "14/CT-TTg".equals(s.getSupersededBy().getSymbol())));
        // Without the key the write is refused, as the description says.
        IngestionApi keyless = new IngestionApi(new ApiClient().setHost("127.0.0.1").setPort(port).setScheme("http"));
        ApiException refused = catchThrowableOfType(ApiException.class, () -> keyless.ingestDocument(replacing, "x.txt"));
        assertThat(refused.getCode()).isEqualTo(401);
    }

    @Test
    void aSymbolOfSeveralProvincesAnswers300WithItsCandidates() throws Exception {
        for (String province : List.of("Lào Cai", "Điện Biên")) {
            String upper = province.toUpperCase(java.util.Locale.ROOT);
            ingestion.ingestDocument(text("kh-" + province.hashCode() + ".txt", "UBND TỈNH " + upper + "\nSố: 77/KH-UBND\n"
                    + province + ", ngày 02 tháng 3 năm 2025\nKẾ HOẠCH\nCông tác dân vận năm 2025\n"), null);
        }
        ApiException ambiguous = catchThrowableOfType(ApiException.class, () -> lookup("77/KH-UBND"));
        assertThat(ambiguous.getCode()).isEqualTo(300);
        assertThat(ambiguous.getResponseBody()).contains("candidates", "lao-cai", "dien-bien");
        assertThat(documents.lookupDocument("77/KH-UBND", "lao-cai", 2025).getJurisdiction()).isEqualTo("lao-cai");
    }

    private static File text(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p.toFile();
    }
}
