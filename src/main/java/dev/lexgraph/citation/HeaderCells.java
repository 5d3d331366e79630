package dev.lexgraph.citation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The head of a document as cells: its first lines, each split at the '|' that table layouts leave
 * between cells, trimmed, with rules ("-------") and blank lines dropped but remembered. Whatever the
 * layout (two columns merged line by line, a table whose cells arrive one per line, a portal's metadata
 * block), the header's parts are then read from cells: the type line, the title under it, and where the
 * title ends and the body begins.
 */
final class HeaderCells {

    /** A cell: its text, its offsets in the document, and whether a blank line or a rule stands before it. */
    record Cell(String text, int start, int end, boolean blankBefore, boolean ruleBefore) {
    }

    /** A type line: the type's name alone ("KẾ HOẠCH"), or followed by an upper-case title on the same line. */
    record TypeLine(DocType type, String rest) {
    }

    static final int HEAD_CHARS = 4_000;
    private static final int HEAD_CELLS = 50;
    private static final int TYPE_LINE_MAX = 24;
    /** Longer cells are body text, not header lines. */
    static final int CELL_MAX = 200;

    /** The first words of a body's sentence, which end a title. */
    private static final Pattern TITLE_STOP = OcrPhrase.compile("(?:«căn cứ»\\b|«th[ực]+ hiện»\\b"
            + "|«triển khai»\\b|theo\\b|«xét»\\b|«kính gửi»|«nhằm»\\b|«ngày» \\d"
            + "|\\(?«ban hành kèm»|«trên cơ sở»\\b|«phúc đáp»|«[đ]iều 1»\\b"
            + "|«chủ»\\s*«tịch»|[i1]\\.\\s|«phần» (?:i|«thứ nhất»)\\b)");

    private static final Map<String, DocType> TYPE_NAMES = new HashMap<>();

    static {
        for (DocType t : DocType.values()) {
            if (t != DocType.OTHER) {
                TYPE_NAMES.put(String.join(" ", Gazetteer.words(t.vietnameseName())), t);
            }
        }
    }

    private HeaderCells() {
    }

