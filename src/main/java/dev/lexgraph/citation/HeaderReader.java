package dev.lexgraph.citation;

import dev.lexgraph.citation.HeaderCells.Cell;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document's own header from the cells of its head ({@link HeaderCells}): the issuing body and
 * its parent (the left column, once the national motto is cut out of merged lines), the "Số:" number, the
 * "place, ngày … tháng … năm …" line, the type line ("KẾ HOẠCH") and the title under it; then the signer
 * and the "Nơi nhận" list from the end. A portal's metadata block fills what the header lacks; an annex
 * that came alone is the decision it was issued with; a number whose type code disagrees with the type
 * line is reported. A file with no header still gets a type and province from its opening text.
 */
final class HeaderReader {

    /**
     * The header, the province the document belongs to, warnings, where its title begins and ends (-1
     * when it has none) and where its body begins, and whether the text has no header at all.
     */
    record Result(DocumentHeader header, Gazetteer.Province province, List<ExtractionWarning> warnings,
                  int titleStart, int titleEnd, int bodyStart, boolean noHeader) {
    }

    private static final int OPENING_SCAN = 1_600;
    private static final int TAIL_CHARS = 6_000;
    private static final int TAIL_LINES = 60;
    private static final int ANNEX_SCAN = 700;

    /** "(Ban hành kèm theo Quyết định số 12/2021/QĐ-UBND ngày 3/5/2021 …)". */
    private static final Pattern ANNEX = OcrPhrase.compile("«kèm»\\s+theo\\s+(«quyết»\\s+«định»"
            + "|«nghị»\\s+«quyết»|«chỉ»\\s+«thị»|«thô+ng»\\s+«tư»)\\s+(?:«số»\\s*:?\\s*)?"
            + "(\\d+\\s*[/-]\\s*[\\w/&.-]*\\w)(?:\\s*,?\\s*«ngày»\\s+(\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{4}"
            + "|\\d{1,2}\\s+«tháng»\\s+\\d{1,2}\\s+«năm»\\s+\\d{4}))?");
    /** The number that opens a capitalised title line: "127-KL/TW", "228/QĐ-UBND", "số 12/2021/QĐ-UBND". */
    private static final Pattern TITLE_NUMBER = Pattern.compile(
            "(?:S[O06]\\s+)?(\\d+\\s*[-/]\\s*[A-Z0-9&]+(?:\\s*[-/]\\s*[A-Za-z0-9&]+)*)(?=[\\s,.;]|$)");
    /** "(Số 97 ngày 16/12/2010)" closing a title (folded, case kept). */
    private static final Pattern NUMBER_DATE_UNDER_TITLE = Pattern.compile("\\(\\s*[Ss]o:?\\s*(\\d{1,5})\\s*,?\\s*ngay\\s+"
            + "(\\d{1,2})\\s*(?:[/.-]|thang)\\s*(\\d{1,2})\\s*(?:[/.-]|nam)\\s*(\\d{4})\\s*\\)\\s*$");
    /** A letter's address: "Kính gửi:", "… kính gửi các sở, ngành". */
    private static final Pattern ADDRESSED = OcrPhrase.compile("(?=k)\\b«kính gửi»\\b");
    private static final Pattern OPENING_TYPE = OcrPhrase.compile("(?=[bx])"
            + "\\b(?:«ban hành»|«xây dựng»)\\s+(«kế+ hoạch»|«ch[ươ]+ng trình»|"
                    + "«ph[ươ]+ng án»|«dự án»|«quy chế-»|«quy định»|«h[ướ]+ng dẫn»)"
                    + "|\\b«báo cáo» (?:«kết quả»|«tình hình»)");

    /** "Nơi nhận:", its ơ read as o or 0. */
    private static final Pattern RECIPIENTS = OcrPhrase.compile("n[o0]\\S{0,2}\\s*«nhậ+n»\\s*:.*");
    private static final Pattern PERSON_NAME = Pattern.compile("(?:\\p{Lu}\\p{Ll}+\\s+){1,4}\\p{Lu}\\p{Ll}+");
    private static final Pattern NOT_A_NAME = Pattern.compile(".*\\b(?:giam doc|truong|chu tich|luu|noi nhan|so|ban)\\b.*");

