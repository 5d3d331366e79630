package dev.lexgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lexgraph.generate.CorpusGenerator;
import dev.lexgraph.graph.BulkLoader;
import dev.lexgraph.graph.GraphConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * A dependency walk that stops as soon as its page is complete, with the database counting the rest,
 * answers exactly what the walk to the end answers: the same total, and the page is the same slice of the
 * same order with the same chains. Checked on a generated corpus (deep, dense implementation chains)
 * loaded into a real embedded Neo4j and read through Bolt.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DependencyWalkTest {

    /** Larger than any walk of this graph finds, so that the walk goes to the end. */
    private static final int EVERYTHING = 1_000_000;

    @TempDir
    static Path dir;

    private GraphConnection graph;
    private DependencyRepository repository;
    private List<String> roots;

    @BeforeAll
    void load() throws Exception {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(5, 0.3, 3000).write(3000, corpus);
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        new BulkLoader(dir.resolve("db"), 2, 500).load(files, o -> { });
        graph = GraphConnection.open(new GraphConnection.Settings(null, null, null, dir.resolve("db"), 0));
        graph.awaitIndexes(Duration.ofMinutes(2));
        repository = new DependencyRepository(Neo4jClient.create(graph.driver()), graph.driver());
        // Plans and reports that implement something: the documents whose walks chain.
        roots = graph.read("""
                MATCH (d:Document)-[:IMPLEMENTS|RESPONDS_TO]->()
                WHERE d.type IN ['KE_HOACH', 'BAO_CAO']
                RETURN DISTINCT d.id AS id ORDER BY id LIMIT 40""", Map.of())
                .stream().map(r -> r.get("id").asString()).toList();
    }

    @AfterAll
    void stop() {
        if (graph != null) {
            graph.close();
        }
    }

    @Test
    void aWalkThatStopsWithItsPageCompleteAnswersWhatTheWholeWalkAnswers() {
        assertThat(roots).hasSize(40);
        int deep = 0;
        for (String root : roots) {
            for (String type : new String[] {null, "CHI_THI"}) {
                for (List<String> relations : List.of(DependencyRepository.DEPENDENCY_RELATIONS,
                        List.of("IMPLEMENTS", "BASED_ON", "RESPONDS_TO", "GUIDES"))) {
                    DependencyRepository.Walk whole = repository.dependencies(root, true, 12, type, relations, 0,
                            EVERYTHING);
                    assertThat(whole.root()).isNotNull();
                    assertThat(whole.total()).isEqualTo(whole.reached().size());
                    int maxDepth = whole.reached().stream().mapToInt(DependencyRepository.Reached::depth).max().orElse(0);
                    if (maxDepth >= 3) {
                        deep++; // a page of 1 is complete after the first level: this walk stops early
                    }
                    for (int limit : new int[] {1, 5, 40}) {
                        for (int offset : new int[] {0, 3, 17}) {
                            DependencyRepository.Walk page = repository.dependencies(root, true, 12, type, relations,
                                    offset, limit);
                            String what = root + " type " + type + " " + relations + " offset " + offset
                                    + " limit " + limit;
                            assertThat(page.total()).as(what).isEqualTo(whole.total());
                            List<DependencyRepository.Reached> expected = whole.reached().subList(
                                    Math.min(offset, whole.total()), Math.min(offset + limit, whole.total()));
                            assertThat(shown(page.reached())).as(what).isEqualTo(shown(expected));
                        }
                    }
                }
            }
        }
        assertThat(deep).as("walks deep enough to stop early").isGreaterThan(20);
    }

    @Test
    void aShallowerWalkIsNotCountedAsAFullOne() {
        for (String root : roots.subList(0, 10)) {
            DependencyRepository.Walk two = repository.dependencies(root, true, 2, null,
                    DependencyRepository.DEPENDENCY_RELATIONS, 0, 1);
            DependencyRepository.Walk whole = repository.dependencies(root, true, 2, null,
                    DependencyRepository.DEPENDENCY_RELATIONS, 0, EVERYTHING);
            assertThat(two.total()).as(root).isEqualTo(whole.reached().size());
            assertThat(whole.reached()).allMatch(r -> r.depth() <= 2);
        }
    }

    /** What a page shows of each document: its id, depth, chain and relations. */
    private static List<String> shown(List<DependencyRepository.Reached> reached) {
        List<String> out = new ArrayList<>();
        for (DependencyRepository.Reached r : reached) {
            out.add(r.document().id() + " " + r.depth() + " " + r.path() + " " + r.relations());
        }
        return out;
    }
}
