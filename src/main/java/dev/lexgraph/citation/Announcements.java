package dev.lexgraph.citation;

import dev.lexgraph.citation.DraftReader.Draft;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document announced rather than headed: a news item's lead ("Ngày 12/5/2019, Tỉnh ủy … đã ban hành Chương
 * trình số 15-CTr/TU về …"), a portal's page title, a closing caption; the header becomes the announced document.
 */
final class Announcements {

    /** How far into a text without a header the announcement of a document may stand. */
    static final int ANNOUNCEMENT_SCAN = 1_200;
    /** "(đã|vừa) ban hành", "ký ban hành", "ban hành" right before the announced document. */
    static final Pattern ANNOUNCING = OcrPhrase.compile("\\b«ban hành»\\s*$");
    /** A portal's page title names a document "Quyết định 228/QĐ-UBND năm 2021 về …". */
    static final Pattern PAGE_TITLE_YEAR = OcrPhrase.compile("\\s+«năm»\\s+\\d{4}\\b");
    /** An undated title line's subject: "Nghị quyết số 06/2012/NQ-HĐND về …" ("về" folded). */
    static final Pattern PAGE_TITLE_SUBJECT = Pattern.compile("\\s+ve\\s+\\S");
    /** When a portal posted the page: "07/08/2012 - 15:39", "12/05/2019 08:30". */
    static final Pattern POSTED_AT = Pattern.compile("\\s*\\d{1,2}/\\d{1,2}/\\d{4}\\s*-?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?\\s*");
    /** How much of a sentence's or line's start may hold its lead date, dateline included. */
    static final int LEAD_WINDOW = 70;
    static final Pattern JUST_ISSUED = OcrPhrase.compile("\\b«vừa» (?:«ký-» )?«ban hành»\\s*$");
    // A news item's dateline may come first: "LTS: Ngày 25-11-2019, …", "CTTĐT - Ngày 6/8/2020, …".
    static final Pattern LEAD_DATE = OcrPhrase.compile("^\\s*(?:[^\\n]{1,24}?\\s*[-\u2013:)]\\s*)?«ngày»\\s+(\\d{1,2})\\s*(?:[/.-]|«tháng»)\\s*(\\d{1,2})"
            + "\\s*(?:[/.-]|«năm»)\\s*(\\d{4})");

    /**
     * A text with no header that announces a document ("Ngày 12/5/2019, Tỉnh ủy … đã ban hành Chương trình
     * số 15-CTr/TU về …": a news item wrapping a document) describes that document: the header takes the
     * announced citation's type, number, date (its own, else the sentence's lead date) and issuer, the
     * announcement's sentence stands as its title, and the mention is no longer a citation of another. So
     * does a page's title line that opens the text by naming a document.
     */
    /**
     * A text without a header that ends with a caption naming a document and nothing else ("Công văn số
     * 3570/VP-CTXD ngày 24/10/2025" as the last line of a letter published as a web page): that citation, or null.
     */
    static final int CAPTION_BODY_MIN = 200;

