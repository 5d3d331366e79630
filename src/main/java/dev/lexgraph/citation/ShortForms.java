package dev.lexgraph.citation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    /** Each type by its folded name; the folded name by type. */
    private static final Map<DocType, String> NAMES = new java.util.EnumMap<>(DocType.class);
    /** What follows a type in a short form: perhaps "số" and a number, then "(nêu) trên" or "này". */
    private static final Pattern AFTER_TYPE = Pattern.compile(
            "(?:\\s+s[o6]\\s*(\\d{1,5})(?![\\d/-]))?\\s*\\(?\\s*(?:(n[e&]u\\s+tr[e&]n)|(n[a&]y)|(tr[e&]n)(?=\\s*[,;.)]))"
                    + "(?![a-z0-9&])");

    static {
        for (DocType t : DocType.values()) {
            if (t != DocType.OTHER && t != DocType.LUAT && t != DocType.BO_LUAT && t != DocType.HIEN_PHAP) {
                NAMES.put(t, TextFolding.foldLower(t.vietnameseName())); // laws are named, not repeated by type
            }
        }
    }

    private ShortForms() {
    }

    /**
     * Undated citations whose symbol a dated citation of the same document gives, with that one's year
     * (not its date: the mention states none). Several dated ones of different years leave it undated.
     */
    static List<Citation> yearsFromRepeats(List<Citation> citations) {
        if (citations.stream().allMatch(c -> c.year() != null)) {
            return citations;
        }
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

    /**
     * The short forms of a text, each pointing at the nearest earlier citation of its type (and number).
     * Only the types the text cites can be repeated: each one's name is looked for, and what follows it.
     */
    static List<ShortForm> find(String text, String lower, List<Citation> citations, DocType ownType) {
        if (citations.isEmpty()) {
            return List.of();
        }
        // a short form repeats an earlier citation: each type's name is looked for after its first citation
        Map<DocType, Integer> firstCited = new java.util.EnumMap<>(DocType.class);
        for (Citation c : citations) {
            if (NAMES.containsKey(c.type())) {
                firstCited.putIfAbsent(c.type(), c.end());
            }
        }
        List<ShortForm> out = new ArrayList<>();
        Antecedents antecedents = new Antecedents(citations);
        Matcher m = AFTER_TYPE.matcher(lower).useTransparentBounds(true);
        for (Map.Entry<DocType, Integer> cited : firstCited.entrySet()) {
            DocType type = cited.getKey();
            String name = NAMES.get(type);
            for (int at = lower.indexOf(name, cited.getValue()); at >= 0; at = lower.indexOf(name, at + 1)) {
                int typeEnd = at + name.length();
                if (at > 0 && WordChars.isWordChar(lower.charAt(at - 1))) {
                    continue;
                }
                m.region(typeEnd, Math.min(lower.length(), typeEnd + 24));
                if (!m.lookingAt()) {
                    continue;
                }
                boolean self = m.group(3) != null;
                if (self && type == ownType) {
                    continue; // "Kế hoạch này" in a plan is the plan itself
                }
                int end = m.end();
                if (end < lower.length() && lower.charAt(end) == ')' && lower.substring(typeEnd, end).contains("(")) {
                    end++;
                }
                ShortForm f = antecedents.repeated(text, at, end, type, m.group(1));
                if (f != null) {
                    out.add(f);
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(ShortForm::start));
        return out;
    }

    /**
     * The citations of a text by type and by type and number, so that each short form finds its antecedent by
     * binary search ({@link TextOrder}): a corpus kept in one file holds tens of thousands of both.
     */
    private static final class Antecedents {
        private final List<Citation> citations;
        private final Map<DocType, List<Integer>> byType = new java.util.EnumMap<>(DocType.class);
        private final Map<String, List<Integer>> byTypeAndNumber = new HashMap<>();
        private boolean indexed;

        Antecedents(List<Citation> citations) {
            this.citations = citations;
        }

        /** Built at the first short form: most texts have none, and keying every citation costs. */
        private void index() {
            indexed = true;
            for (int k = 0; k < citations.size(); k++) {
                Citation x = citations.get(k);
                if (x.type() != null) {
                    byType.computeIfAbsent(x.type(), t -> new ArrayList<>()).add(k);
                    if (x.number() != null) {
                        byTypeAndNumber.computeIfAbsent(key(x.type(), x.number()), t -> new ArrayList<>()).add(k);
                    }
                }
            }
        }

        private static String key(DocType type, String number) {
            return type.name() + '|' + SymbolInfo.withoutLeadingZeros(number);
        }

        /**
         * The short form at [at, end) as a repeat of the nearest earlier citation of its type (and number), or
         * null: none before it, or it lies inside a citation ("Quyết định số 2488/QĐ-UBND (nêu trên)" is that
         * citation).
         */
        ShortForm repeated(String text, int at, int end, DocType type, String number) {
            if (TextOrder.inside(at, citations)) {
                return null;
            }
            if (!indexed) {
                index();
            }
            int last = TextOrder.firstStartingAfter(citations, at) - 1; // the last citation starting at or before it
            List<Integer> same = number == null ? byType.get(type) : byTypeAndNumber.get(key(type, number));
            int i = same == null ? -1 : TextOrder.firstAfter(same.size(), same::get, last) - 1;
            return i < 0 ? null : new ShortForm(at, end, text.substring(at, end), type, same.get(i));
        }
    }
}
