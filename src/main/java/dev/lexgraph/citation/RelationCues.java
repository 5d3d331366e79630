package dev.lexgraph.citation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the relation a citation stands in from the words that govern it. Two questions, in order:
 * <ol>
 *   <li>Is the citation part of what the previous citation says ("Nghị quyết số 36/2024/NQ-HĐND …
 *   về sửa đổi, bổ sung một số điều của Nghị quyết 163/2021/NQ-HĐND")? Then the relation holds between
 *   the two cited documents, and {@code from} names the governing one.</li>
 *   <li>Otherwise: the nearest cue phrase in the clause before it ("Thực hiện …", "Căn cứ …",
 *   "Theo đề nghị … tại Công văn số …", "theo quy định tại …"). The clause runs back to the start of
 *   the sentence, paragraph or list item, across the semicolons of a list.</li>
 * </ol>
 * Matching runs on folded, lower-cased text and tolerates the usual OCR readings ("Thye hign",
 * "thwe hién", "Trién khai").
 */
final class RelationCues {

    /** What the classifier decided. */
    record Decision(Relation relation, boolean fromPrevious, Relation base) {
    }

    private static final int MAX_CLAUSE = 520;
    /** How far back a cue is looked for; a list's later items inherit its verb instead. */
    private static final int MAX_CUE_DISTANCE = 420;
    private static final int MAX_GAP = 260;

    // Cues in the clause before a citation; the nearest one wins.
    // The lookahead and lookbehind let the engine reject, in two tests, every position where no cue can
    // start (cues start a word). The lookbehind is every cue's leading word boundary: a `\b` per alternative
    // would be tested again for each of them at every position tried.
    private static final Pattern CUES = OcrPhrase.compile("(?=[tcsbhqx(])(?<![a-z0-9&])(?:" + String.join("|",
            "(?<respond>(?:theo|«xét») (?:«đề? nghị?»|«báo cáo»)(?:\\b|(?=«của»\\b))[^;]{0,160}?\\b«tạ-?i»(?:\\s+«các»)?\\s*$|«trả lời»\\b"
                    + "|«theo yêu cầu»\\b[^;]{0,160}?\\b«tạ-?i»\\s*$"
                    // "Xét Tờ trình số …": a resolution's preamble weighs the proposal put to it
                    + "|(?<!xem )«xét»\\s*$)",
            "(?<basis>«căn cứ»\\b)",
            "(?<replace>«th[a]y thế»\\b|«bãi bỏ»\\b|«hủy bỏ»\\b)",
            // "sửa đổi nội dung tại Điều 1 Nghị quyết …", "sửa đổi khoản 2 Điều 3 của Quyết định …": the article, then the
            // citation; "đã được sửa đổi tại …" names the amending one
            "(?<amend>«sửa đổi»,? «bổ sung»\\b|(?<!duoc )«sửa đổi»\\b[^;.]{0,60}?\\b(?:«[đ]iề?u» \\d+|«tạ-?i»|«c[ủa]+»)\\s*$)",
            "(?<guide>«quy định chi tiết»(?:\\s+«thi hành»)?\\b|«h[ướ]+ng dẫn» (?:«thi hành»|«th[ực]+ hiệ?n»)\\b)",
            "(?<implement>«th[ực]+»\\s+«h[iệ]+n»\\b(?!\\s+theo\\b)|«triể?n»\\s+«kh[a]i»\\b|«thi hành»\\b)",
            // "theo đề cương tại", "theo hướng dẫn tại", "trên cơ sở …": what is followed or built on is cited
            "(?<cite>«theo quy định»\\b|theo(?:\\s+[^\\s;]+){1,3}\\s+«tạ-?i»\\s*$|«trên cơ sở»\\s*$|theo\\s*$|(?:«đã-» )?c[o06]\\s*$|«ban hành»\\b(?!\\s+«kèm theo»)|«xây dựng»\\b"
                    // "quán triệt, phổ biến …", "quán triệt và thể chế hóa …"
                    + "|«quán triệt»(?:,| «và-»)\\s+(?:«phổ»\\s|«thể-» «[chế]+» h)"
                    + "|\\(\\s*$)") + ")", Pattern.MULTILINE);

    // Cues whose first letter the prefilter above leaves out (it is common at word starts: p, k, g, n), looked for
    // only in the last characters before the citation: "Phúc đáp Công văn số …", "Bộ Xây dựng nhận được Văn bản số
    // …" (the request a letter answers); "kiểm tra … việc thực hiện
    // Quyết định số …" (what is checked is cited, not carried out).
    // "Về đề nghị của Ủy ban nhân dân tỉnh Bạc Liêu (Tờ trình số …)", "Xét đề nghị của … (công văn số …)", "Về đề
    // nghị của … tại văn bản số …": a central letter's opening names the proposal it answers.
    // "Thực hiện quy chế làm việc … được ban hành kèm theo Quyết định số …": the decision that issued the rules
    // carried out is carried out with them.
    private static final Pattern LATE_CUES = OcrPhrase.compile("(?<respond>\\b«phúc đáp»\\b|\\b«nhận đượ-?c»\\s*$)"
            + "|(?<proposal>\\b(?:v[e&]|«xét») «đề? nghị?»(?:\\b|(?=«của»\\b))[^;()]{0,160}?(?:\\(|\\b«tạ-?i»(?:\\s+«các»)?)\\s*$)"
            + "|(?<attached>\\b«th[ực]+»\\s+«hiệ+n»\\s+(?:«quy chế»|«quy [đ]ị-?nh»|«[đ]iều lệ»)\\b[^;.]{0,140}?\\b«kèm theo»\\s*$)"
            + "|(?<cite>\\b(?:«kiểm tra»|«giám sát»)\\b[^;.]{0,120}?\\b«việc»\\s+«th[ực]+»\\s+«hiệ+n»\\s*$)");
    private static final int LATE_CUE_REACH = 200;
    private static final ThreadLocal<Matcher> LATE_MATCHER = ThreadLocal.withInitial(() -> LATE_CUES.matcher(""));

    // Inside the tail of the previous citation: "về sửa đổi, bổ sung (một số điều) của", "thay thế", …
    // The phrase must lead straight into the citation ("… sửa đổi, bổ sung một số điều của ⟨citation⟩"):
    // a phrase earlier in the gap describes the previous citation's own subject, not this one.
    // Its phrases start a word with one of six letters: the lookahead and lookbehind pass every other position at once.
    // "… đã được sửa đổi tại Điều 1 ⟨citation⟩" names the document that amended the previous one: cited, not amended.
    private static final Pattern BETWEEN = OcrPhrase.compile("(?=[sdtbqh])(?<![a-z0-9&])(?:" + String.join("|",
            "(?<passive>«được» (?:«sửa đổi»(?:,? «bổ sung»)?|«th[a]y thế»|«bãi bỏ»)\\s+(?:«tạ-?i»|«bởi»|theo))",
            "(?<amend>«sửa đổi»(?:,? «bổ sung»)?|«điề?u chỉnh»,? «bổ sung»)",
            "(?<replace>«th[a]y thế»|«bãi bỏ»)",
            "(?<guide>«quy định chi tiết»|«h[ướ]+ng dẫn»(?: «thi hành»)?)")
            + ")(?:\\s+(?:«một số [đ]iề?u»|«khoản» \\d+ «[đ]iề?u» \\d+|«[đ]iề?u» \\d+))?"
            + "(?:\\s+«c[ủa]+»)?\\s*$");
    // Matchers are reused (a matcher with many groups is costly to make, and one is needed per citation).
    private static final ThreadLocal<Matcher> CUES_MATCHER = ThreadLocal.withInitial(() -> CUES.matcher(""));
    private static final ThreadLocal<Matcher> BETWEEN_MATCHER = ThreadLocal.withInitial(() -> BETWEEN.matcher(""));

    /** The between-citations phrase ends within this many characters of the citation. */
    private static final int BETWEEN_TAIL = 90;

    private RelationCues() {
    }

    /**
     * @param text      the document text
     * @param start     where the citation starts
     * @param previous  the citation before it ({@code null} for the first)
     * @return the relation, whether it belongs to the previous citation, and the relation the clause
     *         itself gives (which the next item of a list inherits)
     */
    static Decision classify(String text, char[] folded, int start, Previous previous) {
        int clauseStart = clauseStart(folded, start);
        if (previous != null && colonEndsLineBetween(text, previous.end(), start)) {
            previous = null; // "… có ý kiến như sau:⏎Để bảo đảm thực hiện …": what the colon announces is a clause of its own
        }
        Relation base = null;
        int newClause = -1; // where a main clause after the previous citation's subject starts
        if (previous != null && previous.start() >= clauseStart && start - previous.end() <= MAX_CLAUSE) {
            FoldedView gap = new FoldedView(folded, previous.end(), start);
            if (start - previous.end() <= MAX_GAP && !breaksClause(text, previous.end(), start, gap)) {
                Relation between = betweenRelation(new FoldedView(folded, Math.max(previous.end(), start - BETWEEN_TAIL), start));
                newClause = previous.subjectRunsOn() ? newClauseWithCue(text, folded, previous.end(), start) : -1;
                if (between == null && previous.subjectRunsOn() && newClause < 0) {
                    between = Relation.CITES; // named inside the previous citation's "về …" subject
                }
                if (between != null) {
                    return new Decision(between, true, previous.base());
                }
            }
            // An item of a list: the words after the last separator govern it, else the list's verb does.
            // Words of the previous citation's issuer and "về …" subject ("… của Sở Tài chính về thực hiện
            // dân chủ ở cơ sở và …") are not cues.
            FoldedView words = new FoldedView(folded, newClause >= 0 ? newClause
                    : Math.min(start, Math.max(previous.end(), previous.tailEnd())), start);
            int cut = Math.max(words.lastIndexOf(';'), words.lastIndexOf(','));
            CharSequence item = cut < 0 ? words : words.subSequence(cut + 1, words.length());
            int subject = subjectWord(item);
            CharSequence own = subject < 0 ? item : item.subSequence(0, subject);
            base = nearestCue(own);
            if (base == null || base == Relation.CITES && endsWithParenthesis(text, start) && previous.base() != null) {
                // "Về đề nghị của A (Tờ trình số …) và ý kiến của B (Công văn số …)": an aside in parentheses
                // takes the list's verb.
                base = previous.base();
            }
        }
        if (base == null) {
            base = nearestCue(new FoldedView(folded, Math.max(clauseStart, start - MAX_CUE_DISTANCE), start));
        }
        if (base == null) {
            base = Relation.CITES;
        }
        return new Decision(base, false, base);
    }

    /**
     * The citation before the one being classified: its span, where its issuer and "về …" subject end,
     * whether that subject runs on up to the next citation, and its base relation.
     */
    record Previous(int start, int end, int tailEnd, boolean subjectRunsOn, Relation base) {
    }

    /**
     * Whether a new clause with a cue of its own stands between two citations: "… Công văn số 3908/BYT-DP về
     * việc tăng cường công tác phòng, chống bệnh bạch hầu, Chủ tịch UBND tỉnh yêu cầu … triển khai thực hiện
     * Công văn số 6002/UBND-YT": after a comma, a capitalised subject opens a sentence's main clause, and the
     * subject of the earlier citation ended there. Where that clause starts, or -1.
     */
    private static int newClauseWithCue(String text, char[] folded, int from, int to) {
        for (int i = to - 2; i > from; i--) {
            if (text.charAt(i) == ',' && text.charAt(i + 1) == ' ' && i + 3 < to
                    && Character.isUpperCase(text.charAt(i + 2)) && Character.isLowerCase(text.charAt(i + 3))) {
                Relation cue = nearestCue(new FoldedView(folded, i + 1, to));
                return cue != null && !endsWithParenthesis(text, to) ? i + 1 : -1;
            }
        }
        return -1;
    }

    /** Whether a line ending in a colon stands between two citations. */
    private static boolean colonEndsLineBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                int k = i - 1;
                while (k >= from && (text.charAt(k) == ' ' || text.charAt(k) == '\r')) {
                    k--;
                }
                if (k >= from && text.charAt(k) == ':') {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean endsWithParenthesis(String text, int to) {
        int k = to - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k >= 0 && text.charAt(k) == '(';
    }

    /** Where the word "về" (a subject) starts in {@code words}, or -1. */
    private static int subjectWord(CharSequence words) {
        for (int i = 0; i + 2 <= words.length(); i++) {
            if (words.charAt(i) == 'v' && words.charAt(i + 1) == 'e' && (i == 0 || words.charAt(i - 1) == ' ')
                    && (i + 2 == words.length() || Character.isWhitespace(words.charAt(i + 2)))) {
                return i;
            }
        }
        return -1;
    }

    /** A phrase leading straight into the citation ("… sửa đổi, bổ sung một số điều của"), or null. */
    private static Relation betweenRelation(CharSequence gapTail) {
        Matcher m = BETWEEN_MATCHER.get().reset(gapTail);
        if (!m.find()) {
            return null;
        }
        if (m.group("passive") != null) {
            return Relation.CITES;
        }
        if (m.group("amend") != null) {
            return Relation.AMENDS;
        }
        return m.group("replace") != null ? Relation.REPLACES : Relation.GUIDES;
    }

    /**
     * The relation of the cue nearest the end of {@code clause}. Searched backwards in overlapping
     * chunks, so a long clause costs only as much as the distance to its nearest cue.
     */
    private static Relation nearestCue(CharSequence view) {
        String clause = withoutQuotedTitles(view.toString()); // a String: the regex engine reads it much faster
        int n = clause.length();
        // The late cues, in the last characters only: one that stands after every other cue wins.
        Relation lateRelation = null;
        int lateAt = -1;
        int reach = Math.max(0, n - LATE_CUE_REACH);
        // The late cues hold "phúc đáp", "kiểm tra … thực hiện", "giám sát … thực hiện", "đề nghị … (" or "kèm theo":
        // most clauses hold none, and are passed at this test.
        int last = n; // the clause's end without its trailing blanks (no copy made)
        while (last > 0 && Character.isWhitespace(clause.charAt(last - 1))) {
            last--;
        }
        char end = last == 0 ? ' ' : clause.charAt(last - 1);
        boolean mayHoldLate = clause.indexOf("c dap", reach) >= 0 || endsWithAt(clause, last, "duoc")
                || end == 'n' && (clause.indexOf("m tra", reach) >= 0 || clause.indexOf("m sat", reach) >= 0)
                || (end == '(' || end == 'i' || end == 'c') && clause.indexOf("ngh", reach) >= 0
                || endsWithAt(clause, last, "m theo");
        Matcher late = LATE_MATCHER.get().reset(clause);
        late.region(reach, n);
        while (mayHoldLate && late.find()) {
            lateRelation = late.group("cite") != null ? Relation.CITES
                    : late.group("attached") != null ? Relation.IMPLEMENTS : Relation.RESPONDS_TO;
            // "kiểm tra … thực hiện" and "về đề nghị … (" span what would otherwise be the nearer cue
            lateAt = late.group("respond") != null ? late.start() : late.end();
        }
        Matcher m = CUES_MATCHER.get().reset(clause);
        int chunkEnd = n;
        if (!endsWithTai(clause)) {
            // The cue nearest the end is found from the end: most clauses hold one a few words back, and the
            // scan stops there. Then the words just before it are scanned forwards, as the engine would from the
            // clause's start, so a longer cue that holds it ("quy định chi tiết thi hành") still wins. A clause
            // ending in "tại" may hold a cue spanning most of it ("Theo đề nghị … tại"): scanned forwards whole.
            int lastChunkStart = Math.max(0, n - CHUNK);
            int at = lastCueStart(m, clause, lastChunkStart, n, n);
            if (at >= 0) {
                Relation nearest = cueRelation(m);
                // A longer cue starting a few words before may hold this one: "quy định chi tiết thi hành", "hướng dẫn
                // thực hiện", "quán triệt, thực hiện", "theo quy định chi tiết". Only a verb of carrying out or of
                // guiding can stand inside another cue.
                int holder = nearest != Relation.IMPLEMENTS && nearest != Relation.GUIDES ? -1
                        : lastCueStart(m, clause, Math.max(lastChunkStart, at - SHADOW), at, n);
                while (holder >= 0 && m.end() <= at) {
                    holder = lastCueStart(m, clause, Math.max(lastChunkStart, at - SHADOW), holder, n);
                }
                if (holder >= 0) {
                    nearest = cueRelation(m);
                    at = holder;
                }
                m.useTransparentBounds(false);
                return lateAt > at ? lateRelation : nearest;
            }
            if (lastChunkStart == 0) {
                return lateRelation;
            }
            chunkEnd = n - (CHUNK - OVERLAP);
            m.useTransparentBounds(false);
        }
        for (; chunkEnd > 0; chunkEnd -= CHUNK - OVERLAP) {
            int chunkStart = Math.max(0, chunkEnd - CHUNK);
            // Cues anchored at the end ("theo …", "tại …") only count in the last chunk.
            m.region(chunkStart, chunkEnd);
            m.useAnchoringBounds(chunkEnd == n);
            Relation nearest = null;
            int nearestAt = -1;
            while (m.find()) {
                nearest = cueRelation(m);
                nearestAt = m.start();
            }
            if (nearest != null) {
                return lateAt > nearestAt ? lateRelation : nearest;
            }
            if (chunkStart == 0) {
                break;
            }
        }
        return lateRelation;
    }

    /**
     * The clause with what stands between paired double quotes blanked: a quoted title ("Nghị quyết Trung
     * ương 4 về “Tăng cường xây dựng, chỉnh đốn Đảng …”") holds words, not cues of the citing text.
     */
    private static String withoutQuotedTitles(String clause) {
        int open = clause.indexOf('"');
        if (open < 0) {
            return clause;
        }
        char[] cs = clause.toCharArray();
        while (open >= 0) {
            int close = clause.indexOf('"', open + 1);
            if (close < 0) {
                break;
            }
            java.util.Arrays.fill(cs, open + 1, close, ' ');
            open = clause.indexOf('"', close + 1);
        }
        return new String(cs);
    }

    /** The longest cue that is not anchored at the clause's end ("quán triệt, phổ biến, thực hiện"). */
    private static final int SHADOW = 48;

    /** Whether the clause ends with "tại" (blanks, or "các", after it allowed). */
    private static boolean endsWithTai(String clause) {
        int k = clause.length() - 1;
        while (k >= 0 && Character.isWhitespace(clause.charAt(k))) {
            k--;
        }
        if (k >= 4 && clause.charAt(k) == 'c' && clause.charAt(k - 2) == 'c' && clause.charAt(k - 3) == ' ') {
            k -= 3; // "tại các văn bản số …"
            while (k >= 0 && Character.isWhitespace(clause.charAt(k))) {
                k--;
            }
        }
        return k >= 1 && clause.charAt(k) == 'i' && (clause.charAt(k - 1) == 'a' || k >= 2 && clause.charAt(k - 2) == 't');
    }

    /**
     * The start of the last cue that starts in {@code clause[from, before)}, trying word starts from the end, the
     * cue read up to {@code to}; -1 if none. The matcher holds the match found.
     */
    /** Whether {@code s} ends with {@code suffix} at {@code end}. */
    private static boolean endsWithAt(String s, int end, String suffix) {
        return end >= suffix.length() && s.startsWith(suffix, end - suffix.length());
    }

    private static int lastCueStart(Matcher m, String clause, int from, int before, int to) {
        m.useTransparentBounds(true); // the look-behind before a cue sees the character before the region
        m.useAnchoringBounds(true);
        for (int p = before - 1; p >= from; p--) {
            char c = clause.charAt(p);
            if ("tcsbhqx(".indexOf(c) < 0) {
                continue;
            }
            char prev = p == 0 ? ' ' : clause.charAt(p - 1);
            if (prev >= 'a' && prev <= 'z' || prev >= '0' && prev <= '9' || prev == '&') {
                continue;
            }
            if (!mayOpenCue(clause, p, to)) {
                continue;
            }
            m.region(p, to);
            if (m.lookingAt()) {
                return p;
            }
        }
        return -1;
    }

    /** Whether a cue starts at {@code p} of the clause that ends at {@code to}: the test {@link #mayOpenCue} spares. */
    static boolean cueAt(String clause, int p, int to) {
        Matcher m = CUES.matcher(clause).useTransparentBounds(true).useAnchoringBounds(true);
        m.region(p, to);
        return m.lookingAt();
    }

    /** Whether the engine, asked once, found that a cue may start with these four characters: see {@link #mayOpenCue}. */
    private static final Memo<Integer, Boolean> CUE_OPENINGS = new Memo<>(20_000);

    /**
     * Whether a cue may start at {@code p}: false only when the cue expression, run on the four characters from
     * there alone, fails without reaching their end (so no text after them could make it match). Most words that
     * start with a cue's letter ("các", "cũng", "trong", "tỉnh") are passed here without running the expression on
     * the rest of the clause, and the answer for each opening is remembered.
     */
    static boolean mayOpenCue(String clause, int p, int to) {
        if (to - p < 4) {
            return true;
        }
        int key = 0;
        for (int k = 0; k < 4; k++) {
            char c = clause.charAt(p + k);
            if (c >= 128) {
                return true;
            }
            key = key << 7 | c;
        }
        String opening = clause.substring(p, p + 4);
        return CUE_OPENINGS.get(key, k -> {
            Matcher probe = CUES.matcher(opening);
            return probe.lookingAt() || probe.hitEnd();
        });
    }

    private static final int CHUNK = 160;
    private static final int OVERLAP = 40;

    private static Relation cueRelation(Matcher m) {
        if (m.group("respond") != null) {
            return Relation.RESPONDS_TO;
        }
        if (m.group("basis") != null) {
            return Relation.BASED_ON;
        }
        if (m.group("replace") != null) {
            return Relation.REPLACES;
        }
        if (m.group("amend") != null) {
            return Relation.AMENDS;
        }
        if (m.group("guide") != null) {
            return Relation.GUIDES;
        }
        if (m.group("implement") != null) {
            return Relation.IMPLEMENTS;
        }
        return Relation.CITES;
    }

    /** A semicolon, a blank line, or a full stop before a capital between two citations. */
    private static boolean breaksClause(String text, int from, int to, FoldedView gap) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ';' || c == '\n' && i + 1 < to && text.charAt(i + 1) == '\n') {
                return true;
            }

            if (c == '.') {
                int j = i + 1;
                while (j < to && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j > i + 1 && j < to && !Character.isLowerCase(gap.charAt(j - from))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Start of the sentence, paragraph or list item that holds position {@code start}, read in the folded text
     * (same offsets, case kept: an array is read faster than a string, and this runs for every citation).
     */
    static int clauseStart(char[] text, int start) {
        int limit = Math.max(0, start - MAX_CLAUSE);
        for (int i = start - 1; i > limit; i--) {
            char c = text[i];
            if (c == '\n') {
                if (i > 0 && text[i - 1] == '\n') {
                    return i + 1;
                }
                int j = i + 1;
                while (j < start && text[j] == ' ') {
                    j++;
                }
                if (j < start && isListMarker(text, j) && endsItem(text, i)) {
                    return j;
                }
            } else if ((c == '.' || c == '!' || c == '?') && i + 2 < start && text[i + 1] == ' '
                    && Character.isUpperCase(text[i + 2]) && !abbreviationBefore(text, i)) {
                return i + 2;
            }
        }
        return limit;
    }

    /**
     * Whether the line before the break at {@code newline} ends an item (".", ";", ":"…), so that a
     * "- " on the next line opens a new one; "giai đoạn 2021⏎- 2030" is a range broken over two lines.
     */
    private static boolean endsItem(char[] text, int newline) {
        int k = newline - 1;
        while (k >= 0 && (text[k] == ' ' || text[k] == '\r')) {
            k--;
        }
        return k < 0 || ".;:!?".indexOf(text[k]) >= 0;
    }

    private static boolean isListMarker(char[] text, int j) {
        char c = text[j];
        if (c == '-' || c == '+' || c == '•' || c == '*') {
            return true;
        }
        int k = j;
        while (k < text.length && k - j < 3 && (Character.isDigit(text[k]) || Character.isLetter(text[k]))) {
            k++;
        }
        return k > j && k < text.length && (text[k] == ')' || text[k] == '.') && k - j <= 2;
    }

    private static boolean abbreviationBefore(char[] text, int dot) {
        // "KT. GIÁM ĐỐC", "TP. Hồ Chí Minh": short capitals before the dot are not a sentence end.
        int k = dot;
        while (k > 0 && Character.isLetter(text[k - 1])) {
            k--;
        }
        String w = new String(text, k, dot - k);
        return w.length() <= 3 && !w.isEmpty() && w.chars().allMatch(Character::isUpperCase);
    }
}
