package dev.lexgraph.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the stretches of a document that can hold a citation, so that the grammar never parses the
 * rest. An anchor is a number followed by "/" or "-" and a code ("2488/QĐ", "05-CT", "25- NQ",
 * "08-⏎CT"), or a capitalised name-reference word ("Luật", "Hiến pháp", "Pháp lệnh", "Nghị quyết").
 * Each anchor gets a window of text around it; overlapping windows merge into one region up to a size
 * cap, after which a new region starts (overlapping the last), so memory stays bounded on any input.
 * Each region "owns" a contiguous range of positions, and a citation is taken only from the region
 * that owns its anchor: no citation is found twice, none is cut by a region edge.
 * Works on the document's folded characters ({@link TextFolding#foldAll}).
 */
final class CandidateRegions {

    /** A stretch to parse, [begin, end), and the anchor positions it owns, [ownFrom, ownTo). */
    record Region(int begin, int end, int ownFrom, int ownTo) {
        boolean owns(int position) {
            return position >= ownFrom && position < ownTo;
        }
    }

    /** Room before a symbol for its type word and "số" (line breaks and OCR debris included). */
    static final int BEFORE = 48;
    /** Room after a symbol for its date, "của" and issuer. */
    static final int AFTER = 110;
    /** Room after a name-reference word for the name and its year. */
    static final int NAME_AFTER = 160;

    /**
     * What one pass over a document finds: the regions to parse, and where a capitalised word opens that may
     * name a programme, scheme, charter, strategy, plan or regulation ("Chương trình", "Đề án", "Điều lệ",
     * "Thỏa thuận", "Chiến lược", "Cương lĩnh": a capital C, D or T at a word's start before h, u, e or i;
     * "Kế hoạch", "Quy chế", "Quy định": a capital K before e, Q before u), for {@link ProgrammeNames}, so that
     * it need not scan the text again.
     */
    record Found(List<Region> regions, int[] programmeOpenings) {
    }

    /**
     * The characters an anchor can start at: a digit, or the capital of "Luật", "Hiến pháp", "Pháp lệnh",
     * "Nghị quyết", "Bộ luật"; and the capitals of the programme, plan and regulation openings.
     */
    private static final boolean[] MAY_OPEN = new boolean[128];

    static {
        for (char c : "0123456789LHPNBCDTKQ".toCharArray()) {
            MAY_OPEN[c] = true;
        }
    }

    private static final Pattern LUAT = Pattern.compile("lu?[ae]t");
    private static final Pattern PHAP = Pattern.compile("ph[a&]p");
    static final int MAX_REGION = 16 * 1024;

    private CandidateRegions() {
    }

    static Found find(char[] text) {
        List<Region> regions = new ArrayList<>();
        int[] openings = new int[32];
        int openingCount = 0;
        int n = text.length;
        int begin = -1;
        int end = -1;
        int ownFrom = 0;
        int i = 0;
        while (i < n) {
            char c = text[i];
            if (c >= MAY_OPEN.length || !MAY_OPEN[c]) {
                i++; // most characters open nothing: one table lookup passes them
                continue;
            }
            if (c == 'C' || c == 'D' || c == 'T' || c == 'K' || c == 'Q') {
                if (i + 1 < n && (i == 0 || !WordChars.isWordChar(text[i - 1]))) {
                    char second = text[i + 1];
                    if (c == 'K' ? second == 'e' : c == 'Q' ? second == 'u'
                            : second == 'h' || second == 'u' || second == 'e' || second == 'i') {
                        if (openingCount == openings.length) {
                            openings = java.util.Arrays.copyOf(openings, openingCount * 2);
                        }
                        openings[openingCount++] = i;
                    }
                }
                i++;
                continue;
            }
            int anchorEnd = -1;
            int before = BEFORE;
            int after = AFTER;
            if (c >= '0' && c <= '9' && (i == 0 || !isDigit(text[i - 1]))) {
                anchorEnd = symbolAnchorEnd(text, i);
                if (anchorEnd >= 0 && i > 0 && (text[i - 1] == 'l' || text[i - 1] == 'I')
                        && (i == 1 || !Character.isLetterOrDigit(text[i - 2]))) {
                    i--; // "l234/QĐ-UBND": OCR read the leading 1 as l
                }
            } else if ((c == 'L' || c == 'H' || c == 'P' || c == 'N' || c == 'B') && (i == 0
                    || !Character.isLetterOrDigit(text[i - 1]) || listNumberBefore(text, i))) {
                anchorEnd = nameAnchorEnd(text, i);
                before = 0;
                after = NAME_AFTER;
            }
            if (anchorEnd < 0) {
                i++;
                continue;
            }
            int wBegin = wordStart(text, Math.max(0, i - before));
            int wEnd = wordEnd(text, Math.min(n, anchorEnd + after));
            if (begin < 0) {
                begin = wBegin;
                end = wEnd;
                ownFrom = 0;
            } else if (wBegin <= end && wEnd - begin <= MAX_REGION) {
                end = Math.max(end, wEnd);
            } else {
                regions.add(new Region(begin, end, ownFrom, i));
                ownFrom = i;
                begin = wBegin;
                end = wEnd;
            }
            i = Math.max(i + 1, anchorEnd);
        }
        if (begin >= 0) {
            regions.add(new Region(begin, end, ownFrom, n + 1));
        }
        return new Found(regions, java.util.Arrays.copyOf(openings, openingCount));
    }


