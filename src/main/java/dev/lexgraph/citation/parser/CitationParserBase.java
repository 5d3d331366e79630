package dev.lexgraph.citation.parser;

import java.util.BitSet;
import java.util.Locale;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * What the citation grammar's semantic predicates ask of the tokens ahead, in Java rather than in the grammar's
 * {@code @members}: the generated {@link CitationParser} extends this class ({@code superClass} in its options).
 * Token kinds are named, never compared by their order in the lexer.
 */
public abstract class CitationParserBase extends Parser {

    /** The lexer's keywords: type words, "số", "ngày", "của", "và", … (every {@code KW_} token). */
    private static final BitSet KEYWORDS = keywords();

    private static BitSet keywords() {
        BitSet out = new BitSet();
        for (int t = 1; t <= CitationLexer.VOCABULARY.getMaxTokenType(); t++) {
            String name = CitationLexer.VOCABULARY.getSymbolicName(t);
            if (name != null && name.startsWith("KW_")) {
                out.set(t);
            }
        }
        return out;
    }

    protected CitationParserBase(TokenStream input) {
        super(input);
    }

    /** The reference the last entry rule completed. */
    public ParserRuleContext completed;

    /**
     * True when the tokens from {@code LA(k)} on open a citation: keywords (a type word, "số"; "và" only first) and then a
     * symbol. A name or an issuer that runs on ("Nghị quyết thay thế Nghị quyết số 14/2021/NQ-HĐND")
     * must end before it.
     */
    protected boolean citationAt(int k) {
        for (int i = k; i < k + 6; i++) {
            int t = _input.LA(i);
            if (t == CitationLexer.SYMBOL) {
                return i > k;
            }
            if (t == CitationLexer.KW_VA && i > k) {
                return false; // "… Luật Đầu tư công và số 161/2016/NĐ-CP": the citation opens after "và", not here
            }
            if (t == Token.EOF || !KEYWORDS.get(t)) {
                return t == CitationLexer.RPAREN && i > k && _input.LA(i + 1) == CitationLexer.SYMBOL;
            }
        }
        return false;
    }

    protected boolean citationAhead() {
        return citationAt(1);
    }

    /** A named reference may start here: its type words are not followed by a citation ("Luật số 10/2022/QH15"). */
    protected boolean nameAllowed() {
        int k = 1;
        while (k <= 3) {
            int t = _input.LA(k);
            if (t == CitationLexer.KW_BO || t == CitationLexer.KW_LUAT || t == CitationLexer.KW_HIEN
                    || t == CitationLexer.KW_PHAP || t == CitationLexer.KW_LENH || t == CitationLexer.KW_NGHI
                    || t == CitationLexer.KW_QUYET) {
                k++;
            } else {
                break;
            }
        }
        return !citationAt(k) && _input.LA(k) != CitationLexer.SYMBOL;
    }

    /** Records the completed reference and jumps to the end of the input, so the tail matches at once. */
    protected void complete(ParserRuleContext reference) {
        completed = reference;
        _input.seek(_input.size() - 1);
    }

    /** "sửa" of "Luật sửa đổi, bổ sung …", its vowel with any diacritic, OCR-damaged or lost. */
    private static final Pattern SUA = Pattern.compile("s\\S{0,2}a");

    /** The law's name opens with "sửa": an amending law, whose name lists the laws it amends. */
    protected boolean amendingName() {
        return SUA.matcher(_input.LT(2).getText().toLowerCase(Locale.ROOT)).matches();
    }

    /** After "của" (and a comma) comes an issuer, not the next citation. */
    protected boolean issuerAllowed() {
        int k = _input.LA(1) == CitationLexer.COMMA ? 2 : 1;
        return _input.LA(k) == CitationLexer.KW_CUA && !citationAt(k + 1);
    }
}