    static Draft closingCaption(String text, List<Draft> drafts) {
        if (drafts.isEmpty()) {
            return null;
        }
        Draft last = drafts.get(drafts.size() - 1);
        int lineStart = text.lastIndexOf('\n', last.start - 1) + 1;
        // The caption ends a body: a text that is only the citation (a query, a list item) names no document of its own.
        if (!text.substring(lineStart, last.start).isBlank() || last.date == null || text.substring(0, lineStart).strip().length() < CAPTION_BODY_MIN) {
            return null;
        }
        for (int i = last.tailEnd; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '.' && c != ')') {
                return null;
            }
        }
        return last;
    }

    /** The first non-blank line of a text: [start, end). */
    static int[] firstLine(String text) {
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        int end = text.indexOf('\n', first);
        return new int[] {first, end < 0 ? text.length() : end};
    }

    static final Pattern SUBJECT_OPENS = Pattern.compile("\\b(?:ve viec|v/v)\\s+");

    /**
     * A page that relays a letter, titled with the letter's subject: "TẠM HOÃN TỔ CHỨC THẢ CÁ …" as the title,
     * then "Căn cứ công văn số 652/SNN&PTNT-VP ngày 25/03/2020 của Sở … về việc Tạm hoãn tổ chức thả cá …" as
     * its first citation, before which the page has nothing but its title.
     */
    static boolean pageTitleIsSubject(String text, char[] folded, Draft d) {
        int[] line = firstLine(text);
        if (line[1] - line[0] < 12 || line[1] - line[0] > 200 || line[1] > d.start || d.start > ANNOUNCEMENT_SCAN) {
            return false;
        }
        int end = d.tailEnd;
        while (end < text.length() && end - d.tailEnd < 400 && text.charAt(end) != '\n'
                && !(text.charAt(end) == '.' && (end + 1 == text.length() || Character.isWhitespace(text.charAt(end + 1))))) {
            end++;
        }
        String after = new String(folded, d.tailEnd, end - d.tailEnd).toLowerCase(java.util.Locale.ROOT);
        Matcher subject = SUBJECT_OPENS.matcher(after);
        if (!subject.find()) {
            return false;
        }
        String title = new String(folded, line[0], line[1] - line[0]).toLowerCase(java.util.Locale.ROOT);
        return words(after.substring(subject.end())).equals(words(title));
    }

    static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    static String words(String s) {
        return NOT_WORDS.matcher(s).replaceAll(" ").strip();
    }

    static boolean blankOrPostedAtBefore(String text, int end) {
        return blankBefore(text, end) || POSTED_AT.matcher(text.substring(0, end)).matches();
    }

    static boolean blankBefore(String text, int end) {
        for (int i = 0; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A header that found only a type line ("CHƯƠNG TRÌNH" under a news item's "Ngày 23/8/2017, Tỉnh ủy … đã
     * ban hành Chương trình số 27-CTr/TU …"), with no number and no date: the announcement may name it.
     */
    static boolean mayBeAnnounced(DocumentHeader h) {
        return h != null && h.symbol() == null && h.dateAsWritten() == null && h.symbolAsWritten() == null;
    }

    static HeaderReader.Result announced(String text, char[] folded, List<Draft> drafts,
                                                 HeaderReader.Result header, List<ExtractionWarning> warnings) {
        DocType known = header.noHeader() || header.header() == null ? null : header.header().type();
        Draft caption = closingCaption(text, drafts);
        for (Draft d : drafts) {
            if (d.start > ANNOUNCEMENT_SCAN && d != caption) {
                continue;
            }
            if (d.type == null || d.symbol.number() == null || known != null && d.type != known) {
                continue;
            }
            // A page's title line naming the document ("Quyết định 228/QĐ-UBND năm 2021 về …", "Nghị quyết số
            // 06/2012/NQ-HĐND về …") opens the text, or follows only the time the page was posted.
            boolean titleLine = false;
            if (d == drafts.get(0) && blankOrPostedAtBefore(text, d.start)) {
                String after = new String(folded, d.end, Math.min(12, text.length() - d.end)).toLowerCase(java.util.Locale.ROOT);
                titleLine = PAGE_TITLE_YEAR.matcher(after).lookingAt()
                        || d.date == null && PAGE_TITLE_SUBJECT.matcher(after).lookingAt();
            }
            boolean subjectTitled = !titleLine && d == drafts.get(0) && pageTitleIsSubject(text, folded, d);
            titleLine |= subjectTitled;
            int from = Math.max(0, d.start - 40);
            String before = new String(folded, from, d.start - from).toLowerCase(java.util.Locale.ROOT);
            // Neither a title line nor "… ban hành" before it: most citations are passed at the cheap test.
            if (!titleLine && d != caption && (before.indexOf("ban h") < 0 || !ANNOUNCING.matcher(before).find())) {
                continue;
            }
            int sentence = RelationCues.clauseStart(folded, d.start);
            Matcher lead = LEAD_DATE.matcher(new String(folded, sentence, Math.min(LEAD_WINDOW, text.length() - sentence))
                    .toLowerCase(java.util.Locale.ROOT));
            boolean dated = lead.find();
            if (!dated) {
                // "Ngày 29/7/2020. Chủ tịch UBND tỉnh ban hành …": the date opens the paragraph, as a sentence of its own;
                // or the sentence runs back over a headline with no full stop, and the paragraph's line opens with it.
                int line = text.lastIndexOf('\n', d.start - 1) + 1;
                if (line < sentence && sentence - line <= LEAD_WINDOW || line > sentence) {
                    lead = LEAD_DATE.matcher(new String(folded, line, Math.min(LEAD_WINDOW, text.length() - line))
                            .toLowerCase(java.util.Locale.ROOT));
                    dated = lead.find();
                    if (dated) {
                        sentence = line;
                    }
                }
            }
            if (d == caption) {
                titleLine = true; // a closing caption names the text it ends: its number and date are the document's
            } else if (!titleLine && !dated && !JUST_ISSUED.matcher(before).find()) {
                continue; // a news item dates its announcement ("Ngày 12/5/2019, …") or says it is new ("vừa ban hành")
            }
            String date = d.date == null || d.date.impossible() ? null : d.date.iso();
            String dateWritten = d.date == null ? null : d.date.asWritten();
            if (date == null && dated) {
                DateReader.ReadDate r = DateReader.read(lead.group(1) + "/" + lead.group(2) + "/" + lead.group(3));
                if (r != null && !r.impossible()) {
                    date = r.iso();
                    dateWritten = text.substring(sentence + lead.start(1), sentence + lead.end(3));
                }
            }
            Gazetteer gaz = Gazetteer.get();
            Gazetteer.Province province = header.province();
            String subject = d.issuerText != null ? d.issuerText : text.substring(sentence, d.start);
            if (province != null && province.city() && namesAnUnnamedProvince(subject)) {
                // "Chủ tịch UBND tỉnh vừa ban hành …" in a news item that names Thành phố Hồ Chí Minh most: a
                // centrally-run city is no "tỉnh"; the issuer's is the province the text names most, if any
                province = HeaderIssuer.mostNamedProvince(text, true);
            }
            String issuer = null;
            if (d.issuerText != null) {
                Gazetteer.BodyMatch b = gaz.body(d.issuerText, province);
                issuer = b != null ? b.name() : d.issuerText.strip();
            } else {
                // The subject of the announcing sentence: "…, Tỉnh ủy Thanh Hóa đã ban hành …".
                String[] ws = Gazetteer.words(subject);
                for (int w = 0; w < ws.length && issuer == null; w++) {
                    Gazetteer.BodyMatch b = gaz.bodyAt(ws, w, province);
                    if (b != null) {
                        issuer = b.name();
                    }
                }
            }
            if (issuer != null) {
                Gazetteer.Province named = gaz.findProvince(issuer);
                if (named != null) {
                    province = named;
                }
            }
            int end = d.tailEnd;
            while (end < text.length() && end - d.start < 400 && ".\n".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            DocumentHeader h = header.header();
            warnings.removeIf(w -> w.code().equals(ExtractionWarning.Code.NO_HEADER));
            warnings.add(new ExtractionWarning(ExtractionWarning.Code.ANNOUNCED, (d == caption
                    ? "no header: the text ends with a caption naming " : "no header: the text announces ")
                    + d.type.vietnameseName() + " " + d.symbol.symbol() + ", the document it describes", d.start, d.end));
            int titleStart = d.start;
            int titleEnd = end;
            int bodyStart = end;
            String title = text.substring(d.tailEnd, end).strip();
            if (!header.noHeader() && header.titleStart() >= 0) {
                // The document's own heading follows the announcement: its title and body are where the header found them.
                titleStart = header.titleStart();
                titleEnd = header.titleEnd();
                bodyStart = header.bodyStart();
                title = h.title() != null ? h.title() : title;
            } else if (subjectTitled) {
                // The page's title is the document's subject; the body follows it.
                int[] line = firstLine(text);
                titleStart = line[0];
                titleEnd = line[1];
                bodyStart = line[1];
                title = text.substring(line[0], line[1]).strip();
            } else if (d == caption) {
                // The caption closes the text; its first line is the subject ("Xử lý thông tin báo chí phản ánh").
                int[] line = firstLine(text);
                int first = line[0];
                int lineEnd = line[1];
                boolean subjectLine = lineEnd - first <= 200 && lineEnd < d.start;
                titleStart = subjectLine ? first : -1;
                titleEnd = subjectLine ? lineEnd : -1;
                bodyStart = subjectLine ? lineEnd : 0;
                title = subjectLine ? text.substring(first, lineEnd).strip() : null;
            }
            DocumentHeader announcedHeader = new DocumentHeader(d.type, d.symbol.symbol(), d.symbolWritten,
                    d.symbol.number(), date, dateWritten, h == null ? null : h.place(),
                    province == null ? null : province.name(), issuer != null || h == null ? issuer : h.issuer(), null, title,
                    h == null ? null : h.signer(), h == null ? List.of() : h.recipients(), List.of());
            return new HeaderReader.Result(announcedHeader, province, header.warnings(), titleStart, titleEnd, bodyStart,
                    false);
        }
        return header;
    }

    private Announcements() {
    }

    /** Whether the words name a province's body without its name ("UBND tỉnh", "Tỉnh ủy" with no name after). */
    private static boolean namesAnUnnamedProvince(String words) {
        String[] ws = Gazetteer.words(words);
        for (int i = 0; i < ws.length; i++) {
            if (ws[i].equals("tinh") && (i + 1 == ws.length || Gazetteer.get().provinceAt(ws, i + 1) == null)) {
                return true;
            }
        }
        return false;
    }
}