    /** "- 1Luật …": a list's item number glued to the word (portals' lists of related documents). */
    private static boolean listNumberBefore(char[] text, int i) {
        int k = i;
        while (k > 0 && k > i - 3 && isDigit(text[k - 1])) {
            k--;
        }
        return k < i && (k == 0 || text[k - 1] == ' ' || text[k - 1] == '\n' || text[k - 1] == '-' || text[k - 1] == '\t');
    }

    /** "84 QĐ/TWĐTN": a Party type code after a space where the dash belongs; the anchor's end, or -1. */
    private static int partyTypeAfterSpace(char[] text, int j) {
        int n = text.length;
        int k = j + 1;
        while (k < n && k - j <= 5 && Character.isLetter(text[k])) {
            k++;
        }
        return k < n && text[k] == '/' ? j + 2 : -1;
    }

    /** End of a symbol-shaped anchor starting with the digit at {@code i}, or -1. */
    private static int symbolAnchorEnd(char[] text, int i) {
        int n = text.length;
        int j = i;
        while (j < n && isDigit(text[j])) {
            j++;
        }
        if (j < n && text[j] != '/' && text[j] != '-' && text[j] != ' ') {
            if (text[j] < 'a' || text[j] > 'e' || j + 1 >= n || text[j + 1] != '/') {
                return -1; // the common case: a date part, an amount, a list number
            }
            j++; // "30c/NQ-CP": a letter marking a document added to a series
        }
        if (j - i > 6) {
            return -1;
        }
        if (j + 1 < n && text[j] == ' ' && text[j + 1] >= 'A' && text[j + 1] <= 'Z') {
            int party = partyTypeAfterSpace(text, j);
            if (party >= 0) {
                return party;
            }
        }
        j = skipBlanks(text, j, 2, false);
        if (j >= n) {
            return -1;
        }
        char sep = text[j];
        if (sep != '/' && sep != '-') {
            return -1;
        }
        j = skipBlanks(text, j + 1, 4, true);
        if (j >= n) {
            return -1;
        }
        char c = text[j];
        boolean codeStart = c >= 'A' && c <= 'Z' || c == '0' && j + 1 < n
                && Character.isUpperCase(text[j + 1]);
        boolean yearStart = sep == '/' && isDigit(c);
        if (codeStart) {
            return j + 1;
        }
        if (yearStart) {
            // 04/2015/NĐ-CP: a four-digit year, a slash, then a code.
            int k = j;
            while (k < n && isDigit(text[k])) {
                k++;
            }
            if (k - j != 4) {
                return -1;
            }
            k = skipBlanks(text, k, 2, false);
            if (k < n && text[k] == '/') {
                k = skipBlanks(text, k + 1, 2, false);
                if (k < n) {
                    char d = text[k];
                    if (d >= 'A' && d <= 'Z') {
                        return k + 1;
                    }
                }
            }
        }
        return -1;
    }

