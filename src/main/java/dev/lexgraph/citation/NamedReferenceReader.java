package dev.lexgraph.citation;

import dev.lexgraph.citation.parser.CitationParser;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Reads a reference by name whole, once the grammar has found where it opens ("Luật", "Bộ luật",
 * "Pháp lệnh", "Hiến pháp", "Nghị quyết Đại hội …"). A name the law table knows is read as far as the
 * table's name goes, across line breaks, commas and "và", abbreviations and OCR damage included
 * ("Luật Tổ chức HĐND và UBND", "Luat Thyc hién dan chu 6 co s&"), and takes the name as enacted; any
 * other name ends at the first word or mark that cannot belong to it. Then the year or date written
 * after it ("năm 2015", "ngày 19 tháng 6 năm 2015", "ngày 26/11/2003").
 */
final class NamedReferenceReader {

    /** "hội" of "Đại hội", OCR-tolerant (folded). */
    private static final Pattern HOI_WORD = OcrPhrase.compile("«hội»");
    private static final Pattern AMENDING = OcrPhrase.compile("«sử?a»\\s*«đổi».*");
    /** "sửa" of "Luật sửa đổi, bổ sung …" (folded). */
    private static final Pattern SUA_WORD = OcrPhrase.compile("«sử?a»");
    /** "đại" of "Đại hội", its Đ read as D, P or B. */
    private static final Pattern DJ_WORD = OcrPhrase.compile("[dpb]«[ại]»");

    /** How far a name may run. */
    private static final int NAME_MAX_CHARS = 450;
    private static final int FIRST_STRETCH = 160;
    private static final int NAME_MAX_WORDS = 16;
    /** An amending law's name lists the laws it amends: 56/2024/QH15 names nine in 51 words. */
    private static final int AMENDING_MAX_WORDS = 64;

    /** Words that end a name not in the table: "Luật Tiếp cận thông tin | nhằm bảo đảm …". */
    private static final Set<String> NAME_STOPS = Set.of(
            "nham", "de", "theo", "duoc", "da", "la", "tai", "cho", "nhu", "ma", "thi", "khi", "neu", "ngay",
            "cua", "ve", "va", "voi", "tu", "den", "nay", "do", "gan", "trong", "tren", "thuoc", "hien");
    /** The same stops as written with their diacritics: "tài sản" is not "tại", though both fold to "tai". */
    private static final Set<String> NAME_STOPS_WRITTEN = Set.of(
            "nhằm", "để", "theo", "được", "đã", "là", "tại", "cho", "như", "mà", "thì", "khi", "nếu", "ngày",
            "của", "về", "và", "với", "từ", "đến", "này", "do", "gắn", "trong", "trên", "thuộc", "hiện");

    /**
     * Whether a word ends a name: a word written with diacritics is compared as written, one written without
     * them (or OCR-damaged to ASCII) by its folded key.
     */
    private static boolean isStop(String text, NameWords.Word w) {
        if (!NAME_STOPS.contains(w.key())) {
            return false;
        }
        String written = text.substring(w.start(), w.end()).toLowerCase(java.util.Locale.ROOT);
        boolean ascii = written.chars().allMatch(c -> c < 128);
        return ascii || NAME_STOPS_WRITTEN.contains(written);
    }

    /** Capitalised words that open the next sentence after a line break: "Căn cứ", "Theo đề nghị", "Xét …". */
    private static final Set<String> SENTENCE_OPENERS = Set.of("can", "theo", "xet", "thuc", "trien", "dieu",
            "quyet", "chuong", "phan", "muc");

    /** "được Quốc hội (khóa XI, kỳ họp thứ 4) thông qua" between a law's name and its date. */
    private static final String PASSED_BY = OcrPhrase.expand(
            "(?:«đ[ượ]+c»\\s+«quốc»\\s+«hội»\\s+[^;\\n]{0,40}?«thông»\\s+qua\\s+)?");

