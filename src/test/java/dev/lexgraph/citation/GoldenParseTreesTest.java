package dev.lexgraph.citation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lexgraph.citation.parser.CitationParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.junit.jupiter.api.Test;

/**
 * The parse tree of one citation of each family, kept under {@code grammar/golden/}: a change to the grammar
 * that changes how a family parses shows here, as a diff a reviewer reads, before it shows in the extractor's
 * results. Each entry is a comment naming the family, the text (entered as the extractor enters it: through
 * {@code citationEntry}; {@code titledEntry} when the line starts with "titled:", as for a type word with a title
 * before "số"; {@code namedEntry} when it starts with "named:"), and the expected tree.
 * {@code mvn test -Dtest=GoldenParseTreesTest -Dlexgraph.write-golden=true} rewrites the trees after a
 * deliberate change.
 */
class GoldenParseTreesTest {

    static final Path GOLDEN = Path.of("grammar/golden/citation-families.txt");

    /** The parse tree of {@code sample}, lexed and folded as the extractor does. */
    static String tree(String sample) {
        String entryRule = sample.startsWith("named:") ? "named" : sample.startsWith("titled:") ? "titled" : "citation";
        String text = Normalizer.normalize(entryRule.equals("citation") ? sample : sample.substring(sample.indexOf(':') + 1)
                .strip(), Normalizer.Form.NFC);
        char[] folded = TextFolding.foldAll(text);
        WhitespaceSkippingLexer lexer = new WhitespaceSkippingLexer();
        lexer.setInputStream(new FoldedCharStream(text, folded, 0, text.length()));
        BufferedTokenStream tokens = new BufferedTokenStream(lexer);
        tokens.fill();
        CitationParser parser = new CitationParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        ParserRuleContext entry = switch (entryRule) {
            case "named" -> parser.namedEntry();
            case "titled" -> parser.titledEntry();
            default -> parser.citationEntry();
        };
        return entry.toStringTree(parser);
    }

    @Test
    void everyFamilyParsesAsItsGoldenTreeSays() throws IOException {
        List<String> lines = Files.readAllLines(GOLDEN, StandardCharsets.UTF_8);
        List<String> rewritten = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            rewritten.add(line);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            // A text, then its tree on the next line.
            String actual;
            try {
                actual = tree(line);
            } catch (RuntimeException e) {
                actual = "(does not parse: " + e.getClass().getSimpleName() + ")";
            }
            String expected = i + 1 < lines.size() ? lines.get(i + 1) : "";
            if (!actual.equals(expected)) {
                differences.add(line + "\n  expected " + expected + "\n  parsed   " + actual);
            }
            rewritten.add(actual);
            i++;
            checked++;
        }
        if (Boolean.getBoolean("lexgraph.write-golden")) {
            Files.write(GOLDEN, rewritten, StandardCharsets.UTF_8);
            return;
        }
        assertThat(checked).isGreaterThanOrEqualTo(12);
        assertThat(differences).as("parse trees that differ from %s", GOLDEN).isEmpty();
    }
}
