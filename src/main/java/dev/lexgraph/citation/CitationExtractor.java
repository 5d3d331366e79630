package dev.lexgraph.citation;

import dev.lexgraph.citation.parser.CitationLexer;
import dev.lexgraph.citation.parser.CitationParser;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Finds every citation in a document's text: the library's entry point. Pure Java: no Spring, no
 * database. Not thread-safe (it reuses one lexer and parser); use one instance per thread. The
 * grammar's prediction cache is static and shared by all instances, so it stays warm.
 *
 * <p>Pipeline: {@link CandidateRegions} picks the stretches that can hold a citation; the ANTLR grammar
 * ({@code grammar/…/CitationLexer.g4}, {@code CitationParser.g4}) parses each one, in SLL mode first and
 * full LL only if SLL fails; the parse trees become citations, whose symbols, dates, issuers and
 * relations are then resolved against the document ({@link SymbolRepair}, {@link DateReader},
 * {@link Gazetteer}, {@link RelationCues}).
 */
public final class CitationExtractor {

    private static final int SUBJECT_MAX = 300;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ENDS_WITH_VA = Pattern.compile("\\bv[a&4@]$");

    private static final ThreadLocal<CitationExtractor> PER_THREAD = ThreadLocal.withInitial(CitationExtractor::new);

    /** This thread's extractor: an extractor is not thread-safe (its parser's prediction cache is shared). */
    public static CitationExtractor forThisThread() {
        return PER_THREAD.get();
    }

    private final CitationLexer lexer = new WhitespaceSkippingLexer();
    private final CitationParser parser = new CitationParser(null);

    private long llFallbacks;

    /** How many regions SLL prediction could not parse and full LL had to (a grammar health figure). */
    public long llFallbacks() {
        return llFallbacks;
    }

    public CitationExtractor() {
        lexer.removeErrorListeners();
        parser.removeErrorListeners();
        parser.setErrorHandler(new QuietBail());
        parser.setInterpreter(new QuietPrediction(parser));
    }

    /** Extracts the header, citations, named references and warnings of one document. */
    public ExtractionResult extract(String input) {
        Objects.requireNonNull(input, "text");
        List<ExtractionWarning> warnings = new ArrayList<>();
        String text = input;
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
            warnings.add(new ExtractionWarning(ExtractionWarning.Code.NOT_NFC,
                    "text was not in Unicode NFC; offsets refer to its NFC form", null, null));
        }
        HeaderReader.Result header = HeaderReader.read(text);
        warnings.addAll(header.warnings());

