package dev.lexgraph.app;

import dev.lexgraph.graph.GraphConnection;
import dev.lexgraph.graph.Ingestor;
import dev.lexgraph.graph.StatusImport;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The graph for the service: the embedded database (or an external one when {@code lexgraph.neo4j.uri}
 * is set) and the one driver that everything uses, Spring Data Neo4j included. Spring Boot's own driver
 * configuration backs off because a {@link Driver} bean exists.
 */
@Configuration(proxyBeanMethods = false)
class GraphConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GraphConfiguration.class);

    @Bean(destroyMethod = "close")
    GraphConnection graphConnection(LexgraphProperties p) {
        GraphConnection g = GraphConnection.open(p.graphSettings());
        if (g.embedded() != null) {
            log.info("Embedded Neo4j under {}; Bolt for other tools at {} (user neo4j)",
                    p.dataDir().resolve("neo4j").toAbsolutePath(), g.embedded().boltUri());
            if (g.embedded().passwordGenerated()) {
                log.warn("Bolt password of user neo4j, generated now and kept in {}: {}",
                        p.dataDir().resolve("neo4j").resolve("bolt-password"), g.embedded().password());
            }
        } else {
            log.info("Neo4j at {}", p.neo4j().uri());
        }
        return g;
    }

    /** The connection closes the driver; Spring must not close it a second time before the database. */
    @Bean(destroyMethod = "")
    Driver neo4jDriver(GraphConnection graph) {
        return graph.driver();
    }

    @Bean
    Ingestor ingestor(GraphConnection graph) {
        return new Ingestor(graph);
    }

    @Bean
    StatusImport statusImport(GraphConnection graph) {
        return new StatusImport(graph);
    }
}
