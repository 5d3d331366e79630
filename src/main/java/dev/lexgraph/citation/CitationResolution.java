package dev.lexgraph.citation;

import dev.lexgraph.citation.DraftReader.Draft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts resolved against the document: symbols canonical, dates, issuers and the province of a cited local
 * document, subjects, relations ({@link RelationCues}), type codes against type words; and the references by
 * name resolved against the law table and the citing document.
 */
final class CitationResolution {

    private static final int SUBJECT_MAX = 300;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ENDS_WITH_VA = Pattern.compile("\\bv[a&4@]$");
    /**
     * The laws among the references by name, as of the document's own date when it has one, each with the
     * relation its governing words state (a list after "Căn cứ" shares it, as citations do).
     */
    static List<NamedReference> resolveNames(String text, char[] folded, List<NamedReference> named,
                                                     DocumentHeader document) {
        if (named.isEmpty()) {
            return named;
        }
        java.time.LocalDate citedOn = document == null || document.date() == null ? null
                : DateReader.iso(document.date());
        LawTable laws = LawTable.bundled();
        List<NamedReference> out = new ArrayList<>(named.size());
        RelationCues.Previous previous = null;
        String province = document == null ? null : document.province();
        for (NamedReference r : named) {
            if (r.type() == DocType.NGHI_QUYET) {
                r = r.withName(PartyCongressNames.canonical(r.name(), province));
            }
            NamedReference resolved = r.resolve(laws, citedOn);
            if (resolved.symbol() == null && resolved.candidates().isEmpty()) {
                out.add(resolved); // a programme, a scheme, an unknown law: no document of the graph to relate to
                continue;
            }
            RelationCues.Decision d = RelationCues.classify(text, folded, r.start(), previous);
            out.add(resolved.withRelation(d.relation()));
            previous = new RelationCues.Previous(r.start(), r.end(), r.end(), false, d.base());
        }
        return out;
    }

    /** The words before a province's name in an issuer clause, folded: "tỉnh", "thành phố", "TP", "Tỉnh ủy". */
    static final String[] PROVINCE_WORDS = {"tinh ", "thanh pho ", "tp ", "tp.", "thanh uy "};