    /**
     * The year or date after a name, on folded lower-case text. "(sửa đổi)" may stand between, and the name's
     * abbreviation: "Luật Phòng, chống tham nhũng (PCTN) năm 2018".
     */
    private static final Pattern TAIL = OcrPhrase.compile(
            "^[\\s,]*(?:\\([a-z&]{2,12}\\)[\\s,]*)?(\\(\\s*«sử?a»\\s+«[đổ]+i»\\s*\\)[\\s,]*"
                    // "Luật Thi đua, Khen thưởng sửa đổi 2005": without parentheses only before a year
                    + "|«sử?a»\\s+«[đổ]+i»\\s+(?=(?:n[a-z&]{1,2}m\\s*)?(?:19|20)\\d\\d))?"
                    + "(?:(?:n[a-z&]{1,2}m|narn)?\\s*((?:19|20)\\d\\d)(?![\\d/-])"
                    + "|(?:s[a-z0-9&]{0,2}\\s+)?" + PASSED_BY + "ng[a-z&]{1,2}y\\s*(\\d{1,2})\\s*(?:th[a-z&]{1,3}ng\\s*(\\d{1,2})\\s*,?\\s*(?:n[a-z&]{1,2}m|narn)\\s*(\\d{4})"
                    + "|[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4}))(?!\\d))?");
    /** "Luật … số 77/2015/QH13": a citation by number, which the grammar reads as one. */
    private static final Pattern NUMBERED = Pattern.compile("^[\\s,]*s[a-z0-9&]{0,2}\\s*\\d+\\s*[/-]");

    private NamedReferenceReader() {
    }

    /** "…, năm 2009, năm 2013": further versions of the same name, one reference each. */
    private static final Pattern MORE_YEARS = Pattern.compile("^\\s*(?:,|v[a&])\\s*((?:n[a-z&]{1,2}m|narn)\\s*(\\d{4}))(?!\\d)");

    /**
     * The references opened by {@code n}: one, or one per year when several years follow the name
     * ("Luật sửa đổi … năm 2005, năm 2009, năm 2013"); empty when it is not one (or is a citation by number).
     */
    static List<NamedReference> read(String text, CitationParser.NamedReferenceContext n) {
        NamedReference first = readOne(text, n);
        if (first == null) {
            return List.of();
        }
        if (first.year() == null) {
            return List.of(first);
        }
        List<NamedReference> out = new ArrayList<>(List.of(first));
        int at = first.end();
        while (true) {
            String after = TextFolding.foldLower(text.substring(at, Math.min(text.length(), at + 30)));
            Matcher m = MORE_YEARS.matcher(after);
            if (!m.find()) {
                return out;
            }
            int start = at + m.start(1);
            int end = at + m.end(1);
            out.add(new NamedReference(start, end, text.substring(start, end), first.type(), first.name(),
                    Integer.valueOf(m.group(2)), null, null, null, List.of(), null, first.key()));
            at = end;
        }
    }

