package dev.lexgraph.citation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names the extractor resolves text against: provinces, issuer codes and issuing bodies, loaded from
 * the TSV files beside this class. Matching is word by word on folded, lower-cased text and tolerates
 * one OCR error per word ("Thu tuéng Chinh phi" is Thủ tướng Chính phủ, "Qudng Ngdi" is Quảng Ngãi).
 */
final class Gazetteer {

    record Province(String name, boolean city, String mergedInto) {
        /** "tỉnh Quảng Ngãi" / "thành phố Hà Nội". */
        String withKind() {
            return (city ? "thành phố " : "tỉnh ") + name;
        }
    }

    record IssuerCode(String code, Citation.IssuerScope scope, String bodyTemplate) {
    }

    record Body(String[] words, String template) {
    }

    record BodyMatch(String name, int wordsUsed) {
    }

    private final List<Province> provinces = new ArrayList<>();
    private final List<String[]> provinceWords = new ArrayList<>();
    private final Map<String, IssuerCode> codes = new HashMap<>();
    private final List<Body> bodies = new ArrayList<>();

    private static final Gazetteer INSTANCE = new Gazetteer();

    static Gazetteer get() {
        return INSTANCE;
    }

    /** The provinces in the order of provinces.tsv. */
    List<Province> provinces() {
        return java.util.Collections.unmodifiableList(provinces);
    }

    private Gazetteer() {
        for (String[] row : read("provinces.tsv")) {
            Province p = new Province(row[0], row[1].startsWith("thành"), row[2]);
            provinces.add(p);
            provinceWords.add(words(p.name()));
        }
        for (String[] row : read("issuer-codes.tsv")) {
            IssuerCode c = new IssuerCode(row[0], Citation.IssuerScope.valueOf(row[1]), row[2]);
            codes.put(TextFolding.symbolKey(row[0]), c);
        }
        for (String[] row : read("bodies.tsv")) {
            bodies.add(new Body(words(row[0]), row[1]));
        }
        // Longest phrases first, so "Thủ tướng Chính phủ" wins over "Chính phủ".
        bodies.sort((a, b) -> Integer.compare(b.words().length, a.words().length));
    }

    /** The issuer code's entry; QH13, UBTVQH14 and similar term-suffixed codes match their stem. */
    IssuerCode issuerCode(String code) {
        if (code == null) {
            return null;
        }
        String key = TextFolding.symbolKey(code);
        IssuerCode c = codes.get(key);
        if (c == null) {
            int end = key.length();
            while (end > 0 && Character.isDigit(key.charAt(end - 1))) {
                end--;
            }
            String stem = key.substring(0, end);
            c = codes.get(stem);
        }
        return c;
    }

    /**
     * Whether an issuer code is nationwide or local: from the code table, else a code starting with S
     * (Sở …) is local; otherwise unknown (null).
     */
    Citation.IssuerScope scopeOf(String issuerCode) {
        IssuerCode c = issuerCode(issuerCode);
        if (c != null) {
            return c.scope();
        }
        String k = issuerCode == null ? "" : TextFolding.symbolKey(issuerCode);
        return k.length() >= 3 && k.charAt(0) == 'S' ? Citation.IssuerScope.LOCAL : null;
    }

    boolean isKnownCode(String code) {
        return code != null && codes.containsKey(TextFolding.symbolKey(code));
    }

