package dev.lexgraph.citation;

import dev.lexgraph.citation.HeaderCells.Cell;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** How many cells of the head are searched for the header's parts. */
    private static final int HEADER_CELLS = 16;
    /** How much of a document is searched for the province and issuer when its header lacks them. */
    private static final int SCAN_LIMIT = 4_000;
    private static final int DEPARTMENT_SCAN = 3_000;
    private static final int OPENING_SCAN = 1_600;
    private static final int DEPARTMENT_ENOUGH = 3;
    private static final int TAIL_CHARS = 6_000;
    private static final int TAIL_LINES = 60;
    private static final int ANNEX_SCAN = 700;

    // The national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc") and the
    // Party's ("ĐẢNG CỘNG SẢN VIỆT NAM"), found from OCR-stable parts, also when a table broke them over
    // lines; the cut then moves back to the start of the word.
    private static final Pattern MOTTO = Pattern.compile("(?=[c0od])(?:c\\S{1,3}ng h\\S{1,3} x\\S{1,2} h\\S{1,2}i\\b"
            + "|ch\\S{1,2} ngh\\S{1,2}a vi\\S{1,2}t nam|[o0]c\\s*[l1]\\S{1,2}p\\s*-"
            + "|d\\S{1,2}ng c\\S{1,2}ng s\\S{1,2}n vi\\S{1,2}t nam)");
    /** What is left of the motto when its line was broken ("Tự do - Hạnh phúc", "VIỆT NAM"). */
    private static final Pattern MOTTO_TAIL = Pattern.compile("^(?:t\\S{1,2} do\\b|h\\S{1,2}nh ph\\S{1,2}c|vi\\S{1,2}t nam$)");
    /**
     * The motto's first words alone, when a table broke its line ("CỘNG⏎HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), or what
     * is left of its first line before "CHỦ NGHĨA" ("CỘNG HÒA XÃ⏎HỘI CHỦ NGHĨA VIỆT NAM": "HỘI").
     */
    private static final Pattern MOTTO_HEAD = Pattern.compile("^(?:c\\S{1,3}ng(?: h\\S{1,2}a(?: x\\S{1,2}(?: h\\S{1,2}i)?)?)?"
            + "|h\\S{1,2}a(?: x\\S{1,2}(?: h\\S{1,2}i)?)?|x\\S{1,2} h\\S{1,2}i|h\\S{1,2}i)$");
    // "Số: 12/KH-UBND", OCR "Sb:", "S6:"; without the colon only a capital "Số" whose number ends the cell,
    // stands before the place ("Số 15-CTr/TU", "Số 30 - HD/BTGTW", the Party's form) or before a capital "Ngày" or
    // "V/v" ("Số 924/SNV-CCHC Ngày 07-9-2015 V/v …", a letter's one-line header), so that a body line "số
    // 33/CT-TTg ngày …" is not taken for it.
    private static final Pattern NUMBER_LINE = Pattern.compile(
            "^\\s*(?:[Ss][o06eb]\\s*(?:hi\\S{1,2}u)?\\s*[:;.]|S[o06eb](?=\\s+\\d+\\s*-\\s*[A-Za-z]|\\s+\\d\\S*(?:\\s{2,}|\\s*$|\\s+(?:Ng\\S{1,2}y|V/v)\\b)))\\s*(\\d*)\\s*([/-])"
            + "\\s*([A-Za-z0-9&]+(?:\\.[A-Za-z][A-Za-z0-9&]*)*(?:\\s*[-/]\\s*[A-Za-z0-9&]+(?:\\.[A-Za-z][A-Za-z0-9&]*)*)*)");
    /** A portal's label before the document's own text. */
    private static final Pattern PORTAL_CONTENT = Pattern.compile("\\s*n\\S{1,2}i dung(?: v\\S{1,2}n b\\S{1,2}n)?\\s*:\\s*");
    /** The date on the number's own line: "Số 924/SNV-CCHC Ngày 07-9-2015". */
    private static final Pattern DATE_AFTER_NUMBER = Pattern.compile(
            "\\bNg\\S{1,2}y\\s+(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})\\b");
    /** "Số:" alone in its cell, its number in the next ("Số:⏎41/2011/QĐ-UBND"). */
    private static final Pattern NUMBER_ALONE = Pattern.compile("\\s*[Ss][o06eb]\\s*[:;.]?\\s*");
    private static final Pattern PLACE_DATE = Pattern.compile(
            ",\\s*ng\\S{1,2}y\\s+(\\d{1,2})?\\s*th\\S{1,2}ng\\s+(\\d{1,2})\\s+n\\S{1,2}m\\s+(\\d{4})");
    /** A cell ending with the start of a date ("Lai Châu, ngày 25"), whose rest is in the next cells. */
    private static final Pattern PARTIAL_DATE = Pattern.compile(
            "ng\\S{1,2}y(?:\\s+\\d{1,2})?(?:\\s+th\\S{1,2}ng(?:\\s+\\d{1,2})?)?(?:\\s+n\\S{1,2}m)?\\s*$|^[^,]{2,40},\\s*$");
    /** The date's cell when a table put the place alone above it ("Quảng Bình,⏎ngày 25 tháng 4 năm 2011"). */
    private static final Pattern DATE_CELL_START = Pattern.compile("^\\s*ng\\S{1,2}y\\s+\\d");
    /** "(Ban hành kèm theo Quyết định số 12/2021/QĐ-UBND ngày 3/5/2021 …)". */
    private static final Pattern ANNEX = Pattern.compile("k\\S{1,2}m\\s+theo\\s+(quy\\S{1,2}t\\s+d\\S{1,2}nh"
            + "|ngh\\S{1,2}\\s+quy\\S{1,2}t|ch\\S{1,2}\\s+th\\S{1,2}|th\\S{1,3}ng\\s+t\\S{1,2})\\s+(?:s\\S{1,2}\\s*:?\\s*)?"
            + "(\\d+\\s*[/-]\\s*[\\w/&.-]*\\w)(?:\\s*,?\\s*ng\\S{1,2}y\\s+(\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{4}"
            + "|\\d{1,2}\\s+th\\S{1,2}ng\\s+\\d{1,2}\\s+n\\S{1,2}m\\s+\\d{4}))?");
    /** The number that opens a capitalised title line: "127-KL/TW", "228/QĐ-UBND", "số 12/2021/QĐ-UBND". */
    private static final Pattern TITLE_NUMBER = Pattern.compile(
            "(?:S[O06]\\s+)?(\\d+\\s*[-/]\\s*[A-Z0-9&]+(?:\\s*[-/]\\s*[A-Za-z0-9&]+)*)(?=[\\s,.;]|$)");
    /** A letter's address: "Kính gửi:", "… kính gửi các sở, ngành". */
    /** "(Số 97 ngày 16/12/2010)" closing a title (folded, case kept). */
    private static final Pattern NUMBER_DATE_UNDER_TITLE = Pattern.compile("\\(\\s*[Ss]o:?\\s*(\\d{1,5})\\s*,?\\s*ngay\\s+"
            + "(\\d{1,2})\\s*(?:[/.-]|thang)\\s*(\\d{1,2})\\s*(?:[/.-]|nam)\\s*(\\d{4})\\s*\\)\\s*$");
    private static final Pattern ADDRESSED = Pattern.compile("\\bk\\S{1,2}nh g\\S{1,2}i\\b");
    private static final Pattern OPENING_TYPE = Pattern.compile("(?=[bx])"
            + "\\b(?:ban h\\S{1,2}nh|x\\S{1,2}y d\\S{1,2}ng)\\s+(k\\S{1,3} ho\\S{1,2}ch|ch\\S{1,3}ng tr\\S{1,2}nh|"
                    + "ph\\S{1,3}ng \\S{1,2}n|d\\S{1,2} \\S{1,2}n|quy ch\\S|quy d\\S{1,2}nh|h\\S{1,3}ng d\\S{1,2}n)"
                    + "|\\bb\\S{1,2}o c\\S{1,2}o (?:k\\S{1,2}t qu\\S{1,2}|t\\S{1,2}nh h\\S{1,2}nh)");
    private static final Pattern TINH_X = Pattern.compile(
            "(?=[Tt])\\b(?:[Tt]inh|[Tt]hanh pho)\\s+(\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){0,2})");

    private static final Pattern RECIPIENTS = Pattern.compile("n[o0]\\S{0,2}\\s*nh\\S{1,3}n\\s*:.*");
    private static final Pattern PERSON_NAME = Pattern.compile("(?:\\p{Lu}\\p{Ll}+\\s+){1,4}\\p{Lu}\\p{Ll}+");
    private static final Pattern NOT_A_NAME = Pattern.compile(".*\\b(?:giam doc|truong|chu tich|luu|noi nhan|so|ban)\\b.*");
    private static final Pattern LIST_DASH = Pattern.compile("^-\\s*");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[;.,_]+\\s*$");
    private static final Pattern LEADING_JUNK = Pattern.compile("^[\\s_*-]+");
    private static final Pattern PARAGRAPHS = Pattern.compile("\n\\s*\n");
    private static final Pattern LEADING_COMMA = Pattern.compile("^\\s*,\\s*");

    private HeaderReader() {
    }

    /** The number of the "Số:" cell, and how many cells it took. */
    private record NumberCell(String written, String number, int cells) {
    }

    private static NumberCell numberAt(List<Cell> cells, int i) {
        String line = cells.get(i).text();
        if (Character.toLowerCase(TextFolding.fold(line.charAt(0))) != 's') {
            return null; // the number's cell opens with "Số"
        }
        String text = NUMBER_ALONE.matcher(TextFolding.fold(line)).matches() && i + 1 < cells.size()
                ? line + " " + cells.get(i + 1).text() : line;
        Matcher m = NUMBER_LINE.matcher(TextFolding.fold(text));
        if (!m.find()) {
            return null;
        }
        return new NumberCell(text.substring(m.start(1), m.end(3)).trim(), m.group(1).isEmpty() ? null : m.group(1),
                text == line ? 1 : 2);
    }

    /** The place and date, possibly broken over up to three cells, and how many cells they took. */
    private record DateCell(String place, String written, String iso, boolean impossible, int cells) {
    }

    /** A cell that may hold the date line or its start: "ngày" with a digit, or "ngày" at its end. */
    private static boolean mayHoldDate(String lower) {
        int ng = lower.indexOf("ng");
        if (ng < 0) {
            return false;
        }
        for (int k = ng; k < lower.length(); k++) {
            if (Character.isDigit(lower.charAt(k))) {
                return true;
            }
        }
        return lower.endsWith("y");
    }

    /** A short cell that ends with a comma, the next one opening with "ngày" and a digit: the place of the date. */
    private static boolean placeAboveDate(List<Cell> cells, int i) {
        String text = cells.get(i).text().strip();
        return text.length() <= 40 && text.endsWith(",") && i + 1 < cells.size()
                && DATE_CELL_START.matcher(TextFolding.foldLower(cells.get(i + 1).text())).find();
    }

    private static DateCell dateAt(List<Cell> cells, int i) {
        String joined = cells.get(i).text();
        for (int k = 1; ; k++) {
            String lower = TextFolding.foldLower(joined);
            Matcher pd = PLACE_DATE.matcher(lower);
            if (pd.find()) {
                int placeStart = pd.start();
                while (placeStart > 0 && pd.start() - placeStart < 40 && (Character.isLetter(lower.charAt(placeStart - 1))
                        || " .-".indexOf(lower.charAt(placeStart - 1)) >= 0)) {
                    placeStart--;
                }
                String written = LEADING_COMMA.matcher(joined.substring(pd.start(), pd.end())).replaceFirst("");
                String iso = null;
                boolean impossible = false;
                if (pd.group(1) != null) {
                    DateReader.ReadDate d = DateReader.read(pd.group(1) + "/" + pd.group(2) + "/" + pd.group(3));
                    if (d != null) {
                        iso = d.iso();
                        impossible = d.impossible();
                    }
                }
                String place = joined.substring(placeStart, pd.start()).trim();
                if (placeStart == 0 && i > 0) {
                    place = withBrokenFirstWord(cells.get(i - 1).text().trim(), place);
                }
                return new DateCell(place, written, iso, impossible, k);
            }
            if (k > 2 || i + k >= cells.size() || !PARTIAL_DATE.matcher(lower).find()) {
                return null;
            }
            joined = joined + " " + cells.get(i + k).text();
        }
    }

    private static DateCell dateAfterNumber(String line) {
        Matcher m = DATE_AFTER_NUMBER.matcher(TextFolding.fold(line));
        if (!m.find()) {
            return null;
        }
        DateReader.ReadDate d = DateReader.read(m.group(1) + "/" + m.group(2) + "/" + m.group(3));
        return d == null ? null : new DateCell("", line.substring(m.start(), m.end()), d.iso(), d.impossible(), 1);
    }

    /** "Tiền⏎Giang, ngày …": a table broke the place's name; the word on the line above is its start. */
    private static String withBrokenFirstWord(String above, String place) {
        if (place.isEmpty() || above.isEmpty() || above.length() > 12 || !Character.isUpperCase(above.charAt(0))
                || !above.chars().allMatch(Character::isLetter)) {
            return place;
        }
        Gazetteer gaz = Gazetteer.get();
        return gaz.findProvince(place) == null && gaz.findProvince(above + " " + place) != null ? above + " " + place : place;
    }

    static Result read(String text) {
        List<ExtractionWarning> warnings = new ArrayList<>();
        // Only the top of a document holds its header and only the end its signature: never split the
        // whole of a large file.
        List<Cell> cells = HeaderCells.of(text);
        PortalMetadata meta = PortalMetadata.read(cells);

        List<String> leftColumn = new ArrayList<>();
        String symbol = null;
        String symbolWritten = null;
        String number = null;
        String date = null;
        String dateWritten = null;
        String placeWritten = null;
        DocType type = null;
        int typeCell = -1;
        int lastHeaderCell = -1;
        int lastLeftCell = -1;
        String titleOnTypeLine = null;
        int seen = 0;
        boolean mottoSeen = false;
        for (int i = 0; i < cells.size() && seen < HEADER_CELLS; i++) {
            if (meta.used(i)) {
                continue;
            }
            seen++;
            String line = cells.get(i).text();
            if (line.length() > HeaderCells.CELL_MAX) {
                continue;
            }
            String lower = TextFolding.foldLower(line);
            boolean headerPart = false;
            NumberCell num = symbolWritten == null ? numberAt(cells, i) : null;
            if (num != null) {
                symbolWritten = num.written();
                number = num.number();
                if (number != null) {
                    symbol = SymbolRepair.repair(symbolWritten, null).symbol();
                } else {
                    warnings.add(new ExtractionWarning(ExtractionWarning.Code.DRAFT_NUMBER,
                            "the header's number is blank (a draft): '" + symbolWritten + "'",
                            cells.get(i).start(), cells.get(i).end()));
                }
                headerPart = true;
            }
            DateCell dc = dateWritten == null && (mayHoldDate(lower) || placeAboveDate(cells, i)) ? dateAt(cells, i) : null;
            if (dc == null && num != null && dateWritten == null) {
                dc = dateAfterNumber(line);
            }
            if (dc != null) {
                placeWritten = dc.place();
                dateWritten = dc.written();
                date = dc.iso();
                if (dc.impossible()) {
                    warnings.add(new ExtractionWarning(ExtractionWarning.Code.IMPOSSIBLE_DATE,
                            "the header's date does not exist: '" + dateWritten + "'", null, null));
                }
                headerPart = true;
            }
            if (headerPart) {
                i += Math.max(num == null ? 1 : num.cells(), dc == null ? 1 : dc.cells()) - 1;
                lastHeaderCell = i;
                continue;
            }
            HeaderCells.TypeLine t = HeaderCells.typeLine(line);
            if (t != null) {
                type = t.type();
                typeCell = i;
                titleOnTypeLine = t.rest();
                lastHeaderCell = i;
                break; // what follows is the title, then the body
            }
            if (symbolWritten != null || dateWritten != null) {
                continue; // past the two-column part: no more issuing body or motto to find
            }
            if (!mottoSeen && PORTAL_CONTENT.matcher(lower).matches()) {
                leftColumn.clear(); // "Nội dung:": a portal's page lines end, the document begins
                continue;
            }
            Matcher motto = MOTTO.matcher(lower);
            int cut = line.length();
            if (motto.find()) {
                mottoSeen = true;
                cut = motto.start();
                while (cut > 0 && !Character.isWhitespace(line.charAt(cut - 1))) {
                    cut--;
                }
            }
            if (mottoSeen || leftColumn.size() < 4) {
                String kept = line.substring(0, cut).trim();
                String keptLower = TextFolding.foldLower(kept);
                if (!kept.isEmpty() && !MOTTO_TAIL.matcher(keptLower).find() && !MOTTO_HEAD.matcher(keptLower).matches()) {
                    leftColumn.add(kept);
                    lastLeftCell = i;
                }
            }
        }

        // The title: the cells under the type line, up to the body's first sentence.
        int titleStart = -1;
        int titleEnd = -1;
        String title = null;
        if (typeCell >= 0) {
            StringBuilder b = new StringBuilder();
            boolean upper = false;
            if (titleOnTypeLine != null) {
                b.append(titleOnTypeLine);
                titleStart = cells.get(typeCell).start();
                titleEnd = cells.get(typeCell).end();
                upper = true;
            }
            for (int i = typeCell + 1; i < cells.size() && b.length() <= 400 && !meta.used(i); i++) {
                Cell c = cells.get(i);
                if (b.length() == 0) {
                    if (HeaderCells.opensBodyUnderTypeLine(cells, i) || c.text().length() > HeaderCells.CELL_MAX) {
                        break; // the body begins at once: no title
                    }
                    upper = HeaderCells.mostlyUpper(c.text());
                    titleStart = c.start();
                } else if (!HeaderCells.continuesTitle(c, upper, cells.get(i - 1))) {
                    break;
                }
                b.append(b.length() > 0 ? " " : "").append(c.text());
                titleEnd = c.end();
            }
            title = b.length() > 0 ? b.toString() : null;
        } else {
            // A letter's subject stands in the left column, under its number: "V/v triển khai …".
            // It may share the number's line: "Số: 1285/VPCP-NN V/v điều chỉnh …".
            for (int i = 0; i <= Math.min(lastHeaderCell + 2, cells.size() - 1); i++) {
                String c = cells.get(i).text();
                int at = c.regionMatches(true, 0, "V/v", 0, 3) || c.regionMatches(true, 0, "Về việc", 0, 7) ? 0
                        : symbolWritten != null && c.contains(symbolWritten) && c.contains(" V/v ") ? c.indexOf(" V/v ") + 1
                        : -1;
                if (at >= 0) {
                    title = c.substring(at);
                    titleStart = cells.get(i).start() + at;
                    titleEnd = cells.get(i).end();
                    lastHeaderCell = Math.max(lastHeaderCell, i);
                    break;
                }
            }
        }

        // The province: the left column ("UBND TỈNH X"), else the place, else what the text names most.
        Gazetteer gaz = Gazetteer.get();
        Gazetteer.Province province = null;
        if (!mottoSeen && symbolWritten == null) {
            leftColumn.clear(); // no header: the first lines are the body
        } else {
            lastHeaderCell = Math.max(lastHeaderCell, lastLeftCell);
        }
        int bodyStart = titleEnd >= 0 ? titleEnd
                : lastHeaderCell >= 0 ? cells.get(lastHeaderCell).end() : 0;
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
        } else if (type != null && byCode != null && !CitationExtractor.agreesWithType(typeCode, type)) {
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
        if (type == null && typeCell < 0 && symbol != null && typeCode == null
                && SymbolRepair.repair(symbol, null).number() != null) {
            type = DocType.CONG_VAN;
        }

        // A page's title in capitals carries the number after the type ("KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ …",
        // "QUYẾT ĐỊNH 228/QĐ-UBND NĂM 2021 …") when the text has no "Số:" line.
        if (symbol == null && titleOnTypeLine != null) {
            Matcher own = TITLE_NUMBER.matcher(TextFolding.fold(titleOnTypeLine));
            if (own.lookingAt()) {
                symbolWritten = titleOnTypeLine.substring(own.start(1), own.end(1));
                SymbolRepair.Repaired r = SymbolRepair.repair(symbolWritten, type);
                symbol = r.symbol();
                number = r.number();
            }
        }
        // A text without a header whose first line names its type ("Báo cáo thực hiện kế hoạch …", a page title).
        if (type == null && symbolWritten == null && typeCell < 0 && !cells.isEmpty()) {
            type = HeaderCells.typeOpening(cells.get(0).text());
        }

        // An annex that came alone ("QUY ĐỊNH … (Ban hành kèm theo Quyết định số 12/2021/QĐ-UBND ngày …)"):
        // the file is that decision.
        if (symbol == null && typeCell >= 0) {
            Annex annex = annexOf(text, cells.get(typeCell).start());
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
        if (issuer == null) {
            issuer = openingIssuer(text, province);
        }
        if (issuer == null) {
            issuer = mostNamedDepartment(text, province);
        }
        boolean noHeader = symbolWritten == null && dateWritten == null && typeCell < 0 && meta.isEmpty();
        if (noHeader) {
            warnings.add(new ExtractionWarning(ExtractionWarning.Code.NO_HEADER,
                    "no header found (no 'Số:' line, date line or type line); type and issuer read from the text",
                    null, null));
        }
        String[] tail = tailLines(text);
        DocumentHeader header = new DocumentHeader(type, symbol, symbolWritten, number, date, dateWritten, place,
                province == null ? null : province.name(), issuer, parentBody, title, signer(tail),
                recipients(tail), List.of());
        return new Result(header, province, warnings, titleStart, titleEnd, bodyStart, noHeader);
    }

    /**
     * The issuing body and its parent from the left column read as one ("ỦY BAN NHÂN DÂN TỈNH X SỞ Y":
     * the parent, then the issuer); a body the gazetteer does not know is kept as written.
     */
    private static String[] issuerAndParent(List<String> leftColumn, Gazetteer.Province province) {
        if (leftColumn.isEmpty()) {
            return new String[2];
        }
        Gazetteer gaz = Gazetteer.get();
        String left = String.join(" ", leftColumn);
        String[] ws = Gazetteer.words(left);
        Gazetteer.BodyMatch first = gaz.bodyAt(ws, 0, province);
        if (first == null) {
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

    /** How far into a text a news item's lead announces the document it carries. */
    private static final int NEWS_LEAD_SCAN = 800;
    /**
     * A news item's lead that announces a document without its full number: "Ban Thường vụ Tỉnh ủy … đã ban
     * hành Chỉ thị số 17 về …", "Ban Thường vụ Thành ủy … vừa có công văn về việc …" (folded).
     */
    private static final Pattern NEWS_ANNOUNCES = Pattern.compile("\\b(?:da|vua)\\s+(?:ky\\s+)?(?:ban hanh|co|ra)\\s+("
            + java.util.Arrays.stream(DocType.values()).filter(t -> t != DocType.OTHER)
            .map(t -> TextFolding.foldLower(t.vietnameseName())).sorted(java.util.Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"))
            + ")(?:\\s+so\\s+\\d+)?\\s+(?:ve|v/v|nham|de)\\b");

    private static DocType openingType(String text) {
        String lead = TextFolding.foldLower(text.substring(0, Math.min(text.length(), NEWS_LEAD_SCAN)));
        Matcher announced = NEWS_ANNOUNCES.matcher(lead);
        if (announced.find()) {
            for (DocType t : DocType.values()) {
                if (t != DocType.OTHER && TextFolding.foldLower(t.vietnameseName()).equals(announced.group(1))) {
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

    /** "Sở Khoa học và Công nghệ xây dựng Kế hoạch …": the body that opens the operative sentence. */
    private static String openingIssuer(String text, Gazetteer.Province province) {
        String head = text.substring(0, Math.min(text.length(), 2500));
        for (String para : PARAGRAPHS.split(head)) {
            String p = LEADING_JUNK.matcher(para).replaceFirst("");
            if (Character.isUpperCase(p.isEmpty() ? 'x' : p.charAt(0))) {
                Gazetteer.BodyMatch b = Gazetteer.get().body(p, province);
                if (b != null && b.name().startsWith("Sở")) {
                    return b.name();
                }
            }
        }
        return null;
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
                        if (p != null) {
                            counts.merge(p.name(), 1, Integer::sum);
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

    private static List<String> recipients(String[] lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].trim();
            if (t.isEmpty() || Character.toLowerCase(t.charAt(0)) != 'n') {
                continue;
            }
            String f = TextFolding.foldLower(t);
            if (RECIPIENTS.matcher(f).matches()) {
                for (int j = i + 1; j < lines.length && out.size() < 30; j++) {
                    String l = lines[j].trim();
                    if (l.isEmpty()) {
                        continue;
                    }
                    if (!l.startsWith("-")) {
                        break;
                    }
                    String r = TRAILING_PUNCT.matcher(LIST_DASH.matcher(l).replaceFirst("")).replaceFirst("").trim();
                    if (!r.isEmpty()) {
                        out.add(r);
                    }
                }
                break;
            }
        }
        return out;
    }

    /** The signer: the last line near the end that looks like a personal name (2–5 capitalised words). */
    private static String signer(String[] lines) {
        for (int i = lines.length - 1; i >= Math.max(0, lines.length - 40); i--) {
            String l = lines[i].replace("*", "").trim();
            if (PERSON_NAME.matcher(l).matches()) {
                String f = TextFolding.foldLower(l);
                if (!NOT_A_NAME.matcher(f).matches()) {
                    return l;
                }
            }
        }
        return null;
    }
}
