package dev.lexgraph.citation;

import java.text.Normalizer;

/**
 * One-to-one character folding used for matching: Vietnamese letters lose their diacritics
 * ("ế" → "e", "Đ" → "D"), typographic dashes, quotes and spaces become their ASCII forms, case is kept.
 * Because every char maps to exactly one char, offsets in folded text are offsets in the source.
 */
public final class TextFolding {

    private static final char[] TABLE = buildTable();
    /** {@code TABLE} then lower case, in one lookup. */
    private static final char[] LOWER_TABLE = buildLowerTable();

    private TextFolding() {
    }

    /** The folded form of one UTF-16 unit. */
    public static char fold(char c) {
        return TABLE[c];
    }

    /** The folded, lower-cased form of one UTF-16 unit ({@code Character.toLowerCase(fold(c))} in one lookup). */
    public static char foldLower(char c) {
        return LOWER_TABLE[c];
    }

    /** Folds a whole string (same length as the input). */
    public static String fold(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = TABLE[s.charAt(i)];
        }
        return new String(out);
    }

    /**
     * The folded characters of a whole text, for scanning and lexing it without per-char lookups. Line
     * breaks that a web page's copy left escaped ("\\r\\n" as four characters) read as blanks.
     */
    public static char[] foldAll(String s) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c == '\\' && i + 1 < out.length && (out[i + 1] == 'r' || out[i + 1] == 'n' || out[i + 1] == 't')) {
                out[i] = ' ';
                out[++i] = ' ';
                continue;
            }
            out[i] = TABLE[c];
        }
        return out;
    }

    /** Folded, lower-cased, for comparing words regardless of case. */
    public static String foldLower(CharSequence s) {
        char[] out;
        if (s instanceof String str) {
            out = str.toCharArray(); // one bulk copy, then a lookup per char
        } else {
            out = new char[s.length()];
            for (int i = 0; i < out.length; i++) {
                out[i] = s.charAt(i);
            }
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = LOWER_TABLE[out[i]];
        }
        return new String(out);
    }

    /**
     * The scoring key of a symbol, as in the gold files' scoring: diacritics removed, Đ → D, upper case, no spaces.
     */
    public static String symbolKey(String symbol) {
        if (symbol == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(symbol.length());
        for (int i = 0; i < symbol.length(); i++) {
            char c = TABLE[symbol.charAt(i)];
            if (!Character.isWhitespace(c)) {
                b.append(Character.toUpperCase(c));
            }
        }
        return b.toString();
    }

    private static char[] buildLowerTable() {
        char[] t = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            t[c] = Character.toLowerCase(TABLE[c]);
        }
        return t;
    }

    private static char[] buildTable() {
        char[] t = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            t[c] = foldOne((char) c);
        }
        return t;
    }

    private static char foldOne(char c) {
        if (c < 0x80) {
            return c == '\t' || c == '\r' || c == '\f' || c == 0x0B ? ' ' : c;
        }
        switch (c) {
            case 'Đ': case 'Ð': return 'D';
            case 'đ': return 'd';
            case '\u00A0': case '\u2007': case '\u202F': case '\u3000': case '\u200B':
            case '\u2000': case '\u2001': case '\u2002': case '\u2003': case '\u2004':
            case '\u2005': case '\u2006': case '\u2008': case '\u2009': case '\u200A':
            case '\uFEFF':
                return ' ';
            case '\u2028': case '\u2029': case '\u0085':
                return '\n';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014':
            case '\u2015': case '\u2212': case '\uFE63': case '\uFF0D':
                return '-';
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB':
            case '\u2033':
                return '"';
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032':
                return '\'';
            case '\u2044': case '\u2215': case '\uFF0F':
                return '/';
            case '\u00A2': case '\u20AC':
                return '&'; // '¢', '€': what scanners make of ê and ơ ("K¢é hoạch"), like '&'
            default:
                break;
        }
        if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && !Character.isSurrogate(c)
                && Character.getType(c) != Character.NON_SPACING_MARK) {
            // Other symbols and punctuation (™, °, §, ©, …): one ASCII stand-in, so the lexer's
            // tables (which cover ASCII) apply to them too.
            return '~';
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = d.charAt(0);
        if (d.length() > 1 && base < 0x250 && Character.isLetter(base)) {
            return base;
        }
        return c;
    }
}
