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
 * names a document ("phê duyệt", "ban hành", "thực hiện", "triển khai", "về", "căn cứ") and says its period
 * (the scheme a cited document is about need not: "Kết luận số … của Bộ Chính trị về Đề án sắp xếp, tổ chức
 * lại …;"); it runs to the end of its clause. A plan or a regulation ("Kế hoạch", "Quy chế", "Quy định":
 * words most documents use for their own content) is taken only when the text says which decision it was
 * issued with: "Căn cứ Quy chế hoạt động của … ban hành kèm theo Quyết định số …"; so is any other type when
 * a name runs up to those words.
 * Not a reference: a document still to be drawn up ("lập Đề án …", "góp ý dự thảo Quyết định … về Chương
 * trình …"), a name inside another document's title ("Kế hoạch Chương trình MTQG … năm 2014") or a body's name
 * ("Ban điều hành Chương trình …").
 */
final class ProgrammeNames {

    private static final Map<String, DocType> TYPES = Map.of(
            "chuong trinh", DocType.CHUONG_TRINH, "de an", DocType.DE_AN, "ke hoach", DocType.KE_HOACH,
            "quy che", DocType.QUY_CHE, "quy dinh", DocType.QUY_DINH, "thoa thuan", DocType.OTHER,
            "chien luoc", DocType.OTHER, "dieu le", DocType.OTHER, "cuong linh", DocType.OTHER);
    /** Types most documents use for their own content: named only with the decision they were issued with. */
    private static final Set<DocType> ISSUED_WITH_ONLY = Set.of(DocType.KE_HOACH, DocType.QUY_CHE, DocType.QUY_DINH);

    /** What a citation or a short form has after its type: not a name. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "^\\s*(?:s[o6]\\s*[:\\d]|s[o6]\\s*$|n[a&]y\\b|n[e&]u\\s+tr[e&]n|tr[e&]n\\b|n[a&]m\\s*\\d|\\d|/|-|,|;|\\.|:)");
    /** The verbs that name a document before it. */
    private static final Phrases NAMING_VERB = new Phrases(false, false, "phe duyet", "ban hanh", "thuc hien",
            "trien khai", "tham gia", "ve", "ve viec", "cua", "sau", "can cu");
    /** A scheme a cited document is about needs no period: "Kết luận số … của Bộ Chính trị về Đề án sắp xếp …". */
    private static final Phrases SCHEME_CUE = new Phrases(true, false, "ve", "ve viec");
    private static final int SCHEME_MIN_WORDS = 5;
    private static final int SUBJECT_REACH = 120;

    /** A document still to be made: "lập Đề án", "xây dựng Đề án", "trình Quy chế", "dự thảo Đề án". */
    private static final Phrases TO_BE_MADE = new Phrases(true, true, "lap", "xay dung", "soan thao", "du thao",
            "trinh", "hoan thien");
    /** "góp ý dự thảo Quyết định của Thủ tướng Chính phủ về Chương trình …": the subject of a draft. */
    private static final String DRAFT = "du thao";
    /**
     * Another document's title that the name is the subject of ("Kế hoạch Chương trình MTQG … năm 2014",
     * "Kế hoạch triển khai Thỏa thuận …", "Đề án Chương trình THQG"), or a body named after it ("Ban điều
     * hành Chương trình …", "Ban Chỉ đạo Đề án …").
     */
    private static final Phrases INSIDE_ANOTHER_NAME = new Phrases(true, true, java.util.stream.Stream.concat(
            java.util.stream.Stream.of("ke hoach", "de an", "chuong trinh").flatMap(t -> java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(t), java.util.stream.Stream.of("trien khai", "thuc hien", "hanh dong",
                            "phoi hop", "trien khai thuc hien", "hanh dong thuc hien", "phoi hop trien khai",
                            "phoi hop thuc hien").map(v -> t + " " + v))),
            java.util.stream.Stream.of("ban dieu hanh", "ban chi dao", "ban quan ly", "van phong dieu phoi"))
            .toArray(String[]::new));
    /** Cues before a name that the text ties to the decision it was issued with. */
    private static final Phrases ISSUED_WITH_CUE = new Phrases(true, false, "can cu", "thuc hien", "trien khai",
            "theo", "theo dung", "tai", "va");
    /** "… (được) ban hành kèm theo" a citation: where such a name ends. */
    private static final Pattern ISSUED_WITH = Pattern.compile(
            "\\s*[(,]?\\s*(?:duoc\\s+)?ban\\s+hanh\\s+kem\\s+theo\\s*");
    private static final int ISSUED_WITH_REACH = 320;
    /** "…, được ký kết ngày 14/11/2020": an agreement's year is the year it was signed. */
    private static final Pattern SIGNED = Pattern.compile("^\\s*,?\\s*(?:duoc\\s+)?ky(?:\\s+ket)?\\s+(?:vao\\s+)?ngay\\s*"
            + "\\d{1,2}\\s*(?:[/.-]\\s*\\d{1,2}\\s*[/.-]|thang\\s*\\d{1,2}\\s*,?\\s*nam)\\s*((?:19|20)\\d\\d)(?!\\d)");
    /** After "và", these lower-case words start a report's next item, not more of the name: "… và phương hướng, nhiệm vụ". */
    private static final Set<String> SECTION_NOUNS = Set.of("phuong huong", "nhiem vu", "giai phap", "ket qua",
            "kien nghi", "de xuat");
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
    /**
     * Lower-case words a name does not begin with, as spelt: the type word stands for one named before ("mục
     * tiêu của Chương trình là …", "Đề án này", "Chương trình của tỉnh").
     */
    private static final Set<String> FIRST_WORD_STOPS = Set.of("do", "được", "trên", "thuộc", "nhằm", "để", "theo",
            "đã", "sẽ", "cho", "mà", "thì", "khi", "nếu", "là", "gồm", "này", "phải", "và", "của", "với", "tại", "có");
    private static final int MAX_WORDS = 45;
    private static final int MIN_WORDS = 2;

    private ProgrammeNames() {
    }

    /**
     * The named documents of a text ({@code lower}: its folded, lower-cased form), outside its citations and
     * named laws; {@code openings}: where a capitalised word may open one ({@link CandidateRegions.Found});
     * {@code ownSymbol}: the document's own symbol (null if none): a line that opens with it (a
     * portal's title over the document: "Công văn 4836/BNN-VPĐP năm 2018 về báo cáo … thực hiện Chương trình
     * …") repeats the document's own subject, and names no document of its own.
     */
    static List<NamedReference> find(String text, int[] openings, String lower, List<Citation> citations,
                                     List<NamedReference> laws, String ownSymbol) {
        List<NamedReference> out = new ArrayList<>();
        String own = ownSymbol == null || ownSymbol.indexOf('/') < 0 ? null : TextFolding.foldLower(ownSymbol);
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
            if (TextOrder.inside(at, citations) || insideNamed(at, laws)) {
                continue;
            }
            String rest = lower.substring(typeEnd, Math.min(lower.length(), typeEnd + 12));
            if (NOT_A_NAME.matcher(rest).find()) {
                continue;
            }
            DocType type = TYPES.get(opening);
            if (ISSUED_WITH_ONLY.contains(type) && !ISSUED_WITH_CUE.mayEnd(lower, at)) {
                continue; // the test below, decided from the word before without building the clause
            }
            String before = clauseBefore(lower, at);
            boolean issuedWithCue = ISSUED_WITH_CUE.endsOf(before);
            if (!issuedWithCue && ISSUED_WITH_ONLY.contains(type)) {
                continue; // most "Kế hoạch", "Quy định" are the document's own: named only with their decision
            }
            if (TO_BE_MADE.endsOf(before) || INSIDE_ANOTHER_NAME.endsOf(before) || before.contains(DRAFT)) {
                continue; // not a document yet, or a part of another one's name
            }
            if (own != null && onLineWith(lower, at, own)) {
                continue;
            }
            NamedReference r = issuedWithCue ? readIssuedWith(text, lower, at, typeEnd, type, citations) : null;
            if (r == null && !ISSUED_WITH_ONLY.contains(type)) {
                r = read(text, lower, at, typeEnd, type, citations, before);
            }
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
        List<String> approvedNames = new ArrayList<>();
        for (NamedReference r : found) {
            int i = TextOrder.firstStartingAfter(citations, r.start()) - 1;
            while (i >= 0 && citations.get(i).end() > r.start()) {
                i--;
            }
            Citation before = i < 0 ? null : citations.get(i);
            if (before != null && r.start() - before.end() <= APPROVAL_REACH) {
                String between = lower.substring(before.end(), r.start());
                if (between.indexOf(';') < 0 && between.indexOf('.') < 0 && APPROVES.matcher(between).find()) {
                    approved.add(programmeKey(r.name()));
                    approvedNames.add(r.name());
                }
            }
        }
        if (approved.isEmpty()) {
            return found;
        }
        List<NamedReference> kept = new ArrayList<>(found.size());
        for (NamedReference r : found) {
            if (!approved.contains(programmeKey(r.name())) && !shortenedFrom(r.name(), approvedNames)) {
                kept.add(r);
            }
        }
        return kept;
    }

    private static final int SHORTENED_MIN_WORDS = 6;
    /** Room for the type word before the document's own symbol in a portal's title line. */
    private static final int OWN_TITLE_PREFIX = 24;

    /**
     * A mention that leaves words out of an approved programme's name, all its own words being the name's
     * ("Chương trình hành động quốc gia về đăng ký …" for "… quốc gia của Việt Nam về đăng ký …"), and most of them.
     */
    private static boolean shortenedFrom(String name, List<String> approvedNames) {
        List<String> words = nameWords(name);
        if (words.size() < SHORTENED_MIN_WORDS) {
            return false;
        }
        for (String a : approvedNames) {
            List<String> full = nameWords(a);
            if (words.size() * 10 >= full.size() * 7 && new java.util.HashSet<>(full).containsAll(words)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern NOT_A_KEY_CHAR = Pattern.compile("[^a-z0-9& ]");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private static List<String> nameWords(String name) {
        return List.of(keyWords(name));
    }

    /** The folded words of a name, without punctuation. */
    private static String[] keyWords(String name) {
        return BLANKS.split(NOT_A_KEY_CHAR.matcher(TextFolding.foldLower(name)).replaceAll(" ").strip());
    }

    /** A programme's first words, folded: its mentions are spelt with and without commas, shortened at the end. */
    private static String programmeKey(String name) {
        String[] words = keyWords(name);
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(words.length, 7)));
    }


    /** The opening that starts there, as a whole word, or null. */
    private static String openingAt(String lower, int at) {
        if (at + 3 >= lower.length()) {
            return null;
        }
        char second = lower.charAt(at + 1);
        char third = lower.charAt(at + 2);
        // the first three letters (four for "quy") leave at most one opening to compare
        String o = switch (lower.charAt(at)) {
            case 'c' -> second == 'h' ? (third == 'u' ? "chuong trinh" : third == 'i' ? "chien luoc" : null)
                    : second == 'u' && third == 'o' ? "cuong linh" : null;
            case 'd' -> second == 'e' && third == ' ' ? "de an" : second == 'i' && third == 'e' ? "dieu le" : null;
            case 't' -> second == 'h' && third == 'o' ? "thoa thuan" : null;
            case 'k' -> second == 'e' && third == ' ' ? "ke hoach" : null;
            case 'q' -> second == 'u' && third == 'y' && at + 4 < lower.length()
                    ? (lower.charAt(at + 4) == 'c' ? "quy che" : lower.charAt(at + 4) == 'd' ? "quy dinh" : null) : null;
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

    private static boolean insideNamed(int at, List<NamedReference> named) {
        int i = TextOrder.firstAfter(named.size(), k -> named.get(k).start(), at) - 1; // in the text's order too
        return i >= 0 && at < named.get(i).end();
    }

    /** Whether the line of {@code at} opens with a type word and {@code symbol}: "Công văn 4836/BNN-VPĐP năm 2018 …". */
    private static boolean onLineWith(String lower, int at, String symbol) {
        int from = lower.lastIndexOf('\n', at) + 1;
        for (int k = from; k <= from + OWN_TITLE_PREFIX && k + symbol.length() <= at; k++) {
            if (lower.startsWith(symbol, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that end a clause (folded, blanks collapsed, stripped): "… lập", "… Ban điều hành", the last of them
     * whole ({@code wordStart}: not the end of a longer word) and, with {@code quote}, a quotation mark after them
     * allowed. Compared as strings from the end: no regular expression tried at every character of the clause.
     */
    private record Phrases(boolean wordStart, boolean quote, String... phrases) {

        boolean endsOf(String s) {
            int e = blanksBefore(s, s.length());
            if (quote && e > 0 && (s.charAt(e - 1) == '“' || s.charAt(e - 1) == '"')) {
                e = blanksBefore(s, e - 1);
            }
            for (String p : phrases) {
                int start = e - p.length();
                if (start >= 0 && s.startsWith(p, start) && (!wordStart || start == 0 || !asciiWordChar(s.charAt(start - 1)))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * False when the clause that ends at {@code at} of the folded text cannot end with one of the phrases: the
         * word just before it does not end as any phrase's last word does. Cheaper than building the clause, and
         * never false when {@link #endsOf} of the clause would be true (the clause's last word ends that word).
         */
        boolean mayEnd(String lower, int at) {
            int e = blanksBefore(lower, at);
            if (quote && e > 0 && (lower.charAt(e - 1) == '“' || lower.charAt(e - 1) == '"')) {
                e = blanksBefore(lower, e - 1);
            }
            for (String p : phrases) {
                String last = p.substring(p.lastIndexOf(' ') + 1);
                if (e >= last.length() && lower.startsWith(last, e - last.length())) {
                    return true;
                }
            }
            return false;
        }

        private static int blanksBefore(String s, int e) {
            while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
                e--;
            }
            return e;
        }

        private static boolean asciiWordChar(char c) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
        }
    }

    /** The words before a type word, back to the start of their clause (at most 100 characters). */
    private static String clauseBefore(String lower, int at) {
        int from = Math.max(0, at - 100);
        for (int k = at - 1; k >= from; k--) {
            char c = lower.charAt(k);
            if (c == ';' || c == ':' || c == '.' && (k + 1 >= lower.length() || !Character.isDigit(lower.charAt(k + 1)))
                    || c == '\n' && k > 0 && lower.charAt(k - 1) == '\n') {
                from = k + 1;
                break;
            }
        }
        StringBuilder b = new StringBuilder(at - from);
        for (int k = from; k < at; k++) {
            char c = lower.charAt(k);
            boolean blank = Character.isWhitespace(c);
            if (!blank) {
                b.append(c);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                b.append(' ');
            }
        }
        int n = b.length();
        return n > 0 && b.charAt(n - 1) == ' ' ? b.substring(0, n - 1) : b.toString(); // blanks collapsed, stripped
    }

    /**
     * A name the text ties to the decision it was issued with: "Căn cứ Quy chế hoạt động của Ban Chấp hành …
     * khoá X, nhiệm kỳ 2012 - 2017 ban hành kèm theo Quyết định số …", "Thực hiện Quy chế quản lý … (ban hành
     * kèm theo Quyết định số …)". The name runs over "của", commas and "và" up to those words, within its clause;
     * a citation must follow them. Null when the clause has no such words.
     */
    private static NamedReference readIssuedWith(String text, String lower, int start, int typeEnd, DocType type,
                                                 List<Citation> citations) {
        int from = typeEnd;
        while (from < text.length() && (text.charAt(from) == ' ' || text.charAt(from) == '\t')) {
            from++;
        }
        if (from >= text.length() || !Character.isLetter(text.charAt(from))) {
            return null;
        }
        int limit = Math.min(text.length(), from + ISSUED_WITH_REACH);
        int clause = from;
        while (clause < limit) {
            char c = text.charAt(clause);
            if (c == ';' || c == '.' && !(clause + 1 < text.length() && Character.isDigit(text.charAt(clause + 1)))
                    || c == '\n' && clause + 1 < text.length() && text.charAt(clause + 1) == '\n') {
                break;
            }
            clause++;
        }
        int next = TextOrder.firstStartingAfter(citations, from);
        int firstCitation = next < citations.size() && citations.get(next).start() < clause ? citations.get(next).start() : clause;
        if (firstCitation == clause) {
            return null; // no decision named in the clause
        }
        Matcher m = ISSUED_WITH.matcher(lower).region(from, firstCitation);
        if (!m.find() || m.end() != firstCitation) {
            return null;
        }
        int nameEnd = m.start();
        String written = text.substring(from, nameEnd).strip();
        if (wordCount(written) < MIN_WORDS) {
            return null;
        }
        String name = type == DocType.OTHER ? text.substring(start, typeEnd) : type.vietnameseName();
        name = NameWords.spellOut(name + " " + written);
        Integer year = yearOf(lower.substring(from, nameEnd));
        return new NamedReference(start, nameEnd, text.substring(start, nameEnd), type, name, year, null, null, null,
                List.of(), null, null);
    }

    /**
     * The year a name says ("Kế hoạch … năm 2012", "Chương trình công tác năm 2018 của Ban Chỉ đạo … giai đoạn
     * 2016-2020"), not a target ("đến năm 2030") nor a period's: none when the name's own words, before the
     * owner ("của …"), give a period ("giai đoạn 2021-2025").
     */
    private static Integer yearOf(String foldedName) {
        String f = BLANKS.matcher(foldedName).replaceAll(" ");
        int owner = f.indexOf(" cua ");
        String own = owner < 0 ? f : f.substring(0, owner);
        if (own.contains("giai doan")) {
            return null;
        }
        Matcher y = YEAR.matcher(own);
        if (y.find()) {
            return Integer.valueOf(y.group(1));
        }
        if (owner < 0 || f.contains("giai doan")) {
            return null;
        }
        y = YEAR.matcher(f);
        return y.find() ? Integer.valueOf(y.group(1)) : null;
    }

    private static NamedReference read(String text, String lower, int start, int typeEnd, DocType type,
                                       List<Citation> citations, String before) {
        int i = typeEnd;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        int nameStart = i;
        int nameEnd;
        boolean quoted = i < text.length() && (text.charAt(i) == '“' || text.charAt(i) == '"');
        // "tham gia “Chương trình Nước sạch … đồng bằng sông Hồng” do …": the quote holds the type word too
        boolean quotedWhole = !quoted && start > 0 && (text.charAt(start - 1) == '“' || text.charAt(start - 1) == '"');
        if (quoted || quotedWhole) {
            int close = -1;
            for (int j = quoted ? i + 1 : i; j < Math.min(text.length(), i + 400); j++) {
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
            nameStart = quoted ? i + 1 : i;
            nameEnd = close;
        } else {
            if (i >= text.length() || !Character.isLetter(text.charAt(i))) {
                return null;
            }
            if (!Character.isUpperCase(text.charAt(i)) && !(type == DocType.DE_AN && SCHEME_CUE.endsOf(before))
                    && !NAMING_VERB.endsOf(lower.substring(Math.max(0, start - 24), start).strip())) {
                return null; // a noun of running text (the test below, before the name's end is looked for)
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
        boolean inQuotes = quoted || quotedWhole;
        if (!inQuotes && TYPES.containsKey(word(lower, nameStart) + " " + word(lower, nextWordStart(lower,
                nameStart + word(lower, nameStart).length())))) {
            return null; // "Đề án Chương trình THQG": the title of a document about another
        }
        if (!inQuotes && Character.isLowerCase(text.charAt(nameStart)) && firstWordStop(text, lower, nameStart)) {
            return null; // "mục tiêu của Chương trình là …", "… thực hiện Chương trình năm 2014": the one named before
        }
        if (!inQuotes && !Character.isUpperCase(written.charAt(0))) {
            String near = lower.substring(Math.max(0, start - 24), start).strip();
            boolean period = PERIOD.matcher(foldedName).find();
            // a scheme named without its period: a long name that fills its clause ("…; ", "… .")
            boolean scheme = type == DocType.DE_AN && SCHEME_CUE.endsOf(before)
                    && subjectOfACitation(lower, start, citations)
                    && wordCount(written) >= SCHEME_MIN_WORDS && endsClause(text, nameEnd);
            if (!scheme && !(period && NAMING_VERB.endsOf(near))) {
                return null; // "kế hoạch phát triển …" in running text is a noun, not a name
            }
        }
        String name = type == DocType.OTHER ? text.substring(start, typeEnd) : type.vietnameseName();
        name = NameWords.spellOut(name + " " + written.replace("“", "").replace("”", "").replace("\"", ""));
        Integer year = yearOf(foldedName);
        int end = quoted ? nameEnd + 1 : nameEnd;
        Matcher signed = SIGNED.matcher(lower.substring(end, Math.min(lower.length(), end + 50)));
        if (signed.find()) {
            year = Integer.valueOf(signed.group(1)); // "Thỏa thuận …, được ký kết ngày 14/11/2020"
        }
        return new NamedReference(start, end, text.substring(start, end), type, name, year, null, null, null,
                List.of(), null, null);
    }

    /** A name's last words give its period: "… giai đoạn 2016-2020", "… đến năm 2030", "… nhiệm kỳ 2020 - 2025". */
    private static final Pattern ENDS_WITH_PERIOD = Pattern.compile(
            "(?:giai doan|thoi ky|nhiem ky|den nam|nam)\\s+(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:19|20)\\d\\d)?$");
    /** What a period may still be followed by after a comma: "…, định hướng đến năm 2030", "…, tầm nhìn đến năm 2050". */
    private static final Pattern OUTLOOK = Pattern.compile("dinh huong|tam nhin");

    private static boolean endsWithPeriod(String lower, int from, int end) {
        return end - from > 12 && ENDS_WITH_PERIOD.matcher(lower).region(Math.max(from, end - 40), end).find();
    }

    /**
     * Where an unquoted name ends: its clause's end, a stop word, a capital after a comma, a new line's item; after its
     * period, a comma ("… giai đoạn 2016-2020, trong đó tập trung …") unless an outlook follows.
     */
    private static int clauseEnd(String text, String lower, int from, List<Citation> citations) {
        int end = from;
        int words = 0;
        int i = from;
        boolean accented = accented(text, from);
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
                        || isStop(text, n, n + word(lower, n).length(), word(lower, n), accented)
                        || endsWithPeriod(lower, from, end) && !OUTLOOK.matcher(lower).region(n, lower.length()).lookingAt()) {
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
            if (words > 0 && !capital && isStop(text, s, i, w, accented)) {
                if (!w.equals("va") || capitalTypeAfter(text, lower, i) || sectionNounAfter(lower, i)) {
                    break; // "và" joins words of a name unless another document or a report's item follows it
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

    /** The stop words as they are spelt: folded, "đô" (thị), "nêu" (gương), "thi" (tay nghề) would read as stops. */
    private static final Map<String, String> STOP_SPELLINGS = Map.ofEntries(Map.entry("do", "do"),
            Map.entry("duoc", "được"), Map.entry("tren", "trên"), Map.entry("thuoc", "thuộc"), Map.entry("nham", "nhằm"),
            Map.entry("de", "để"), Map.entry("theo", "theo"), Map.entry("da", "đã"), Map.entry("se", "sẽ"),
            Map.entry("cho", "cho"), Map.entry("ma", "mà"), Map.entry("thi", "thì"), Map.entry("khi", "khi"),
            Map.entry("neu", "nếu"), Map.entry("la", "là"), Map.entry("gom", "gồm"), Map.entry("nay", "này"),
            Map.entry("phai", "phải"), Map.entry("va", "và"));

    /**
     * Whether the word [s, e) of key {@code w} is a stop word: by its key in a text written without diacritics,
     * by its spelling in one written with them.
     */
    private static boolean isStop(String text, int s, int e, String w, boolean accented) {
        if (!STOPS.contains(w)) {
            return false;
        }
        String spelt = STOP_SPELLINGS.get(w);
        return !accented || spelt == null || text.regionMatches(true, s, spelt, 0, spelt.length()) && e - s == spelt.length();
    }

    /** Whether the text around {@code from} is written with diacritics (a letter beyond ASCII in the next 200 chars). */
    private static boolean accented(String text, int from) {
        for (int k = from; k < Math.min(text.length(), from + 200); k++) {
            char c = text.charAt(k);
            if (c > 0x7f && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word at {@code at} is one a name does not begin with; by its key in a text without diacritics. */
    private static boolean firstWordStop(String text, String lower, int at) {
        int e = at;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        String written = text.substring(at, e).toLowerCase(java.util.Locale.ROOT);
        if (FIRST_WORD_STOPS.contains(written)) {
            return true;
        }
        if (accented(text, at)) {
            return false; // "tài trợ", "cơ cấu", "đa dạng" are words of a name
        }
        String key = lower.substring(at, e);
        for (String stop : FIRST_WORD_STOPS) {
            if (TextFolding.foldLower(stop).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a citation ends shortly before {@code at}, in the same clause: what follows is its subject. */
    private static boolean subjectOfACitation(String lower, int at, List<Citation> citations) {
        for (int i = TextOrder.firstStartingAfter(citations, at) - 1; i >= 0; i--) {
            Citation c = citations.get(i);
            if (at - c.end() > SUBJECT_REACH) {
                break; // the earlier ones end earlier still
            }
            if (c.end() <= at) {
                String between = lower.substring(c.end(), at);
                if (between.indexOf(';') < 0 && between.indexOf(". ") < 0 && between.indexOf('\n') < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the clause ends at {@code at}: a semicolon, a full stop, a colon or a line break follows. */
    private static boolean endsClause(String text, int at) {
        int k = at;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        return k >= text.length() || ";.:\n\r".indexOf(text.charAt(k)) >= 0;
    }

    /** "… và phương hướng, nhiệm vụ …": a report's next item after "và". */
    private static boolean sectionNounAfter(String lower, int from) {
        int n = nextWordStart(lower, from);
        String w1 = word(lower, n);
        int m = nextWordStart(lower, n + w1.length());
        return SECTION_NOUNS.contains(w1 + " " + word(lower, m));
    }

    private static boolean capitalTypeAfter(String text, String lower, int from) {
        int n = nextWordStart(text, from);
        return n < text.length() && Character.isUpperCase(text.charAt(n)) && TYPE_WORDS.contains(word(lower, n));
    }

    private static boolean startsCitation(int at, List<Citation> citations) {
        int i = TextOrder.firstStartingAfter(citations, at) - 1;
        return i >= 0 && citations.get(i).start() == at;
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