    private HeaderReader() {
    }

    static Result read(String text) {
        List<ExtractionWarning> warnings = new ArrayList<>();
        // Only the top of a document holds its header and only the end its signature: never split the
        // whole of a large file.
        List<Cell> cells = HeaderCells.of(text);
        PortalMetadata meta = PortalMetadata.read(cells);
        HeaderLines.Scan scan = HeaderLines.scan(cells, meta, warnings);
        HeaderIssuer.Resolved by = HeaderIssuer.resolve(text, scan.leftColumn(), scan.placeWritten(), meta);
        String symbol = scan.symbol();
        String symbolWritten = scan.symbolWritten();
        String number = scan.number();
        String date = scan.date();
        String dateWritten = scan.dateWritten();
        DocType type = scan.type();
        String title = scan.title();
        int bodyStart = scan.titleEnd() >= 0 ? scan.titleEnd()
                : scan.lastHeaderCell() >= 0 ? cells.get(scan.lastHeaderCell()).end() : 0;

        // What a portal's metadata block says fills what the header lacks, and is checked against it.
        symbol = meta.check("symbol", symbol, meta.symbol(), warnings,
                (a, b) -> TextFolding.symbolKey(a).equals(TextFolding.symbolKey(b)));
        date = meta.check("date", date, meta.date(), warnings, String::equals);
        type = meta.check("type", type, meta.type(), warnings, (a, b) -> a == b);
        if (symbol != null && number == null) {
            number = SymbolRepair.repair(symbol, null).number();
        }

        // A number whose type code disagrees with the type line: the type line says what the document is.
        String typeCode = symbol == null ? null : SymbolRepair.repair(symbol, null).typeCode();
        DocType byCode = typeCode == null ? null : DocType.fromAbbreviation(typeCode);
        if (type == null && byCode != null) {
            type = byCode;
        } else if (type != null && byCode != null && !CitationResolution.agreesWithType(typeCode, type)) {
            warnings.add(new ExtractionWarning(ExtractionWarning.Code.TYPE_MISMATCH, "the type line says "
                    + type.vietnameseName() + " but the number " + symbol + " says " + byCode.vietnameseName()
                    + "; the type line is kept", null, null));
        }
        if (type == null && title != null && (title.regionMatches(true, 0, "V/v", 0, 3)
                || title.regionMatches(true, 0, "Về việc", 0, 7))) {
            type = DocType.CONG_VAN;
        }
        // A number with no type code ("8027/VPCP-ĐP": issuer, then drafting unit) is a letter's
        // (Nghị định 30/2020/NĐ-CP, appendix I): only công văn are numbered so.
        if (type == null && scan.typeCell() < 0 && symbol != null && typeCode == null
                && SymbolRepair.repair(symbol, null).number() != null) {
            type = DocType.CONG_VAN;
        }

        // A page's title in capitals carries the number after the type ("KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ …",
        // "QUYẾT ĐỊNH 228/QĐ-UBND NĂM 2021 …") when the text has no "Số:" line.
        if (symbol == null && scan.titleOnTypeLine() != null) {
            Matcher own = TITLE_NUMBER.matcher(TextFolding.fold(scan.titleOnTypeLine()));
            if (own.lookingAt()) {
                symbolWritten = scan.titleOnTypeLine().substring(own.start(1), own.end(1));
                SymbolRepair.Repaired r = SymbolRepair.repair(symbolWritten, type);
                symbol = r.symbol();
                number = r.number();
            }
        }
        // A text without a header whose first line names its type ("Báo cáo thực hiện kế hoạch …", a page title).
        if (type == null && symbolWritten == null && scan.typeCell() < 0 && !cells.isEmpty()) {
            type = HeaderCells.typeOpening(cells.get(0).text());
        }

        // An annex that came alone ("QUY ĐỊNH … (Ban hành kèm theo Quyết định số 12/2021/QĐ-UBND ngày …)"):
        // the file is that decision.
        if (symbol == null && scan.typeCell() >= 0) {
            Annex annex = annexOf(text, cells.get(scan.typeCell()).start());
            if (annex != null) {
                warnings.add(new ExtractionWarning(ExtractionWarning.Code.ANNEX, "the text is the " + type.vietnameseName()
                        + " issued with " + annex.type().vietnameseName() + " " + annex.symbol()
                        + "; the document is that " + annex.type().vietnameseName(), annex.start(), annex.end()));
                type = annex.type();
                symbol = annex.symbol();
                symbolWritten = annex.written();
                number = SymbolRepair.repair(symbol, null).number();
                date = annex.date();
                dateWritten = annex.dateWritten();
            }
        }

        if (dateWritten == null && title != null) {
            // A reprint puts the number and date under the title: "KẾ HOẠCH ⏎ Tổ chức … ⏎ (Số 97 ngày 16/12/2010)".
            Matcher nd = NUMBER_DATE_UNDER_TITLE.matcher(TextFolding.fold(title));
            DateReader.ReadDate d = nd.find() ? DateReader.read(nd.group(2) + "/" + nd.group(3) + "/" + nd.group(4)) : null;
            if (d != null) {
                date = d.iso();
                dateWritten = title.substring(nd.start(2), nd.end(4));
                number = number == null ? nd.group(1) : number;
                title = title.substring(0, nd.start()).strip();
                if (d.impossible()) {
                    warnings.add(new ExtractionWarning(ExtractionWarning.Code.IMPOSSIBLE_DATE,
                            "the header's date does not exist: '" + dateWritten + "'", null, null));
                }
            }
        }
        if (type == null) {
            type = openingType(text);
        }
        boolean noHeader = symbolWritten == null && dateWritten == null && scan.typeCell() < 0 && meta.isEmpty();
        if (noHeader) {
            warnings.add(new ExtractionWarning(ExtractionWarning.Code.NO_HEADER,
                    "no header found (no 'Số:' line, date line or type line); type and issuer read from the text",
                    null, null));
        }
        // A ministry's or the Government Office's "Hà Nội, ngày …" says where it sits, not whose document it is: a
        // document numbered by a nationwide body belongs to no province (and lends none to the local documents
        // it cites without naming their province).
        Gazetteer.Province province = centrallyNumbered(symbol) ? null : by.province();
        String[] tail = tailLines(text);
        DocumentHeader header = new DocumentHeader(type, symbol, symbolWritten, number, date, dateWritten, by.place(),
                province == null ? null : province.name(), by.issuer(), by.parentBody(), title, signer(tail),
                recipients(tail), List.of());
        return new Result(header, province, warnings, scan.titleStart(), scan.titleEnd(), bodyStart, noHeader);
    }

