package dev.lexgraph.citation;

import dev.lexgraph.citation.DraftReader.Draft;
import dev.lexgraph.citation.parser.CitationLexer;
import dev.lexgraph.citation.parser.CitationParser;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

import static dev.lexgraph.citation.Announcements.announced;
import static dev.lexgraph.citation.Announcements.mayBeAnnounced;
import static dev.lexgraph.citation.CitationResolution.amendedByACitation;
import static dev.lexgraph.citation.CitationResolution.resolve;
import static dev.lexgraph.citation.CitationResolution.resolveNames;
import static dev.lexgraph.citation.DraftReader.dropSelfReferences;
import static dev.lexgraph.citation.DraftReader.readCitation;
import static dev.lexgraph.citation.DraftReader.shareGroupDates;
import static dev.lexgraph.citation.GroupParser.NAME_WORDS;
import static dev.lexgraph.citation.GroupParser.children;
import static dev.lexgraph.citation.GroupParser.in;
import static dev.lexgraph.citation.GroupParser.mayOpenName;

/**
 * Finds every citation in a document's text: the library's entry point. Pure Java: no Spring, no
 * database. Not thread-safe (it reuses one lexer and parser); use one instance per thread. The
 * grammar's prediction cache is static and shared by all instances, so it stays warm.
 *
 * <p>Pipeline, one file per stage: {@link HeaderReader} reads the document's own header; {@link CandidateRegions}
 * picks the stretches that can hold a citation; this class lexes each with the ANTLR grammar
 * ({@code grammar/…/CitationLexer.g4}) and, at each symbol or name word, {@link GroupParser} parses the citation
 * group ({@code CitationParser.g4}, SLL first, full LL only if SLL fails) and {@link NamedReferenceReader} a
 * reference by name; {@link DraftReader} turns parse trees into drafts, {@link Announcements} finds a document
 * announced rather than headed, and {@link CitationResolution} resolves drafts against the document
 * ({@link SymbolRepair}, {@link DateReader}, {@link Gazetteer}, {@link RelationCues}); then {@link PurposeReader},
 * {@link ShortForms}, {@link ProgrammeNames} and {@link EffectiveDates}.
 */
public final class CitationExtractor {

    private static final ThreadLocal<CitationExtractor> PER_THREAD = ThreadLocal.withInitial(CitationExtractor::new);

    /** This thread's extractor: an extractor is not thread-safe (its parser's prediction cache is shared). */
    public static CitationExtractor forThisThread() {
        return PER_THREAD.get();
    }

    private final CitationLexer lexer = new WhitespaceSkippingLexer();
    private final GroupParser groups = new GroupParser();

    /** How many regions SLL prediction could not parse and full LL had to (a grammar health figure). */
    public long llFallbacks() {
        return groups.llFallbacks();
    }

    public CitationExtractor() {
        lexer.removeErrorListeners();
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

        char[] folded = TextFolding.foldAll(text);
        CandidateRegions.Found found = CandidateRegions.find(folded);
        Reading reading = new Reading(text, folded);
        for (CandidateRegions.Region region : found.regions()) {
            readRegion(reading, region);
        }
        List<Draft> drafts = reading.drafts;
        List<NamedReference> named = reading.named;
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

    /** What the regions read so far have found, and how far their citations and names reach. */
    private static final class Reading {
        final String text;
        final char[] folded;
        final List<Draft> drafts = new ArrayList<>();
        final List<NamedReference> named = new ArrayList<>();
        int consumedUntil;
        int namedUntil;
        int groupId;

        Reading(String text, char[] folded) {
            this.text = text;
            this.folded = folded;
        }
    }

    /**
     * Lexes one candidate region and reads the citation groups and names that start in it. A method of its own,
     * called once per region, so the JIT compiles it whole even when one huge text holds every region (a loop body
     * inside a method called once only ever runs as on-stack-replacement code, and slowly after a deoptimisation).
     */
    private void readRegion(Reading r, CandidateRegions.Region region) {
        String text = r.text;
        char[] folded = r.folded;
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
                if (at < r.consumedUntil) {
                    continue;
                }
                ParserRuleContext group = groups.parseGroup(tokens, i);
                if (group != null) {
                    r.groupId++;
                    for (ParseTree member : children(group)) {
                        if (member instanceof CitationParser.CitationContext c) {
                            readCitation(text, c, c.docType(), c.TYPE_ABBR(), r.groupId, r.drafts);
                        } else if (member instanceof CitationParser.TitledCitationContext titled) {
                            readCitation(text, titled, titled.docType(), null, r.groupId, r.drafts);
                        }
                    }
                    r.consumedUntil = group.getStop().getStopIndex() + 1;
                } else {
                    Draft d = groups.readEllipsis(text, folded, tokens, i, r.drafts, ++r.groupId);
                    if (d == null) {
                        d = groups.readBare(text, tokens, i, r.groupId);
                    }
                    if (d != null) {
                        r.drafts.add(d);
                        r.consumedUntil = d.tailEnd;
                    }
                }
            } else if (in(NAME_WORDS, t.getType()) && at >= r.namedUntil && mayOpenName(text, toks, i)) {
                // also inside a citation's subject: "… quy định chi tiết một số điều của Luật Đất đai"
                CitationParser.NamedReferenceContext n = (CitationParser.NamedReferenceContext) groups.parseEntry(
                        tokens, i, CitationParser::namedEntry);
                List<NamedReference> refs = n == null ? List.of() : NamedReferenceReader.read(text, n);
                if (!refs.isEmpty() && !amendedByACitation(folded, at)) {
                    r.named.addAll(refs);
                    // the laws named inside an amending law are part of its name
                    r.namedUntil = refs.get(refs.size() - 1).end();
                }
            }
        }
    }
}
