package dev.lexgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lexgraph.citation.Relation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The enum and the Cypher spell the same relationship types (Cypher cannot take them as parameters). */
class RelationshipTypeTest {

    /** The relationships that do not join two documents: files, bodies, ambiguous mentions, successions. */
    private static final Set<String> NOT_BETWEEN_DOCUMENTS = Set.of("CONTAINS", "ISSUED_BY", "CANDIDATE", "SUCCEEDED_BY");

    /** A relationship pattern's types: {@code [r:IMPLEMENTS|RESPONDS_TO}, {@code -[:CONTAINS]->}. */
    private static final Pattern TYPES = Pattern.compile("\\[\\w*:([A-Z_|]+)");

    private static String cypher(String file) throws IOException {
        try (InputStream in = RelationshipTypeTest.class.getResourceAsStream("/cypher/" + file)) {
            assertThat(in).as(file).isNotNull();
            // Comments left out: they may mention a type the statements do not use.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.strip().startsWith("//")).collect(Collectors.joining("\n"));
        }
    }

    @Test
    void theCypherNamesEveryTypeAndNoOther() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String file : new String[] {"schema.cypher", "ingest.cypher", "import.cypher", "queries.cypher"}) {
            Matcher m = TYPES.matcher(cypher(file));
            while (m.find()) {
                used.addAll(Arrays.asList(m.group(1).split("\\|")));
            }
        }
        Set<String> known = new TreeSet<>(NOT_BETWEEN_DOCUMENTS);
        Arrays.stream(RelationshipType.values()).map(Enum::name).forEach(known::add);
        assertThat(used).isEqualTo(known);
    }

    @Test
    void everyExtractedRelationIsStoredUnderTheTypeOfItsNameWithItsStatements() {
        for (Relation r : Relation.values()) {
            RelationshipType t = RelationshipType.of(r);
            assertThat(t.name()).isEqualTo(r.name());
            assertThat(CypherScripts.named("ingest.cypher")).containsKeys("upsert-" + t, "adopt-" + t);
        }
        assertThat(IngestBatch.RELATION_TYPES).hasSize(Relation.values().length);
    }

    @Test
    void everyImportedRelationHasItsStatement() {
        for (StatusImport.Kind k : StatusImport.Kind.values()) {
            if (k.relationship != null) {
                assertThat(CypherScripts.named("import.cypher")).containsKey("import-" + k.relationship.name());
            }
        }
    }

    @Test
    void namedFindsOnlyTypes() {
        for (RelationshipType t : RelationshipType.values()) {
            assertThat(RelationshipType.named(t.name())).isSameAs(t);
            assertThat(t.vietnameseLabel()).isNotBlank();
        }
        assertThat(RelationshipType.named("REPLACED")).isNull(); // a status, not a type
        assertThat(RelationshipType.named("implements")).isNull(); // the extractor's code, not the type's name
        assertThat(RelationshipType.named(null)).isNull();
    }
}