    private static NamedReference readOne(String text, CitationParser.NamedReferenceContext n) {
        int start = n.getStart().getStartIndex();
        DocType type;
        int nameStart;
        boolean amending = false;
        List<Token> grammarWords = List.of();
        if (n instanceof CitationParser.ConstitutionContext c) {
            if (!Character.isUpperCase(n.getStart().getText().charAt(0))) {
                return null;
            }
            type = DocType.HIEN_PHAP;
            nameStart = c.KW_PHAP().getSymbol().getStopIndex() + 1;
        } else if (n instanceof CitationParser.AmendingLawContext a) {
            String first = TextFolding.foldLower(a.name(0).getText());
            if (!AMENDING.matcher(first).matches() || !Character.isUpperCase(a.KW_LUAT(0).getText().charAt(0))) {
                return null;
            }
            type = DocType.LUAT;
            amending = true;
            nameStart = a.name(0).getStart().getStartIndex();
        } else {
            type = n instanceof CitationParser.LawContext l ? (l.KW_BO() != null ? DocType.BO_LUAT : DocType.LUAT)
                    : n instanceof CitationParser.OrdinanceContext ? DocType.PHAP_LENH : DocType.NGHI_QUYET;
            grammarWords = grammarWords(n);
            if (grammarWords.isEmpty()) {
                return null;
            }
            nameStart = grammarWords.get(0).getStartIndex();
        }
        // Most names are short: read a first stretch, and the rest only when a name may run on past it.
        List<NameWords.Word> ws = NameWords.read(text, nameStart, amending ? NAME_MAX_CHARS : FIRST_STRETCH);
        LawTable.NameMatch known = LawTable.bundled().match(type, NameWords.keys(ws));
        if (!amending && nameStart + FIRST_STRETCH < text.length() && mayRunOn(known, ws, nameStart, type)) {
            ws = NameWords.read(text, nameStart, NAME_MAX_CHARS);
            known = LawTable.bundled().match(type, NameWords.keys(ws));
        }
        if (!(n instanceof CitationParser.ConstitutionContext) && !amending) {
            boolean shouted = n instanceof CitationParser.LawContext l && isAllCaps(l.KW_LUAT().getText());
            boolean knownLaw = n instanceof CitationParser.LawContext l
                    && Character.isUpperCase(l.KW_LUAT().getText().charAt(0)) && known != null && known.words() > 0;
            if ((!acceptName(text, n, type, grammarWords) || shouted) && !knownLaw) {
                return null; // "… PHÁP LUẬT CỦA ỦY BAN …" in a title is law in general, unless a known law follows
            }
        }
        int nameEnd;
        String name;
        String key;
        if (known != null && known.words() > 0) {
            nameEnd = ws.get(known.words() - 1).end();
            name = known.canonicalName();
            key = known.key();
        } else {
            nameEnd = unknownNameEnd(text, type, ws, nameStart, amending);
            if (nameEnd <= nameStart && type != DocType.HIEN_PHAP) {
                return null;
            }
            String written = NameWords.spellOut(text.substring(nameStart, nameEnd));
            if (type == DocType.NGHI_QUYET) {
                written = OcrWords.repair(written);
            }
            name = written.isEmpty() ? type.vietnameseName() : type.vietnameseName() + " " + written;
            key = LawTable.nameKey(type, name);
        }

        String after = TextFolding.foldLower(text.substring(nameEnd, Math.min(text.length(), nameEnd + 60)));
        if (NUMBERED.matcher(after).find()) {
            return null; // a titled citation ("Luật Đất đai số 31/2024/QH15"), read by the grammar
        }
        Matcher tail = TAIL.matcher(after);
        Integer year = null;
        LocalDate date = null;
        int end = nameEnd;
        if (tail.find()) {
            if (tail.group(1) != null) {
                // the law amending it that year, when the table knows one: "… sửa đổi 2005" is 47/2005/QH11
                String amendingLaw = "Luật sửa đổi, bổ sung một số điều của " + name;
                String amendingName = type == DocType.LUAT ? LawTable.bundled().nameOf(LawTable.nameKey(type, amendingLaw)) : null;
                if (amendingName != null) {
                    name = amendingName;
                    key = LawTable.nameKey(type, amendingName);
                } else {
                    name = name + " (sửa đổi)";
                }
                end = nameEnd + tail.start(1) + tail.group(1).strip().length();
            }
            if (tail.group(2) != null) {
                year = Integer.valueOf(tail.group(2));
                end = nameEnd + tail.end();
            } else if (tail.group(3) != null) {
                String y = tail.group(5) != null ? tail.group(5) : tail.group(7);
                String m = tail.group(4) != null ? tail.group(4) : tail.group(6);
                year = Integer.valueOf(y);
                date = date(year, Integer.parseInt(m), Integer.parseInt(tail.group(3)));
                end = nameEnd + tail.end();
            }
        }
        if (type == DocType.HIEN_PHAP && year != null) {
            name = name + " năm " + year;
        }
        return new NamedReference(start, end, text.substring(start, end), type, name, year,
                date == null ? null : date.toString(), null, null, List.of(), null, key);
    }

