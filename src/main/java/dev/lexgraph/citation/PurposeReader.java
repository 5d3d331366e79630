package dev.lexgraph.citation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Why the document was issued: the citations that state its purpose. Those are the documents it carries
 * out as named in its title ("KẾ HOẠCH Thực hiện Chỉ thị số 33/CT-TTg …") or in its opening, the
 * sentences between the title and the first heading of its body ("Thực hiện Chỉ thị …, Sở … ban hành Kế
 * hoạch …"; for a report or a letter also the request it answers: "Phúc đáp Công văn số …"). A legal
 * basis ("Căn cứ …"), a request a decision acts on ("Theo đề nghị … tại Tờ trình số …"), a document named
 * in another's subject and a task of the body ("tiếp tục thực hiện …" under "II. NHIỆM VỤ") are not.
 */
final class PurposeReader {

    /** How far after the title the opening may run when no heading ends it. */
    private static final int OPENING_MAX = 2_500;

    /** A line that heads a part of the body: "I. MỤC ĐÍCH", "1.", "Phần I", "Điều 1", "QUYẾT ĐỊNH:". */
    private static final Pattern HEADING = OcrPhrase.compile("^[\\s*-]*(?:[ivx]{1,4}\\s*[.\\-:)]|\\d{1,2}\\s*[.)]\\s|[a-d]\\s*\\)\\s"
            + "|«phần»\\s+(?:[ivx]{1,4}|\\d|«thứ»)\\b|«ch[ươ]+ng»\\s+[ivx1-9]\\b|«[đ]iều»\\s+1\\b"
            + "|(?:«quyết định»|«quyết nghị»|«chỉ thị»)\\s*:)");

    private PurposeReader() {
    }

    /** The citations with {@code purpose} set where they state the document's purpose. */
    static List<Citation> mark(String text, HeaderReader.Result header, List<Citation> citations) {
        DocType own = header.header() == null ? null : header.header().type();
        if (own == null) {
            return citations; // a text of no known kind (an article, a speech) states no purpose of its own
        }
        int openingStart = Math.max(0, header.bodyStart());
        int openingEnd = -1; // found when a citation stands after the opening's start
        List<Citation> out = new ArrayList<>(citations.size());
        boolean previousLed = false;
        int previousEnd = -1; // the end of the opening's last citation that may state the purpose
        for (Citation c : citations) {
            boolean inTitle = header.titleStart() >= 0 && c.start() >= header.titleStart() && c.start() < header.titleEnd();
            if (!inTitle && c.start() >= openingStart && openingEnd < 0) {
                openingEnd = openingEnd(text, openingStart);
            }
            boolean inOpening = !inTitle && c.start() >= openingStart && c.start() < openingEnd;
            boolean eligible = c.from() == null
                    && (c.relation() == Relation.IMPLEMENTS || c.relation() == Relation.RESPONDS_TO && answersRequests(own));
            boolean purpose = eligible && inTitle;
            if (eligible && !inTitle && header.titleStart() > 0 && c.start() < header.titleStart()) {
                purpose = announcesOwnIssue(text, c, header.titleStart(), own); // a news item's lead above the heading
            }
            if (inOpening) {
                // The cue that states the purpose opens its clause ("Thực hiện A, B …; C …, UBND tỉnh ban hành"); a
                // "thực hiện nghiêm …" after the operative verb of the sentence is a task, not the purpose.
                int leadFrom = Math.max(openingStart, c.start() - LEAD_MAX);
                String lead = lead(text, leadFrom, c.start());
                boolean led;
                if (lead.isEmpty() && previousEnd < 0) {
                    // the first citation of a list headed by a law named without a number ("Thực hiện Luật Phổ biến,
                    // giáo dục pháp luật ngày 20/6/2012; Nghị định số 28/2013/NĐ-CP …"): the sentence's cue heads it
                    led = opensPurpose(text, sentenceLead(text, leadFrom, c.start()), c.start());
                } else if (lead.isEmpty() || joinsList(text, previousEnd, c.start(), lead)) {
                    led = previousLed;
                } else {
                    led = opensPurpose(text, lead, c.start());
                }
                purpose = eligible && led && !(c.relation() == Relation.RESPONDS_TO && opinionAfterRequest(lead));
                if (eligible || lead.isEmpty()) {
                    previousLed = led; // a document named in another's subject does not break the list
                }
                if (eligible) {
                    previousEnd = c.end();
                }
            }
            out.add(purpose ? c.withPurpose(true) : c);
        }
        if (header.titleStart() >= 0 && out.stream().noneMatch(Citation::purpose)) {
            approvalOfNamedProgramme(text, text.substring(header.titleStart(), header.titleEnd()), out);
        }
        return out;
    }

    /** "THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TRONG XÂY DỰNG …": a title that names what it carries out by its name. */
    private static final Pattern NAMED_PROGRAMME = OcrPhrase.compile("\\b(?:«th[ực]+»\\s+«hiệ+n»|«triể?n»\\s+«kh[a]i»)\\s+"
            + "(?<name>(?:«ch[ươ]+ng trình»|«[đề] á-?n»|«chiến l[ượ]+c»|«quy hoạch»)(?:\\s+[^\\s,;.()]+){4})");
    /** After a citation and its issuer, the words that say it approves or issues something: "… phê duyệt Chương trình …". */
    private static final Pattern APPROVES = OcrPhrase.compile("^[^;.]{0,80}?\\b(?:«phê duyệt»|«ban hành»)\\s+");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    /**
     * A plan whose title carries out a programme, scheme or strategy by its name ("KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH
     * CHUYỂN ĐỔI SỐ …", no number) carries out the cited document that approved it ("Quyết định số 924/QĐ-TTg …
     * phê duyệt Chương trình chuyển đổi số …"): the same kind and the same first words of the name.
     */
    private static void approvalOfNamedProgramme(String text, String title, List<Citation> citations) {
        java.util.regex.Matcher t = NAMED_PROGRAMME.matcher(BLANKS.matcher(TextFolding.foldLower(title)).replaceAll(" "));
        if (!t.find()) {
            return;
        }
        String name = t.group("name");
        for (int i = 0; i < citations.size(); i++) {
            Citation c = citations.get(i);
            if (c.from() != null || c.relation() != Relation.CITES) {
                continue; // "Căn cứ Quyết định … phê duyệt Quy hoạch …" is the plan's basis, stated as such
            }
            String after = BLANKS.matcher(TextFolding.foldLower(text.substring(c.end(), Math.min(text.length(), c.end() + 300))))
                    .replaceAll(" ");
            java.util.regex.Matcher a = APPROVES.matcher(after);
            if (a.lookingAt() && after.startsWith(name, a.end())) {
                citations.set(i, c.withRelation(Relation.IMPLEMENTS, null).withPurpose(true));
                return;
            }
        }
    }

    private static final int LEAD_MAX = 600;
    /** The cues that state a purpose at the head of their clause, a few words in at most ("Để triển khai …"). */
    private static final Pattern PURPOSE_CUE = OcrPhrase.compile("^(?:"
            // a connector may come first: "Theo đó, thực hiện đề nghị của Bộ Y tế tại Công văn số …"
            + "(?:«theo [đ]ó-?»|«trên cơ sở [đ]ó-?»|«do [đ]ó-?»),\\s*)?"
            // "tiếp tục thực hiện …" sets a task; "Xét Công văn số …", "Bộ … nhận được Văn bản số …" open a letter's answer
            // "giao Bộ … sớm triển khai thực hiện …" assigns a task; "Sau 02 năm triển khai thực hiện …" reports on one
            + "(?!«tiếp tục»\\b|giao|(?:sau|qua)\\s+\\S+\\s+(?:«năm»|«tháng»)\\b)(?:«xét»\\s*$|[^,;:]{0,40}?\\b«nhận đượ-?c»\\s*$"
            + "|[^,;:]{0,40}?\\b(?:«th[ực]+»\\s+«hiệ+n»|«triể?n»\\s+«kh[a]i»"
            + "|«phúc đáp»|«trả lời»|«theo yêu cầu»|(?:theo|«xét»|v[e&]) (?:«[đề] nghị»|«báo cáo»)"
            + "|«cụ thể hóa»)\\b"
            // "… được ban hành trên cơ sở thực hiện …": a news item saying what the announced document carries out
            + "|.{0,200}?\\b«ban hành»\\s+(?:«trên cơ sở»\\s+|«[để]»\\s+)(?:«th[ực]+»\\s+«hiệ+n»|«triể?n»\\s+«kh[a]i»)\\b)");
    /** A line that opens with a clause's cue begins a new clause, whatever ends the line above it. */
    private static final Pattern LINE_CUE = OcrPhrase.compile("(?:«th[ực]+»\\s+«hiệ+n»|«triể?n»\\s+«kh[a]i»|«phúc đáp»"
            + "|«theo yêu cầu»|«theo [đề] nghị»|«xét [đề] nghị»|«căn cứ»)\\b");
    private static final Pattern LIST_JOIN = OcrPhrase.compile("^(?:«và-»|,|«và- các»)?\\s*$");

    /**
     * The words of the citation's clause before it, folded: from the last sentence end or semicolon (or the
     * opening's start). Empty when the citation opens its clause as a list item ("…; Kế hoạch số …", "và …").
     */
    private static String lead(String text, int from, int to) {
        int start = from;
        for (int i = to - 1; i >= from; i--) {
            char ch = text.charAt(i);
            if (ch == ';' || ch == '.' && i + 1 < to && Character.isWhitespace(text.charAt(i + 1))
                    || ch == '\n' && i > from && (text.charAt(i - 1) == '\n' || ".;:".indexOf(prevNonBlank(text, i)) >= 0
                            || opensWithCue(text, i + 1, to) || addresseeLine(text, i))) {
                start = i + 1;
                break;
            }
        }
        String lead = foldedItem(text, start, to);
        return LIST_JOIN.matcher(lead).matches() ? "" : lead;
    }

    /** The words from {@code start} to {@code to}, folded, after a list item's marker. */
    private static String foldedItem(String text, int start, int to) {
        int from = start;
        while (from < to && (Character.isWhitespace(text.charAt(from)) || "-+*•".indexOf(text.charAt(from)) >= 0)) {
            from++;
        }
        return TextFolding.foldLower(text.substring(from, to)).strip();
    }

    /** Whether a clause's lead opens with a purpose cue, the citation at {@code at} not yet in the main clause. */
    private static boolean opensPurpose(String text, String lead, int at) {
        return PURPOSE_CUE.matcher(lead).lookingAt() && !inMainClause(text, at - lead.length(), at);
    }

    /**
     * The words of the citation's sentence before it, folded, semicolons included: from the last sentence end or
     * blank line (or {@code from}).
     */
    private static String sentenceLead(String text, int from, int to) {
        int start = from;
        for (int i = to - 1; i >= from; i--) {
            char ch = text.charAt(i);
            if (ch == '.' && i + 1 < to && Character.isWhitespace(text.charAt(i + 1))
                    || ch == '\n' && i > from && (text.charAt(i - 1) == '\n' || ".:".indexOf(prevNonBlank(text, i)) >= 0)) {
                start = i + 1;
                break;
            }
        }
        return foldedItem(text, start, to);
    }

    /** "… xây dựng Kế hoạch …", "… ban hành Chương trình …" (folded), the document's own kind named after it. */
    private static final Pattern ISSUES = Pattern.compile("\\b(?:ban hanh|xay dung)\\s+(\\S+(?:\\s+\\S+){0,3})");

    /**
     * A news item's lead above the document's heading that says why it was issued: "Thực hiện Thông tri số 31
     * “…”. Ban Thường vụ tỉnh Đoàn … xây dựng Kế hoạch …, với những nội dung như sau:" then "KẾ HOẠCH …". The
     * cue opens the citation's sentence, and the same paragraph issues a document of the document's own kind.
     */
    private static boolean announcesOwnIssue(String text, Citation c, int headingStart, DocType own) {
        String lead = lead(text, Math.max(0, c.start() - LEAD_MAX), c.start());
        if (lead.isEmpty() || !PURPOSE_CUE.matcher(lead).lookingAt()) {
            return false;
        }
        int end = c.end();
        // To the end of the lead's paragraph: its issuing sentence may follow the cited one's quoted subject.
        while (end < headingStart && end - c.end() < LEAD_MAX && text.charAt(end) != '\n') {
            end++;
        }
        java.util.regex.Matcher m = ISSUES.matcher(TextFolding.foldLower(text.substring(c.end(), end)));
        String kind = TextFolding.foldLower(own.vietnameseName());
        while (m.find()) {
            if (m.group(1).startsWith(kind)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line that ends at {@code lineBreak} is a letter's addressee ("Kính gửi: Văn phòng Chính phủ"). */
    private static boolean addresseeLine(String text, int lineBreak) {
        int start = text.lastIndexOf('\n', lineBreak - 1) + 1;
        while (start < lineBreak && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start + 8 <= lineBreak && (text.charAt(start) == 'K' || text.charAt(start) == 'k')
                && TextFolding.foldLower(text.substring(start, start + 8)).equals("kinh gui");
    }

    /** The words between two members of a list: the first one's issuer and subject, then "và" or a comma. */
    private static final Pattern LIST_MEMBER_END = OcrPhrase.compile("(?:,|\\b«và-»)\\s*$");

    /**
     * Whether the citation is the next member of a list whose previous member (ending at {@code previousEnd})
     * stands in its clause: "Thực hiện Nghị định số A …; Thông tư số B … về định mức chi phí … và Quyết định số
     * C …" — only that member's issuer and subject come between, then "và" or a comma.
     */
    private static boolean joinsList(String text, int previousEnd, int start, String lead) {
        if (previousEnd < 0 || previousEnd > start || start - previousEnd > lead.length()) {
            return false; // the previous member is not in this clause
        }
        return LIST_MEMBER_END.matcher(TextFolding.foldLower(text.substring(previousEnd, start))).find();
    }

    private static final Pattern OPINION_OR_REQUEST = OcrPhrase.compile("\\b(?:(?<opinion>y «kiến»)|«[đề] nghị»"
            + "|«phúc đáp»|«yêu cầu»|«báo cáo»)\\b");

    /**
     * Whether the last of the lead's words of asking is an opinion: "Xét đề nghị của UBND tỉnh (công văn số …), ý
     * kiến của các Bộ: Tài chính (công văn số …)": the ministries' opinions were weighed, the province's proposal
     * is what the letter answers.
     */
    private static boolean opinionAfterRequest(String lead) {
        java.util.regex.Matcher m = OPINION_OR_REQUEST.matcher(lead);
        boolean opinion = false;
        while (m.find()) {
            opinion = m.group("opinion") != null;
        }
        return opinion;
    }

    /** A main clause's verb of command ("yêu cầu", "đề nghị", "giao"), then one that carries a document out. */
    // … or of review: "…, Bộ … đã phối hợp … tiến hành tổng kết 05 năm thi hành Pháp lệnh số …" reviews the document
    private static final Pattern CARRY_OUT = OcrPhrase.compile("\\b(?:«yêu cầu»|«[đề] nghị»|giao|«chỉ [đạ]o»|«tổng kết»|«sơ kết»)\\b"
            + ".*\\b(?:«th[ực]+»\\s+«hiệ+n»|«triể?n»\\s+«kh[a]i»|«thi hành»)\\b", Pattern.DOTALL);

    /**
     * Whether the citation stands in the sentence's main clause, after the clause its purpose cue opened:
     * "Theo đó, thực hiện đề nghị của Bộ Y tế tại Công văn số …, Chủ tịch UBND tỉnh yêu cầu các Sở … triển khai
     * thực hiện nghiêm túc Công văn số …" (a comma, then a capitalised subject, then a verb of its own).
     */
    private static boolean inMainClause(String text, int from, int to) {
        for (int i = to - 2; i > Math.max(0, from); i--) {
            if (text.charAt(i) == ',' && text.charAt(i + 1) == ' ' && i + 3 < to
                    && Character.isUpperCase(text.charAt(i + 2)) && Character.isLowerCase(text.charAt(i + 3))) {
                if (CARRY_OUT.matcher(TextFolding.foldLower(text.substring(i + 2, to))).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the line from {@code at} opens with a capitalised clause cue ("Thực hiện …", "Căn cứ …"). */
    private static boolean opensWithCue(String text, int at, int to) {
        int k = at;
        while (k < to && (text.charAt(k) == ' ' || text.charAt(k) == '-' || text.charAt(k) == '+')) {
            k++;
        }
        return k < to && Character.isUpperCase(text.charAt(k))
                && LINE_CUE.matcher(TextFolding.foldLower(text.substring(k, Math.min(to, k + 30)))).lookingAt();
    }

    private static char prevNonBlank(String text, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return text.charAt(k);
            }
        }
        return ' ';
    }

    /** The canonical symbols of the purpose citations, each once, in order. */
    static List<String> symbols(List<Citation> citations) {
        Set<String> out = new LinkedHashSet<>();
        for (Citation c : citations) {
            if (c.purpose()) {
                out.add(c.symbol());
            }
        }
        return List.copyOf(out);
    }

    /**
     * Reports, letters and submissions are issued to answer a request; a decision or a resolution acts on
     * a submission ("Theo đề nghị … tại Tờ trình số …") without being issued to answer it.
     */
    private static boolean answersRequests(DocType type) {
        return type == null || switch (type) {
            case BAO_CAO, CONG_VAN, TO_TRINH, THONG_BAO, CONG_DIEN, KE_HOACH, HUONG_DAN, CHUONG_TRINH, PHUONG_AN -> true;
            default -> false;
        };
    }

    /**
     * A heading opens with a Roman numeral, a digit, "Phần", "Chương", "Điều", "QUYẾT ĐỊNH:", "CHỈ THỊ:", "a)" or
     * a blank before one of those; most body lines open otherwise.
     */
    private static boolean mayOpenHeading(char c) {
        return "IVXivx0123456789PpCcDdQqab-* \t".indexOf(TextFolding.fold(c)) >= 0;
    }

    /** Where the opening ends: the first heading line after its start, or {@code OPENING_MAX} on. */
    private static int openingEnd(String text, int from) {
        int limit = Math.min(text.length(), from + OPENING_MAX);
        int at = text.indexOf('\n', from);
        while (at >= 0 && at < limit) {
            int next = text.indexOf('\n', at + 1);
            int end = next < 0 ? text.length() : next;
            if (at + 1 < end && mayOpenHeading(text.charAt(at + 1))
                    && HEADING.matcher(TextFolding.foldLower(text.substring(at + 1, Math.min(end, at + 1 + 40)))).lookingAt()) {
                return at + 1;
            }
            at = next;
        }
        return limit;
    }
}