    /**
     * The province whose name starts the given words (folded, one error per word allowed), or null. The
     * longest name wins, and among names as long one written exactly ("Quảng Bình" is one letter from
     * "Quảng Ninh", "Thái Bình" from "Thái Nguyên" no more than OCR damage would make it).
     */
    Province provinceAt(String[] ws, int from) {
        Province best = null;
        int bestScore = 0;
        if (from >= ws.length) {
            return null;
        }
        char initial = initialClass(ws[from]);
        for (int i = 0; i < provinces.size(); i++) {
            String[] pw = provinceWords.get(i);
            if (pw.length * 2 + 1 < bestScore || initialClass(pw[0]) != initial || !matchesAt(ws, from, pw)) {
                continue;
            }
            boolean exact = java.util.Arrays.equals(ws, from, from + pw.length, pw, 0, pw.length);
            int score = pw.length * 2 + (exact ? 1 : 0);
            if (score > bestScore) {
                best = provinces.get(i);
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The province named in a short text ("UBND TỈNH QUẢNG NGÃI", "Qudng Ngdi"), or null. A name after
     * "tỉnh" or "thành phố" wins, then one written exactly, and only then a near match anywhere: body words
     * are one letter away from some provinces ("Hội đồng" from "Hải Dương").
     */
    Province findProvince(String text) {
        return text.length() > PROVINCE_TEXT_KEPT ? readProvince(text) : provinceNamed.get(text, this::readProvince);
    }

    /** The provinces short texts name, remembered: the same header lines and places recur in file after file. */
    private final Memo<String, Province> provinceNamed = new Memo<>(20_000);
    private static final int PROVINCE_TEXT_KEPT = 300;

    private Province readProvince(String text) {
        String[] ws = words(text);
        for (int i = 0; i + 1 < ws.length; i++) {
            int nameAt = ws[i].equals("tinh") || ws[i].equals("tp") ? i + 1
                    : ws[i].equals("thanh") && ws[i + 1].equals("pho") ? i + 2 : -1;
            Province p = nameAt < 0 ? null : provinceAt(ws, nameAt);
            if (p != null) {
                return p;
            }
        }
        for (int i = 0; i < ws.length; i++) {
            for (int k = 0; k < provinces.size(); k++) {
                String[] pw = provinceWords.get(k);
                if (i + pw.length <= ws.length && java.util.Arrays.equals(ws, i, i + pw.length, pw, 0, pw.length)) {
                    return provinces.get(k);
                }
            }
        }
        for (int i = 0; i < ws.length; i++) {
            if (ws[i].equals("hoi") && i + 1 < ws.length && ws[i + 1].equals("dong")) {
                i++; // "Hội đồng", written whole, is a body: an OCR reading of "Hải Dương" it is not
                continue;
            }
            Province p = provinceAt(ws, i);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    Province provinceByName(String name) {
        for (Province p : provinces) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /**
     * The issuing body that the words after "của" name, with its province: the named one when the text
     * gives it ("UBND tỉnh Quảng Trị"), else the citing document's. Null when no known body starts there.
     */
    BodyMatch body(String phrase, Province documentProvince) {
        String key = (documentProvince == null ? "" : documentProvince.name()) + '|' + phrase;
        return bodyCache.get(key, k -> bodyAt(words(phrase), 0, documentProvince));
    }

    /** Issuers recur ("của Thủ tướng Chính phủ", "của UBND tỉnh"): their resolution is memoised. */
    private final Memo<String, BodyMatch> bodyCache = new Memo<>(20_000);

    /** {@link #body} on words already split, starting at word {@code from}. */
    BodyMatch bodyAt(String[] all, int from, Province documentProvince) {
        if (from >= all.length) {
            return null;
        }
        String[] ws = from == 0 ? all : java.util.Arrays.copyOfRange(all, from, Math.min(all.length, from + 16));
        char initial = initialClass(ws[0]);
        for (Body b : bodies) {
            // Initials, then first words, are compared first: most texts start with no body at all.
            if (initialClass(b.words()[0]) == initial && similarWord(ws[0], b.words()[0])
                    && matchesAt(ws, 0, b.words())) {
                int used = b.words().length;
                Province named = null;
                int at = used;
                if (at < ws.length && (ws[at].equals("tinh") || ws[at].equals("thanh") && at + 1 < ws.length
                        && ws[at + 1].equals("pho"))) {
                    int nameAt = ws[at].equals("tinh") ? at + 1 : at + 2;
                    named = provinceAt(ws, nameAt);
                    if (named != null) {
                        used = nameAt + words(named.name()).length;
                    } else if (!b.template().contains("{")) {
                        used = at;
                    } else {
                        used = at + 1;
                    }
                } else if (at < ws.length) {
                    named = provinceAt(ws, at);
                    if (named != null) {
                        used = at + words(named.name()).length;
                    }
                }
                return new BodyMatch(fill(b.template(), named != null ? named : documentProvince), used);
            }
        }
        return null;
    }

    /** Fills {p} ("tỉnh X") and {P} ("X") of a body template. */
    static String fill(String template, Province province) {
        String p = province == null ? "tỉnh" : province.withKind();
        String bigP = province == null ? "" : province.name();
        return template.replace("{p}", p).replace("{P}", bigP).trim();
    }

    /**
     * A word's first letter for quick rejection: OCR keeps initials, except Đ, which it reads as D, B
     * or P, so those three count as one.
     */
    static char initialClass(String word) {
        char c = word.isEmpty() ? ' ' : word.charAt(0);
        return c == 'b' || c == 'p' ? 'd' : c;
    }

    /** Folded, lower-cased words: runs of letters, digits and '&' (an OCR reading of a vowel). */
    static String[] words(String text) {
        return words(text, Integer.MAX_VALUE);
    }

    /** The first {@code max} words of the text, folded and lower-cased (fewer when it has fewer). */
    static String[] words(String text, int max) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < text.length() && out.size() < max; i++) {
            char c = TextFolding.foldLower(text.charAt(i));
            if (Character.isLetterOrDigit(c) || c == '&') {
                w.append(c);
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0 && out.size() < max) {
            out.add(w.toString());
        }
        return out.toArray(new String[0]);
    }

    static boolean matchesAt(String[] ws, int from, String[] phrase) {
        if (from + phrase.length > ws.length) {
            return false;
        }
        for (int i = 0; i < phrase.length; i++) {
            if (!similarWord(ws[from + i], phrase[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Equal, or one OCR error apart: one edit when either word has four or more characters ("hqoc" for
     * "học"), else one substituted character ("phi" for "phủ", "S&" for "Sở"); one-letter words must be
     * equal.
     */
    static boolean similarWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 2 || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        if (Math.max(a.length(), b.length()) <= 3 && a.length() != b.length()) {
            return false;
        }
        return editDistanceAtMostOne(a, b);
    }

    private static boolean editDistanceAtMostOne(String a, String b) {
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        edits += (a.length() - i) + (b.length() - j);
        return edits <= 1;
    }

    static List<String[]> read(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