    /**
     * Whether a name read over the first stretch may run on past it: the table's name took (nearly) every
     * word read, so the stretch may have cut it; or the table knows no law of those words yet the law's words
     * fill the stretch (a long name the table lacks, read to its clause's end).
     */
    private static boolean mayRunOn(LawTable.NameMatch known, List<NameWords.Word> ws, int nameStart, DocType type) {
        if (known != null) {
            return known.words() >= ws.size() - 1;
        }
        boolean fillsTheStretch = !ws.isEmpty() && ws.get(ws.size() - 1).end() - nameStart >= FIRST_STRETCH - 20;
        return fillsTheStretch && type == DocType.LUAT;
    }

    private static boolean isAllCaps(String word) {
        return word.length() > 1 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** The first tokens of each word of the name the grammar read. */
    private static List<Token> grammarWords(CitationParser.NamedReferenceContext n) {
        CitationParser.NameContext nameCtx = n instanceof CitationParser.LawContext l ? l.name()
                : n instanceof CitationParser.OrdinanceContext o ? o.name()
                : ((CitationParser.PartyResolutionContext) n).name();
        List<Token> words = new ArrayList<>();
        for (ParseTree child : GroupParser.children(nameCtx)) {
            words.add(child instanceof ParserRuleContext r ? r.getStart() : ((TerminalNode) child).getSymbol());
        }
        return words;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // the year stands; an impossible day is not a date
        }
    }

    /**
     * Where a name the table does not know ends: before a mark other than a comma inside a short name
     * ("Luật Cán bộ, công chức"), before a word that starts a clause, a date or a number, or before the
     * next sentence after a line break.
     */
    private static int unknownNameEnd(String text, DocType type, List<NameWords.Word> ws, int nameStart,
                                      boolean amending) {
        int end = nameStart;
        int count = 0;
        int commas = 0;
        for (int i = 0; i < ws.size() && count < (amending ? AMENDING_MAX_WORDS : NAME_MAX_WORDS); i++) {
            NameWords.Word w = ws.get(i);
            String k = w.key();
            String next = i + 1 < ws.size() ? ws.get(i + 1).key() : "";
            if (k.length() == 1 && !Character.isLetterOrDigit(k.charAt(0))) {
                if (k.equals(",") && i + 1 < ws.size() && commaContinues(text, type, ws.get(i + 1), count, commas,
                        amending)) {
                    commas++;
                    continue;
                }
                break;
            }
            boolean lower = Character.isLowerCase(text.charAt(w.start()));
            if (isNumberOpener(k, next)) {
                break;
            }
            boolean lanThu = k.equals("thi") && i > 0 && ws.get(i - 1).key().equals("lan"); // "lần thứ" read "lan thi"
            if (count > 0 && lower && isStop(text, w) && !lanThu) {
                boolean partyOwner = type == DocType.NGHI_QUYET && k.equals("cua")
                        && i + 1 < ws.size() && Character.isUpperCase(text.charAt(ws.get(i + 1).start()));
                boolean amendedLaws = amending && (k.equals("cua") || k.equals("va"));
                if (!partyOwner && !amendedLaws) {
                    break;
                }
            }
            if (count > 0 && !lower && lineBreakBefore(text, end, w.start())
                    && (SENTENCE_OPENERS.contains(k) || blankLineBetween(text, end, w.start()))) {
                break;
            }
            if (count > 0 && k.equals("luat") && !lower) {
                if (!amending) {
                    break; // the next law of a list
                }
                // "… của Luật Thi đua, Khen thưởng": an amended law the table knows is read whole
                LawTable.NameMatch amended = LawTable.bundled().match(DocType.LUAT,
                        NameWords.keys(ws.subList(i + 1, ws.size())));
                if (amended != null && amended.words() > 0) {
                    i += amended.words();
                    end = ws.get(i).end();
                    count += amended.words() + 1;
                    continue;
                }
            }
            end = w.end();
            count++;
        }
        return end;
    }

    private static final Pattern YEAR_WORD = Pattern.compile("n[a-z&]{1,2}m|narn");
    private static final Pattern DATE_WORD = Pattern.compile("ng[a-z&]{1,2}y");
    private static final Pattern NUMBER_WORD = Pattern.compile("s[a-z0-9&]?");