    /**
     * Whether an issuer clause writes its province: one of {@link #PROVINCE_WORDS} (and "ủy") followed by a
     * capitalised name ("của UBND tỉnh Quảng Bình", "Tỉnh ủy Quảng Ngãi"; not "của UBND tỉnh").
     */
    static boolean writesProvince(String issuerText) {
        String folded = TextFolding.foldLower(issuerText);
        for (String word : PROVINCE_WORDS) {
            for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
                int k = at + word.length();
                if (folded.startsWith("uy ", k)) {
                    k += 3; // "Tỉnh ủy Quảng Ngãi"
                }
                while (k < issuerText.length() && issuerText.charAt(k) == ' ') {
                    k++;
                }
                if (k < issuerText.length() && Character.isUpperCase(issuerText.charAt(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "sửa đổi, bổ sung một số điều của" (OCR-tolerant), on folded lower-case text. */
    static final Pattern AMENDED_LAWS = OcrPhrase.compile(
            "«sử?a»\\s*«đổi»\\s*,?\\s*«bổ»\\s+sung\\s+«một»\\s+«số?»\\s+«[đ]iề?u»\\s+«của»\\s");

    /**
     * Whether a law named here is one of the laws a cited amending law amends ("Luật số 56/2024/QH15 …
     * sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, …"): part of that citation's title,
     * not a reference of its own. The phrase must stand in the same clause, before it.
     */
    static boolean amendedByACitation(char[] folded, int at) {
        int from = at;
        while (from > 0 && at - from < 400 && folded[from - 1] != ';' && folded[from - 1] != '.'
                && !(folded[from - 1] == '\n' && (folded[from] == '\n' || folded[from] == '-'))) {
            from--; // back to the clause's start: a semicolon, a full stop, a blank line or a list dash
        }
        String clause = TextFolding.foldLower(new String(folded, from, at - from));
        java.util.regex.Matcher m = AMENDED_LAWS.matcher(clause);
        int last = -1;
        while (m.find()) {
            last = m.end();
        }
        if (last < 0) {
            return false;
        }
        // What it amends must be laws, and the list must run on to here: "… của Nghị định số 151/2017/NĐ-CP
        // … của Luật X" amends the decree; "… của Luật A năm 2005 và Luật B" has ended with its year.
        String list = clause.substring(last).strip();
        return (list.isEmpty() || list.startsWith("lu")) && list.chars().noneMatch(Character::isDigit);
    }

    /** The central Party bodies an issuer clause names. */
    static final Pattern CENTRAL_PARTY = Pattern.compile("\\b(?:bo chinh tri|ban bi thu|(?:ban chap hanh )?trung uong)\\b");

    static List<Citation> resolve(String text, char[] folded, List<Draft> drafts, Gazetteer.Province province,
                                          List<ExtractionWarning> warnings) {
        Gazetteer gaz = Gazetteer.get();
        List<Citation> out = new ArrayList<>(drafts.size());
        // Each citation in a method of its own: see CitationExtractor.readRegion.
        for (int i = 0; i < drafts.size(); i++) {
            out.add(resolveOne(text, gaz, drafts, i, province, warnings));
        }
        reconcileTypeCodes(out, drafts, warnings);
        RelationCues.Previous previous = null;
        for (int i = 0; i < out.size(); i++) {
            previous = relate(text, folded, out, drafts, i, previous);
        }
        return out;
    }

    /** The citation of draft {@code i}: its symbol repaired, date read, issuer and scope resolved, subject cut. */
    private static Citation resolveOne(String text, Gazetteer gaz, List<Draft> drafts, int i,
                                       Gazetteer.Province province, List<ExtractionWarning> warnings) {
        Draft d = drafts.get(i);
        SymbolRepair.Repaired s = d.symbol;
        if ("TU".equals(s.issuerCode()) && d.issuerText != null && d.symbolWritten.indexOf('Ư') >= 0
                && CENTRAL_PARTY.matcher(TextFolding.foldLower(d.issuerText)).find()) {
            // "Kết luận số 48-KL/TƯ … của Bộ Chính trị": TƯ written for Trung ương (TW). Elsewhere it is as
            // often an OCR reading of a Tỉnh ủy's TU, which the issuer clause then names.
            s = SymbolRepair.repair(d.symbolWritten.replace("TƯ", "TW"), d.type);
            d.symbol = s;
        }
        if (s.repaired()) {
            warnings.add(new ExtractionWarning(ExtractionWarning.Code.SYMBOL_REPAIRED,
                    "symbol '" + collapseSpaces(d.symbolWritten, 0, d.symbolWritten.length()) + "' read as " + s.symbol(), d.start, d.end));
        }
        String date = null;
        String dateWritten = null;
        Integer year = s.year();
        if (d.date != null) {
            dateWritten = d.date.asWritten();
            date = d.date.iso();
            if (year == null) {
                year = d.date.year();
            }
            if (d.date.impossible()) {
                warnings.add(new ExtractionWarning(ExtractionWarning.Code.IMPOSSIBLE_DATE,
                        "date '" + SPACES.matcher(dateWritten).replaceAll(" ") + "' of " + s.symbol()
                                + " does not exist; kept as written", d.start, d.end));
            }
            if (d.date.footnoteTrimmed()) {
                warnings.add(new ExtractionWarning(ExtractionWarning.Code.FOOTNOTE_MARKER,
                        "year '" + dateWritten + "' carries a footnote marker; read as " + d.date.year(),
                        d.start, d.end));
            }
        }
        Gazetteer.IssuerCode code = gaz.issuerCode(s.issuerCode());
        String issuer = null;
        int tailEnd = d.tailEnd;
        if (d.issuerText != null) {
            Gazetteer.BodyMatch body = gaz.body(firstWords(d.issuerText, 20), province);
            issuer = body != null ? body.name() : firstWords(d.issuerText, 8);
        } else if (code != null) {
            issuer = Gazetteer.fill(code.bodyTemplate(), province);
        }
        Citation.IssuerScope scope = code != null ? code.scope() : gaz.scopeOf(s.issuerCode());
        String subject = null;
        int next = i + 1 < drafts.size() ? drafts.get(i + 1).start : text.length();
        int[] subj = subjectSpan(text, tailEnd, next);
        if (subj != null) {
            d.subjectRunsOn = subj[2] == 1;
            subject = collapseSpaces(text, subj[0], subj[1]);
            tailEnd = subj[1];
        }
        d.tailEnd = tailEnd;
        boolean provinceAssumed = scope == Citation.IssuerScope.LOCAL
                && (d.issuerText == null || !writesProvince(d.issuerText));
        Citation c = new Citation(d.start, d.end, text.substring(d.start, d.end), d.type, s.symbol(),
                d.symbolWritten, s.number(), year, date, dateWritten, d.date != null && d.date.impossible(), issuer,
                scope, provinceAssumed, subject, Relation.CITES, false, null);
        if (s.typeCode() != null && d.type != null && !d.typeFromAbbreviation
                && !agreesWithType(s.typeCode(), d.type) && DocType.fromAbbreviation(s.typeCode()) != null) {
            warnings.add(new ExtractionWarning(ExtractionWarning.Code.TYPE_MISMATCH,
                    "type word says " + d.type.vietnameseName() + " but symbol " + s.symbol() + " says "
                            + DocType.fromAbbreviation(s.typeCode()).vietnameseName(), d.start, d.end));
        }
        if (d.typeFromAbbreviation && d.type == DocType.DE_AN) {
            warnings.add(new ExtractionWarning(ExtractionWarning.Code.AMBIGUOUS_TYPE,
                    "'DA' may be Đề án or Dự án", d.start, d.end));
        }
        return c;
    }

    /** Sets the relation of citation {@code i}; returns what the next citation's classification needs of it. */
    private static RelationCues.Previous relate(String text, char[] folded, List<Citation> out, List<Draft> drafts,
                                                int i, RelationCues.Previous previous) {
        Citation c = out.get(i);
        RelationCues.Decision r = RelationCues.classify(text, folded, c.start(), previous);
        Relation relation = r.relation();
        Integer from = r.fromPrevious() ? i - 1 : null;
        int repeated = repeatedInParentheses(text, out, i);
        if (repeated >= 0) {
            // "(Chỉ thị số 33/2008/CT-TTg)" after the same document: the short form of that mention.
            relation = out.get(repeated).relation();
            from = out.get(repeated).from();
        } else if (relation == Relation.RESPONDS_TO && c.type() == DocType.BAO_CAO && APPRAISAL.matcher(
                TextFolding.foldLower(c.text())).find()) {
            relation = Relation.CITES; // an appraisal or verification report answers no request of its own
        }
        out.set(i, c.withRelation(relation, from));
        return new RelationCues.Previous(c.start(), c.end(), Math.max(c.end(), drafts.get(i).tailEnd),
                drafts.get(i).subjectRunsOn, r.base());
    }

    /**
     * A symbol whose type code contradicts its own type word ("NQ 163/2021/ND-HĐND") takes the symbol of
     * another mention of the same document in the file (same number, year and date) whose type code
     * agrees with it; a careful reader does the same.
     */
    static void reconcileTypeCodes(List<Citation> cs, List<Draft> drafts, List<ExtractionWarning> warnings) {
        boolean[] agrees = new boolean[cs.size()];
        boolean all = true;
        for (int i = 0; i < cs.size(); i++) {
            Draft d = drafts.get(i);
            agrees[i] = d.symbol.typeCode() == null || d.type == null || agreesWithType(d.symbol.typeCode(), d.type);
            all &= agrees[i];
        }
        if (all) {
            return;
        }
        Map<String, Citation> consistent = new HashMap<>();
        for (int i = 0; i < cs.size(); i++) {
            Citation c = cs.get(i);
            if (agrees[i]) {
                consistent.putIfAbsent(c.number() + "|" + c.year() + "|" + c.date() + "|" + c.type(), c);
            }
        }
        for (int i = 0; i < cs.size(); i++) {
            Citation c = cs.get(i);
            if (!agrees[i]) {
                Citation other = consistent.get(c.number() + "|" + c.year() + "|" + c.date() + "|" + c.type());
                if (other != null && !other.symbol().equals(c.symbol())) {
                    cs.set(i, c.withSymbol(other.symbol()));
                    warnings.add(new ExtractionWarning(ExtractionWarning.Code.SYMBOL_REPAIRED,
                            "symbol " + c.symbol() + " disagrees with its type word; read as " + other.symbol()
                                    + ", as written at offset " + other.start(), c.start(), c.end()));
                }
            }
        }
    }

    /** Whether a symbol's type code is (an OCR reading of) one of the type's abbreviations. */
    static boolean agreesWithType(String typeCode, DocType type) {
        for (String a : type.abbreviations()) {
            if (SymbolRepair.ocrEquals(typeCode, a)) {
                return true;
            }
        }
        return false;
    }

    /** The "về …" clause after a citation: [start, end) of its text, or null. */
    static int[] subjectSpan(String text, int from, int limit) {
        int n = Math.min(text.length(), limit);
        int i = from;
        while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',' || text.charAt(i) == '"'
                || text.charAt(i) == '*' || text.charAt(i) == '“')) {
            i++;
        }
        if (i < n && text.charAt(i) == '(') {
            // "… của Ban Thường vụ Tỉnh ủy (khóa XIV) về thực hiện …": a term in parentheses before the subject
            int close = i + 1;
            while (close < n && close - i <= 30 && text.charAt(close) != ')') {
                close++; // looked for in the next 30 characters only: a long text may hold no ')' for pages
            }
            if (close < n && close - i <= 30 && text.charAt(close) == ')') {
                i = close + 1;
                while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',')) {
                    i++;
                }
            }
        }
        if (i + 2 > n) {
            return null;
        }
        String w = TextFolding.foldLower(text.substring(i, Math.min(n, i + 3)));
        if (!(w.startsWith("ve ") || w.startsWith("ve\n") || w.startsWith("v& "))) {
            return null;
        }
        int s = i + 3;
        int e = s;
        int max = Math.min(n, s + SUBJECT_MAX);
        while (e < max) {
            char c = text.charAt(e);
            if (c == ';' || c == '\n' && e + 1 < n && text.charAt(e + 1) == '\n'
                    || c == '.' && (e + 1 >= n || Character.isWhitespace(text.charAt(e + 1)))
                    || c == '\n' && opensSentence(text, e + 1, n)) {
                break;
            }
            e++;
        }
        int raw = e;
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        // [start, end, 1 when the subject runs straight into the next citation (no comma between)]
        // A "và" right before the next citation joins it to the list, not to the subject.
        boolean joinedByVa = ENDS_WITH_VA.matcher(TextFolding.foldLower(text.substring(Math.max(s, e - 3), e))).find();
        boolean runsOn = raw == limit && text.substring(e, raw).indexOf(',') < 0 && !joinedByVa;
        if (joinedByVa && raw == limit) {
            e -= 2; // the "và" belongs to the list, not to the subject
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
        }
        return e > s ? new int[] {s, e, runsOn ? 1 : 0} : null;
    }

    /** "Báo cáo thẩm định", "Báo cáo thẩm tra": reports of a reviewing body. */
    static final Pattern APPRAISAL = OcrPhrase.compile("«thẩm» (?:«định»|tra)\\b");

    /**
     * The index of an earlier mention of the same document that the citation repeats in parentheses right
     * after it ("… Chỉ thị số 33/2008/CT-TTg ngày 20/11/2008 của Thủ tướng … (Chỉ thị số 33/2008/CT-TTg)"), or -1.
     */
    static int repeatedInParentheses(String text, List<Citation> cs, int i) {
        Citation c = cs.get(i);
        int k = c.start() - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        if (k < 0 || text.charAt(k) != '(') {
            return -1;
        }
        String key = TextFolding.symbolKey(c.symbol());
        for (int j = i - 1; j >= 0 && c.start() - cs.get(j).end() <= 600; j--) {
            if (TextFolding.symbolKey(cs.get(j).symbol()).equals(key)) {
                return j;
            }
        }
        return -1;
    }

    /** A capitalised cue that opens a sentence ("Thực hiện …", "Căn cứ …"): a title's subject ends before it. */
    static final Pattern SENTENCE_CUE = OcrPhrase.compile("(?:«th[ực]+ hiện»|«triển khai»|«căn cứ»"
            + "|theo|«xét»|«phúc đáp»|«nhằm»|«[để]»\\s+(?:«triển khai»|«th[ực]+ hiện»))\\b");

    static boolean opensSentence(String text, int from, int limit) {
        int i = from;
        while (i < limit && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= limit || !Character.isUpperCase(text.charAt(i)) || i + 1 < limit && Character.isUpperCase(text.charAt(i + 1))
                || "TCXPND".indexOf(TextFolding.fold(text.charAt(i))) < 0) {
            return false; // the cues open with these letters
        }
        return SENTENCE_CUE.matcher(TextFolding.foldLower(text.substring(i, Math.min(limit, i + 24)))).lookingAt();
    }

    /** {@code text[from, to)} with runs of blanks and markdown stars read as one space, trimmed. */
    static String collapseSpaces(String text, int from, int to) {
        char[] out = new char[to - from];
        text.getChars(from, to, out, 0);
        int n = 0;
        boolean gap = false;
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c == ' ' || c == '*' || Character.isWhitespace(c)) {
                gap = n > 0;
            } else {
                if (gap) {
                    out[n++] = ' ';
                    gap = false;
                }
                out[n++] = c;
            }
        }
        return new String(out, 0, n);
    }

    /** The first {@code max} words of {@code s}, separated by single spaces. */
    static String firstWords(String s, int max) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), 120));
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                inWord = false;
            } else {
                if (!inWord) {
                    if (words == max) {
                        break;
                    }
                    if (words > 0) {
                        b.append(' ');
                    }
                    words++;
                    inWord = true;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    private CitationResolution() {
    }
}