    /** Whether the symbol's issuer code is a nationwide body's ("…/VPCP-KTTH", "…/NĐ-CP", "…/BNN-TCLN"). */
    private static boolean centrallyNumbered(String symbol) {
        return symbol != null && Gazetteer.get().scopeOf(SymbolRepair.repair(symbol, null).issuerCode())
                == Citation.IssuerScope.CENTRAL;
    }

    /** The decision an annex was issued with. */
    private record Annex(DocType type, String symbol, String written, String date, String dateWritten, int start, int end) {
    }

    private static Annex annexOf(String text, int from) {
        int to = Math.min(text.length(), from + ANNEX_SCAN);
        String f = TextFolding.foldLower(text.substring(from, to));
        Matcher m = ANNEX.matcher(f);
        if (!m.find()) {
            return null;
        }
        DocType type = switch (m.group(1).charAt(0)) {
            case 'q' -> DocType.QUYET_DINH;
            case 'n' -> DocType.NGHI_QUYET;
            case 'c' -> DocType.CHI_THI;
            default -> DocType.THONG_TU;
        };
        String written = text.substring(from + m.start(2), from + m.end(2));
        String symbol = SymbolRepair.repair(written, type).symbol();
        String date = null;
        String dateWritten = null;
        int end = from + m.end(2);
        if (m.group(3) != null) {
            dateWritten = text.substring(from + m.start(3), from + m.end(3));
            String digits = m.group(3).replaceAll("\\D+", "/");
            DateReader.ReadDate d = DateReader.read(digits);
            date = d == null || d.impossible() ? null : d.iso();
            end = from + m.end(3);
        }
        return new Annex(type, symbol, written, date, dateWritten, from + m.start(), end);
    }

