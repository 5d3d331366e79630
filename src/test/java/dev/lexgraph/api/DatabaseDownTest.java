package dev.lexgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lexgraph.app.LexgraphApplication;
import dev.lexgraph.graph.EmbeddedNeo4j;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service on a database of its own that goes away (a server stopped, a network cut): while it is gone,
 * health says DOWN and every read is a 503 with Retry-After, never a 500.
 */
@SpringBootTest(classes = LexgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lexgraph.seed-on-first-start=false", "lexgraph.neo4j.user=neo4j"})
class DatabaseDownTest {

    @TempDir
    static Path dir;

    /** Stands for an external server: the service reaches it by its bolt:// URI only. */
    static EmbeddedNeo4j server;

    @DynamicPropertySource
    static void externalServer(DynamicPropertyRegistry registry) {
        server = EmbeddedNeo4j.start(dir.resolve("server"), 0, "server-password-1");
        registry.add("lexgraph.data-dir", () -> dir.resolve("data").toString());
        registry.add("lexgraph.neo4j.uri", () -> server.boltUri().toString());
        registry.add("lexgraph.neo4j.password", () -> "server-password-1");
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

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIsDownAndReadsAre503WhileTheDatabaseIsGone() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/stats").statusCode()).isEqualTo(200);

        server.close();
        server = null;

        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"status\":\"DOWN\"");
        HttpResponse<String> read = get("/api/v1/stats");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(503);
        assertThat(read.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(read.headers().firstValue("Retry-After")).isPresent();
        assertThat(read.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
