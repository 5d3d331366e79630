package dev.lexgraph.citation;

import dev.lexgraph.citation.parser.CitationLexer;
import java.util.Map;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * The citation lexer, stepping over blanks before each token itself, and over the end of its input. The grammar's WS rule says the
 * same thing ("skip"), but going through the ATN and running the skip action for every gap between
 * words is a large share of lexing time; the tokens produced are identical.
 *
 * <p>It also parts two words that copying from a web page glued together in lower case ("nhận đượccông văn số …",
 * "vănbản số …", "đề nghịcủa …"): a Vietnamese syllable holds one vowel group, so a word whose tail is a keyword of
 * a document's type and whose head holds a vowel of its own is two words. The grammar's WORD rule cannot see
 * that (it takes the longest run of letters).
 */
final class WhitespaceSkippingLexer extends CitationLexer {

    /**
     * Keywords that may end a glued word whatever precedes it: none ends a Vietnamese syllable of two vowel groups,
     * and an English word that ends like one ("caravan") is parted into words no citation is made of.
     */
    private static final Map<String, Integer> FREE_TAILS = Map.ofEntries(
            Map.entry("cong", KW_CONG), Map.entry("van", KW_VAN), Map.entry("quyet", KW_QUYET),
            Map.entry("nghi", KW_NGHI), Map.entry("thong", KW_THONG), Map.entry("bao", KW_BAO),
            Map.entry("huong", KW_HUONG), Map.entry("cua", KW_CUA), Map.entry("ngay", KW_NGAY),
            Map.entry("trinh", KW_TRINH), Map.entry("luat", KW_LUAT));
    /** Second words of a type, parted only from the first ("vănbản", "quyếtđịnh", "kếhoạch"). */
    private static final Map<String, Integer> PAIRED_TAILS = Map.of("ban", KW_BAN, "dinh", KW_DINH, "hoach", KW_HOACH,
            "thi", KW_THI, "cao", KW_CAO, "dan", KW_DAN, "tu", KW_TU, "van", KW_VAN, "quyet", KW_QUYET);
    /** First words of a type, given their keyword when a glued word is parted after them. */
    private static final Map<String, Integer> HEADS = Map.of("van", KW_VAN, "cong", KW_CONG, "quyet", KW_QUYET,
            "nghi", KW_NGHI, "ke", KW_KE, "chi", KW_CHI, "thong", KW_THONG, "bao", KW_BAO, "huong", KW_HUONG,
            "to", KW_TO);

    private static final boolean[] VOWEL = new boolean[128];

    static {
        for (char c : "aeiouyAEIOUY".toCharArray()) {
            VOWEL[c] = true;
        }
    }

    private Token pending;

    WhitespaceSkippingLexer() {
        super(null);
    }

    @Override
    public void setInputStream(org.antlr.v4.runtime.IntStream input) {
        pending = null;
        super.setInputStream(input);
    }

    @Override
    public Token nextToken() {
        if (pending != null) {
            Token t = pending;
            pending = null;
            return t;
        }
        CharStream in = getInputStream();
        if (in != null) {
            int c = in.LA(1);
            while (c == ' ' || c == '\n' || c == '\t') {
                in.consume();
                c = in.LA(1);
            }
            if (c == CharStream.EOF) {
                // End of input: answer EOF at once. Asking the ATN what EOF does from its start state
                // is never cached and costs more than lexing a whole region.
                _hitEOF = true;
            }
        }
        Token t = super.nextToken();
        // Six letters at least: two glued words are ("vănbản"), while most single syllables are shorter.
        return t.getType() == WORD && t.getStopIndex() - t.getStartIndex() >= 5 ? parted(t) : t;
    }

    /** The glued word's head, its keyword tail kept for the next call; or the token as it was. */
    private Token parted(Token t) {
        if (!(getInputStream() instanceof FoldedCharStream in) || vowelGroups(in, t) < 2) {
            return t; // one syllable, as nearly every word is: nothing to part, nothing made
        }
        String w = TextFolding.foldLower(t.getText());
        for (int k = Math.max(1, w.length() - 5); k <= w.length() - 2; k++) {
            String tail = w.substring(k);
            String head = w.substring(0, k);
            if (k == 4 && head.equals("luat") && Character.isUpperCase(in.foldedAt(t.getStartIndex() + k))) {
                // "LuậtTổ chức …": a law's type word glued to its capitalised name
                return part(t, k, KW_LUAT, FREE_TAILS.getOrDefault(tail, PAIRED_TAILS.getOrDefault(tail, WORD)));
            }
            Integer headType = HEADS.get(head);
            Integer tailType = headType != null && PAIRED_TAILS.containsKey(tail) ? PAIRED_TAILS.get(tail)
                    : k < 2 || !hasVowel(head) ? null
                    : tail.equals("ke") ? (nextWordStartsWith("ho") ? KW_KE : null) // "hiệnkế hoạch", not "bike"
                    : FREE_TAILS.get(tail);
            if (tailType == null) {
                continue;
            }
            return part(t, k, headType != null ? headType : WORD, tailType);
        }
        return t;
    }

    /** The token's first {@code k} characters as one token, the rest kept for the next call. */
    private Token part(Token t, int k, int headType, int tailType) {
        CommonToken first = new CommonToken(t);
        first.setStopIndex(t.getStartIndex() + k - 1);
        first.setType(headType);
        CommonToken second = new CommonToken(t);
        second.setStartIndex(t.getStartIndex() + k);
        second.setType(tailType);
        pending = second;
        return first;
    }

    /** Whether the word after the token just read starts with these (folded, lower-case) letters. */
    private boolean nextWordStartsWith(String start) {
        CharStream in = getInputStream();
        int k = 1;
        while (in.LA(k) == ' ' || in.LA(k) == '\n') {
            k++;
        }
        for (int j = 0; j < start.length(); j++) {
            int c = in.LA(k + j);
            if (c == CharStream.EOF || Character.toLowerCase(c) != start.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static int vowelGroups(FoldedCharStream in, Token t) {
        int groups = 0;
        boolean inVowels = false;
        for (int i = t.getStartIndex(); i <= t.getStopIndex() && groups < 2; i++) {
            char c = in.foldedAt(i);
            boolean vowel = c < VOWEL.length && VOWEL[c];
            if (vowel && !inVowels) {
                groups++;
            }
            inVowels = vowel;
        }
        return groups;
    }

    private static boolean hasVowel(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < VOWEL.length && VOWEL[c]) {
                return true;
            }
        }
        return false;
    }
}
