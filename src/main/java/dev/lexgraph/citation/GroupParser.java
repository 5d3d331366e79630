package dev.lexgraph.citation;

import dev.lexgraph.citation.DraftReader.Draft;
import dev.lexgraph.citation.parser.CitationLexer;
import dev.lexgraph.citation.parser.CitationParser;
import java.util.List;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ParseTree;

import static dev.lexgraph.citation.DraftReader.docType;
import static dev.lexgraph.citation.DraftReader.fromSymbolRef;

/**
 * The parsing of citation groups: from a symbol token, back to the type word that governs it and on through its
 * date and issuer clauses, with the grammar in SLL mode first and full LL only if that fails. One per
 * {@link CitationExtractor} (its parser is reused); the prediction cache is static and shared.
 */
final class GroupParser {

    private final CitationParser parser = new CitationParser(null);
    private long llFallbacks;

    GroupParser() {
        parser.removeErrorListeners();
        parser.setErrorHandler(new QuietBail());
        parser.setInterpreter(new QuietPrediction(parser));
    }

    /** How many regions SLL prediction could not parse and full LL had to. */
    long llFallbacks() {
        return llFallbacks;
    }

    /** Tokens a document-type name can be made of (CitationParser's docType rule). */
    static final boolean[] TYPE_WORDS = tokenSet(
            CitationLexer.KW_CHI, CitationLexer.KW_THI, CitationLexer.KW_QUYET, CitationLexer.KW_DINH,
            CitationLexer.KW_NGHI, CitationLexer.KW_KE, CitationLexer.KW_KET, CitationLexer.KW_HOACH,
            CitationLexer.KW_LUAN, CitationLexer.KW_LUAT, CitationLexer.KW_THONG, CitationLexer.KW_TU,
            CitationLexer.KW_LIEN, CitationLexer.KW_TICH, CitationLexer.KW_QUY, CitationLexer.KW_CHE,
            CitationLexer.KW_HUONG, CitationLexer.KW_DAN, CitationLexer.KW_CHUONG, CitationLexer.KW_PHUONG,
            CitationLexer.KW_TRINH, CitationLexer.KW_TRI, CitationLexer.KW_AN, CitationLexer.KW_DE,
            CitationLexer.KW_DU, CitationLexer.KW_BAO, CitationLexer.KW_CAO, CitationLexer.KW_CONG,
            CitationLexer.KW_VAN, CitationLexer.KW_BAN, CitationLexer.KW_TO, CitationLexer.KW_DIEN,
            CitationLexer.KW_BO, CitationLexer.KW_HIEN, CitationLexer.KW_PHAP, CitationLexer.KW_LENH);

    /** Tokens a named reference starts with. */
    static final boolean[] NAME_WORDS = tokenSet(
            CitationLexer.KW_LUAT, CitationLexer.KW_BO, CitationLexer.KW_HIEN, CitationLexer.KW_PHAP,
            CitationLexer.KW_NGHI);

    static boolean[] tokenSet(int... types) {
        boolean[] set = new boolean[CitationLexer.VOCABULARY.getMaxTokenType() + 1];
        for (int t : types) {
            set[t] = true;
        }
        return set;
    }

    static boolean in(boolean[] set, int type) {
        return type > 0 && type < set.length && set[type];
    }

    /**
     * A cheap look at the tokens before the parser is entered for a named reference: "Luật" before a
     * capitalised word (or "sửa"), "Bộ luật", "Hiến pháp", "Pháp lệnh", "Nghị quyết" before a capitalised
     * word. Most capitalised "Bộ", "Nghị", "Hiện" open nothing, and a failed parse costs an exception.
     */
    static boolean mayOpenName(String text, List<Token> toks, int i) {
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
    static final int MAX_TYPE_WORDS = 5;

    /** How far before a symbol a titled citation's type word may stand ("Luật … số 10/2022/QH15"). */
    static final int MAX_TITLE_TOKENS = 18;

    /**
     * Parses the citation group that the symbol at token {@code symbol} belongs to. The group starts at
     * the type word before it: first the type words right before the symbol (and its "số"), tried from
     * the farthest, so "Thông tư liên tịch" wins over "liên tịch"; failing that, a type word further
     * back with a title between it and "số", tried from the nearest, and kept only when the symbol
     * agrees with the type ("Quy chế … số 05-QC/TU", "Luật … số 10/2022/QH15").
     */
    ParserRuleContext parseGroup(BufferedTokenStream tokens, int symbol) {
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
    static boolean mayStartType(List<Token> toks, int j) {
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
    static boolean titleAgrees(ParserRuleContext group) {
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

    static final PredictionMode[] MODES = {PredictionMode.SLL, PredictionMode.LL};

    /**
     * Enters the parser at token {@code start} through an entry rule and returns the reference it
     * completed: SLL prediction first, full LL only when SLL fails; null when the tokens there are not
     * what the rule describes.
     */
    ParserRuleContext parseEntry(BufferedTokenStream tokens, int start,
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

    /** How far back the citation an elliptical "số …" leans on may stand. */
    static final int MAX_ELLIPSIS_DISTANCE = 400;

    /**
     * "…; số 101/2024/NĐ-CP ngày 29/7/2024": a number with "số" but no type word of its own takes the type
     * of the citation before it in the same clause, when its symbol agrees with that type.
     */
    Draft readEllipsis(String text, char[] folded, BufferedTokenStream tokens, int symbol, List<Draft> drafts, int group) {
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

    /**
     * A number that no type word governs and that follows no citation of its kind: a copy that lost the line's start
     * ("ố 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ …" for "Căn cứ Nghị định số …"), a list that lost its
     * "số". Read only when the symbol's type code names a document type (NĐ: Nghị định), which is then its type; a
     * letter's number ("1119/SNV-XDCQ") names none and is left alone. A number after a "số" that opens its line, a
     * colon or a table cell's bar is a header's or a portal block's ("Số: 15/2020/NQ-HĐND", "Số hiệu | …"), not a
     * citation.
     */
    Draft readBare(String text, BufferedTokenStream tokens, int symbol, int group) {
        Token sym = tokens.getTokens().get(symbol);
        if (symbol > 0 && tokens.getTokens().get(symbol - 1).getType() == CitationLexer.KW_SO
                && opensLine(text, tokens.getTokens().get(symbol - 1).getStartIndex())) {
            return null; // "Số 15/2020/NQ-HĐND" heading a line; a damaged type word before "số" is not ("Phiréng an sb 02/PA-UBND")
        }
        int before = sym.getStartIndex() - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) {
            before--;
        }
        if (before >= 0 && (text.charAt(before) == ':' || text.charAt(before) == '|')) {
            return null;
        }
        SymbolRepair.Repaired r = SymbolRepair.repair(sym.getText(), null);
        DocType type = r.typeCode() == null ? null : DocType.fromAbbreviation(r.typeCode());
        if (type == null) {
            return null;
        }
        CitationParser.SymbolRefContext ref = (CitationParser.SymbolRefContext) parseEntry(tokens, symbol,
                CitationParser::bareEntry);
        if (ref == null) {
            return null;
        }
        Draft d = fromSymbolRef(text, ref, sym.getStartIndex(), type, group);
        d.bare = true;
        return d;
    }

    /** Whether only blanks stand between the line's start and {@code at}. */
    private static boolean opensLine(String text, int at) {
        for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
