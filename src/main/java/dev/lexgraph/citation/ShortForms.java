package dev.lexgraph.citation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Later mentions of documents already cited: the short forms that repeat a citation ("Kế hoạch nêu trên",
 * "Nghị quyết số 163 nêu trên", "Chỉ thị này" in a plan), and undated repeats of a dated citation's
 * symbol ("Quyết định số 2488/QĐ-UBND (nêu trên)"), which take the year of the one they repeat so that
 * both reach the same document.
 */
final class ShortForms {

    private static final Map<String, DocType> TYPES = new HashMap<>();
    private static final Pattern SHORT_FORM;

    static {
        List<String> words = new ArrayList<>();
        for (DocType t : DocType.values()) {
            if (t == DocType.OTHER || t == DocType.LUAT || t == DocType.BO_LUAT || t == DocType.HIEN_PHAP) {
                continue; // laws are named, not repeated by type
            }
            String folded = TextFolding.foldLower(t.vietnameseName());
            TYPES.put(folded, t);
            words.add(Pattern.quote(folded).replace(" ", "\\E\\s+\\Q"));
        }
        words.sort((a, b) -> b.length() - a.length()); // "thong tu lien tich" before "thong tu"
        SHORT_FORM = Pattern.compile("(?<![a-z0-9&])(" + String.join("|", words) + ")"
                + "(?:\\s+s[o6]\\s*(\\d{1,5})(?![\\d/-]))?"
                + "\\s*\\(?\\s*(?:(n[e&]u\\s+tr[e&]n)|(n[a&]y)|(tr[e&]n)(?=\\s*[,;.)]))(?![a-z0-9&])");
    }

    private ShortForms() {
    }

    /**
     * Undated citations whose symbol a dated citation of the same document gives, with that one's year
     * (not its date: the mention states none). Several dated ones of different years leave it undated.
     */
    static List<Citation> yearsFromRepeats(List<Citation> citations) {
        Map<String, Integer> yearBySymbol = new HashMap<>();
        for (Citation c : citations) {
            if (c.year() != null && c.symbol() != null) {
                String key = TextFolding.symbolKey(c.symbol());
                Integer had = yearBySymbol.putIfAbsent(key, c.year());
                if (had != null && !had.equals(c.year())) {
                    yearBySymbol.put(key, -1); // two documents share the symbol: no telling which
                }
            }
        }
        List<Citation> out = null;
        for (int i = 0; i < citations.size(); i++) {
            Citation c = citations.get(i);
            if (c.year() != null || c.symbol() == null) {
                continue;
            }
            Integer y = yearBySymbol.get(TextFolding.symbolKey(c.symbol()));
            if (y != null && y > 0) {
                if (out == null) {
                    out = new ArrayList<>(citations);
                }
                out.set(i, c.withYear(y));
            }
        }
        return out == null ? citations : out;
    }

    /** The short forms of a text, each pointing at the nearest earlier citation of its type (and number). */
    static List<ShortForm> find(String text, char[] folded, List<Citation> citations, DocType ownType) {
        if (citations.isEmpty()) {
            return List.of();
        }
        String lower = new String(folded).toLowerCase(Locale.ROOT);
        Matcher m = SHORT_FORM.matcher(lower);
        List<ShortForm> out = new ArrayList<>();
        int c = 0;
        while (m.find()) {
            int at = m.start();
            DocType type = TYPES.get(m.group(1).replaceAll("\\s+", " "));
            if (type == null || m.group(4) != null && type == ownType) {
                continue; // "Kế hoạch này" in a plan is the plan itself
            }
            while (c < citations.size() && citations.get(c).end() <= at) {
                c++;
            }
            if (c < citations.size() && citations.get(c).start() <= at) {
                continue; // inside a citation: "Quyết định số 2488/QĐ-UBND (nêu trên)" is that citation
            }
            String number = m.group(2);
            int antecedent = -1;
            for (int i = c - 1; i >= 0; i--) {
                Citation x = citations.get(i);
                if (x.type() == type && (number == null
                        || DocumentNumbers.withoutZeros(number).equals(DocumentNumbers.withoutZeros(x.number())))) {
                    antecedent = i;
                    break;
                }
            }
            if (antecedent >= 0) {
                out.add(new ShortForm(at, m.end(), text.substring(at, m.end()), type, antecedent));
            }
        }
        return out;
    }

    /** Numbers compared without leading zeros ("số 07" is "số 7"). */
    static final class DocumentNumbers {
        private DocumentNumbers() {
        }

        static String withoutZeros(String n) {
            if (n == null) {
                return null;
            }
            int i = 0;
            while (i < n.length() - 1 && n.charAt(i) == '0') {
                i++;
            }
            return n.substring(i);
        }
    }
}
