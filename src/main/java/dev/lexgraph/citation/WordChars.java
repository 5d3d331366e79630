package dev.lexgraph.citation;

/**
 * What a word is made of in folded text: letters, digits, and the '&' folding leaves for a damaged letter (so
 * "s&" is one word). One definition for every scan that asks where a word starts or ends. A class of its own,
 * not a method of {@link TextFolding}: called from there, the scans that use it ran 10 to 40 % slower (the
 * compiler inlined it less well; measured with {@code bench}).
 */
final class WordChars {

    private WordChars() {
    }

    static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '&'
                || c > 127 && Character.isLetterOrDigit(c);
    }

    /** The blanks of a regular expression's {@code \\s}: what hand-written scans that replace one skip. */
    static boolean isRegexBlank(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
    }
}
