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
@SpringBootTest(classes = {LexgraphApplication.class, RoutingUriTest.RecordAccessModes.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lexgraph.neo4j.user=neo4j", "lexgraph.answer-cache.time-to-live=1s"})
class RoutingUriTest {

    /**
     * The access mode of every transaction the service's driver begins, as the driver routes it: a transaction
     * function says it (executeRead, executeWrite), an explicit transaction or an auto-commit query takes its
     * session's default (Spring Data Neo4j opens a READ session for a read-only transaction).
     */
    static final java.util.List<String> MODES = new java.util.concurrent.CopyOnWriteArrayList<>();

    @org.springframework.boot.test.context.TestConfiguration
    static class RecordAccessModes {
        @org.springframework.context.annotation.Bean
        static org.springframework.beans.factory.config.BeanPostProcessor recordingDriver() {
            return new org.springframework.beans.factory.config.BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof org.neo4j.driver.Driver d ? recording(d) : bean;
                }
            };
        }
    }

    static org.neo4j.driver.Driver recording(org.neo4j.driver.Driver driver) {
        return (org.neo4j.driver.Driver) java.lang.reflect.Proxy.newProxyInstance(RoutingUriTest.class.getClassLoader(),
                new Class<?>[] {org.neo4j.driver.Driver.class}, (proxy, method, args) -> {
                    Object result = invoke(driver, method, args);
                    if (!method.getName().equals("session")) {
                        return result;
                    }
                    String mode = "WRITE"; // the driver's default
                    for (Object a : args == null ? new Object[0] : args) {
                        if (a instanceof org.neo4j.driver.SessionConfig c) {
                            mode = c.defaultAccessMode().name();
                        }
                    }
                    String sessionMode = mode;
                    Class<?>[] types = java.util.Arrays.stream(result.getClass().getInterfaces())
                            .filter(i -> i.getName().startsWith("org.neo4j.driver")).toArray(Class<?>[]::new);
                    return java.lang.reflect.Proxy.newProxyInstance(RoutingUriTest.class.getClassLoader(), types,
                            (sp, m, a) -> {
                                String n = m.getName();
                                if (n.startsWith("executeRead")) {
                                    MODES.add("READ");
                                } else if (n.startsWith("executeWrite")) {
                                    MODES.add("WRITE");
                                } else if (n.startsWith("beginTransaction") || n.equals("run") || n.equals("runAsync")) {
                                    MODES.add(sessionMode);
                                }
                                return invoke(result, m, a);
                            });
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

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
    void theMissionsQuestionsAreAnsweredThroughARoutingUriInReadTransactions() throws Exception {
        assertThat(get("/api/v1/stats").get("ingested").asInt()).isEqualTo(5); // the seeds, written on first start
        MODES.clear();
        String plan = get("/api/v1/documents/lookup?symbol=" + URLEncoder.encode("2599/KH-SKHCN", StandardCharsets.UTF_8))
                .get("id").asString();
        JsonNode dependencies = get("/api/v1/document/dependencies?transitive=true&id=" + plan);
        assertThat(dependencies.get("dependencies").toString()).contains("33/CT-TTg");
        JsonNode implementers = get("/api/v1/documents/vn/central/ttg/chi-thi/2021/33/implementers");
        assertThat(implementers.get("implementers").toString()).contains("2599/KH-SKHCN");
        assertThat(get("/api/v1/superseded-references").get("items").isArray()).isTrue();
        get("/api/v1/documents?q=" + URLEncoder.encode("khoa học", StandardCharsets.UTF_8));
        get("/api/v1/dependencies");
        // Every question went to the database in a read transaction: a cluster routes them all to followers.
        assertThat(MODES).isNotEmpty().containsOnly("READ");
        // and the record would have shown a write transaction of the service's driver
        try (var session = driver.session()) {
            session.executeWrite(tx -> tx.run("RETURN 1").consume());
        }
        assertThat(MODES).contains("WRITE");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.neo4j.driver.Driver driver;
}
