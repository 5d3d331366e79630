package dev.lexgraph.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a symbol as written into its canonical form: no spaces or line breaks, Vietnamese letters
 * restored in the codes that carry them (QD → QĐ, HDND → HĐND), and the systematic OCR readings of
 * Đ (B, P, Db, DP…) and of Q (0) undone where the result is a code we know. Codes we do not know are
 * kept as written: an unknown unit code is more likely right than any guess.
 */
final class SymbolRepair {

    /** The result; {@code repaired} is true when more than spacing changed. */
    record Repaired(String symbol, String number, Integer year, String typeCode, String issuerCode,
                    boolean party, boolean repaired) {
    }

    /** Codes with Đ that a symbol's issuer part may hold, alone or as the first part of a compound. */
    private static final List<String> ISSUER_CODES_WITH_D = List.of("HĐND", "BCSĐ", "ĐĐBQH", "ĐU", "BCĐ",
            // Issuer and drafting-unit codes with Đ in common use nationwide: Lao động - Thương binh và Xã
            // hội, Giáo dục và Đào tạo, Kế hoạch và Đầu tư, Quản lý đất đai / đô thị, Đổi mới doanh nghiệp,
            // Quan hệ địa phương, Thi đua - Khen thưởng, Đầu tư xây dựng, Cục Đường bộ Việt Nam, Đài Khí
            // tượng thủy văn, Đoàn thanh niên, Đảng ủy khối.
            "SLĐTBXH", "BLĐTBXH", "LĐTBXH", "SGDĐT", "BGDĐT", "GDĐT", "SKHĐT", "BKHĐT", "KHĐT",
            "QLĐĐ", "QLĐT", "ĐMDN", "QHĐP", "TĐKT", "ĐTXD", "CĐBVN", "QLBTĐB", "ĐKTTV", "ĐTN", "ĐUK");

    /** Type abbreviations with Đ and their OCR readings, used when the citation's type word is unknown. */
    private static final List<String> TYPE_CODES_WITH_D = List.of("QĐ", "NĐ");

    private static final Pattern SHAPE = Pattern.compile(
            "([lI]?\\d+[a-e]?)(?:/(\\d{4})/|([/-]))(.+)");

    private SymbolRepair() {
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int CACHE_LIMIT = 50_000;
    private static final int NO_TYPE = DocType.values().length;
    /** Repaired symbols by type (the last for none) and symbol as written: no key is built per lookup. */
    private static final List<Memo<String, Repaired>> CACHE = java.util.stream.IntStream.rangeClosed(0, NO_TYPE)
            .mapToObj(k -> new Memo<String, Repaired>(CACHE_LIMIT)).toList();

    /** The repaired symbol; results are memoised, since the same symbols recur across a corpus. */
    static Repaired repair(String written, DocType type) {
        return CACHE.get(type == null ? NO_TYPE : type.ordinal()).get(written, w -> compute(w, type));
    }

    /** "84 QĐ/TWĐTN": a Party number and type with a space where the dash belongs. */
    private static final Pattern SPACE_FOR_DASH = Pattern.compile("^([lI]?\\d+)\\s+(?=\\p{Lu})");

    private static Repaired compute(String written, DocType type) {
        String spaced = asciiSeparators(written);
        boolean spaceForDash = false;
        boolean blanks = false;
        for (int k = 0; k < spaced.length() && !blanks; k++) {
            blanks = Character.isWhitespace(spaced.charAt(k));
        }
        if (blanks) { // most symbols hold none: no matcher is made for them
            Matcher dash = SPACE_FOR_DASH.matcher(spaced);
            if (dash.find()) {
                spaced = dash.group(1) + "-" + spaced.substring(dash.end());
                spaceForDash = true;
            }
        }
        String s = blanks ? SPACES.matcher(spaced).replaceAll("") : spaced;
        int glued = s.length() - 4;
        if (glued > 1 && Character.isUpperCase(s.charAt(glued - 1)) && TextFolding.foldLower(s.substring(glued)).equals("ngay")) {
            s = s.substring(0, glued); // "113/TTr-SLĐTBXHngày 09/6/2015": the date's word glued to the code
        }
        Matcher m = SHAPE.matcher(s);
        if (!m.matches()) {
            return new Repaired(s, null, null, null, null, false, false);
        }
        String number = m.group(1);
        boolean repaired = false;
        if (!Character.isDigit(number.charAt(0))) {
            number = "1" + number.substring(1); // OCR read the leading 1 as l or I
            repaired = true;
        }
        String yearText = m.group(2);
        boolean party = "-".equals(m.group(3));
        String rest = m.group(4);

        // Split the code part into segments, keeping the separators.
        List<String> segments = new ArrayList<>();
        List<Character> separators = new ArrayList<>();
        int segStart = 0;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '-' || c == '/') {
                segments.add(rest.substring(segStart, i));
                separators.add(c);
                segStart = i + 1;
            }
        }
        segments.add(rest.substring(segStart));