    /** The last lines of the text (at most {@code TAIL_LINES}, within {@code TAIL_CHARS}), in order. */
    private static String[] tailLines(String text) {
        java.util.ArrayDeque<String> out = new java.util.ArrayDeque<>();
        int limit = Math.max(0, text.length() - TAIL_CHARS);
        int end = text.length();
        while (end > limit && out.size() < TAIL_LINES) {
            int nl = text.lastIndexOf('\n', end - 1);
            int start = Math.max(nl + 1, limit);
            out.addFirst(text.substring(start, end));
            end = nl < limit ? limit : nl;
        }
        return out.toArray(new String[0]);
    }

    /** A list marker before a portal's title line: "• Báo cáo tổng kết …". */
    private static final Pattern TITLE_LINE_MARKER = Pattern.compile("^[\\s•*·-]*");

    /**
     * A text with no header whose first line is a portal's title naming the document by its kind: "• Báo cáo tổng
     * kết 05 năm thi hành Pháp lệnh …" over a report's text. The kind is written capitalised and a word of the title
     * follows in lower case (a number there is a citation, read elsewhere).
     */
    private static DocType titleLineType(String text) {
        int[] line = Announcements.firstLine(text);
        String first = TITLE_LINE_MARKER.matcher(text.substring(line[0], line[1])).replaceFirst("");
        if (first.isEmpty() || !Character.isUpperCase(first.charAt(0))) {
            return null;
        }
        for (DocType t : DocType.values()) {
            String kind = t.vietnameseName();
            if (t != DocType.OTHER && first.length() > kind.length() + 1 && first.startsWith(kind)
                    && first.charAt(kind.length()) == ' ' && Character.isLowerCase(first.charAt(kind.length() + 1))) {
                return t;
            }
        }
        return null;
    }

