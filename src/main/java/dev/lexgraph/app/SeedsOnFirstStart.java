package dev.lexgraph.app;

import dev.lexgraph.graph.GraphConnection;
import dev.lexgraph.graph.Ingestor;
import dev.lexgraph.text.SampleDocuments;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * On the first start (no ingested file in the graph yet) the bundled sample documents are ingested, before
 * the web server opens its port, so the first request already sees them. Later starts change nothing.
 */
@Component
class SeedsOnFirstStart implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SeedsOnFirstStart.class);

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
        int n = 0;
        for (SampleDocuments.Sample sample : SampleDocuments.all()) {
            Ingestor.FileOutcome o = ingestor.ingestText(SampleDocuments.FOLDER + sample.name(), sample.text());
            log.info("First start: sample document {} {} ({} citations)", sample.name(), o.status(), o.citations());
            n++;
        }
        log.info("First start: {} sample documents ingested", n);
        dev.lexgraph.graph.Reorganisation.succeedBodies(graph); // the successors of the bodies they name (provinces: at start)
    }
}
