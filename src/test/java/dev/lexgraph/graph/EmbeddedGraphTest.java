package dev.lexgraph.graph;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real embedded Neo4j in a temporary folder, reached through Bolt with the driver as production does,
 * started once per test class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EmbeddedGraphTest {

    @TempDir
    static Path dir;

    GraphConnection graph;

    @BeforeAll
    void start() {
        graph = GraphConnection.open(new GraphConnection.Settings(null, null, null, dir.resolve("data"), 0));
    }

    @AfterAll
    void stop() {
        graph.close();
    }
}
