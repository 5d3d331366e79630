package dev.lexgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lexgraph.app.LexgraphApplication;
import dev.lexgraph.graph.EmbeddedNeo4j;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service against a second database instance reached by a {@code neo4j://} URI, as a cluster or Aura is:
 * the driver then routes every transaction by its access mode, from the routing table the server gives. The seeds
 * go in through write transactions and the mission's questions come back through read transactions, with no
 * other change than the URI.
 */
@SpringBootTest(classes = LexgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lexgraph.neo4j.user=neo4j", "lexgraph.answer-cache.time-to-live=1s"})
class RoutingUriTest {

    @TempDir
    static Path dir;

    static EmbeddedNeo4j server;

    @DynamicPropertySource
    static void routedServer(DynamicPropertyRegistry registry) {
        server = EmbeddedNeo4j.start(dir.resolve("server"), 0, "server-password-2");
        registry.add("lexgraph.data-dir", () -> dir.resolve("data").toString());
        registry.add("lexgraph.neo4j.uri", () -> "neo4j://" + server.boltUri().getHost() + ":" + server.boltUri().getPort());
        registry.add("lexgraph.neo4j.password", () -> "server-password-2");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    @Test
    void theMissionsQuestionsAreAnsweredThroughARoutingUri() throws Exception {
        assertThat(get("/api/v1/stats").get("ingested").asInt()).isEqualTo(5); // the seeds, written on first start
        String plan = get("/api/v1/documents/lookup?symbol=" + URLEncoder.encode("2599/KH-SKHCN", StandardCharsets.UTF_8))
                .get("id").asString();
        JsonNode dependencies = get("/api/v1/document/dependencies?transitive=true&id=" + plan);
        assertThat(dependencies.get("dependencies").toString()).contains("33/CT-TTg");
        JsonNode implementers = get("/api/v1/documents/vn/central/ttg/chi-thi/2021/33/implementers");
        assertThat(implementers.get("implementers").toString()).contains("2599/KH-SKHCN");
        assertThat(get("/api/v1/superseded-references").get("items").isArray()).isTrue();
    }
}
