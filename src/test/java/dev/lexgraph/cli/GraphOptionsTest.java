package dev.lexgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lexgraph.graph.GraphConnection;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The commands find the graph through the service's own settings, bound the same way (system properties here,
 * environment variables in use), and their options override them.
 */
class GraphOptionsTest {

    @AfterEach
    void clear() {
        System.clearProperty("lexgraph.data-dir");
        System.clearProperty("lexgraph.bolt.port");
        System.clearProperty("lexgraph.bolt.password");
        System.clearProperty("lexgraph.neo4j.uri");
        System.clearProperty("lexgraph.neo4j.password");
    }

    @Test
    void theServicesSettingsAreTheCommandsDefaults() {
        // System properties come before environment variables, so a LEXGRAPH_* of the machine does not interfere.
        System.setProperty("lexgraph.data-dir", "/srv/lexgraph");
        System.setProperty("lexgraph.bolt.port", "7999");
        System.setProperty("lexgraph.bolt.password", "bolt-secret");
        GraphConnection.Settings embedded = new GraphOptions().settings();
        assertThat(embedded.dataDir()).isEqualTo(Path.of("/srv/lexgraph"));
        assertThat(embedded.boltPort()).isEqualTo(7999);
        assertThat(embedded.password()).isEqualTo("bolt-secret");

        // An external server: its URI and its password, as the service takes them.
        System.setProperty("lexgraph.neo4j.uri", "neo4j://graph.example.org:7687");
        System.setProperty("lexgraph.neo4j.password", "server-secret");
        GraphConnection.Settings external = new GraphOptions().settings();
        assertThat(external.uri()).isEqualTo("neo4j://graph.example.org:7687");
        assertThat(external.password()).isEqualTo("server-secret");

        // An option wins over the settings.
        GraphOptions options = new GraphOptions();
        options.dataDir = Path.of("/tmp/other");
        options.uri = "bolt://localhost:7688";
        assertThat(options.settings().dataDir()).isEqualTo(Path.of("/tmp/other"));
        assertThat(options.settings().uri()).isEqualTo("bolt://localhost:7688");
    }
}
