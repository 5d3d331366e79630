package dev.lexgraph.citation;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who issued a document and where it belongs, from what the lines of its head say ({@link HeaderLines}): the
 * province from the left column ("UBND TỈNH X"), else the place of the date line, else a portal's metadata, else
 * the province the text names most; the issuing body and its parent from the left column through the gazetteer,
 * else the metadata, else the department that opens the text or that it names most.
 */
final class HeaderIssuer {

    /** How much of a document is searched for the province and issuer when its header lacks them. */
    private static final int SCAN_LIMIT = 4_000;
    private static final int DEPARTMENT_SCAN = 3_000;
    private static final int DEPARTMENT_ENOUGH = 3;
    private static final Pattern TINH_X = Pattern.compile(
            "(?=[Tt])\\b(?:[Tt]inh|[Tt]hanh pho)\\s+(\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){0,2}"
                    // "tỉnh Bà Rịa - Vũng Tàu": a name in two parts
                    + "(?:\\s*-\\s*\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){0,2})?)");
    /** A people's committee or council named without its province, folded, and its name with it. */
    private static final Map<String, String> BARE_COUNCILS = Map.of(
            "uy ban nhan dan", "UBND {p}", "hoi dong nhan dan", "HĐND {p}");

    /**
     * The issuing body and its parent from the left column read as one ("ỦY BAN NHÂN DÂN TỈNH X SỞ Y":
     * the parent, then the issuer); a body the gazetteer does not know is kept as written.
     */
    private static String[] issuerAndParent(List<String> leftColumn, Gazetteer.Province province) {
        if (leftColumn.isEmpty()) {
            return new String[2];
        }
        String key = String.join("\n", leftColumn) + '\u0000' + (province == null ? "" : province.name());
        if (key.length() > BODIES_KEY_KEPT) {
            return readIssuerAndParent(leftColumn, province);
        }
        return BODIES.get(key, k -> readIssuerAndParent(leftColumn, province)).clone();
    }

    /** The issuer and parent read from a left column, by column and province: a body heads all its files alike. */
    private static final Memo<String, String[]> BODIES = new Memo<>(20_000);
    private static final int BODIES_KEY_KEPT = 600;

    private static String[] readIssuerAndParent(List<String> leftColumn, Gazetteer.Province province) {
        if (leftColumn.isEmpty()) {
            return new String[2];
        }
        Gazetteer gaz = Gazetteer.get();
        String left = String.join(" ", leftColumn);
        String[] ws = Gazetteer.words(left);
        Gazetteer.BodyMatch first = gaz.bodyAt(ws, 0, province);
        if (first == null) {
            // A portal's title, date or list of related documents copied above the header ("Kế hoạch 215/KH-UBND
            // 2022 …⏎ỦY BAN NHÂN DÂN TỈNH LÀO CAI"): the body starts at the first line the gazetteer knows.
            for (int k = 1; k < leftColumn.size(); k++) {
                List<String> rest = leftColumn.subList(k, leftColumn.size());
                if (gaz.bodyAt(Gazetteer.words(String.join(" ", rest)), 0, province) != null) {
                    return readIssuerAndParent(rest, province);
                }
            }
            // The title glued to the header on one line ("Nghị quyết 09/NQ-HĐND năm 2025 … tỉnh Bình Phước HỘI ĐỒNG
            // NHÂN DÂN TỈNH BÌNH PHƯỚC"): the header's body is written in capitals.
            int caps = capitalBodyStart(left, province);
            if (caps > 0) {
                return readIssuerAndParent(List.of(left.substring(caps)), province);
            }
            return new String[] {left, null};
        }
        if (first.wordsUsed() >= ws.length) {
            return new String[] {first.name(), null};
        }
        Gazetteer.BodyMatch second = gaz.bodyAt(ws, first.wordsUsed(), province);
        if (second != null) {
            return new String[] {second.name(), first.name()};
        }
        // The rest is a body the gazetteer lacks ("BAN CHỈ ĐẠO …"): its own line when it has one.
        return new String[] {leftColumn.size() > 1 ? leftColumn.get(leftColumn.size() - 1) : left, first.name()};
    }

