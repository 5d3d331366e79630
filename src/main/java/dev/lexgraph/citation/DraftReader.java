package dev.lexgraph.citation;

import dev.lexgraph.citation.parser.CitationParser;
import java.util.List;
import java.util.Objects;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import static dev.lexgraph.citation.CitationResolution.agreesWithType;
import static dev.lexgraph.citation.GroupParser.children;

/**
 * Citations as parsed ({@link Draft}), before resolution against the document: one per number after its type
 * word, an elliptical "số …" leaning on the citation before it; then the document's own number dropped and a
 * group's shared date given to its members.
 */
final class DraftReader {
    /** A citation as parsed, before resolution against the document. */
    static final class Draft {
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
        /** Read from its symbol alone, no type word before it: the document's own number so read is not worth a warning. */
        boolean bare;
    }

    /** A draft citation from a parsed symbol with its date and issuer clauses. */
    static Draft fromSymbolRef(String text, CitationParser.SymbolRefContext ref, int start, DocType type,
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
    static void readCitation(String text, ParserRuleContext c, CitationParser.DocTypeContext docType,
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

    static DocType docType(CitationParser.DocTypeContext t) {
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

    /**
     * A mention of the document's own number ("Ban hành kèm theo Quyết định số 215/QĐ-UBND" in its
     * attached rules) is not a citation of another document; it is reported as a warning instead.
     */
    static void dropSelfReferences(List<Draft> drafts, DocumentHeader header, List<ExtractionWarning> warnings) {
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
            if (self && !d.bare) {
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
    static String withoutYear(String symbol, String year) {
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
    static void shareGroupDates(String text, List<Draft> drafts) {
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

    static boolean semicolonBetween(String text, int from, int to) {
        int semicolon = text.indexOf(';', from);
        return semicolon >= 0 && semicolon < to;
    }

    private DraftReader() {
    }
}
