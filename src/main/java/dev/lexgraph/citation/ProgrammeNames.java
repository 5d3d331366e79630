package dev.lexgraph.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documents named without a number that are not laws: national programmes, schemes, plans, regulations,
 * strategies, agreements, charters ("Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn
 * 2021 - 2025", "Đề án “Phát triển khuyến nông …”", "Thỏa thuận hợp tác … giai đoạn 2024-2025",
 * "Điều lệ Đảng"). A name is taken when it is quoted, or starts with a capital, or follows a verb that
 * names a document ("phê duyệt", "ban hành", "thực hiện", "triển khai", "về") and says its period; it
 * runs to the end of its clause.
 */
final class ProgrammeNames {

    private static final Map<String, DocType> TYPES = Map.of(
            "chuong trinh", DocType.CHUONG_TRINH, "de an", DocType.DE_AN, "ke hoach", DocType.KE_HOACH,
            "quy che", DocType.QUY_CHE, "quy dinh", DocType.QUY_DINH, "thoa thuan", DocType.OTHER,
            "chien luoc", DocType.OTHER, "dieu le", DocType.OTHER, "cuong linh", DocType.OTHER);

    /** What a citation or a short form has after its type: not a name. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "^\\s*(?:s[o6]\\s*[:\\d]|s[o6]\\s*$|n[a&]y\\b|n[e&]u\\s+tr[e&]n|tr[e&]n\\b|\\d|/|-|,|;|\\.|:)");
    /** The verbs that name a document before it. */
    private static final Pattern NAMING_VERB = Pattern.compile(
            "(?:phe duyet|ban hanh|thuc hien|trien khai|tham gia|ve|ve viec|cua|sau)\\s*$");
    private static final Pattern PERIOD = Pattern.compile(
            "giai doan|den nam|nam \\d{4}|quoc gia|muc tieu|nhiem ky|khoa [ivxl]+");
    private static final Pattern YEAR = Pattern.compile("(?<!den )(?<!nhin )nam ((?:19|20)\\d\\d)\\b");

    /** Lower-case words that end a name: "… giai đoạn 2021-2025 | trên địa bàn tỉnh …", "| do Thủ tướng …". */
    private static final Set<String> STOPS = Set.of("do", "duoc", "tren", "thuoc", "nham", "de", "theo", "da",
            "se", "cho", "ma", "thi", "khi", "neu", "la", "gom", "nay", "phai", "va");
    /** Capitalised words that open the next clause or item after a line break. */
    private static final Set<String> OPENERS = Set.of("can", "theo", "xet", "thuc", "trien", "dieu", "uy", "ubnd",
            "quyet", "chuong", "ke", "nghi", "chi", "thong", "cong", "bo", "so", "i", "ii", "iii", "iv", "v");
    /** After "và", these capitalised words start another document: "Cương lĩnh … và Điều lệ Đảng". */
    private static final Set<String> TYPE_WORDS = Set.of("dieu", "huong", "nghi", "ke", "chuong", "quyet", "chi",
            "thong", "cong", "de", "quy", "luat", "ket");
    private static final int MAX_WORDS = 45;
    private static final int MIN_WORDS = 2;

    private ProgrammeNames() {
    }

    /**
     * The named documents of a text ({@code lower}: its folded, lower-cased form), outside its citations and
     * named laws; {@code openings}: where a capitalised word may open one ({@link CandidateRegions.Found}).
     */
    static List<NamedReference> find(String text, int[] openings, String lower, List<Citation> citations,
                                     List<NamedReference> laws) {
        List<NamedReference> out = new ArrayList<>();
        int after = 0;
        for (int at : openings) {
            String opening = openingAt(lower, at);
            if (opening == null) {
                continue;
            }
            int typeEnd = at + opening.length();
            if (at < after || Character.isUpperCase(text.charAt(typeEnd - 1))) {
                continue; // all capitals is a title line
            }
            if (inside(at, citations) || insideNamed(at, laws)) {
                continue;
            }
            String rest = lower.substring(typeEnd, Math.min(lower.length(), typeEnd + 12));
            if (NOT_A_NAME.matcher(rest).find()) {
                continue;
            }
            NamedReference r = read(text, lower, at, typeEnd, TYPES.get(opening), citations);
            if (r != null) {
                out.add(r);
                after = r.end();
            }
        }
        return withoutApprovedByACitation(out, lower, citations);
    }

