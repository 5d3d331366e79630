package dev.lexgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lexgraph.graph.RelationshipType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The explorer lists, names and colours every relationship type (its labels and colours are resources). */
class RelationKindsTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = RelationKindsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Properties messages(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RelationKindsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyTypeIsListedLabelledAndColoured() throws IOException {
        assertThat(ExplorerController.RELATION_ORDER).containsExactlyInAnyOrder(RelationshipType.values());
        Properties vietnamese = messages("/messages.properties");
        Properties english = messages("/messages_en.properties");
        String css = resource("/static/explorer/explorer.css");
        for (RelationshipType t : RelationshipType.values()) {
            assertThat(vietnamese.getProperty("relation." + t)).as(t.name()).isNotBlank();
            assertThat(english.getProperty("relation." + t)).as(t.name()).isNotBlank();
            assertThat(css).as(t.name()).contains(".rel-" + t + " {");
        }
    }
}
