package dev.lexgraph.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lexgraph.citation.Citation;
import dev.lexgraph.citation.CitationExtractor;
import dev.lexgraph.citation.ExtractionResult;
import dev.lexgraph.citation.Relation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

    private static final Set<Relation> CHAINING = Set.of(Relation.IMPLEMENTS, Relation.BASED_ON, Relation.RESPONDS_TO);

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnotherOne() {
        List<String> a = texts(new CorpusGenerator(11, 0.3, 200), 200);
        assertThat(texts(new CorpusGenerator(11, 0.3, 200), 200)).isEqualTo(a);
        assertThat(texts(new CorpusGenerator(12, 0.3, 200), 200)).isNotEqualTo(a);
    }

    /**
     * The chains the scale tests walk run up the hierarchy: a report implements plans, a department plan
     * implements its province's documents or central ones, the Government implements the Party centre, never
     * sideways or down. The rank is read back from the extracted symbols, as the graph will see them.
     */
    @Test
    void implementationChainsRunUpTheHierarchyAndEveryRelationKindOccurs() {
        CorpusGenerator generator = new CorpusGenerator(5, 0.0, 1500);
        CitationExtractor extractor = new CitationExtractor();
        Map<Relation, Integer> counts = new EnumMap<>(Relation.class);
        int chaining = 0;
        for (int i = 0; i < 1500; i++) {
            ExtractionResult r = extractor.extract(generator.next());
            assertThat(r.document().symbol()).as("document %d has a symbol of its own", i).isNotNull();
            int rank = rank(r.document().symbol());
            for (Citation c : r.citations()) {
                counts.merge(c.relation(), 1, Integer::sum);
                if (c.from() == null && CHAINING.contains(c.relation())) {
                    chaining++;
                    assertThat(rank(c.symbol())).as("%s %s %s in document %d (%s)", r.document().symbol(),
                            c.relation(), c.symbol(), i, c.text()).isLessThan(rank);
                }
            }
        }
        assertThat(chaining).isGreaterThan(5000);
        assertThat(counts.keySet()).contains(Relation.IMPLEMENTS, Relation.BASED_ON, Relation.RESPONDS_TO,
                Relation.CITES, Relation.REPLACES, Relation.AMENDS);
        // About half the citations implement or rest on what they cite; the rest merely cite.
        assertThat(counts.get(Relation.CITES)).isBetween(chaining / 2, chaining * 2);
    }

    /** Party centre 0, Government 2, ministries 3, people's committee 5, departments 6, reports 7. */
    private static int rank(String symbol) {
        String[] parts = symbol.split("[-/]");
        String code = parts[parts.length - 1];
        if (symbol.contains("BC-") || symbol.contains("TB-")) {
            return 7;
        }
        return switch (code) {
            case "TW" -> 0;
            case "CP", "TTg" -> 2;
            case "BNV", "BKHCN" -> 3;
            case "UBND" -> 5;
            default -> 6;
        };
    }

    private static List<String> texts(CorpusGenerator generator, int n) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            texts.add(generator.next());
        }
        return texts;
    }
}