    /** How far into a text a news item's lead announces the document it carries. */
    private static final int NEWS_LEAD_SCAN = 800;
    /**
     * A news item's lead that announces a document without its full number: "Ban Thường vụ Tỉnh ủy … đã ban
     * hành Chỉ thị số 17 về …", "Ban Thường vụ Thành ủy … vừa có công văn về việc …" (folded).
     */
    // … or a newspaper that publishes its full text: "Báo … trân trọng đăng toàn văn Nghị quyết Đại hội …".
    private static final String KINDS = java.util.Arrays.stream(DocType.values()).filter(t -> t != DocType.OTHER)
            .map(t -> TextFolding.foldLower(t.vietnameseName())).sorted(java.util.Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
    private static final Pattern NEWS_ANNOUNCES = Pattern.compile("(?=[dv])\\b(?:(?:da|vua)\\s+(?:ky\\s+)?(?:ban hanh|co|ra)\\s+("
            + KINDS + ")(?:\\s+so\\s+\\d+)?\\s+(?:ve|v/v|nham|de)\\b|dang toan van\\s+(" + KINDS + ")\\b)");

    private static DocType openingType(String text) {
        DocType titled = titleLineType(text);
        if (titled != null) {
            return titled;
        }
        String lead = TextFolding.foldLower(text.substring(0, Math.min(text.length(), NEWS_LEAD_SCAN)));
        Matcher announced = NEWS_ANNOUNCES.matcher(lead);
        if (announced.find()) {
            for (DocType t : DocType.values()) {
                if (t != DocType.OTHER && TextFolding.foldLower(t.vietnameseName()).equals(
                        announced.group(1) != null ? announced.group(1) : announced.group(2))) {
                    return t;
                }
            }
        }
        String head = TextFolding.foldLower(text.substring(0, Math.min(text.length(), OPENING_SCAN)));
        Matcher m = head.indexOf("ban h") < 0 && head.indexOf("y d") < 0 && head.indexOf("o c") < 0 ? null
                : OPENING_TYPE.matcher(head);
        if (m == null || !m.find()) {
            // A letter that lost its header still addresses someone: "Sở Công thương kính gửi các sở, ngành …".
            return ADDRESSED.matcher(head).find() ? DocType.CONG_VAN : null;
        }
        if (m.group(1) == null) {
            return DocType.BAO_CAO;
        }
        String w = m.group(1);
        if (w.startsWith("k")) {
            return DocType.KE_HOACH;
        }
        if (w.startsWith("ch")) {
            return DocType.CHUONG_TRINH;
        }
        if (w.startsWith("ph")) {
            return DocType.PHUONG_AN;
        }
        if (w.startsWith("quy ch")) {
            return DocType.QUY_CHE;
        }
        if (w.startsWith("quy")) {
            return DocType.QUY_DINH;
        }
        if (w.startsWith("h")) {
            return DocType.HUONG_DAN;
        }
        return DocType.DE_AN;
    }

    private static List<String> recipients(String[] lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].trim();
            if (t.isEmpty() || Character.toLowerCase(t.charAt(0)) != 'n') {
                continue;
            }
            String f = TextFolding.foldLower(t);
            if (f.indexOf(':') >= 0 && RECIPIENTS.matcher(f).matches()) {
                for (int j = i + 1; j < lines.length && out.size() < 30; j++) {
                    String l = lines[j].trim();
                    if (l.isEmpty()) {
                        continue;
                    }
                    if (!l.startsWith("-")) {
                        break;
                    }
                    String r = recipient(l);
                    if (!r.isEmpty()) {
                        out.add(r);
                    }
                }
                break;
            }
        }
        return out;
    }

    /** A recipient's line without its dash and its closing punctuation: "- Sở Tài chính;" is "Sở Tài chính". */
    static String recipient(String line) {
        int from = 1; // the line opens with its dash
        while (from < line.length() && WordChars.isRegexBlank(line.charAt(from))) {
            from++;
        }
        int to = line.length();
        while (to > from && WordChars.isRegexBlank(line.charAt(to - 1))) {
            to--;
        }
        int punct = to;
        while (punct > from && ";.,_".indexOf(line.charAt(punct - 1)) >= 0) {
            punct--;
        }
        return line.substring(from, punct < to ? punct : line.length()).trim();
    }

    /**
     * What every {@link #PERSON_NAME} has, tested first because most lines fail it: a capital first, and at most
     * four runs of blanks between the words.
     */
    private static boolean mayBeAName(String line) {
        if (line.isEmpty() || !Character.isUpperCase(line.charAt(0))) {
            return false;
        }
        int runs = 0;
        for (int k = 1; k < line.length(); k++) {
            if (WordChars.isRegexBlank(line.charAt(k)) && !WordChars.isRegexBlank(line.charAt(k - 1))
                    && ++runs > 4) {
                return false;
            }
        }
        return true;
    }

    /** The signer: the last line near the end that looks like a personal name (2–5 capitalised words). */
    private static String signer(String[] lines) {
        for (int i = lines.length - 1; i >= Math.max(0, lines.length - 40); i--) {
            String l = lines[i].replace("*", "").trim();
            if (mayBeAName(l) && PERSON_NAME.matcher(l).matches()) {
                String f = TextFolding.foldLower(l);
                if (!NOT_A_NAME.matcher(f).matches()) {
                    return l;
                }
            }
        }
        return null;
    }
}