    /** A citation's subject up to the programme it approves: "… của Thủ tướng Chính phủ (về việc) phê duyệt". */
    private static final Pattern APPROVES = Pattern.compile("(?:phe duyet|ban hanh)\\s*[“\"]?\\s*$");
    private static final int APPROVAL_REACH = 160;

    /**
     * Without the programmes a cited decision approves ("Quyết định số 687/QĐ-TTg … phê duyệt Đề án Phát triển
     * kinh tế tuần hoàn"): the programme is that decision's content, and the citation already refers to it;
     * so are its other mentions in the same document ("thực hiện Đề án Phát triển kinh tế tuần hoàn").
     */
    private static List<NamedReference> withoutApprovedByACitation(List<NamedReference> found, String lower,
                                                                  List<Citation> citations) {
        if (found.isEmpty() || citations.isEmpty()) {
            return found;
        }
        Set<String> approved = new java.util.HashSet<>();
        for (NamedReference r : found) {
            Citation before = null;
            for (Citation c : citations) {
                if (c.end() <= r.start()) {
                    before = c;
                }
            }
            if (before != null && r.start() - before.end() <= APPROVAL_REACH) {
                String between = lower.substring(before.end(), r.start());
                if (between.indexOf(';') < 0 && between.indexOf('.') < 0 && APPROVES.matcher(between).find()) {
                    approved.add(programmeKey(r.name()));
                }
            }
        }
        if (approved.isEmpty()) {
            return found;
        }
        List<NamedReference> kept = new ArrayList<>(found.size());
        for (NamedReference r : found) {
            if (!approved.contains(programmeKey(r.name()))) {
                kept.add(r);
            }
        }
        return kept;
    }