    /** "ngày 19", "năm 2015", "số 27/2023/QH15" (OCR "ndm", "s6" too): the name has ended. */
    private static boolean isNumberOpener(String k, String next) {
        boolean digitNext = !next.isEmpty() && Character.isDigit(next.charAt(0));
        return digitNext && (DATE_WORD.matcher(k).matches() || NUMBER_WORD.matcher(k).matches()
                || YEAR_WORD.matcher(k).matches() && next.length() == 4);
    }

    private static boolean commaContinues(String text, DocType type, NameWords.Word next, int count, int commas,
                                          boolean amending) {
        if (amending && next.key().equals("luat")) {
            return true; // "… của Luật Chứng khoán, Luật Kế toán, …": the next law it amends
        }
        if (!Character.isLowerCase(text.charAt(next.start())) || NAME_STOPS.contains(next.key())) {
            return false;
        }
        if (amending) {
            return true; // "Luật sửa đổi, bổ sung một số điều của …"
        }
        if (type == DocType.NGHI_QUYET) {
            return next.key().equals("nhiem") || count <= 3 && commas == 0; // "…, nhiệm kỳ 2025 - 2030"
        }
        return count <= 3 && commas == 0; // "Thi đua, khen thưởng", "Quản lý, sử dụng tài sản công"
    }

    private static boolean lineBreakBefore(String text, int from, int to) {
        return from < to && text.substring(from, to).indexOf('\n') >= 0;
    }

    private static boolean blankLineBetween(String text, int from, int to) {
        if (from >= to) {
            return false; // the words a spelt-out abbreviation stands for share its place
        }
        String gap = text.substring(from, to);
        int first = gap.indexOf('\n');
        return first >= 0 && gap.indexOf('\n', first + 1) >= 0;
    }

    /**
     * Whether a name the grammar found is a reference: "Luật Đất đai" and "Bộ luật Lao động", not "pháp
     * luật của Nhà nước"; "Nghị quyết Trung ương 4", "Nghị quyết Đại hội …", not "nghị quyết, nghị định".
     */
    private static boolean acceptName(String text, CitationParser.NamedReferenceContext n, DocType type,
                                      List<Token> words) {
        if (words.isEmpty()) {
            return false;
        }
        String first = words.get(0).getText();
        if (n instanceof CitationParser.LawContext l) {
            if (l.KW_BO() != null) {
                return true;
            }
            return Character.isUpperCase(l.KW_LUAT().getText().charAt(0)) && (Character.isUpperCase(first.charAt(0))
                    || SUA_WORD.matcher(TextFolding.foldLower(first)).matches()); // "Luật sửa đổi, bổ sung …"
        }
        if (type == DocType.PHAP_LENH) {
            return Character.isUpperCase(first.charAt(0));
        }
        String w0 = TextFolding.foldLower(first);
        // the second word as written up to its blank: OCR digits split it into tokens ("h6i")
        String w1 = words.size() > 1 ? TextFolding.foldLower(wordAt(text, words.get(1).getStartIndex())) : "";
        // "Trung ương …", "Đại hội …" with OCR damage ("Pai hdi", "Déi h6i")
        boolean party = w0.equals("trung") || HOI_WORD.matcher(w1).matches() && DJ_WORD.matcher(w0).matches();
        return party && Character.isUpperCase(n.getStart().getText().charAt(0));
    }

    private static String wordAt(String text, int from) {
        int end = from;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && ",;.:()".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(from, end);
    }

    /**
     * OCR repair of a Party resolution's name: a word one OCR error away from exactly one word such names
     * are made of ("Pai" → "Đại", "cta" → "của") takes that word's spelling.
     */
    static final class OcrWords {
        private static final Map<String, String> SPELLING = vocabulary();

        private OcrWords() {
        }

