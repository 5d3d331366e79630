package dev.lexgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lexgraph.app.LexgraphApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code lexgraph.reads-require-key} set, every read needs the key: the API's, and the pages that tell
 * about the service (health with its database details, metrics, info, the OpenAPI description and its UI).
 */
@SpringBootTest(classes = LexgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lexgraph.bolt.port=0", "lexgraph.api-key=" + ReadsRequireKeyTest.KEY,
                "lexgraph.reads-require-key=true", "lexgraph.seed-on-first-start=false"})
class ReadsRequireKeyTest {

    static final String KEY = "reads-key-456";

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("lexgraph.data-dir", () -> dir.resolve("data").toString());
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String key) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (key != null) {
            b.header(ApiKeys.HEADER, key);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyReadNeedsTheKey() throws Exception {
        for (String path : List.of("/api/v1/stats", "/actuator/health", "/actuator/metrics", "/actuator/info",
                "/v3/api-docs", "/swagger-ui.html")) {
            HttpResponse<String> without = get(path, null);
            assertThat(without.statusCode()).as(path + ": " + without.body()).isEqualTo(401);
            assertThat(without.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(without.body()).doesNotContain("bolt://").doesNotContain(dir.toString());
            assertThat(get(path, "wrong").statusCode()).as(path).isEqualTo(401);
        }
        // An extraction stores nothing but costs as much as an ingestion: it needs the key too.
        HttpRequest extract = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/extract"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Thực hiện Chỉ thị số 33/CT-TTg.\"}")).build();
        assertThat(http.send(extract, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        HttpRequest extractWithKey = HttpRequest.newBuilder(extract.uri()).header("Content-Type", "application/json")
                .header(ApiKeys.HEADER, KEY)
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Thực hiện Chỉ thị số 33/CT-TTg.\"}")).build();
        assertThat(http.send(extractWithKey, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/stats", KEY).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health", KEY).statusCode()).isEqualTo(200);
        HttpResponse<String> docs = get("/v3/api-docs", KEY);
        assertThat(docs.statusCode()).isEqualTo(200);
        // The description says so: every operation, reads included, needs the key.
        io.swagger.v3.oas.models.OpenAPI api = new io.swagger.v3.parser.OpenAPIV3Parser()
                .readContents(docs.body(), null, null).getOpenAPI();
        api.getPaths().forEach((path, item) -> item.readOperations().forEach(o ->
                assertThat(o.getSecurity()).as(path).anyMatch(r -> r.containsKey("apiKey"))));
    }
}