    /** A programme's first words, folded: its mentions are spelt with and without commas, shortened at the end. */
    private static String programmeKey(String name) {
        String[] words = TextFolding.foldLower(name).replaceAll("[^a-z0-9& ]", " ").strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(words.length, 7)));
    }


    /** The opening that starts there, as a whole word, or null. */
    private static String openingAt(String lower, int at) {
        if (at + 3 >= lower.length()) {
            return null;
        }
        char second = lower.charAt(at + 1);
        char third = lower.charAt(at + 2);
        // the first three letters leave at most one opening to compare
        String o = switch (lower.charAt(at)) {
            case 'c' -> second == 'h' ? (third == 'u' ? "chuong trinh" : third == 'i' ? "chien luoc" : null)
                    : second == 'u' && third == 'o' ? "cuong linh" : null;
            case 'd' -> second == 'e' && third == ' ' ? "de an" : second == 'i' && third == 'e' ? "dieu le" : null;
            case 't' -> second == 'h' && third == 'o' ? "thoa thuan" : null;
            default -> null;
        };
        if (o == null || !lower.startsWith(o, at)) {
            return null;
        }
        int end = at + o.length();
        return end >= lower.length() || !WordChars.isWordChar(lower.charAt(end)) ? o : null;
    }

    private static int wordCount(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    private static boolean inside(int at, List<Citation> citations) {
        for (Citation c : citations) {
            if (at >= c.start() && at < c.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideNamed(int at, List<NamedReference> named) {
        for (NamedReference n : named) {
            if (at >= n.start() && at < n.end()) {
                return true;
            }
        }
        return false;
    }

    private static NamedReference read(String text, String lower, int start, int typeEnd, DocType type,
                                       List<Citation> citations) {
        int i = typeEnd;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        int nameStart = i;
        int nameEnd;
        boolean quoted = i < text.length() && (text.charAt(i) == '“' || text.charAt(i) == '"');
        if (quoted) {
            int close = -1;
            for (int j = i + 1; j < Math.min(text.length(), i + 400); j++) {
                char c = text.charAt(j);
                if (c == '”' || c == '"') {
                    close = j;
                    break;
                }
                if (c == ';' || c == '\n' && j + 1 < text.length() && text.charAt(j + 1) == '\n') {
                    close = j; // an unclosed quote ends with its clause
                    break;
                }
            }
            if (close < 0) {
                return null;
            }
            nameStart = i + 1;
            nameEnd = close;
        } else {
            if (i >= text.length() || !Character.isLetter(text.charAt(i))) {
                return null;
            }
            nameEnd = clauseEnd(text, lower, i, citations);
        }
        String written = text.substring(nameStart, nameEnd).strip();
        if (written.isEmpty()) {
            return null;
        }
        String foldedName = lower.substring(nameStart, nameEnd);
        if (wordCount(written) < MIN_WORDS) {
            return null;
        }
        if (!quoted && !Character.isUpperCase(written.charAt(0))) {
            String before = lower.substring(Math.max(0, start - 24), start).strip();
            if (!NAMING_VERB.matcher(before).find() || !PERIOD.matcher(foldedName).find()) {
                return null; // "kế hoạch phát triển …" in running text is a noun, not a name
            }
        }
        String name = type == DocType.OTHER ? text.substring(start, typeEnd) : type.vietnameseName();
        name = NameWords.spellOut(name + " " + written.replace("“", "").replace("”", "").replace("\"", ""));
        Integer year = null;
        if (!foldedName.contains("giai doan")) {
            Matcher y = YEAR.matcher(foldedName.replaceAll("\\s+", " "));
            if (y.find()) {
                year = Integer.valueOf(y.group(1));
            }
        }
        int end = quoted ? nameEnd + 1 : nameEnd;
        return new NamedReference(start, end, text.substring(start, end), type, name, year, null, null, null,
                List.of(), null, null);
    }

    /** Where an unquoted name ends: its clause's end, a stop word, a capital after a comma, a new line's item. */
    private static int clauseEnd(String text, String lower, int from, List<Citation> citations) {
        int end = from;
        int words = 0;
        int i = from;
        while (i < text.length() && words < MAX_WORDS) {
            char c = text.charAt(i);
            if (c == ';' || c == '.' && !(i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))
                    || c == ':' || c == '”' || c == '(' || c == ')' || c == '|') {
                break;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == ',') {
                int n = nextWordStart(text, i + 1);
                if (n >= text.length() || !Character.isLowerCase(text.charAt(n))
                        || STOPS.contains(word(lower, n))) {
                    break;
                }
                i++;
                continue;
            }
            int s = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && ",;:()”|".indexOf(text.charAt(i)) < 0
                    && !(text.charAt(i) == '.' && (i + 1 >= text.length() || !Character.isDigit(text.charAt(i + 1))))) {
                i++;
            }
            String w = lower.substring(s, i);
            boolean capital = Character.isUpperCase(text.charAt(s));
            if (words > 0 && !capital && STOPS.contains(w)) {
                if (!w.equals("va") || capitalTypeAfter(text, lower, i)) {
                    break; // "và" joins words of a name unless another document follows it
                }
            }
            if (words > 0 && capital && text.substring(end, s).indexOf('\n') >= 0 && (OPENERS.contains(w)
                    || text.substring(end, s).indexOf('\n') != text.substring(end, s).lastIndexOf('\n'))) {
                break; // the next item or clause
            }
            if (startsCitation(s, citations)) {
                break;
            }
            end = i;
            words++;
        }
        return end;
    }

    private static boolean capitalTypeAfter(String text, String lower, int from) {
        int n = nextWordStart(text, from);
        return n < text.length() && Character.isUpperCase(text.charAt(n)) && TYPE_WORDS.contains(word(lower, n));
    }

    private static boolean startsCitation(int at, List<Citation> citations) {
        for (Citation c : citations) {
            if (c.start() == at) {
                return true;
            }
        }
        return false;
    }

    private static int nextWordStart(String text, int from) {
        int n = from;
        while (n < text.length() && Character.isWhitespace(text.charAt(n))) {
            n++;
        }
        return n;
    }

    private static String word(String lower, int from) {
        int e = from;
        while (e < lower.length() && Character.isLetterOrDigit(lower.charAt(e))) {
            e++;
        }
        return lower.substring(from, e);
    }
}