        // The type abbreviation opens the code part; a công văn has none (issuer, then unit).
        String first = segments.get(0);
        String typeFixed = repairTypeCode(first, type);
        if (typeFixed == null && !party && segments.size() == 1) {
            // "1961/QĐUBND", "61/2018/NĐCP": the dash after the type code lost (a PDF's text layer drops it at a
            // line end).
            String[] split = splitGluedTypeCode(first, type);
            if (split != null) {
                segments.set(0, split[1]);
                segments.add(0, split[0]);
                separators.add(0, '-');
                first = split[0];
                typeFixed = split[0];
                repaired = true;
            }
        }
        boolean hasTypeCode = typeFixed != null;
        if (hasTypeCode && !party && !separators.isEmpty() && separators.get(0) == '/') {
            // "147/2015/NQ/HĐND", "183/2010/TTLT/BTC-BNN", "05/2009/NQLT/CP-UBTWMTTQVN": the issuers follow a state
            // symbol's type code after a dash; copies that type a slash there name the same document.
            separators.set(0, '-');
        }
        if (hasTypeCode && !typeFixed.equals(first)) {
            segments.set(0, typeFixed);
            repaired |= !TextFolding.symbolKey(typeFixed).equals(TextFolding.symbolKey(first));
        }
        for (int i = hasTypeCode ? 1 : 0; i < segments.size(); i++) {
            String seg = segments.get(i);
            String fixed = repairIssuerCode(seg);
            if (!fixed.equals(seg)) {
                segments.set(i, fixed);
                repaired |= !TextFolding.symbolKey(fixed).equals(TextFolding.symbolKey(seg));
            }
        }

