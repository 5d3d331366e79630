package dev.lexgraph.app;

import dev.lexgraph.graph.GraphConnection;
import dev.lexgraph.graph.Ingestor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * On the first start (no ingested file in the graph yet) the bundled sample documents are ingested, before
 * the web server opens its port, so the first request already sees them. Later starts change nothing.
 */
@Component
class SeedsOnFirstStart implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SeedsOnFirstStart.class);
    static final String FOLDER = "seeds/";

    private final LexgraphProperties properties;
    private final GraphConnection graph;
    private final Ingestor ingestor;

    SeedsOnFirstStart(LexgraphProperties properties, GraphConnection graph, Ingestor ingestor) {
        this.properties = properties;
        this.graph = graph;
        this.ingestor = ingestor;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.seedOnFirstStart()) {
            return;
        }
        boolean empty = graph.read("MATCH (f:File) RETURN count(f) = 0 AS empty", Map.of()).get(0).get("empty").asBoolean();
        if (!empty) {
            return;
        }
        String index = read(FOLDER + "index.txt");
        int n = 0;
        for (String name : index.lines().map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            Ingestor.FileOutcome o = ingestor.ingestText(FOLDER + name, read(FOLDER + name));
            log.info("First start: sample document {} {} ({} citations)", name, o.status(), o.citations());
            n++;
        }
        log.info("First start: {} sample documents ingested", n);
    }

    private static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled resource missing: " + resource, e);
        }
    }
}