        List<Draft> drafts = new ArrayList<>();
        List<NamedReference> named = new ArrayList<>();
        int consumedUntil = 0;
        int namedUntil = 0;
        int groupId = 0;
        char[] folded = TextFolding.foldAll(text);
        CandidateRegions.Found found = CandidateRegions.find(folded);
        for (CandidateRegions.Region region : found.regions()) {
            lexer.setInputStream(new FoldedCharStream(text, folded, region.begin(), region.end()));
            BufferedTokenStream tokens = new BufferedTokenStream(lexer); // no hidden tokens: no channel filter
            tokens.fill();
            List<Token> toks = tokens.getTokens();
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                int at = t.getStartIndex();
                if (!region.owns(at)) {
                    continue;
                }
                if (t.getType() == CitationLexer.SYMBOL) {
                    if (at < consumedUntil) {
                        continue;
                    }
                    ParserRuleContext group = parseGroup(tokens, i);
                    if (group != null) {
                        groupId++;
                        for (ParseTree member : children(group)) {
                            if (member instanceof CitationParser.CitationContext c) {
                                readCitation(text, c, c.docType(), c.TYPE_ABBR(), groupId, drafts);
                            } else if (member instanceof CitationParser.TitledCitationContext titled) {
                                readCitation(text, titled, titled.docType(), null, groupId, drafts);
                            }
                        }
                        consumedUntil = group.getStop().getStopIndex() + 1;
                    } else {
                        Draft d = readEllipsis(text, folded, tokens, i, drafts, ++groupId);
                        if (d != null) {
                            drafts.add(d);
                            consumedUntil = d.tailEnd;
                        }
                    }
                } else if (in(NAME_WORDS, t.getType()) && at >= namedUntil && mayOpenName(text, toks, i)) {
                    // also inside a citation's subject: "… quy định chi tiết một số điều của Luật Đất đai"
                    CitationParser.NamedReferenceContext n = (CitationParser.NamedReferenceContext) parseEntry(
                            tokens, i, CitationParser::namedEntry);
                    List<NamedReference> refs = n == null ? List.of() : NamedReferenceReader.read(text, n);
                    if (!refs.isEmpty() && !amendedByACitation(folded, at)) {
                        named.addAll(refs);
                        // the laws named inside an amending law are part of its name
                        namedUntil = refs.get(refs.size() - 1).end();
                    }
                }
            }
        }
        if (header.noHeader() || mayBeAnnounced(header.header())) {
            header = announced(text, folded, drafts, header, warnings);
        }
        dropSelfReferences(drafts, header.header(), warnings);
        shareGroupDates(text, drafts);
        List<Citation> citations = ShortForms.yearsFromRepeats(PurposeReader.mark(text, header,
                resolve(text, folded, drafts, header.province(), warnings)));
        DocumentHeader document = header.header() == null ? null
                : header.header().withImplements(PurposeReader.symbols(citations));
        String lower = TextFolding.foldLower(text);
        if (document != null) {
            document = document.withEffective(EffectiveDates.read(lower, document.date()));
        }
        List<ShortForm> shortForms = ShortForms.find(text, lower, citations, document == null ? null : document.type());
        List<NamedReference> programmes = ProgrammeNames.find(text, found.programmeOpenings(), lower, citations, named,
                document == null ? null : document.symbol());
        if (!programmes.isEmpty()) {
            named.addAll(programmes);
            named.sort(java.util.Comparator.comparingInt(NamedReference::start));
        }
        return new ExtractionResult(document, citations, resolveNames(text, folded, named, document), shortForms,
                warnings);
    }

    // ------------------------------------------------------------------ parsing

    /** Tokens a document-type name can be made of (CitationParser's docType rule). */
    private static final boolean[] TYPE_WORDS = tokenSet(
            CitationLexer.KW_CHI, CitationLexer.KW_THI, CitationLexer.KW_QUYET, CitationLexer.KW_DINH,
            CitationLexer.KW_NGHI, CitationLexer.KW_KE, CitationLexer.KW_KET, CitationLexer.KW_HOACH,
            CitationLexer.KW_LUAN, CitationLexer.KW_LUAT, CitationLexer.KW_THONG, CitationLexer.KW_TU,
            CitationLexer.KW_LIEN, CitationLexer.KW_TICH, CitationLexer.KW_QUY, CitationLexer.KW_CHE,
            CitationLexer.KW_HUONG, CitationLexer.KW_DAN, CitationLexer.KW_CHUONG, CitationLexer.KW_PHUONG,
            CitationLexer.KW_TRINH, CitationLexer.KW_TRI, CitationLexer.KW_AN, CitationLexer.KW_DE,
            CitationLexer.KW_DU, CitationLexer.KW_BAO, CitationLexer.KW_CAO, CitationLexer.KW_CONG,
            CitationLexer.KW_VAN, CitationLexer.KW_BAN, CitationLexer.KW_TO, CitationLexer.KW_DIEN,
            CitationLexer.KW_BO, CitationLexer.KW_HIEN, CitationLexer.KW_PHAP, CitationLexer.KW_LENH);

    /**
     * The laws among the references by name, as of the document's own date when it has one, each with the
     * relation its governing words state (a list after "Căn cứ" shares it, as citations do).
     */
    private static List<NamedReference> resolveNames(String text, char[] folded, List<NamedReference> named,
                                                     DocumentHeader document) {
        if (named.isEmpty()) {
            return named;
        }
        java.time.LocalDate citedOn = document == null || document.date() == null ? null
                : java.time.LocalDate.parse(document.date());
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
    private static final String[] PROVINCE_WORDS = {"tinh ", "thanh pho ", "tp ", "tp.", "thanh uy "};

    /**
     * Whether an issuer clause writes its province: one of {@link #PROVINCE_WORDS} (and "ủy") followed by a
     * capitalised name ("của UBND tỉnh Quảng Bình", "Tỉnh ủy Quảng Ngãi"; not "của UBND tỉnh").
     */
    private static boolean writesProvince(String issuerText) {
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
    private static final Pattern AMENDED_LAWS = Pattern.compile(
            "s\\S{0,2}a\\s*d\\S{1,2}i\\s*,?\\s*b\\S{1,2}\\s+sung\\s+m\\S{1,2}t\\s+s\\S{0,2}\\s+\\S{1,2}i\\S{0,2}u\\s+c\\S{1,2}a\\s");

    /**
     * Whether a law named here is one of the laws a cited amending law amends ("Luật số 56/2024/QH15 …
     * sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, …"): part of that citation's title,
     * not a reference of its own. The phrase must stand in the same clause, before it.
     */
    private static boolean amendedByACitation(char[] folded, int at) {
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

    /** Tokens a named reference starts with. */
    private static final boolean[] NAME_WORDS = tokenSet(
            CitationLexer.KW_LUAT, CitationLexer.KW_BO, CitationLexer.KW_HIEN, CitationLexer.KW_PHAP,
            CitationLexer.KW_NGHI);

    private static boolean[] tokenSet(int... types) {
        boolean[] set = new boolean[CitationLexer.VOCABULARY.getMaxTokenType() + 1];
        for (int t : types) {
            set[t] = true;
        }
        return set;
    }

    private static boolean in(boolean[] set, int type) {
        return type > 0 && type < set.length && set[type];
    }

    /**
     * A cheap look at the tokens before the parser is entered for a named reference: "Luật" before a
     * capitalised word (or "sửa"), "Bộ luật", "Hiến pháp", "Pháp lệnh", "Nghị quyết" before a capitalised
     * word. Most capitalised "Bộ", "Nghị", "Hiện" open nothing, and a failed parse costs an exception.
     */
    private static boolean mayOpenName(String text, List<Token> toks, int i) {
        Token t = toks.get(i);
        if (!Character.isUpperCase(text.charAt(t.getStartIndex())) || i + 1 >= toks.size()) {
            return false;
        }
        Token next = toks.get(i + 1);
        if (next.getType() == Token.EOF) {
            return false;
        }
        char nextFirst = text.charAt(next.getStartIndex());
        return switch (t.getType()) {
            // "Luật ngân sách nhà nước" is written too: a lower-case name is taken when the law table knows it
            case CitationLexer.KW_LUAT -> Character.isUpperCase(nextFirst) || Character.toLowerCase(nextFirst) == 's'
                    || LawTable.isFirstWord(TextFolding.foldLower(next.getText()));
            case CitationLexer.KW_BO -> next.getType() == CitationLexer.KW_LUAT;
            case CitationLexer.KW_HIEN -> next.getType() == CitationLexer.KW_PHAP;
            case CitationLexer.KW_PHAP -> next.getType() == CitationLexer.KW_LENH;
            case CitationLexer.KW_NGHI -> next.getType() == CitationLexer.KW_QUYET && i + 2 < toks.size()
                    && toks.get(i + 2).getType() != Token.EOF
                    && Character.isUpperCase(text.charAt(toks.get(i + 2).getStartIndex()));
            default -> false;
        };
    }

    /** The longest document type is four words (Thông tư liên tịch), with "các" before it. */
    private static final int MAX_TYPE_WORDS = 5;

    /** How far before a symbol a titled citation's type word may stand ("Luật … số 10/2022/QH15"). */
    private static final int MAX_TITLE_TOKENS = 18;

    /**
     * Parses the citation group that the symbol at token {@code symbol} belongs to. The group starts at
     * the type word before it: first the type words right before the symbol (and its "số"), tried from
     * the farthest, so "Thông tư liên tịch" wins over "liên tịch"; failing that, a type word further
     * back with a title between it and "số", tried from the nearest, and kept only when the symbol
     * agrees with the type ("Quy chế … số 05-QC/TU", "Luật … số 10/2022/QH15").
     */
    private ParserRuleContext parseGroup(BufferedTokenStream tokens, int symbol) {
        List<Token> toks = tokens.getTokens();
        int i = symbol - 1;
        if (i >= 0 && toks.get(i).getType() == CitationLexer.COLON) {
            i--;
        }
        boolean hasSo = i >= 0 && toks.get(i).getType() == CitationLexer.KW_SO;
        if (i >= 0 && (hasSo || toks.get(i).getType() == CitationLexer.RPAREN)) {
            i--;
        }
        int first = i + 1;
        if (i >= 0 && toks.get(i).getType() == CitationLexer.TYPE_ABBR) {
            first = i;
        } else {
            while (i >= 0 && symbol - i <= MAX_TYPE_WORDS + 2 && (in(TYPE_WORDS, toks.get(i).getType())
                    || toks.get(i).getType() == CitationLexer.KW_CAC)) {
                first = i--;
            }
        }
        for (int start = first; start <= symbol - 1; start++) {
            if (!mayStartType(toks, start)) {
                continue;
            }
            ParserRuleContext g = parseEntry(tokens, start, CitationParser::citationEntry);
            if (g != null && g.getStop() != null && g.getStop().getTokenIndex() >= symbol) {
                return g;
            }
            // "Thông báo kết luận số …", "Kế hoạch liên tịch số …": the farther type word with a title.
            ParserRuleContext t = hasSo ? parseEntry(tokens, start, CitationParser::titledEntry) : null;
            if (t != null && t.getStop() != null && t.getStop().getTokenIndex() >= symbol && titleAgrees(t)) {
                return t;
            }
        }
        if (!hasSo) {
            return null;
        }
        for (int start = first - 1; start >= 0 && symbol - start <= MAX_TITLE_TOKENS; start--) {
            int type = toks.get(start).getType();
            if (type == CitationLexer.SEMI || type == CitationLexer.DOT || type == CitationLexer.SYMBOL
                    || type == CitationLexer.DATE_NUM || type == CitationLexer.LPAREN || type == CitationLexer.RPAREN) {
                break;
            }
            if (!in(TYPE_WORDS, type)) {
                continue;
            }
            // A type of several words ("Bộ luật", "Pháp lệnh") is entered at its first word.
            int from = start;
            while (from > 0 && start - from < MAX_TYPE_WORDS - 1 && in(TYPE_WORDS, toks.get(from - 1).getType())) {
                from--;
            }
            for (int s = from; s <= start; s++) {
                if (!mayStartType(toks, s)) {
                    continue;
                }
                ParserRuleContext t = parseEntry(tokens, s, CitationParser::titledEntry);
                if (t != null && t.getStop() != null && t.getStop().getTokenIndex() >= symbol && titleAgrees(t)) {
                    return t;
                }
            }
            start = from;
        }
        return null;
    }

    /**
     * Whether a citation can start at token {@code j}: an abbreviation, "các", or the first word of a
     * document type followed by a word that can continue it ("Kế" before "hoạch", "Hiến" before "pháp";
     * the "hiện" of "thực hiện Kế hoạch" is not). Saves entering the parser where it must fail.
     */
    private static boolean mayStartType(List<Token> toks, int j) {
        int t = toks.get(j).getType();
        int next = j + 1 < toks.size() ? toks.get(j + 1).getType() : Token.EOF;
        return switch (t) {
            case CitationLexer.TYPE_ABBR, CitationLexer.KW_CAC, CitationLexer.KW_LUAT -> true;
            case CitationLexer.KW_CHI -> next == CitationLexer.KW_THI;
            case CitationLexer.KW_QUYET -> next == CitationLexer.KW_DINH;
            case CitationLexer.KW_NGHI -> next == CitationLexer.KW_QUYET || next == CitationLexer.KW_DINH;
            case CitationLexer.KW_KE -> next == CitationLexer.KW_HOACH;
            case CitationLexer.KW_KET -> next == CitationLexer.KW_LUAN;
            case CitationLexer.KW_THONG -> next == CitationLexer.KW_TU || next == CitationLexer.KW_BAO
                    || next == CitationLexer.KW_TRI || next == CitationLexer.KW_CAO;
            case CitationLexer.KW_QUY -> next == CitationLexer.KW_DINH || next == CitationLexer.KW_CHE;
            case CitationLexer.KW_HUONG -> next == CitationLexer.KW_DAN;
            case CitationLexer.KW_CHUONG -> next == CitationLexer.KW_TRINH;
            case CitationLexer.KW_DE -> next == CitationLexer.KW_AN || next == CitationLexer.KW_LUAT; // Đề án; "Bé luật"
            case CitationLexer.KW_DU, CitationLexer.KW_PHUONG -> next == CitationLexer.KW_AN;
            case CitationLexer.KW_BAO -> next == CitationLexer.KW_CAO;
            case CitationLexer.KW_CONG -> next == CitationLexer.KW_VAN || next == CitationLexer.KW_DIEN;
            case CitationLexer.KW_TO -> next == CitationLexer.KW_TRINH;
            case CitationLexer.KW_BO -> next == CitationLexer.KW_LUAT;
            case CitationLexer.KW_PHAP -> next == CitationLexer.KW_LENH;
            case CitationLexer.KW_HIEN -> next == CitationLexer.KW_PHAP;
            case CitationLexer.KW_VAN, CitationLexer.KW_BIEN, CitationLexer.KW_DIEN ->
                    next == CitationLexer.KW_BAN || next == CitationLexer.KW_DAN;
            case CitationLexer.KW_HOP -> next == CitationLexer.KW_DONG;
            default -> false;
        };
    }

    /** A titled citation stands only when its symbol says the same type as its type word. */
    private static boolean titleAgrees(ParserRuleContext group) {
        CitationParser.TitledCitationContext c = ((CitationParser.TitledGroupContext) group).titledCitation(0);
        DocType type = docType(c.docType());
        SymbolRepair.Repaired r = SymbolRepair.repair(c.symbolRef(0).SYMBOL().getText(), type);
        if (r.typeCode() != null) {
            return type.abbreviations().stream().anyMatch(a -> SymbolRepair.ocrEquals(r.typeCode(), a));
        }
        String issuer = r.issuerCode() == null ? "" : TextFolding.symbolKey(r.issuerCode());
        return switch (type) {
            case LUAT, BO_LUAT, HIEN_PHAP -> issuer.startsWith("QH");
            case PHAP_LENH, NGHI_QUYET -> issuer.startsWith("QH") || issuer.startsWith("UBTVQH");
            case CONG_VAN -> true;
            default -> false;
        };
    }

    private static final PredictionMode[] MODES = {PredictionMode.SLL, PredictionMode.LL};

    /**
     * Enters the parser at token {@code start} through an entry rule and returns the reference it
     * completed: SLL prediction first, full LL only when SLL fails; null when the tokens there are not
     * what the rule describes.
     */
    private ParserRuleContext parseEntry(BufferedTokenStream tokens, int start,
                                         java.util.function.Function<CitationParser, ?> entryRule) {
        for (PredictionMode mode : MODES) {
            tokens.seek(start);
            parser.setTokenStream(tokens); // resets the parser without rewinding the stream
            parser.getInterpreter().setPredictionMode(mode);
            parser.completed = null;
            try {
                entryRule.apply(parser);
                if (mode == PredictionMode.LL) {
                    llFallbacks++;
                }
                return parser.completed;
            } catch (ParseCancellationException e) {
                // not a reference here (or SLL too weak to tell): try LL, then give up
            }
        }
        return null;
    }

    static List<ParseTree> children(ParserRuleContext ctx) {
        return ctx.children == null ? List.of() : ctx.children;
    }

    /** A citation as parsed, before resolution against the document. */
    private static final class Draft {
        int start;
        int end;
        int tailEnd;
        /** The "về …" subject was cut short by the next citation: that one is named inside it. */
        boolean subjectRunsOn;
        DocType type;
        boolean typeFromAbbreviation;
        String symbolWritten;
        SymbolRepair.Repaired symbol;
        DateReader.ReadDate date;
        String issuerText;
        int group;
    }

    /** How far back the citation an elliptical "số …" leans on may stand. */
    private static final int MAX_ELLIPSIS_DISTANCE = 400;

    /**
     * "…; số 101/2024/NĐ-CP ngày 29/7/2024": a number with "số" but no type word of its own takes the type
     * of the citation before it in the same clause, when its symbol agrees with that type.
     */
    private Draft readEllipsis(String text, char[] folded, BufferedTokenStream tokens, int symbol, List<Draft> drafts, int group) {
        List<Token> toks = tokens.getTokens();
        int so = symbol - 1;
        if (so >= 0 && toks.get(so).getType() == CitationLexer.COLON) {
            so--;
        }
        if (so < 0 || toks.get(so).getType() != CitationLexer.KW_SO || drafts.isEmpty()) {
            return null;
        }
        Draft previous = drafts.get(drafts.size() - 1);
        int at = toks.get(so).getStartIndex();
        if (at - previous.end > MAX_ELLIPSIS_DISTANCE || RelationCues.clauseStart(folded, at) > previous.start) {
            return null;
        }
        SymbolRepair.Repaired r = SymbolRepair.repair(toks.get(symbol).getText(), previous.type);
        boolean agrees = r.typeCode() == null ? previous.type == DocType.CONG_VAN
                : previous.type.abbreviations().stream().anyMatch(a -> SymbolRepair.ocrEquals(r.typeCode(), a));
        if (!agrees) {
            return null;
        }
        CitationParser.EllipsisContext e = (CitationParser.EllipsisContext) parseEntry(tokens, so,
                CitationParser::ellipsisEntry);
        return e == null ? null : fromSymbolRef(text, e.symbolRef(), at, previous.type, group);
    }

    /** A draft citation from a parsed symbol with its date and issuer clauses. */
    private static Draft fromSymbolRef(String text, CitationParser.SymbolRefContext ref, int start, DocType type,
                                       int group) {
        Token sym = ref.SYMBOL().getSymbol();
        Draft d = new Draft();
        d.start = start;
        d.type = type;
        d.symbolWritten = sym.getText();
        d.end = sym.getStopIndex() + 1;
        d.group = group;
        CitationParser.DateClauseContext dc = ref.dateClause();
        if (dc != null) {
            Token first = dc.DATE_NUM() != null ? dc.DATE_NUM().getSymbol() : dc.NUM(0).getSymbol();
            d.end = dc.getStop().getStopIndex() + 1;
            DateReader.ReadDate read = DateReader.read(text.substring(first.getStartIndex(), d.end));
            if (read != null) {
                d.date = new DateReader.ReadDate(read.iso(), text.substring(first.getStartIndex(), d.end),
                        read.year(), read.impossible(), read.footnoteTrimmed());
            }
        }
        d.tailEnd = d.end;
        CitationParser.IssuerClauseContext ic = ref.issuerClause();
        if (ic != null && !ic.issuerWord().isEmpty()) {
            int a = ic.issuerWord(0).getStart().getStartIndex();
            int b = ic.getStop().getStopIndex() + 1;
            d.issuerText = text.substring(a, b);
            d.tailEnd = Math.max(b, d.end); // the date may stand after the issuer
        }
        d.symbol = SymbolRepair.repair(d.symbolWritten, type);
        return d;
    }

    /** The citations of one parsed citation (plain or titled): one per number after its type word. */
    private void readCitation(String text, ParserRuleContext c, CitationParser.DocTypeContext docType,
                              TerminalNode typeAbbr, int group, List<Draft> out) {
        DocType type;
        int typeStart;
        boolean fromAbbreviation = false;
        if (docType != null) {
            type = docType(docType);
            typeStart = docType.getStart().getStartIndex();
        } else {
            String abbr = typeAbbr.getText();
            String canonical = SymbolRepair.repairTypeCode(abbr, null);
            type = DocType.fromAbbreviation(canonical == null ? abbr : canonical);
            typeStart = typeAbbr.getSymbol().getStartIndex();
            fromAbbreviation = true;
        }
        int nextStart = typeStart;
        int firstOfCitation = out.size();
        for (ParseTree child : children(c)) {
            if (child instanceof CitationParser.NumberMarkerContext marker && nextStart < 0) {
                nextStart = marker.getStart().getStartIndex();
            } else if (child instanceof CitationParser.SymbolRefContext ref) {
                int start = nextStart >= 0 ? nextStart : ref.SYMBOL().getSymbol().getStartIndex();
                nextStart = -1;
                Draft d = fromSymbolRef(text, ref, start, type, group);
                d.typeFromAbbreviation = fromAbbreviation;
                if (d.type == DocType.OTHER || out.size() > firstOfCitation) {
                    SymbolRepair.Repaired plain = SymbolRepair.repair(d.symbolWritten, null);
                    DocType fromSymbol = plain.typeCode() == null ? null : DocType.fromAbbreviation(plain.typeCode());
                    if (d.type == DocType.OTHER) {
                        // "Văn bản số …": the symbol says what it is; without a type code it is a công văn.
                        d.type = plain.typeCode() == null ? DocType.CONG_VAN : fromSymbol == null ? DocType.OTHER : fromSymbol;
                    } else if (fromSymbol != null && fromSymbol != d.type && !agreesWithType(plain.typeCode(), d.type)) {
                        // A later number after one type word that names another type ("các văn bản số
                        // 12/QĐ-UBND, 13/KH-UBND"): its own code decides.
                        d.type = fromSymbol;
                    }
                    d.symbol = SymbolRepair.repair(d.symbolWritten, d.type);
                }
                out.add(d);
            }
        }
    }

    private static DocType docType(CitationParser.DocTypeContext t) {
        if (t instanceof CitationParser.ChiThiContext) return DocType.CHI_THI;
        if (t instanceof CitationParser.QuyetDinhContext) return DocType.QUYET_DINH;
        if (t instanceof CitationParser.NghiQuyetContext) return DocType.NGHI_QUYET;
        if (t instanceof CitationParser.NghiDinhContext) return DocType.NGHI_DINH;
        if (t instanceof CitationParser.KeHoachContext) return DocType.KE_HOACH;
        if (t instanceof CitationParser.KetLuanContext) return DocType.KET_LUAN;
        if (t instanceof CitationParser.ThongTuLienTichContext) return DocType.THONG_TU_LIEN_TICH;
        if (t instanceof CitationParser.ThongTuContext) return DocType.THONG_TU;
        if (t instanceof CitationParser.ThongBaoContext) return DocType.THONG_BAO;
        if (t instanceof CitationParser.ThongTriContext) return DocType.THONG_TRI;
        if (t instanceof CitationParser.ThongCaoContext) return DocType.THONG_CAO;
        if (t instanceof CitationParser.QuyDinhContext) return DocType.QUY_DINH;
        if (t instanceof CitationParser.QuyCheContext) return DocType.QUY_CHE;
        if (t instanceof CitationParser.HuongDanContext) return DocType.HUONG_DAN;
        if (t instanceof CitationParser.ChuongTrinhContext) return DocType.CHUONG_TRINH;
        if (t instanceof CitationParser.DeAnContext) return DocType.DE_AN;
        if (t instanceof CitationParser.DuAnContext) return DocType.DU_AN;
        if (t instanceof CitationParser.PhuongAnContext) return DocType.PHUONG_AN;
        if (t instanceof CitationParser.BaoCaoContext) return DocType.BAO_CAO;
        if (t instanceof CitationParser.CongVanContext) return DocType.CONG_VAN;
        if (t instanceof CitationParser.CongDienContext) return DocType.CONG_DIEN;
        if (t instanceof CitationParser.ToTrinhContext) return DocType.TO_TRINH;
        if (t instanceof CitationParser.BoLuatContext) return DocType.BO_LUAT;
        if (t instanceof CitationParser.LuatContext) return DocType.LUAT;
        if (t instanceof CitationParser.PhapLenhContext) return DocType.PHAP_LENH;
        if (t instanceof CitationParser.HienPhapContext) return DocType.HIEN_PHAP;
        return DocType.OTHER;
    }

    // ------------------------------------------------------------------ resolution

    /** How far into a text without a header the announcement of a document may stand. */
    private static final int ANNOUNCEMENT_SCAN = 1_200;
    /** "(đã|vừa) ban hành", "ký ban hành", "ban hành" right before the announced document. */
    private static final Pattern ANNOUNCING = Pattern.compile("\\bban h\\S{1,2}nh\\s*$");
    /** A portal's page title names a document "Quyết định 228/QĐ-UBND năm 2021 về …". */
    private static final Pattern PAGE_TITLE_YEAR = Pattern.compile("\\s+n\\S{1,2}m\\s+\\d{4}\\b");
    /** An undated title line's subject: "Nghị quyết số 06/2012/NQ-HĐND về …" ("về" folded). */
    private static final Pattern PAGE_TITLE_SUBJECT = Pattern.compile("\\s+ve\\s+\\S");
    /** When a portal posted the page: "07/08/2012 - 15:39", "12/05/2019 08:30". */
    private static final Pattern POSTED_AT = Pattern.compile("\\s*\\d{1,2}/\\d{1,2}/\\d{4}\\s*-?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?\\s*");
    /** How much of a sentence's or line's start may hold its lead date, dateline included. */
    private static final int LEAD_WINDOW = 70;
    private static final Pattern JUST_ISSUED = Pattern.compile("\\bv\\S{1,2}a (?:k\\S )?ban h\\S{1,2}nh\\s*$");
    // A news item's dateline may come first: "LTS: Ngày 25-11-2019, …", "CTTĐT - Ngày 6/8/2020, …".
    private static final Pattern LEAD_DATE = Pattern.compile("^\\s*(?:[^\\n]{1,24}?\\s*[-\u2013:)]\\s*)?ng\\S{1,2}y\\s+(\\d{1,2})\\s*(?:[/.-]|th\\S{1,2}ng)\\s*(\\d{1,2})"
            + "\\s*(?:[/.-]|n\\S{1,2}m)\\s*(\\d{4})");

    /**
     * A text with no header that announces a document ("Ngày 12/5/2019, Tỉnh ủy … đã ban hành Chương trình
     * số 15-CTr/TU về …": a news item wrapping a document) describes that document: the header takes the
     * announced citation's type, number, date (its own, else the sentence's lead date) and issuer, the
     * announcement's sentence stands as its title, and the mention is no longer a citation of another. So
     * does a page's title line that opens the text by naming a document.
     */
    /**
     * A text without a header that ends with a caption naming a document and nothing else ("Công văn số
     * 3570/VP-CTXD ngày 24/10/2025" as the last line of a letter published as a web page): that citation, or null.
     */
    private static final int CAPTION_BODY_MIN = 200;

    private static Draft closingCaption(String text, List<Draft> drafts) {
        if (drafts.isEmpty()) {
            return null;
        }
        Draft last = drafts.get(drafts.size() - 1);
        int lineStart = text.lastIndexOf('\n', last.start - 1) + 1;
        // The caption ends a body: a text that is only the citation (a query, a list item) names no document of its own.
        if (!text.substring(lineStart, last.start).isBlank() || last.date == null || text.substring(0, lineStart).strip().length() < CAPTION_BODY_MIN) {
            return null;
        }
        for (int i = last.tailEnd; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '.' && c != ')') {
                return null;
            }
        }
        return last;
    }

    /** The first non-blank line of a text: [start, end). */
    private static int[] firstLine(String text) {
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        int end = text.indexOf('\n', first);
        return new int[] {first, end < 0 ? text.length() : end};
    }

    private static final Pattern SUBJECT_OPENS = Pattern.compile("\\b(?:ve viec|v/v)\\s+");

    /**
     * A page that relays a letter, titled with the letter's subject: "TẠM HOÃN TỔ CHỨC THẢ CÁ …" as the title,
     * then "Căn cứ công văn số 652/SNN&PTNT-VP ngày 25/03/2020 của Sở … về việc Tạm hoãn tổ chức thả cá …" as
     * its first citation, before which the page has nothing but its title.
     */
    private static boolean pageTitleIsSubject(String text, char[] folded, Draft d) {
        int[] line = firstLine(text);
        if (line[1] - line[0] < 12 || line[1] - line[0] > 200 || line[1] > d.start || d.start > ANNOUNCEMENT_SCAN) {
            return false;
        }
        int end = d.tailEnd;
        while (end < text.length() && end - d.tailEnd < 400 && text.charAt(end) != '\n'
                && !(text.charAt(end) == '.' && (end + 1 == text.length() || Character.isWhitespace(text.charAt(end + 1))))) {
            end++;
        }
        String after = new String(folded, d.tailEnd, end - d.tailEnd).toLowerCase(java.util.Locale.ROOT);
        Matcher subject = SUBJECT_OPENS.matcher(after);
        if (!subject.find()) {
            return false;
        }
        String title = new String(folded, line[0], line[1] - line[0]).toLowerCase(java.util.Locale.ROOT);
        return words(after.substring(subject.end())).equals(words(title));
    }

    private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static String words(String s) {
        return NOT_WORDS.matcher(s).replaceAll(" ").strip();
    }

    private static boolean blankOrPostedAtBefore(String text, int end) {
        return blankBefore(text, end) || POSTED_AT.matcher(text.substring(0, end)).matches();
    }

    private static boolean blankBefore(String text, int end) {
        for (int i = 0; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A header that found only a type line ("CHƯƠNG TRÌNH" under a news item's "Ngày 23/8/2017, Tỉnh ủy … đã
     * ban hành Chương trình số 27-CTr/TU …"), with no number and no date: the announcement may name it.
     */
    private static boolean mayBeAnnounced(DocumentHeader h) {
        return h != null && h.symbol() == null && h.dateAsWritten() == null && h.symbolAsWritten() == null;
    }

    private static HeaderReader.Result announced(String text, char[] folded, List<Draft> drafts,
                                                 HeaderReader.Result header, List<ExtractionWarning> warnings) {
        DocType known = header.noHeader() || header.header() == null ? null : header.header().type();
        Draft caption = closingCaption(text, drafts);
        for (Draft d : drafts) {
            if (d.start > ANNOUNCEMENT_SCAN && d != caption) {
                continue;
            }
            if (d.type == null || d.symbol.number() == null || known != null && d.type != known) {
                continue;
            }
            // A page's title line naming the document ("Quyết định 228/QĐ-UBND năm 2021 về …", "Nghị quyết số
            // 06/2012/NQ-HĐND về …") opens the text, or follows only the time the page was posted.
            boolean titleLine = false;
            if (d == drafts.get(0) && blankOrPostedAtBefore(text, d.start)) {
                String after = new String(folded, d.end, Math.min(12, text.length() - d.end)).toLowerCase(java.util.Locale.ROOT);
                titleLine = PAGE_TITLE_YEAR.matcher(after).lookingAt()
                        || d.date == null && PAGE_TITLE_SUBJECT.matcher(after).lookingAt();
            }
            boolean subjectTitled = !titleLine && d == drafts.get(0) && pageTitleIsSubject(text, folded, d);
            titleLine |= subjectTitled;
            int from = Math.max(0, d.start - 40);
            String before = new String(folded, from, d.start - from).toLowerCase(java.util.Locale.ROOT);
            // Neither a title line nor "… ban hành" before it: most citations are passed at the cheap test.
            if (!titleLine && d != caption && (before.indexOf("ban h") < 0 || !ANNOUNCING.matcher(before).find())) {
                continue;
            }
            int sentence = RelationCues.clauseStart(folded, d.start);
            Matcher lead = LEAD_DATE.matcher(new String(folded, sentence, Math.min(LEAD_WINDOW, text.length() - sentence))
                    .toLowerCase(java.util.Locale.ROOT));
            boolean dated = lead.find();
            if (!dated) {
                // "Ngày 29/7/2020. Chủ tịch UBND tỉnh ban hành …": the date opens the paragraph, as a sentence of its own.
                int line = text.lastIndexOf('\n', d.start - 1) + 1;
                if (line < sentence && sentence - line <= LEAD_WINDOW) {
                    lead = LEAD_DATE.matcher(new String(folded, line, Math.min(LEAD_WINDOW, text.length() - line))
                            .toLowerCase(java.util.Locale.ROOT));
                    dated = lead.find();
                    if (dated) {
                        sentence = line;
                    }
                }
            }
            if (d == caption) {
                titleLine = true; // a closing caption names the text it ends: its number and date are the document's
            } else if (!titleLine && !dated && !JUST_ISSUED.matcher(before).find()) {
                continue; // a news item dates its announcement ("Ngày 12/5/2019, …") or says it is new ("vừa ban hành")
            }
            String date = d.date == null || d.date.impossible() ? null : d.date.iso();
            String dateWritten = d.date == null ? null : d.date.asWritten();
            if (date == null && dated) {
                DateReader.ReadDate r = DateReader.read(lead.group(1) + "/" + lead.group(2) + "/" + lead.group(3));
                if (r != null && !r.impossible()) {
                    date = r.iso();
                    dateWritten = text.substring(sentence + lead.start(1), sentence + lead.end(3));
                }
            }
            Gazetteer gaz = Gazetteer.get();
            Gazetteer.Province province = header.province();
            String issuer = null;
            if (d.issuerText != null) {
                Gazetteer.BodyMatch b = gaz.body(d.issuerText, province);
                issuer = b != null ? b.name() : d.issuerText.strip();
            } else {
                // The subject of the announcing sentence: "…, Tỉnh ủy Thanh Hóa đã ban hành …".
                String[] ws = Gazetteer.words(text.substring(sentence, d.start));
                for (int w = 0; w < ws.length && issuer == null; w++) {
                    Gazetteer.BodyMatch b = gaz.bodyAt(ws, w, province);
                    if (b != null) {
                        issuer = b.name();
                    }
                }
            }
            if (issuer != null) {
                Gazetteer.Province named = gaz.findProvince(issuer);
                if (named != null) {
                    province = named;
                }
            }
            int end = d.tailEnd;
            while (end < text.length() && end - d.start < 400 && ".\n".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            DocumentHeader h = header.header();
            warnings.removeIf(w -> w.code().equals(ExtractionWarning.Code.NO_HEADER));
            warnings.add(new ExtractionWarning(ExtractionWarning.Code.ANNOUNCED, (d == caption
                    ? "no header: the text ends with a caption naming " : "no header: the text announces ")
                    + d.type.vietnameseName() + " " + d.symbol.symbol() + ", the document it describes", d.start, d.end));
            int titleStart = d.start;
            int titleEnd = end;
            int bodyStart = end;
            String title = text.substring(d.tailEnd, end).strip();
            if (!header.noHeader() && header.titleStart() >= 0) {
                // The document's own heading follows the announcement: its title and body are where the header found them.
                titleStart = header.titleStart();
                titleEnd = header.titleEnd();
                bodyStart = header.bodyStart();
                title = h.title() != null ? h.title() : title;
            } else if (subjectTitled) {
                // The page's title is the document's subject; the body follows it.
                int[] line = firstLine(text);
                titleStart = line[0];
                titleEnd = line[1];
                bodyStart = line[1];
                title = text.substring(line[0], line[1]).strip();
            } else if (d == caption) {
                // The caption closes the text; its first line is the subject ("Xử lý thông tin báo chí phản ánh").
                int[] line = firstLine(text);
                int first = line[0];
                int lineEnd = line[1];
                boolean subjectLine = lineEnd - first <= 200 && lineEnd < d.start;
                titleStart = subjectLine ? first : -1;
                titleEnd = subjectLine ? lineEnd : -1;
                bodyStart = subjectLine ? lineEnd : 0;
                title = subjectLine ? text.substring(first, lineEnd).strip() : null;
            }
            DocumentHeader announcedHeader = new DocumentHeader(d.type, d.symbol.symbol(), d.symbolWritten,
                    d.symbol.number(), date, dateWritten, h == null ? null : h.place(),
                    province == null ? null : province.name(), issuer != null || h == null ? issuer : h.issuer(), null, title,
                    h == null ? null : h.signer(), h == null ? List.of() : h.recipients(), List.of());
            return new HeaderReader.Result(announcedHeader, province, header.warnings(), titleStart, titleEnd, bodyStart,
                    false);
        }
        return header;
    }

    /**
     * A mention of the document's own number ("Ban hành kèm theo Quyết định số 215/QĐ-UBND" in its
     * attached rules) is not a citation of another document; it is reported as a warning instead.
     */
    private static void dropSelfReferences(List<Draft> drafts, DocumentHeader header, List<ExtractionWarning> warnings) {
        if (header == null || header.symbol() == null) {
            return;
        }
        String own = TextFolding.symbolKey(header.symbol());
        String ownYear = header.date() == null ? null : header.date().substring(0, 4);
        drafts.removeIf(d -> {
            boolean self = java.util.Objects.equals(d.symbol.number(), header.number()) // most drafts part here
                    && (TextFolding.symbolKey(d.symbol.symbol()).equals(own)
                    || ownYear != null && TextFolding.symbolKey(withoutYear(d.symbol.symbol(), ownYear)).equals(own))
                    && (d.date == null || header.date() == null || header.date().equals(d.date.iso()));
            if (self) {
                warnings.add(new ExtractionWarning(ExtractionWarning.Code.SELF_REFERENCE,
                        "the document names its own number " + header.symbol() + "; not counted as a citation",
                        d.start, d.end));
            }
            return self;
        });
    }

    /**
     * "1961/2019/QĐ-UBND" read as "1961/QĐ-UBND" when 2019 is the year given: a portal's page title writes the
     * year into a number its header gives without one.
     */
    private static String withoutYear(String symbol, String year) {
        int slash = symbol.indexOf('/');
        return slash > 0 && symbol.startsWith(year + "/", slash + 1)
                ? symbol.substring(0, slash + 1) + symbol.substring(slash + 6) : symbol;
    }

    /**
     * "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị": an undated
     * citation joined to a following dated one of the same type shares its date and issuer. One with an
     * issuer of its own is complete ("Kết luận số 45-KL/TW của Ban Bí thư và Kết luận số 12-KL/TU ngày
     * 3/4/2019": the first is undated). Members parted by a semicolon are complete each ("các Nghị định: số
     * 16/2005/NĐ-CP …; số 99/2007/NĐ-CP ngày 13/6/2007"), and a date of another year than the symbol's is not its own.
     */
    private static void shareGroupDates(String text, List<Draft> drafts) {
        for (int i = drafts.size() - 2; i >= 0; i--) {
            Draft d = drafts.get(i);
            Draft next = drafts.get(i + 1);
            if (d.date == null && d.issuerText == null && next.group == d.group && next.type == d.type
                    && next.date != null && !semicolonBetween(text, d.end, next.start)
                    && (d.symbol.year() == null || d.symbol.year().equals(next.date.year()))) {
                d.date = next.date;
                d.issuerText = next.issuerText;
            }
        }
    }

    private static boolean semicolonBetween(String text, int from, int to) {
        int semicolon = text.indexOf(';', from);
        return semicolon >= 0 && semicolon < to;
    }

    /** The central Party bodies an issuer clause names. */
    private static final Pattern CENTRAL_PARTY = Pattern.compile("\\b(?:bo chinh tri|ban bi thu|(?:ban chap hanh )?trung uong)\\b");

    private static List<Citation> resolve(String text, char[] folded, List<Draft> drafts, Gazetteer.Province province,
                                          List<ExtractionWarning> warnings) {
        Gazetteer gaz = Gazetteer.get();
        List<Citation> out = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
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
            out.add(new Citation(d.start, d.end, text.substring(d.start, d.end), d.type, s.symbol(),
                    d.symbolWritten, s.number(), year, date, dateWritten, d.date != null && d.date.impossible(), issuer,
                    scope, provinceAssumed, subject, Relation.CITES, false, null));
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
        }
        reconcileTypeCodes(out, drafts, warnings);
        RelationCues.Previous previous = null;
        for (int i = 0; i < out.size(); i++) {
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
            previous = new RelationCues.Previous(c.start(), c.end(), Math.max(c.end(), drafts.get(i).tailEnd),
                    drafts.get(i).subjectRunsOn, r.base());
        }
        return out;
    }

    /**
     * A symbol whose type code contradicts its own type word ("NQ 163/2021/ND-HĐND") takes the symbol of
     * another mention of the same document in the file (same number, year and date) whose type code
     * agrees with it; a careful reader does the same.
     */
    private static void reconcileTypeCodes(List<Citation> cs, List<Draft> drafts, List<ExtractionWarning> warnings) {
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
    private static int[] subjectSpan(String text, int from, int limit) {
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
    private static final Pattern APPRAISAL = Pattern.compile("th\\S{1,2}m (?:d\\S{1,2}nh|tra)\\b");

    /**
     * The index of an earlier mention of the same document that the citation repeats in parentheses right
     * after it ("… Chỉ thị số 33/2008/CT-TTg ngày 20/11/2008 của Thủ tướng … (Chỉ thị số 33/2008/CT-TTg)"), or -1.
     */
    private static int repeatedInParentheses(String text, List<Citation> cs, int i) {
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
    private static final Pattern SENTENCE_CUE = Pattern.compile("(?:th\\S{1,3} hi\\S{1,2}n|tri\\S{1,2}n khai|c\\S{1,2}n c\\S{1,2}"
            + "|theo|x\\S{1,2}t|ph\\S{1,2}c d\\S{1,2}p|nh\\S{1,2}m|\\S{1,2}\\s+(?:tri\\S{1,2}n khai|th\\S{1,3} hi\\S{1,2}n))\\b");

    private static boolean opensSentence(String text, int from, int limit) {
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
    private static String collapseSpaces(String text, int from, int to) {
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
    private static String firstWords(String s, int max) {
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

}
