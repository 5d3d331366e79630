package dev.lexgraph.citation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the OCR tolerance of a cue phrase once: a pattern spells its phrases in Vietnamese between
 * guillemets, {@code compile("«căn cứ»\\b")}, and gets the regex {@code c\S{1,2}n c\S{1,2}\b}. What stands
 * outside the guillemets is plain regex.
 *
 * <p>Cue patterns run on folded text ({@link TextFolding}, lower-cased by {@link FoldedView} or
 * {@link TextFolding#foldLower}), where typed Vietnamese reads as bare ASCII: "căn cứ" as "can cu",
 * "đ" as "d". A scan or a mis-decoded file breaks exactly the letters that carry marks instead
 * ("Thye hign", "c&n cu'"): such a letter comes out as one or two other characters. So, letter by letter:
 * <ul>
 *   <li>a letter with a diacritic (ă â ê ô ơ ư, or any tone mark) is a damaged spot: any one or two
 *   non-blank characters, {@code \S{1,2}};</li>
 *   <li>{@code đ} is {@code d}, as folding reads it;</li>
 *   <li>ASCII letters and digits match themselves, a space matches one space (words joined otherwise are
 *   quoted apart: {@code «kèm»\\s+theo}).</li>
 * </ul>
 * Where a cue allows a spot of another extent, the spelling says so:
 * <ul>
 *   <li>{@code [..]} makes the letters inside one spot, marked or not: {@code "th[ực]"},
 *   {@code "[đ]iều"} (an OCR'd đ), {@code "kh[a]i"};</li>
 *   <li>after a spot, {@code +} lets it take one character more ({@code \S{1,3}}), {@code -} one fewer
 *   ({@code \S}), and {@code ?} lets it be missing: {@code "triể?n"} is {@code tri\S{0,2}n},
 *   {@code "tạ-?i"} is {@code t\S?i}.</li>
 * </ul>
 * Patterns are built once, into static fields; nothing here runs per match.
 */
final class OcrPhrase {

    private static final Pattern QUOTED = Pattern.compile("«([^«»]*)»");

    private OcrPhrase() {
    }

    /** {@code regex} with each «phrase» in it replaced by {@link #ocr(String) ocr(phrase)}, compiled. */
    static Pattern compile(String regex) {
        return Pattern.compile(expand(regex));
    }

    static Pattern compile(String regex, int flags) {
        return Pattern.compile(expand(regex), flags);
    }

    /** {@code regex} with each «phrase» in it replaced by {@link #ocr(String) ocr(phrase)}. */
    static String expand(String regex) {
        Matcher m = QUOTED.matcher(regex);
        StringBuilder out = new StringBuilder(regex.length() + 64);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(ocr(m.group(1))));
        }
        m.appendTail(out);
        if (out.indexOf("«") >= 0 || out.indexOf("»") >= 0) {
            throw new IllegalArgumentException("unbalanced « » in " + regex);
        }
        return out.toString();
    }

    /** The regex fragment that matches the spelled phrase, typed, without diacritics or OCR-damaged. */
    static String ocr(String spelling) {
        StringBuilder regex = new StringBuilder(spelling.length() * 3);
        int i = 0;
        while (i < spelling.length()) {
            char c = spelling.charAt(i++);
            if (c == '[') {
                int close = spelling.indexOf(']', i);
                if (close <= i || !spelling.substring(i, close).chars().allMatch(Character::isLetter)) {
                    throw new IllegalArgumentException("bad [..] spot in «" + spelling + "»");
                }
                i = close + 1;
            } else if (c == 'đ' || c == 'Đ' || c < 0x80 && (Character.isLetterOrDigit(c) || c == ' ')) {
                regex.append(TextFolding.fold(c));
                continue;
            } else if (!Character.isLetter(c) || TextFolding.fold(c) >= 0x80) {
                throw new IllegalArgumentException("'" + c + "' in «" + spelling + "»");
            }
            // a spot: one letter with a diacritic, or a [..] group
            int min = 1;
            int max = 2;
            for (; i < spelling.length() && "+-?".indexOf(spelling.charAt(i)) >= 0; i++) {
                switch (spelling.charAt(i)) {
                    case '+' -> max = 3;
                    case '-' -> max = 1;
                    default -> min = 0;
                }
            }
            regex.append(max == 1 ? (min == 0 ? "\\S?" : "\\S") : "\\S{" + min + "," + max + "}");
        }
        return regex.toString();
    }
}