    /**
     * Where, after other words, a known body's name starts in capitals of two words or more ("… HỘI ĐỒNG NHÂN DÂN TỈNH
     * …", "… BỘ NÔNG NGHIỆP …"), or a people's council or committee without its province ends the text; -1 when none
     * does.
     */
    private static int capitalBodyStart(String left, Gazetteer.Province province) {
        for (int i = 1; i + 1 < left.length(); i++) {
            if (left.charAt(i - 1) == ' ' && isCapitalWord(left, i) && !afterCapitalWord(left, i)) {
                Gazetteer.BodyMatch b = Gazetteer.get().bodyAt(Gazetteer.words(left.substring(i)), 0, province);
                if (b != null && b.wordsUsed() >= 2
                        || BARE_COUNCILS.containsKey(TextFolding.foldLower(left.substring(i)).strip())) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * Whether the last word before {@code i} is in capitals too: then the capitals started earlier, and a joint
     * header ("THƯỜNG TRỰC HĐND - UBND TỈNH HÒA BÌNH") is not cut inside.
     */
    private static boolean afterCapitalWord(String s, int i) {
        int k = i - 1;
        while (k >= 0 && !Character.isLetter(s.charAt(k))) {
            k--;
        }
        int end = k + 1;
        while (k >= 0 && Character.isLetter(s.charAt(k))) {
            k--;
        }
        return end > k + 1 && isCapitalWord(s, k + 1);
    }

    /** Whether the word at {@code i} is two letters or more, every one a capital. */
    private static boolean isCapitalWord(String s, int i) {
        int k = i;
        while (k < s.length() && Character.isLetter(s.charAt(k))) {
            if (!Character.isUpperCase(s.charAt(k))) {
                return false;
            }
            k++;
        }
        return k - i >= 2;
    }

    private static final int ISSUING_SCAN = 3_000;
    private static final Pattern ISSUES = Pattern.compile("\\b(?:da |vua )?ban hanh\\s+(\\p{L}+ \\p{L}+)");
    /** Each type's name, folded: what a document issued is called. */
    private static final java.util.Set<String> TYPE_NAMES = java.util.Arrays.stream(DocType.values())
            .map(t -> TextFolding.foldLower(t.vietnameseName())).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * The body a text without a header says issued a document: the whole subject of a clause that issues one ("Ngày
     * 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị …", "…, UBND tỉnh ban hành Kế hoạch …"). A body named
     * inside a longer clause ("… Nghị quyết số 30c/NQ-CP của Chính phủ ban hành Chương trình …") is a citation's
     * issuer, not the subject. Null when no clause near the start does so.
     */
    private static String issuingSubject(String text, Gazetteer.Province province) {
        String head = TextFolding.foldLower(text.substring(0, Math.min(text.length(), ISSUING_SCAN)));
        Matcher m = ISSUES.matcher(head);
        // "ban hanh" is looked up by indexOf and the expression tried from just before it ("da ", "vua "): the
        // leftmost match from there is the one a scan from the clause's start would find, far faster.
        for (int from = 0, at; (at = head.indexOf("ban hanh", from)) >= 0 && m.find(Math.max(from, at - 4));
                from = m.end()) {
            String issued = m.group(1);
            if (TYPE_NAMES.stream().noneMatch(issued::startsWith)) {
                continue;
            }
            int clause = m.start();
            while (clause > 0 && ",.;:\n".indexOf(head.charAt(clause - 1)) < 0) {
                clause--;
            }
            String[] ws = Gazetteer.words(text.substring(clause, m.start()));
            if (ws.length == 0) {
                continue;
            }
            Gazetteer.BodyMatch b = Gazetteer.get().bodyAt(ws, 0, province);
            if (b != null && b.wordsUsed() == ws.length) {
                return b.name();
            }
        }
        return null;
    }

    /** "Sở Khoa học và Công nghệ xây dựng Kế hoạch …": the body that opens the operative sentence. */
    private static String openingIssuer(String text, Gazetteer.Province province) {
        String head = text.substring(0, Math.min(text.length(), 2500));
        for (String p : paragraphOpenings(head)) {
            if (Character.isUpperCase(p.isEmpty() ? 'x' : p.charAt(0))) {
                // A body's name and its province fill a few words: the rest of the paragraph is not compared
                Gazetteer.BodyMatch b = Gazetteer.get().body(CitationResolution.firstWords(p, 20), province);
                if (b != null && b.name().startsWith("Sở")) {
                    return b.name();
                }
            }
        }
        return null;
    }

    /**
     * Each paragraph of the text (paragraphs are parted by a line break, blanks, and another line break), from its
     * first character that is no blank, underscore, asterisk or dash. A hand-written scan: the text before a header's
     * body is read for every file, and a regular expression tried at every character cost more than the rest.
     */
    static List<String> paragraphOpenings(String s) {
        List<String> out = new java.util.ArrayList<>();
        int start = 0;
        int nl = s.indexOf('\n');
        while (nl >= 0) {
            int j = nl + 1;
            int lastBreak = -1;
            for (; j < s.length() && WordChars.isRegexBlank(s.charAt(j)); j++) {
                if (s.charAt(j) == '\n') {
                    lastBreak = j;
                }
            }
            if (lastBreak < 0) {
                nl = s.indexOf('\n', j);
                continue;
            }
            out.add(withoutLeadingJunk(s, start, nl));
            start = lastBreak + 1;
            nl = s.indexOf('\n', start);
        }
        out.add(withoutLeadingJunk(s, start, s.length()));
        return out;
    }

    private static String withoutLeadingJunk(String s, int from, int to) {
        while (from < to && (WordChars.isRegexBlank(s.charAt(from)) || s.charAt(from) == '_' || s.charAt(from) == '*'
                || s.charAt(from) == '-')) {
            from++;
        }
        return s.substring(from, to);
    }

    /** The department ("Sở …") the text names most often, for a file whose header does not say. */
    private static String mostNamedDepartment(String text, Gazetteer.Province province) {
        Map<String, Integer> counts = new HashMap<>();
        int n = Math.min(text.length(), DEPARTMENT_SCAN);
        for (int i = 0; i + 2 < n; i++) {
            // A two-letter word "Sở" (or its OCR readings S&, S¢, S6) opens a department's name.
            char c = text.charAt(i);
            if ((c == 'S' || c == 's') && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && text.charAt(i + 2) == ' ' && text.charAt(i + 1) != ' ') {
                Gazetteer.BodyMatch b = Gazetteer.get().bodyAt(
                        Gazetteer.words(text.substring(i, Math.min(text.length(), i + 80))), 0, province);
                if (b != null && b.name().startsWith("Sở")
                        && counts.merge(b.name(), 1, Integer::sum) >= DEPARTMENT_ENOUGH) {
                    break; // named often enough: the document's own department
                }
            }
        }
        return counts.isEmpty() ? null : Collections.max(counts.entrySet(), Map.Entry.comparingByValue()).getKey();
    }

    static Gazetteer.Province mostNamedProvince(String text) {
        return mostNamedProvince(text, false);
    }

    /**
     * The province the text names most in "tỉnh X" or "thành phố X"; with {@code provincesOnly}, none of the
     * centrally-run cities (for a body the text calls a "tỉnh"'s).
     */
    static Gazetteer.Province mostNamedProvince(String text, boolean provincesOnly) {
        Map<String, Integer> counts = new HashMap<>();
        String f = TextFolding.fold(text.substring(0, Math.min(text.length(), SCAN_LIMIT)));
        Gazetteer gaz = Gazetteer.get();
        // "tỉnh X" / "thành phố X" with X capitalised; indexOf finds the candidates far faster than a
        // regular expression walking every position.
        for (String key : new String[] {"inh ", "hanh pho "}) {
            for (int at = f.indexOf(key); at >= 0; at = f.indexOf(key, at + 1)) {
                int w = at - 1;
                if (w < 0 || Character.toLowerCase(f.charAt(w)) != 't' || w > 0 && Character.isLetter(f.charAt(w - 1))) {
                    continue;
                }
                int nameAt = at + key.length();
                if (nameAt < f.length() && Character.isUpperCase(f.charAt(nameAt))) {
                    Matcher m = TINH_X.matcher(f).region(w, Math.min(f.length(), nameAt + 40));
                    if (m.lookingAt()) {
                        Gazetteer.Province p = gaz.findProvince(m.group(1));
                        if (p != null && !(provincesOnly && p.city())) {
                            counts.merge(p.name(), namesABody(f, w) ? BODY_WEIGHT : 1, Integer::sum);
                        }
                    }
                }
            }
        }
        if (counts.isEmpty()) {
            return null;
        }
        String best = Collections.max(counts.entrySet(), Map.Entry.comparingByValue()).getKey();
        return gaz.provinceByName(best);
    }

    /**
     * A province named in a local body's name ("UBND tỉnh Nghệ An giao Sở …") says whose text it is more surely than
     * one named as a place: a news item on a province's agreement with "Thành phố Hồ Chí Minh" names the partner
     * city more often than its own province.
     */
    private static final int BODY_WEIGHT = 3;
    private static final String[] BODY_BEFORE_PROVINCE = {"ubnd ", "uy ban nhan dan ", "hdnd ", "hoi dong nhan dan "};

    /** Whether the words before {@code at} ("tỉnh …" or "thành phố …" in folded text) end with a council's or committee's name. */
    private static boolean namesABody(String folded, int at) {
        for (String body : BODY_BEFORE_PROVINCE) {
            int from = at - body.length();
            if (from >= 0 && folded.regionMatches(true, from, body, 0, body.length())) {
                return true;
            }
        }
        return false;
    }

    private HeaderIssuer() {
    }

    /** The province the document belongs to, its place as the gazetteer names it, the issuer and its parent body. */
    record Resolved(Gazetteer.Province province, String place, String issuer, String parentBody) {
    }

    static Resolved resolve(String text, List<String> leftColumn, String placeWritten, PortalMetadata meta) {
        Gazetteer gaz = Gazetteer.get();
        Gazetteer.Province province = null;
        String left = String.join(" ", leftColumn);
        if (!leftColumn.isEmpty()) {
            province = gaz.findProvince(left);
        }
        String place = null;
        if (placeWritten != null && !placeWritten.isEmpty()) {
            Gazetteer.Province p = gaz.findProvince(placeWritten);
            place = p != null ? p.name() : placeWritten;
            if (province == null) {
                province = p;
            }
        }
        if (province == null && meta.issuer() != null) {
            province = gaz.findProvince(meta.issuer());
        }
        if (province == null) {
            province = mostNamedProvince(text);
        }
        String[] bodies = issuerAndParent(leftColumn, province);
        String issuer = bodies[0];
        String parentBody = bodies[1];
        if (issuer == null && meta.issuer() != null) {
            Gazetteer.BodyMatch b = gaz.body(meta.issuer(), province);
            issuer = b != null ? b.name() : meta.issuer();
        }
        if (issuer != null && province != null && province.name().equals(place) && !leftColumn.isEmpty()) {
            // "ỦY BAN NHÂN DÂN" alone, the province's line lost in a table's cells, over "Cà Mau, ngày …": the
            // council or committee of the province the date line names (a district's would name its district).
            String bare = BARE_COUNCILS.get(TextFolding.foldLower(issuer).strip());
            if (bare != null) {
                issuer = Gazetteer.fill(bare, province);
            }
        }
        if (issuer == null) {
            issuer = openingIssuer(text, province);
        }
        if (issuer == null) {
            issuer = issuingSubject(text, province);
            if (issuer != null && province == null) {
                province = gaz.findProvince(issuer); // "Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành …"
            }
        }
        if (issuer == null) {
            issuer = mostNamedDepartment(text, province);
        }
        return new Resolved(province, place, issuer, parentBody);
    }
}