        StringBuilder b = new StringBuilder(number);
        if (yearText != null) {
            b.append('/').append(yearText).append('/');
        } else {
            b.append(party ? '-' : '/');
        }
        for (int i = 0; i < segments.size(); i++) {
            b.append(segments.get(i));
            if (i < separators.size()) {
                b.append(separators.get(i));
            }
        }
        String typeCode = hasTypeCode ? segments.get(0) : null;
        String issuerCode;
        if (party) {
            issuerCode = segments.size() > 1 ? segments.get(1) : null;
        } else {
            int at = hasTypeCode ? 1 : 0;
            issuerCode = segments.size() > at ? segments.get(at) : segments.get(0);
        }
        Integer year = yearText == null ? null : Integer.valueOf(yearText);
        // A Party document written in the state form ("Nghị quyết số 26/NQ-TW") is the Party's 26-NQ/TW.
        if (!party && yearText == null && hasTypeCode && segments.size() == 2 && separators.get(0) == '-'
                && PARTY_CODES.contains(TextFolding.symbolKey(segments.get(1)))) {
            return new Repaired(number + "-" + segments.get(0) + "/" + segments.get(1), number, null, typeCode,
                    issuerCode, true, true);
        }
        return new Repaired(b.toString(), number, year, typeCode, issuerCode, party, repaired || spaceForDash);
    }

    /**
     * A type code glued to a known issuer code ("QĐUBND" → QĐ, UBND): the type's own abbreviations are
     * tried, else every type's, and the rest must be a code the gazetteer knows, so a unit code that merely
     * starts with the letters of a type ("KHCN", "CTXD") stays whole.
     */
    private static String[] splitGluedTypeCode(String seg, DocType type) {
        List<String> abbreviations = type != null ? type.abbreviations() : TYPE_CODES_WITH_D;
        for (String abbr : abbreviations) {
            for (int len = abbr.length(); len <= Math.min(seg.length() - 2, abbr.length() + 1); len++) {
                String head = seg.substring(0, len);
                String rest = seg.substring(len);
                if (ocrEquals(head, abbr) && Character.isUpperCase(rest.charAt(0)) && Gazetteer.get().isKnownCode(rest)) {
                    return new String[] {abbr, repairIssuerCode(rest)};
                }
            }
        }
        return null;
    }

    /** Codes of Party bodies: their documents are numbered "N-TYPE/CODE". */
    private static final java.util.Set<String> PARTY_CODES = java.util.Set.of("TW", "TU", "HU", "QU", "DU", "DUK",
            "BTGTW", "BDVTW", "BTCTW", "UBKTTW", "VPTW", "BTGTU", "BDVTU", "BTCTU", "UBKTTU", "VPTU", "BTGDVTW",
            "BTGDVTU", "QUTW");

    /** Look-alikes of the slash and the hyphen (⁄ ∕ ‐ ‑ ‒ – — ― − …) as '/' and '-'. */
    private static String asciiSeparators(String written) {
        StringBuilder b = null;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            char f = TextFolding.fold(c);
            if ((f == '-' || f == '/') && c != f) {
                if (b == null) {
                    b = new StringBuilder(written);
                }
                b.setCharAt(i, f);
            }
        }
        return b == null ? written : b.toString();
    }

    /**
     * The canonical type abbreviation if {@code seg} is one (possibly OCR-damaged), else null. The
     * citation's own type decides first: under "Đề án" a DA is ĐA, under "Dự án" it stays DA.
     */
    static String repairTypeCode(String seg, DocType type) {
        // Whole symbols rarely repeat across a corpus, but their segments do (KH, QĐ, UBND, TW…).
        String key = (type == null ? "" : type.name()) + '|' + seg;
        return TYPE_CODES.get(key, k -> computeTypeCode(seg, type));
    }

    private static final Memo<String, String> TYPE_CODES = new Memo<>(20_000);
    private static final Memo<String, String> ISSUER_CODES = new Memo<>(20_000);

    private static String computeTypeCode(String seg, DocType type) {
        if (type != null) {
            for (String abbr : type.abbreviations()) {
                if (ocrEquals(seg, abbr)) {
                    return abbr;
                }
            }
        }
        DocType byCode = DocType.fromAbbreviation(seg);
        if (byCode != null) {
            String canonical = byCode.abbreviations().get(0);
            return TextFolding.symbolKey(canonical).equals(TextFolding.symbolKey(seg)) ? canonical : seg;
        }
        for (String abbr : TYPE_CODES_WITH_D) {
            if (ocrEquals(seg, abbr)) {
                return abbr;
            }
        }
        return null;
    }

    /** An issuer or unit code with its Đ restored when the code is one we know. */
    static String repairIssuerCode(String seg) {
        return ISSUER_CODES.get(seg, SymbolRepair::computeIssuerCode);
    }

    private static String computeIssuerCode(String seg) {
        for (String code : ISSUER_CODES_WITH_D) {
            Matcher m = ocrPattern(code, "(\\d*)").matcher(seg); // a unit code may carry a number: QLĐĐ1
            if (m.matches()) {
                return code + m.group(1);
            }
        }
        // Compounds such as BCSĐUBND (Ban cán sự đảng UBND), OCR'd BCSPUBND.
        for (String code : ISSUER_CODES_WITH_D) {
            Matcher m = ocrPattern(code, "(.+)").matcher(seg);
            if (m.matches() && Gazetteer.get().isKnownCode(m.group(1))) {
                return code + m.group(1);
            }
        }
        Gazetteer.IssuerCode known = Gazetteer.get().issuerCode(seg);
        if (known != null && TextFolding.symbolKey(known.code()).equals(TextFolding.symbolKey(seg))) {
            return known.code();
        }
        return seg;
    }

    /** Whether {@code seg} reads as {@code code} once the usual OCR confusions are allowed. */
    static boolean ocrEquals(String seg, String code) {
        if (seg.equalsIgnoreCase(code) || TextFolding.symbolKey(seg).equals(TextFolding.symbolKey(code))) {
            return true; // the common case, without a pattern
        }
        return ocrPattern(code, "").matcher(seg).matches();
    }

    /** Compiled patterns by tail, then by code: looked up on every symbol, so no key is built per call. */
    private static final java.util.Map<String, java.util.Map<String, Pattern>> BY_TAIL =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static Pattern ocrPattern(String code, String tail) {
        return BY_TAIL.computeIfAbsent(tail, t -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(code, c -> compileOcrPattern(c, tail));
    }

    private static Pattern compileOcrPattern(String code, String tail) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            switch (c) {
                case 'Đ' -> re.append("(?:Đ|D[BbPpĐđ]?|[BbPpĐđ]|P[Dd])");
                case 'Q' -> re.append("[Q0O]");
                case 'O' -> re.append("[O0]");
                default -> re.append("(?:").append(Pattern.quote(String.valueOf(c))).append(')');
            }
        }
        return Pattern.compile(re + tail, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