    /** The non-empty cells of the first lines of the text, within {@code HEAD_CHARS}. */
    static List<Cell> of(String text) {
        List<Cell> out = new ArrayList<>();
        int limit = Math.min(text.length(), HEAD_CHARS);
        boolean[] before = new boolean[2]; // a blank line, a rule, since the last cell
        int at = 0;
        // The next '|' and '\\' at or after the line: found once, searched again only when passed.
        int bar = -1;
        int escape = -1;
        while (at < limit && out.size() < HEAD_CELLS) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 || nl > limit ? limit : nl;
            if (bar != Integer.MAX_VALUE && bar < at) {
                bar = text.indexOf('|', at);
                bar = bar < 0 || bar >= limit ? Integer.MAX_VALUE : bar;
            }
            if (escape != Integer.MAX_VALUE && escape < at) {
                escape = text.indexOf('\\', at);
                escape = escape < 0 || escape >= limit ? Integer.MAX_VALUE : escape;
            }
            int added = out.size();
            int[] glued = out.size() < 2 && end - at > CELL_MAX ? gluedHeaderCuts(text, at, end) : null;
            if (glued != null) {
                // A whole header copied as one line: each of its parts a cell.
                int from = at;
                for (int cut : glued) {
                    cell(text, from, cut, out, before);
                    from = cut;
                }
                cell(text, from, end, out, before);
            } else if (bar >= end && escape >= end) {
                cell(text, at, end, out, before); // the common line: one cell
            } else {
                // A cell ends at '|' and at a line break a web page's copy left escaped ("\\r\\n").
                int from = at;
                for (int k = at; k < end; k++) {
                    char ch = text.charAt(k);
                    boolean escaped = ch == '\\' && k + 1 < end && (text.charAt(k + 1) == 'n' || text.charAt(k + 1) == 'r');
                    if (ch == '|' || escaped) {
                        cell(text, from, k, out, before);
                        from = escaped ? k + 2 : k + 1;
                    }
                }
                cell(text, from, end, out, before);
            }
            if (out.size() == added && bar >= end && text.substring(at, end).isBlank()) {
                before[0] = true; // an empty line (a line of only rules or bars is not one)
            }
            at = end + 1;
        }
        return out;
    }

    // The parts of a header that a copy from a PDF glued into one line ("BỘ TÀI CHÍNHBỘ KHOA HỌC … CỘNG HÒA XÃ HỘI
    // CHỦ NGHĨA VIỆT NAM Số: 44 /2007/TTLT-BTC-BKHCN Độc lập - Tự do - Hạnh phúc Hà Nội, ngày … THÔNG TƯ LIÊN
    // TỊCH Hướng dẫn …"), found on the folded line; the motto and the number must both be there.
    private static final Pattern GLUED_MOTTO = OcrPhrase.compile("«cộ+ng h[òa]+ xã hội chủ nghĩa»"
            // a Party or Youth Union header's right column: "ĐẢNG CỘNG SẢN VIỆT NAM", "ĐOÀN TNCS HỒ CHÍ MINH"
            + "|(?<party>«đảng cộng sản việt nam»|«đoàn tncs hồ chí minh»)");
    private static final Pattern GLUED_NUMBER = Pattern.compile("\\bs[o06eb]\\s*:\\s*\\d");
    // "độc" read from its đ, or from its ô when the đ is lost (ô as o or 0)
    private static final Pattern GLUED_INDEPENDENCE = OcrPhrase.compile("\\b[do0]\\S{0,2}c\\s*«lập»\\s*-");
    private static final Pattern GLUED_HAPPINESS = OcrPhrase.compile("«hạnh phúc»\\s*");
    private static final Pattern GLUED_YEAR = OcrPhrase.compile("«năm»\\s+\\d{4}\\s*");
    private static final int GLUED_SCAN = 600;

    /**
     * Where a header glued into one line parts: before the motto, the number and "Độc lập", after "Hạnh phúc"
     * (the place and date follow) and around the upper-case type line after the date; null when the line
     * holds no such header.
     */
    private static int[] gluedHeaderCuts(String text, int at, int end) {
        int to = Math.min(end, at + GLUED_SCAN);
        String folded = TextFolding.foldLower(text.substring(at, to));
        java.util.regex.Matcher motto = GLUED_MOTTO.matcher(folded);
        java.util.regex.Matcher number = GLUED_NUMBER.matcher(folded);
        if (!motto.find() || !number.find()) {
            return null;
        }
        List<Integer> cuts = new ArrayList<>(List.of(at + motto.start(), at + number.start()));
        java.util.regex.Matcher independence = GLUED_INDEPENDENCE.matcher(folded);
        if (independence.find()) {
            cuts.add(at + independence.start());
        }
        java.util.regex.Matcher happiness = GLUED_HAPPINESS.matcher(folded);
        // The place and date follow "Hạnh phúc", or in a Party header the number and the party's name.
        int dateFrom = -1;
        if (happiness.find()) {
            cuts.add(at + happiness.end());
            dateFrom = happiness.end();
        } else if (motto.group("party") != null) {
            dateFrom = Math.max(number.end(), motto.end());
        }
        if (dateFrom >= 0) {
            java.util.regex.Matcher year = GLUED_YEAR.matcher(folded);
            if (year.find(dateFrom)) {
                // The type line: the upper-case words right after the date, up to the first word that is not.
                int k = at + year.end();
                int typeEnd = k;
                while (typeEnd < to) {
                    int wordEnd = typeEnd;
                    while (wordEnd < to && !Character.isWhitespace(text.charAt(wordEnd))) {
                        wordEnd++;
                    }
                    String word = text.substring(typeEnd, wordEnd);
                    if (word.isEmpty() || !word.chars().allMatch(Character::isUpperCase)) {
                        int upper = 0;
                        while (upper < word.length() && Character.isUpperCase(word.charAt(upper))) {
                            upper++;
                        }
                        if (upper > 1 && (word.startsWith("Về", upper) || word.startsWith("V/v", upper))) {
                            typeEnd += upper; // "QUYẾT ĐỊNHVề việc …": the subject glued to the type line
                        }
                        break;
                    }
                    typeEnd = wordEnd;
                    while (typeEnd < to && text.charAt(typeEnd) == ' ') {
                        typeEnd++;
                    }
                }
                if (typeEnd > k) {
                    cuts.add(k);
                    cuts.add(typeEnd);
                }
            }
        }
        return cuts.stream().filter(c -> c > at && c < end).distinct().sorted().mapToInt(Integer::intValue).toArray();
    }

    /** Adds the cell {@code text[from, to)} trimmed, or notes a rule; nothing for blanks. */
    private static void cell(String text, int from, int to, List<Cell> out, boolean[] before) {
        int a = from;
        int b = to;
        while (a < b && (Character.isWhitespace(text.charAt(a)) || text.charAt(a) == '*')) {
            a++;
        }
        while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || text.charAt(b - 1) == '*')) {
            b--;
        }
        if (b == a) {
            return;
        }
        String t = text.substring(a, b);
        if (isRule(t)) {
            before[1] = true;
            return;
        }
        out.add(new Cell(t, a, b, before[0], before[1]));
        before[0] = false;
        before[1] = false;
    }

    /** A line of dashes, underscores, stars or dots ("-------", "_____"). */
    private static boolean isRule(String t) {
        for (int i = 0; i < t.length(); i++) {
            if ("-_=.*–—~ ".indexOf(t.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The cell as a type line, or null. "QUYẾT ĐỊNH:" (the articles of a decision) is not one. */
    static TypeLine typeLine(String line) {
        if (!mostlyUpper(line)) {
            return null;
        }
        return line.length() > TYPE_LINES_KEY_KEPT ? readTypeLine(line) : TYPE_LINES.get(line, HeaderCells::readTypeLine);
    }

    /** Capital lines read before ("ỦY BAN NHÂN DÂN", "KẾ HOẠCH"): every file of a body repeats its header's lines. */
    private static final Memo<String, TypeLine> TYPE_LINES = new Memo<>(20_000);
    private static final int TYPE_LINES_KEY_KEPT = 300;

    private static TypeLine readTypeLine(String line) {
        // The longest type name has four words: a fifth one only says the line goes on.
        String[] ws = Gazetteer.words(line, 5);
        if (ws.length == 0) {
            return null;
        }
        DocType best = null;
        int bestLen = 0;
        for (int n = 1; n <= Math.min(4, ws.length); n++) {
            DocType t = TYPE_NAMES.get(String.join(" ", Arrays.copyOfRange(ws, 0, n)));
            if (t != null) {
                best = t;
                bestLen = n;
            }
        }
        if (best == null) {
            return null;
        }
        if (bestLen == ws.length) {
            return line.length() <= TYPE_LINE_MAX && !line.endsWith(":") ? new TypeLine(best, null) : null;
        }
        // "KẾ HOẠCH THỰC HIỆN …": the rest of the line is the title, if it is in capitals too.
        int cut = 0;
        for (int words = 0; words < bestLen; words++) {
            while (cut < line.length() && !Character.isLetterOrDigit(line.charAt(cut))) {
                cut++;
            }
            while (cut < line.length() && Character.isLetterOrDigit(line.charAt(cut))) {
                cut++;
            }
        }
        String rest = line.substring(cut).trim();
        if (rest.startsWith(":") || rest.isEmpty() || !mostlyUpper(rest)) {
            return null;
        }
        return new TypeLine(best, rest);
    }

    /**
     * The type a line opens with when it names one in sentence case ("Báo cáo thực hiện kế hoạch …",
     * "Kế hoạch tổ chức …"): a page's title over a text with no header. Null otherwise.
     */
    static DocType typeOpening(String line) {
        String[] ws = Gazetteer.words(line);
        DocType best = null;
        for (int n = 1; n <= Math.min(4, ws.length - 1); n++) {
            DocType t = TYPE_NAMES.get(String.join(" ", Arrays.copyOfRange(ws, 0, n)));
            if (t != null) {
                best = t;
            }
        }
        return best != null && Character.isUpperCase(line.charAt(0)) && line.length() <= CELL_MAX ? best : null;
    }

    /** At least four letters in five are capitals. */
    static boolean mostlyUpper(String s) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 2 && upper * 5 >= letters * 4;
    }

    /** Whether a cell opens the body: its first words are those of a sentence ("Căn cứ", "Thực hiện", "Kính gửi" …). */
    static boolean opensBody(Cell c) {
        return TITLE_STOP.matcher(TextFolding.foldLower(c.text())).lookingAt();
    }

    /** Cues that open a title as often as a body's first sentence ("KẾ HOẠCH⏎Triển khai công tác …"). */
    private static final Pattern TITLE_OR_BODY = OcrPhrase.compile("(?:«th[ực]+ hiện»|«triển khai»|«nhằm»)\\b");

    /**
     * Whether the first cell under the type line opens the body rather than the title: a sentence cue,
     * except "Thực hiện"/"Triển khai", which open a title too unless their paragraph (the cells up to a blank
     * line) reads as the opening sentence: long, with a comma.
     */
    static boolean opensBodyUnderTypeLine(List<Cell> cells, int i) {
        Cell c = cells.get(i);
        if (!opensBody(c)) {
            return false;
        }
        if (!TITLE_OR_BODY.matcher(TextFolding.foldLower(c.text())).lookingAt()) {
            return true;
        }
        if (mostlyUpper(c.text())) {
            return false; // "THỰC HIỆN CHƯƠNG TRÌNH …" in capitals: a title; a body's sentence is in sentence case
        }
        StringBuilder paragraph = new StringBuilder(c.text());
        for (int k = i + 1; k < cells.size() && !cells.get(k).blankBefore() && !cells.get(k).ruleBefore()
                && paragraph.length() < 600; k++) {
            paragraph.append(' ').append(cells.get(k).text());
        }
        return paragraph.length() > 160 && paragraph.indexOf(",") >= 0;
    }

    /** Whether a cell goes on with a title begun above it, in capitals, or in sentence case. */
    static boolean continuesTitle(Cell c, boolean upperTitle, Cell previous) {
        if (c.ruleBefore() || c.text().length() > CELL_MAX || opensBody(c)) {
            return false;
        }
        if (upperTitle) {
            return mostlyUpper(c.text()) && typeLine(c.text()) == null;
        }
        char end = previous.text().charAt(previous.text().length() - 1);
        return !c.blankBefore() && ".;:".indexOf(end) < 0 && !mostlyUpper(c.text());
    }
}
