package dev.lexgraph.citation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document's own header. The header's two columns usually arrive merged line by line ("UBND
 * TỈNH QUẢNG NGÃI  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), so the national motto is cut out first;
 * what is left of the first lines is the issuing body and its parent. Then the "Số:" line, the
 * "place, ngày … tháng … năm …" line, the type line ("KẾ HOẠCH"), the title under it, the signer and
 * the "Nơi nhận" list. A file with no header still gets a type and province from its opening text.
 */
final class HeaderReader {

    record Result(DocumentHeader header, Gazetteer.Province province, List<ExtractionWarning> warnings) {
    }

    private static final int HEADER_LINES = 14;
    /** How much of a document is searched for the province and issuer when its header lacks them. */
    private static final int SCAN_LIMIT = 4_000;
    private static final int DEPARTMENT_SCAN = 3_000;
    private static final int OPENING_SCAN = 1_600;
    private static final int DEPARTMENT_ENOUGH = 3;
    private static final int TYPE_LINE_MAX = 24;
    private static final int HEAD_CHARS = 6_000;
    private static final int HEAD_LINES = 40;
    private static final int TAIL_CHARS = 6_000;
    private static final int TAIL_LINES = 60;

    // The national motto's two lines ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
    // found from their OCR-stable middle; the cut then moves back to the start of the word.
    private static final Pattern MOTTO = Pattern.compile(
            "(?=[c0o])(?:c\\S{1,3}ng h\\S{1,2}a x\\S{1,2} h\\S{1,2}i ch|[o0]c\\s*[l1]\\S{1,2}p\\s*-)");
    private static final Pattern NUMBER_LINE = Pattern.compile(
            "^\\s*s[o06e]\\s*[:;.]\\s*(\\d*)\\s*([/-])\\s*([A-Za-z0-9&]+(?:\\s*[-/]\\s*[A-Za-z0-9&]+)*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE_DATE = Pattern.compile(
            ",\\s*ng\\S{1,2}y\\s+(\\d{1,2})?\\s*th\\S{1,2}ng\\s+(\\d{1,2})\\s+n\\S{1,2}m\\s+(\\d{4})");
    /** Longer lines are body text, not header lines. */
    private static final int HEADER_LINE_MAX = 200;
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

    private static final Map<String, DocType> TYPE_LINES = new HashMap<>();

    static {
        for (DocType t : DocType.values()) {
            if (t != DocType.OTHER) {
                TYPE_LINES.put(String.join(" ", Gazetteer.words(t.vietnameseName())), t);
            }
        }
    }

    private HeaderReader() {
    }

