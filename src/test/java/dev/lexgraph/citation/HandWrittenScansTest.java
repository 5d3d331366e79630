package dev.lexgraph.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Scans written by hand where a regular expression tried at every character cost too much. Each must give what
 * the expression it replaced gives, on texts made of the characters that decide it.
 */
class HandWrittenScansTest {

    private static final Pattern PARAGRAPHS = Pattern.compile("\n\\s*\n");
    private static final Pattern LEADING_JUNK = Pattern.compile("^[\\s_*-]+");
    private static final Pattern LIST_DASH = Pattern.compile("^-\\s*");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[;.,_]+\\s*$");

    /** Random strings over an alphabet where blanks, line breaks and the punctuation the scans look at abound. */
    private static List<String> samples(String alphabet, int count, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(40);
            for (int k = 0; k < length; k++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            out.add(b.toString());
        }
        return out;
    }

    @Test
    void paragraphOpeningsAreTheParagraphsTheExpressionSplitsWithoutTheirLeadingJunk() {
        for (String s : samples("ab \n\t\r\f_*-.Ở", 20_000, 1)) {
            List<String> expected = new ArrayList<>();
            for (String p : PARAGRAPHS.split(s)) {
                expected.add(LEADING_JUNK.matcher(p).replaceFirst(""));
            }
            List<String> actual = new ArrayList<>(HeaderIssuer.paragraphOpenings(s));
            // split drops the empty paragraphs at the end; they open nothing, so the scan may keep them
            withoutTrailingEmpties(expected);
            withoutTrailingEmpties(actual);
            assertThat(actual).as("paragraphs of %s", Arrays.toString(s.toCharArray())).isEqualTo(expected);
        }
        assertThat(HeaderIssuer.paragraphOpenings("TRÍCH YẾU\n \n  - Sở Tài chính xây dựng\n\nKế hoạch"))
                .containsExactly("TRÍCH YẾU", "Sở Tài chính xây dựng", "Kế hoạch");
    }

    private static void withoutTrailingEmpties(List<String> paragraphs) {
        while (!paragraphs.isEmpty() && paragraphs.get(paragraphs.size() - 1).isEmpty()) {
            paragraphs.remove(paragraphs.size() - 1);
        }
    }

    @Test
    void aRecipientLosesItsDashAndItsClosingPunctuationAsTheExpressionsDid() {
        for (String s : samples("ab ;.,_\t-", 20_000, 2)) {
            String line = ("-" + s).trim();
            String expected = TRAILING_PUNCT.matcher(LIST_DASH.matcher(line).replaceFirst("")).replaceFirst("").trim();
            assertThat(HeaderReader.recipient(line)).as("recipient of '%s'", line).isEqualTo(expected);
        }
        assertThat(HeaderReader.recipient("- Sở Tài chính;")).isEqualTo("Sở Tài chính");
        assertThat(HeaderReader.recipient("-  Lưu: VT, VP.")).isEqualTo("Lưu: VT, VP");
    }
}
