package dev.lexgraph.citation;

import dev.lexgraph.citation.HeaderCells.Cell;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line scan of a document's head: the cells of its two-column part (the issuing body's lines in the left
 * column, with the national motto cut out of merged lines; the "Số:" number; the "place, ngày … tháng … năm …"
 * line), then the type line ("KẾ HOẠCH") and the title under it, or a letter's "V/v …" subject. The lines are
 * returned as written: {@link HeaderIssuer} resolves the body and the province, {@link HeaderReader} puts the
 * header together.
 */
final class HeaderLines {

    /** How many cells of the head are searched for the header's parts. */
    private static final int HEADER_CELLS = 16;

    // The national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc") and the
    // Party's ("ĐẢNG CỘNG SẢN VIỆT NAM"), found from OCR-stable parts, also when a table broke them over
    // lines; the cut then moves back to the start of the word.
    private static final Pattern MOTTO = OcrPhrase.compile("(?=[c0od])(?:«cộ+ng h[òa]+ xã hội»\\b"
            + "|«chủ nghĩa việt nam»|[o0]c\\s*[l1]\\S{1,2}p\\s*-"
            + "|«đảng cộng sản việt nam»)");
    /** What is left of the motto when its line was broken ("Tự do - Hạnh phúc", "VIỆT NAM"). */
    private static final Pattern MOTTO_TAIL = OcrPhrase.compile("^(?:«tự do»\\b|«hạnh phúc»|«việt nam»$)");
    /**
     * The motto's first words alone, when a table broke its line ("CỘNG⏎HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), or what
     * is left of its first line before "CHỦ NGHĨA" ("CỘNG HÒA XÃ⏎HỘI CHỦ NGHĨA VIỆT NAM": "HỘI").
     */
    private static final Pattern MOTTO_HEAD = OcrPhrase.compile("^(?:«cộ+ng»(?: «hòa»(?: «xã»(?: «hội»)?)?)?"
            + "|«hòa»(?: «xã»(?: «hội»)?)?|«xã hội»|«hội»)$");
    // "Số: 12/KH-UBND", OCR "Sb:", "S6:"; without the colon only a capital "Số" whose number ends the cell,
    // stands before the place ("Số 15-CTr/TU", "Số 30 - HD/BTGTW", the Party's form) or before a capital "Ngày" or
    // "V/v" ("Số 924/SNV-CCHC Ngày 07-9-2015 V/v …", a letter's one-line header), so that a body line "số
    // 33/CT-TTg ngày …" is not taken for it.
    private static final Pattern NUMBER_LINE = OcrPhrase.compile(
            "^\\s*(?:[Ss][o06eb]\\s*(?:«hiệu»)?\\s*[:;.]|S[o06eb](?=\\s+\\d+\\s*-\\s*[A-Za-z]|\\s+\\d\\S*(?:\\s{2,}|\\s*$|\\s+(?:«Ngày»|V/v)\\b)))\\s*(\\d*)\\s*([/-])"
            + "\\s*([A-Za-z0-9&]+(?:\\.[A-Za-z][A-Za-z0-9&]*)*(?:\\s*[-/]\\s*[A-Za-z0-9&]+(?:\\.[A-Za-z][A-Za-z0-9&]*)*)*)");
    /** A portal's label before the document's own text. */
    private static final Pattern PORTAL_CONTENT = OcrPhrase.compile("\\s*«nội dung»(?: «văn bản»)?\\s*:\\s*");
    /** The date on the number's own line: "Số 924/SNV-CCHC Ngày 07-9-2015". */
    private static final Pattern DATE_AFTER_NUMBER = OcrPhrase.compile(
            "\\b«Ngày»\\s+(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})\\b");
    /** "Số:" alone in its cell, its number in the next ("Số:⏎41/2011/QĐ-UBND"). */
    private static final Pattern NUMBER_ALONE = Pattern.compile("\\s*[Ss][o06eb]\\s*[:;.]?\\s*");
    private static final Pattern PLACE_DATE = OcrPhrase.compile(
            ",\\s*«ngày»\\s+(\\d{1,2})?\\s*«tháng»\\s+(\\d{1,2})\\s+«năm»\\s+(\\d{4})");
    /** A cell ending with the start of a date ("Lai Châu, ngày 25"), whose rest is in the next cells. */
    private static final Pattern PARTIAL_DATE = OcrPhrase.compile(
            "«ngày»(?:\\s+\\d{1,2})?(?:\\s+«tháng»(?:\\s+\\d{1,2})?)?(?:\\s+«năm»)?\\s*$|^[^,]{2,40},\\s*$");
    /** The date's cell when a table put the place alone above it ("Quảng Bình,⏎ngày 25 tháng 4 năm 2011"). */
    private static final Pattern LEADING_COMMA = Pattern.compile("^\\s*,\\s*");
    private static final Pattern DATE_CELL_START = OcrPhrase.compile("^\\s*«ngày»\\s+\\d");

    /** The number of the "Số:" cell, and how many cells it took. */
    private record NumberCell(String written, String number, int cells) {
    }

    private static NumberCell numberAt(List<Cell> cells, int i) {
        String line = cells.get(i).text();
        if (TextFolding.foldLower(line.charAt(0)) != 's') {
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

    private HeaderLines() {
    }

    /**
     * What the head's lines say. {@code leftColumn}: the issuing body's lines (empty when the text has no
     * header); {@code typeCell}: the type line's cell, or -1; the title with its offsets (-1 when there is
     * none); {@code lastHeaderCell}: the header's last cell before the title, or -1.
     */
    record Scan(List<String> leftColumn, String symbol, String symbolWritten, String number, String date,
                String dateWritten, String placeWritten, DocType type, int typeCell, String titleOnTypeLine,
                String title, int titleStart, int titleEnd, int lastHeaderCell) {
    }

    static Scan scan(List<Cell> cells, PortalMetadata meta, List<ExtractionWarning> warnings) {
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

        if (!mottoSeen && symbolWritten == null) {
            leftColumn.clear(); // no header: the first lines are the body
        } else {
            lastHeaderCell = Math.max(lastHeaderCell, lastLeftCell);
        }
        return new Scan(leftColumn, symbol, symbolWritten, number, date, dateWritten, placeWritten, type, typeCell,
                titleOnTypeLine, title, titleStart, titleEnd, lastHeaderCell);
    }
}