    static Result read(String text) {
        List<ExtractionWarning> warnings = new ArrayList<>();
        // Only the top of a document holds its header and only the end its signature: never split the
        // whole of a large file.
        int[] lineStart = new int[HEAD_LINES];
        String[] lines = headLines(text, lineStart);

        List<String> leftColumn = new ArrayList<>();
        String symbol = null;
        String symbolWritten = null;
        String number = null;
        String date = null;
        String dateWritten = null;
        String placeWritten = null;
        DocType type = null;
        int typeLine = -1;
        int seen = 0;
        boolean mottoSeen = false;
        for (int i = 0; i < lines.length && seen < HEADER_LINES; i++) {
            String line = lines[i].replace("*", "").trim();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            if (line.length() > HEADER_LINE_MAX) {
                continue;
            }
            String folded = TextFolding.fold(line);
            String lower = folded.toLowerCase();
            Matcher num = NUMBER_LINE.matcher(folded);
            if (symbolWritten == null && num.find()) {
                symbolWritten = line.substring(num.start(1), num.end(3)).trim();
                number = num.group(1).isEmpty() ? null : num.group(1);
                if (number != null) {
                    symbol = SymbolRepair.repair(symbolWritten, null).symbol();
                } else {
                    warnings.add(new ExtractionWarning(ExtractionWarning.DRAFT_NUMBER,
                            "the header's number is blank (a draft): '" + symbolWritten + "'",
                            lineStart[i], lineStart[i] + lines[i].length()));
                }
            }
            Matcher pd = PLACE_DATE.matcher(lower);
            if (dateWritten == null && pd.find()) {
                int placeStart = pd.start();
                while (placeStart > 0 && pd.start() - placeStart < 40 && (Character.isLetter(lower.charAt(placeStart - 1))
                        || lower.charAt(placeStart - 1) == ' ' || lower.charAt(placeStart - 1) == '.')) {
                    placeStart--;
                }
                placeWritten = line.substring(placeStart, pd.start()).trim();
                dateWritten = line.substring(pd.start(), pd.end());
                dateWritten = LEADING_COMMA.matcher(dateWritten).replaceFirst("");
                if (pd.group(1) != null) {
                    DateReader.ReadDate d = DateReader.read(pd.group(1) + "/" + pd.group(2) + "/" + pd.group(3));
                    if (d != null) {
                        date = d.iso();
                        if (d.impossible()) {
                            warnings.add(new ExtractionWarning(ExtractionWarning.IMPOSSIBLE_DATE,
                                    "the header's date does not exist: '" + dateWritten + "'", null, null));
                        }
                    }
                }
                if (num.find(0)) {
                    continue;
                }
            }
            if (type == null && line.length() <= TYPE_LINE_MAX) {
                DocType t = TYPE_LINES.get(String.join(" ", Gazetteer.words(line)));
                if (t != null && line.equals(line.toUpperCase())) {
                    type = t;
                    typeLine = i;
                    continue;
                }
            }
            if (typeLine >= 0 || symbolWritten != null || dateWritten != null) {
                continue; // past the two-column part: no more issuing body or motto to find
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
            if (mottoSeen || i < 2) {
                String kept = line.substring(0, cut).trim();
                if (!kept.isEmpty()) {
                    leftColumn.add(kept);
                }
            }
        }

        String title = null;
        if (typeLine >= 0) {
            StringBuilder t = new StringBuilder();
            for (int i = typeLine + 1; i < lines.length; i++) {
                String line = lines[i].replace("*", "").trim();
                if (line.isEmpty()) {
                    if (t.length() > 0) {
                        break;
                    }
                    continue;
                }
                t.append(t.length() > 0 ? " " : "").append(line);
                if (t.length() > 400) {
                    break;
                }
            }
            title = t.length() > 0 ? t.toString() : null;
        }

        // The province: the parent body ("UBND TỈNH X"), else the place, else what the text names most.
        Gazetteer gaz = Gazetteer.get();
        Gazetteer.Province province = null;
        String parentBody = null;
        String issuer = null;
        if (!mottoSeen && symbolWritten == null) {
            leftColumn.clear(); // no header: the first lines are the body
        }
        if (!leftColumn.isEmpty()) {
            // "UBND TỈNH X" on one line, or "HỘI ĐỒNG NHÂN DÂN" over "TỈNH X".
            province = gaz.findProvince(leftColumn.size() > 1 ? leftColumn.get(0) + " " + leftColumn.get(1)
                    : leftColumn.get(0));
        }
        String place = null;
        if (placeWritten != null) {
            Gazetteer.Province p = gaz.findProvince(placeWritten);
            place = p != null ? p.name() : placeWritten;
            if (province == null) {
                province = p;
            }
        }
        if (province == null) {
            province = mostNamedProvince(text);
        }
        if (leftColumn.size() >= 1) {
            Gazetteer.BodyMatch parent = gaz.body(leftColumn.get(0), province);
            parentBody = parent != null ? parent.name() : leftColumn.get(0);
        }
        String second = leftColumn.size() >= 2 ? TextFolding.foldLower(leftColumn.get(1)).strip() : "";
        if (second.startsWith("tinh ") || second.startsWith("thanh pho ")) {
            // "HỘI ĐỒNG NHÂN DÂN" over "TỈNH X": one body written on two lines.
            Gazetteer.BodyMatch body = gaz.body(leftColumn.get(0) + " " + leftColumn.get(1), province);
            issuer = body != null ? body.name() : leftColumn.get(0) + " " + leftColumn.get(1);
            parentBody = null;
        } else if (leftColumn.size() >= 2) {
            Gazetteer.BodyMatch body = gaz.body(leftColumn.get(1), province);
            issuer = body != null ? body.name() : leftColumn.get(1);
        } else if (leftColumn.size() == 1) {
            issuer = parentBody;
            parentBody = null;
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
        if (symbolWritten == null && dateWritten == null && typeLine < 0) {
            warnings.add(new ExtractionWarning(ExtractionWarning.NO_HEADER,
                    "no header found (no 'Số:' line, date line or type line); type and issuer read from the text",
                    null, null));
        }
        String[] tail = tailLines(text);
        DocumentHeader header = new DocumentHeader(type, symbol, symbolWritten, number, date, dateWritten, place,
                province == null ? null : province.name(), issuer, parentBody, title, signer(tail),
                recipients(tail), List.of());
        return new Result(header, province, warnings);
    }

    /** The first lines of the text (at most {@code HEAD_LINES}, within {@code HEAD_CHARS}), with their offsets. */
    private static String[] headLines(String text, int[] lineStart) {
        List<String> out = new ArrayList<>();
        int limit = Math.min(text.length(), HEAD_CHARS);
        int at = 0;
        while (at <= limit && out.size() < HEAD_LINES) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 || nl > limit ? limit : nl;
            lineStart[out.size()] = at;
            out.add(text.substring(at, end));
            if (end == limit) {
                break;
            }
            at = end + 1;
        }
        return out.toArray(new String[0]);
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

    private static DocType openingType(String text) {
        String head = TextFolding.foldLower(text.substring(0, Math.min(text.length(), OPENING_SCAN)));
        if (head.indexOf("ban h") < 0 && head.indexOf("y d") < 0 && head.indexOf("o c") < 0) {
            return null;
        }
        Matcher m = OPENING_TYPE.matcher(head);
        if (!m.find()) {
            return null;
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
