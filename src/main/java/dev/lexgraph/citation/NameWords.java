package dev.lexgraph.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The words of a document's name as the law table compares them: folded, lower-cased runs of letters
 * and digits (with '&', an OCR reading of a vowel), each with its place in the text. Commas and the
 * punctuation that ends a name are words of their own; the abbreviations names are written with
 * ("Luật Tổ chức HĐND và UBND") are spelt out, every spelt-out word keeping the abbreviation's place.
 */
final class NameWords {

    /** A word of the text: [start, end) and its comparison key. */
    record Word(int start, int end, String key) {
    }

    static final Map<String, List<String>> ABBREVIATIONS = Map.of(
            "hdnd", List.of("hoi", "dong", "nhan", "dan"),
            "ubnd", List.of("uy", "ban", "nhan", "dan"),
            "chxhcn", List.of("cong", "hoa", "xa", "hoi", "chu", "nghia"),
            "mtqg", List.of("muc", "tieu", "quoc", "gia"),
            "hdbt", List.of("hoi", "dong", "bo", "truong"));

    /** Their spelling in a name as written out. */
    static final Map<String, String> SPELT_OUT = Map.of(
            "HĐND", "Hội đồng nhân dân", "UBND", "Ủy ban nhân dân", "CHXHCN", "Cộng hòa xã hội chủ nghĩa",
            "CHXHCNVN", "Cộng hòa xã hội chủ nghĩa Việt Nam", "MTQG", "mục tiêu quốc gia");

    private NameWords() {
    }


    private static boolean isMark(char c) {
        return c == ',' || c == ';' || c == '.' || c == ':' || c == '(' || c == ')' || c == '"' || c == '“'
                || c == '”';
    }

    /** The words of {@code text} from {@code from}, at most {@code maxChars} further on. */
    static List<Word> read(String text, int from, int maxChars) {
        List<Word> out = new ArrayList<>();
        int limit = Math.min(text.length(), from + maxChars);
        int i = from;
        StringBuilder w = new StringBuilder();
        while (i < limit) {
            char c = text.charAt(i);
            char f = TextFolding.foldLower(c);
            if (WordChars.isWordChar(f)) {
                int s = i;
                w.setLength(0);
                while (i < limit && WordChars.isWordChar(f = TextFolding.foldLower(text.charAt(i)))
                        && !(i > s && gluedAt(text, i))) {
                    w.append(f);
                    i++;
                }
                String word = w.toString();
                List<String> spelt = word.length() == 4 || word.length() == 6 ? ABBREVIATIONS.get(word) : null;
                if (spelt != null) {
                    for (String x : spelt) {
                        out.add(new Word(s, i, x));
                    }
                } else {
                    out.add(new Word(s, i, word));
                }
                continue;
            }
            if (isMark(c)) {
                out.add(new Word(i, i + 1, String.valueOf(c == '“' || c == '”' ? '"' : c)));
            }
            i++;
        }
        return out;
    }

    /**
     * Two words a copy from a web page glued together, the second capitalised: "chứcHĐND", "cách mạngGóp ý". A
     * capital never follows a small letter inside a Vietnamese word.
     */
    private static boolean gluedAt(String text, int i) {
        return Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1));
    }

    /** The comparison keys of a name, punctuation included. */
    static List<String> split(String name) {
        List<String> keys = new ArrayList<>();
        for (Word w : read(name, 0, name.length())) {
            keys.add(w.key());
        }
        return keys;
    }

    static List<String> keys(List<Word> words) {
        List<String> keys = new ArrayList<>(words.size());
        for (Word w : words) {
            keys.add(w.key());
        }
        return keys;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{N}])(" + String.join("|", SPELT_OUT.keySet().stream()
                    .sorted((a, b) -> b.length() - a.length()).toList()) + ")(?![\\p{L}\\p{N}])");

    /** Runs of whitespace as one space; the string itself when it has none to collapse (as most names). */
    private static String collapseBlanks(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1)))) {
                return SPACES.matcher(s).replaceAll(" ");
            }
        }
        return s;
    }

    /** A name as written, whitespace collapsed and its abbreviations spelt out. */
    static String spellOut(String name) {
        String s = collapseBlanks(name.strip());
        if (s.indexOf('Đ') < 0 && s.indexOf('U') < 0 && s.indexOf('M') < 0 && s.indexOf('C') < 0) {
            return s; // no abbreviation can be there
        }
        return ABBREVIATION.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(SPELT_OUT.get(m.group(1))));
    }
}
