package dev.lexgraph.citation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The laws, codes, ordinances and constitutions Vietnamese documents cite by name ("Căn cứ Luật Tổ chức
 * chính quyền địa phương ngày 19 tháng 6 năm 2015"), read from {@code laws.tsv} beside this class: each
 * version as enacted, with its symbol, adoption and effective dates and what it replaced or amended.
 * A name is looked up word by word, tolerating OCR damage, and resolved to one version by its year or
 * date, or by the one version in force on the citing document's date; otherwise it stays ambiguous.
 */
public final class LawTable {

    /** One law as enacted. */
    public record Law(DocType type, String name, String symbol, LocalDate adopted, LocalDate effective,
                      List<String> replaces, List<String> amends, List<String> aliases, String source) {

        public int year() {
            return adopted.getYear();
        }

        /**
         * How the table's {@code replaces} and {@code amends} columns name it: its symbol, or for a constitution
         * (which has none) its type and year, "Hiến pháp 1992".
         */
        public String reference() {
            return symbol.isEmpty() ? type.vietnameseName() + " " + year() : symbol;
        }

        /** The type and the name with its type word folded off: the key versions of one law share. */
        String key() {
            return nameKey(type, name);
        }
    }

    /**
     * How a named reference resolved: the law, or none with the candidates it could be.
     *
     * @param law        the one law the name, year and date designate, or null
     * @param basis      what chose it: {@code date}, {@code year}, {@code only-version}, {@code in-force}
     * @param candidates when ambiguous, the symbols it could be (newest first); empty when resolved or unknown
     */
    public record Resolution(Law law, String basis, List<String> candidates) {
        static final Resolution UNKNOWN = new Resolution(null, null, List.of());
    }

    /** A name found in text: the words it took and the key of the laws that bear it. */
    record NameMatch(int words, String key, String canonicalName) {
    }

    private final List<Law> laws;
    private final Map<String, List<Law>> byKey = new HashMap<>();
    private final Map<String, Law> bySymbol = new HashMap<>();
    /** The laws without a symbol (constitutions), by {@link Law#reference()}. */
    private final Map<String, Law> unnumbered = new HashMap<>();
    private final Node root = new Node();
    private final Map<DocType, List<Law>> byType = new HashMap<>();

    LawTable(List<Law> laws) {
        this.laws = List.copyOf(laws);
        for (Law law : laws) {
            byKey.computeIfAbsent(law.key(), k -> new ArrayList<>()).add(law);
            byType.computeIfAbsent(law.type(), k -> new ArrayList<>()).add(law);
            if (!law.symbol().isEmpty()) {
                bySymbol.put(TextFolding.symbolKey(law.symbol()), law);
            } else {
                unnumbered.put(law.reference(), law);
            }
            insert(law.type(), law.name(), law.key());
            for (String alias : law.aliases()) {
                insert(law.type(), alias, law.key());
            }
        }
        byKey.values().forEach(v -> v.sort(Comparator.comparing(Law::adopted).reversed()));
        byType.values().forEach(v -> v.sort(Comparator.comparing(Law::adopted).reversed()));
        for (Law law : laws) {
            for (String other : concat(law.replaces(), law.amends())) {
                if (byReference(other) == null) {
                    throw new IllegalArgumentException("laws.tsv: " + law.reference() + " names " + other
                            + ", which the table does not list");
                }
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The table the jar carries. */
    public static LawTable bundled() {
        return Bundled.TABLE;
    }

    /** Loaded on first use, after the class's own constants. */
    private static final class Bundled {
        static final LawTable TABLE = load();
    }

    public List<Law> laws() {
        return laws;
    }

    /** The first words of the names of laws ("to", "ngan", "dat"), folded and lower-cased. */
    private static final class FirstWords {
        static final java.util.Set<String> WORDS = firstWords();

        private static java.util.Set<String> firstWords() {
            java.util.Set<String> words = new java.util.HashSet<>();
            Node laws = bundled().root.children.get(DocType.LUAT.name());
            if (laws != null) {
                words.addAll(laws.children.keySet());
            }
            return java.util.Set.copyOf(words);
        }
    }

    /** Whether a law of the table has a name that starts with this word (folded, lower case). */
    static boolean isFirstWord(String word) {
        return FirstWords.WORDS.contains(word);
    }

    /** The law with this symbol, or null. */
    /** The law a {@code replaces} or {@code amends} entry names: a symbol, or "Hiến pháp 1992"; null when unknown. */
    public Law byReference(String reference) {
        Law law = bySymbol(reference);
        return law != null ? law : unnumbered.get(reference);
    }

    /** The name as enacted of the laws with this lookup key, or null when the table has none. */
    String nameOf(String key) {
        List<Law> versions = byKey.get(key);
        return versions == null || versions.isEmpty() ? null : versions.get(0).name();
    }

    public Law bySymbol(String symbol) {
        return symbol == null ? null : bySymbol.get(TextFolding.symbolKey(symbol));
    }

    /**
     * The longest known name at the start of {@code words} (folded, lower-cased words of the text after
     * the type word), or null. Commas inside a name ("Thi đua, khen thưởng") are words {@code ","} and
     * are passed over.
     */
    NameMatch match(DocType type, List<String> words) {
        Node start = root.children.get(type.name());
        if (start == null) {
            return null;
        }
        Node best = null;
        int bestWords = 0;
        // Depth-first over the few branches that fit: each step takes one similar word.
        // skippedVa: the step passed over a "và" and has not yet matched a word after it; a name never ends on it
        record Step(Node node, int at, boolean skippedVa) {
            Step(Node node, int at) {
                this(node, at, false);
            }
        }
        List<Step> stack = new ArrayList<>();
        stack.add(new Step(start, 0));
        while (!stack.isEmpty()) {
            Step s = stack.remove(stack.size() - 1);
            if (s.node.key != null && s.at > bestWords && !s.skippedVa) {
                best = s.node;
                bestWords = s.at;
            }
            int at = s.at;
            while (at < words.size() && words.get(at).equals(",")) {
                at++;
            }
            if (at >= words.size()) {
                continue;
            }
            String w = words.get(at);
            Node exact = s.node.children.get(w);
            if (exact != null) {
                stack.add(new Step(exact, at + 1));
                continue; // an exact word is never second-guessed
            }
            if (w.equals("va") && at > 0) {
                stack.add(new Step(s.node, at + 1, true)); // "của Hội đồng nhân dân và Ủy ban nhân dân" for "…, Ủy ban …"
            }
            for (Map.Entry<String, Node> e : s.node.children.entrySet()) {
                String k = e.getKey();
                if (w.length() > k.length() + 1 && w.startsWith(k) && e.getValue().children.containsKey(w.substring(k.length()))) {
                    // two words glued by a copy from a web page: "Hội đồngnhân dân"
                    stack.add(new Step(e.getValue().children.get(w.substring(k.length())), at + 1));
                } else if (similar(w, k) && !(w.length() > k.length() && w.startsWith(k))) {
                    // a longer word that starts with the table's is another word ("Giáo" is not "Giá"): OCR loses
                    // letters, it does not add them after a word's end
                    stack.add(new Step(e.getValue(), at + 1));
                } else if (e.getKey().length() == 1 && at > 0) {
                    // "dân chủ ¢ cơ sở": OCR can lose "ở" whole; the name's next word must then follow
                    stack.add(new Step(e.getValue(), at));
                }
            }
        }
        if (best == null) {
            return null;
        }
        List<Law> versions = byKey.get(best.key);
        return new NameMatch(bestWords, best.key, versions.get(0).name());
    }

    /**
     * Which version a reference by name means. {@code date} is the date written with the name, {@code year}
     * its year, {@code citedOn} the citing document's date (any may be null).
     */
    public Resolution resolve(DocType type, String key, Integer year, LocalDate date, LocalDate citedOn) {
        List<Law> known = key == null ? null : byKey.get(key);
        if (known == null) {
            known = type == DocType.HIEN_PHAP && key != null && key.equals(nameKey(DocType.HIEN_PHAP, "Hiến pháp"))
                    ? byType.getOrDefault(DocType.HIEN_PHAP, List.of()) : List.of();
        }
        List<Law> versions = known;
        if (versions.isEmpty()) {
            return Resolution.UNKNOWN;
        }
        if (date != null) {
            for (Law l : versions) {
                if (l.adopted().equals(date)) {
                    return new Resolution(l, "date", List.of());
                }
            }
        }
        if (year != null) {
            List<Law> ofYear = versions.stream().filter(l -> l.year() == year).toList();
            if (ofYear.size() == 1) {
                return new Resolution(ofYear.get(0), "year", List.of());
            }
            if (ofYear.size() > 1 && citedOn != null) {
                // two versions in one year (the local-government laws of February and June 2025): a
                // document can only cite one already adopted
                List<Law> adoptedBy = ofYear.stream().filter(l -> !l.adopted().isAfter(citedOn)).toList();
                if (adoptedBy.size() == 1) {
                    return new Resolution(adoptedBy.get(0), "year", List.of());
                }
            }
            if (ofYear.isEmpty()) {
                // "Luật Đất đai năm 2024" may give the year it took effect
                ofYear = versions.stream().filter(l -> l.effective() != null && l.effective().getYear() == year).toList();
                if (ofYear.size() == 1) {
                    return new Resolution(ofYear.get(0), "year", List.of());
                }
            }
            return ambiguous(ofYear.isEmpty() ? versions : ofYear);
        }
        if (versions.size() == 1) {
            return new Resolution(versions.get(0), "only-version", List.of());
        }
        if (citedOn != null) {
            List<Law> inForce = versions.stream().filter(l -> inForce(l, versions, citedOn)).toList();
            if (inForce.size() == 1) {
                return new Resolution(inForce.get(0), "in-force", List.of());
            }
        }
        return ambiguous(versions);
    }

    private static Resolution ambiguous(List<Law> candidates) {
        return new Resolution(null, null, candidates.stream().map(Law::reference).toList());
    }

    /** In force on {@code day}: effective (or adopted) by then and not yet replaced by a later version. */
    private boolean inForce(Law law, List<Law> versions, LocalDate day) {
        LocalDate from = law.effective() != null ? law.effective() : law.adopted();
        if (from.isAfter(day)) {
            return false;
        }
        for (Law other : laws) {
            if (other.replaces().contains(law.reference())) {
                LocalDate until = other.effective() != null ? other.effective() : other.adopted();
                if (!until.isAfter(day)) {
                    return false;
                }
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ names as words

    private static final class Node {
        final Map<String, Node> children = new LinkedHashMap<>();
        String key;
    }

    private void insert(DocType type, String name, String key) {
        Node n = root.children.computeIfAbsent(type.name(), k -> new Node());
        for (String w : nameWords(type, name)) {
            n = n.children.computeIfAbsent(w, k -> new Node());
        }
        if (n.key == null) {
            n.key = key;
        }
    }

    /** The words of a name after its type word: folded, lower-cased, commas dropped, abbreviations spelt out. */
    static List<String> nameWords(DocType type, String name) {
        List<String> out = new ArrayList<>();
        for (String w : NameWords.split(name)) {
            if (!w.equals(",")) {
                out.add(w);
            }
        }
        int typeWords = typeWordCount(type);
        return out.subList(Math.min(typeWords, out.size()), out.size());
    }

    /** "LUAT:to chuc chinh quyen dia phuong": an ordinance and a law may share a name (tín ngưỡng, tôn giáo). */
    static String nameKey(DocType type, String name) {
        return type.name() + ":" + String.join(" ", nameWords(type, name));
    }

    private static int typeWordCount(DocType type) {
        return switch (type) {
            case LUAT -> 1;
            default -> 2; // Bộ luật, Pháp lệnh, Hiến pháp, Nghị quyết
        };
    }

    /** One OCR error apart, with the digits OCR reads for "ơ"/"ô" ("6" for "ở"). */
    static boolean similar(String a, String b) {
        if (a.length() == 1 && b.length() == 1) {
            return a.equals(b) || isO(a.charAt(0)) && isO(b.charAt(0));
        }
        if (Math.min(a.length(), b.length()) == 1 && Math.max(a.length(), b.length()) == 2) {
            return a.charAt(0) == b.charAt(0); // "T quoc" for "Tổ quốc": OCR lost the vowel with its marks
        }
        if (Gazetteer.similarWord(a, b)) {
            return true;
        }
        // Longer words survive two OCR errors when their first letter does ("stra" for "sửa", "thuréng" for
        // "thưởng"): within a law's name, no other word of the table is that close.
        return Math.min(a.length(), b.length()) >= 3 && Math.max(a.length(), b.length()) >= 4
                && Gazetteer.initialClass(a) == Gazetteer.initialClass(b)
                && Math.abs(a.length() - b.length()) <= 2 // no closer than that: the distance's cheap bound first
                && editDistance(a, b) <= 2;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static boolean isO(char c) {
        return c == 'o' || c == '6' || c == '0' || c == '&';
    }

    // ------------------------------------------------------------------ loading

    private static LawTable load() {
        try (InputStream in = LawTable.class.getResourceAsStream("laws.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource laws.tsv");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final List<String> COLUMNS = List.of("kind", "name", "symbol", "adopted", "effective", "replaces",
            "amends", "aliases", "source");

    /** Reads the TSV format of {@code laws.tsv}; a malformed row is an error that names its line. */
    static LawTable parse(Reader reader) throws IOException {
        BufferedReader r = new BufferedReader(reader);
        String header = r.readLine();
        if (header == null || !Arrays.asList(header.strip().split("\t")).equals(COLUMNS)) {
            throw new IllegalArgumentException("laws.tsv: expected the header " + String.join(",", COLUMNS));
        }
        List<Law> laws = new ArrayList<>();
        String line;
        int n = 1;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != COLUMNS.size()) {
                throw new IllegalArgumentException("laws.tsv line " + n + ": " + f.length + " columns, expected "
                        + COLUMNS.size());
            }
            try {
                laws.add(new Law(DocType.valueOf(f[0].strip()), f[1].strip(), f[2].strip(),
                        LocalDate.parse(f[3].strip()), f[4].isBlank() ? null : LocalDate.parse(f[4].strip()),
                        list(f[5]), list(f[6]), list(f[7]), f[8].strip()));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalArgumentException("laws.tsv line " + n + ": " + e.getMessage(), e);
            }
        }
        return new LawTable(laws);
    }

    private static List<String> list(String field) {
        return field.isBlank() ? List.of()
                : Arrays.stream(field.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