        /** The words of Party resolutions' names as they are spelt. */
        private static final String PARTY_WORDS = "Đại hội đại biểu toàn quốc lần thứ của Đảng bộ tỉnh thành phố "
                + "nhiệm kỳ khóa Hội nghị Trung ương Ban Chấp hành Chính trị Bí thư các cấp";

        private static Map<String, String> vocabulary() {
            Map<String, String> bySpelling = new HashMap<>();
            for (String word : PARTY_WORDS.split(" ")) {
                bySpelling.put(TextFolding.foldLower(word), word.toLowerCase(java.util.Locale.ROOT));
            }
            return bySpelling;
        }

        /**
         * The name with each word repaired; a province's name after "tỉnh" or "thành phố" ("Quang Ngii") is left as
         * written, for the gazetteer to read: it is no word of the vocabulary.
         */
        static String repair(String name) {
            return REPAIRED.get(name, OcrWords::repairWords);
        }

        /** Names repaired before: the same resolutions are named in text after text. */
        private static final Memo<String, String> REPAIRED = new Memo<>(10_000);

        private static String repairWords(String name) {
            String[] parts = name.split(" ");
            StringBuilder b = new StringBuilder(name.length());
            boolean placeName = false;
            for (String part : parts) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                boolean capital = !part.isEmpty() && Character.isUpperCase(part.charAt(0));
                placeName = placeName && capital;
                b.append(placeName ? part : repairWord(part));
                String key = TextFolding.foldLower(part);
                placeName |= key.equals("tinh") || key.equals("pho");
            }
            return b.toString();
        }

        /** The one vocabulary word a folded word may be an OCR reading of, or "" (none, or several), remembered. */
        private static final java.util.concurrent.ConcurrentHashMap<String, String> SIMILAR =
                new java.util.concurrent.ConcurrentHashMap<>();

        private static String onlySimilar(String key) {
            String found = null;
            for (Map.Entry<String, String> v : SPELLING.entrySet()) {
                if (Gazetteer.initialClass(v.getKey()) == Gazetteer.initialClass(key) && Gazetteer.similarWord(key, v.getKey())) {
                    if (found != null) {
                        return "";
                    }
                    found = v.getValue();
                }
            }
            return found == null ? "" : found;
        }

        private static String repairWord(String part) {
            int s = 0;
            int e = part.length();
            while (s < e && !Character.isLetterOrDigit(part.charAt(s)) && part.charAt(s) != '&') {
                s++;
            }
            while (e > s && !Character.isLetterOrDigit(part.charAt(e - 1)) && part.charAt(e - 1) != '&') {
                e--;
            }
            String word = part.substring(s, e);
            if (word.length() < 3 || word.chars().anyMatch(Character::isDigit)
                    && word.chars().noneMatch(ch -> ch < 128 && Character.isLetter(ch))) { // digits, no ASCII letter
                return part;
            }
            String key = TextFolding.foldLower(word);
            boolean damaged = word.chars().anyMatch(c -> Character.isDigit(c) || c == '&');
            if (!damaged && !key.equals(word.toLowerCase(java.util.Locale.ROOT))) {
                return part; // written with diacritics: as the writer meant it
            }
            String known = SPELLING.get(key);
            if (known != null) {
                // written without diacritics ("Dai hoi Dang cac cap"): the word as it is spelt; damaged: as written
                return damaged ? part : part.substring(0, s) + spelt(word, known) + part.substring(e);
            }
            if (SIMILAR.size() > 10_000) {
                SIMILAR.clear(); // words met over and over are few; a flood of distinct ones is not kept
            }
            String found = SIMILAR.computeIfAbsent(key, OcrWords::onlySimilar);
            if (found.isEmpty()) {
                return part; // none, or two candidates: leave it
            }
            return part.substring(0, s) + spelt(word, found) + part.substring(e);
        }

        /** The vocabulary's spelling of a word, capitalised as the word was. */
        private static String spelt(String word, String spelling) {
            return Character.isUpperCase(word.charAt(0))
                    ? Character.toUpperCase(spelling.charAt(0)) + spelling.substring(1) : spelling;
        }
    }
}