    /**
     * End of a name reference's opening words at {@code i}, or -1: "Luật" before a capitalised word
     * (or "sửa"), "Bộ luật", "Hiến pháp", "Pháp lệnh", "Nghị quyết" before a capitalised word. Other
     * capitalised words (Ban, Bộ Chính trị, Nghị định số …) open no window here; the symbol anchor
     * covers those that are citations.
     */
    private static int nameAnchorEnd(char[] text, int i) {
        int e1 = wordEndAt(text, i);
        if (e1 - i > 5 && text[i] == 'L' && Character.isUpperCase(text[i + 4]) && Character.isLowerCase(text[i + 3])) {
            e1 = i + 4; // "LuậtTổ chức": the type word glued to its capitalised name
        }
        if (e1 - i < 2 || e1 - i > 4) {
            return -1; // luật, bộ, hiến, pháp, nghị: two to four letters (most capitalised words are not)
        }
        char second = Character.toLowerCase(text[i + 1]);
        if (switch (text[i]) {
            case 'L' -> second != 'u' && second != 'a' && second != 'e';
            case 'B' -> second != 'o' && second != '0' && second != '6';
            case 'H' -> second != 'i';
            case 'P' -> second != 'h';
            default -> second != 'g';
        }) {
            return -1; // "Ban", "Hà", "Nhà": the second letter already rules the word out, before any string is made
        }
        String w1 = lowerFolded(text, i, e1);
        int s2 = skipBlanks(text, e1, 3, true);
        int e2 = wordEndAt(text, s2);
        if (e2 == s2) {
            return -1;
        }
        String w2 = lowerFolded(text, s2, e2);
        char c2 = text[s2];
        switch (w1) {
            case "luat", "luet", "lat", "let" -> {
                // "Luật ngân sách nhà nước" is written too: a lower-case first word the law table knows
                return Character.isUpperCase(c2) || w2.startsWith("s") || LawTable.isFirstWord(w2) ? e1 : -1;
            }
            case "bo", "b0", "b6" -> {
                return LUAT.matcher(w2).lookingAt() ? e2 : -1; // "Bộ luật,": a mark may follow
            }
            case "hien", "hi&n" -> {
                return PHAP.matcher(w2).lookingAt() ? e2 : -1; // "Hiến pháp;"
            }
            case "phap", "ph&p" -> {
                return w2.startsWith("l") && w2.endsWith("nh") ? e2 : -1;
            }
            case "nghi" -> {
                if (!w2.startsWith("qu")) {
                    return -1;
                }
                int s3 = skipBlanks(text, e2, 3, true);
                return s3 < text.length && Character.isUpperCase(text[s3]) ? e2 : -1;
            }
            default -> {
                return -1;
            }
        }
    }

    private static int wordEndAt(char[] text, int i) {
        int n = text.length;
        int j = i;
        while (j < n && j - i < 8 && !Character.isWhitespace(text[j])) {
            j++;
        }
        return j;
    }

    private static String lowerFolded(char[] text, int from, int to) {
        char[] out = new char[to - from];
        for (int k = from; k < to; k++) {
            out[k - from] = Character.toLowerCase(text[k]);
        }
        return new String(out);
    }

    private static int skipBlanks(char[] text, int j, int max, boolean allowNewline) {
        int n = text.length;
        int k = j;
        while (k < n && k - j < max) {
            char c = text[k];
            if (c == ' ' || allowNewline && c == '\n') {
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    private static int wordStart(char[] text, int i) {
        int k = i;
        int limit = Math.max(0, i - 40);
        while (k > limit && !Character.isWhitespace(text[k - 1])) {
            k--;
        }
        return k;
    }

    /** The end of the word at {@code i}, with the blank after it: a token then never ends at the region's end. */
    private static int wordEnd(char[] text, int i) {
        int n = text.length;
        int k = i;
        int limit = Math.min(n, i + 40);
        while (k < limit && !Character.isWhitespace(text[k])) {
            k++;
        }
        return k < n ? k + 1 : k;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
