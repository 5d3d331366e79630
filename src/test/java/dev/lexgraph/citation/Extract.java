package dev.lexgraph.citation;

import java.util.List;

/** Test helper: one shared extractor and short accessors. */
final class Extract {

    private static final ThreadLocal<CitationExtractor> EXTRACTOR = ThreadLocal.withInitial(CitationExtractor::new);

    private Extract() {
    }

    static ExtractionResult of(String text) {
        return EXTRACTOR.get().extract(text);
    }

    static List<Citation> citations(String text) {
        return of(text).citations();
    }

    static Citation only(String text) {
        List<Citation> cs = citations(text);
        if (cs.size() != 1) {
            throw new AssertionError("expected one citation in «" + text + "» but found " + cs);
        }
        return cs.get(0);
    }

    /** The first citation of {@code symbol}; fails naming the symbols found when there is none. */
    static Citation bySymbol(List<Citation> cs, String symbol) {
        return cs.stream().filter(c -> c.symbol().equals(symbol)).findFirst().orElseThrow(
                () -> new AssertionError(symbol + " not among " + cs.stream().map(Citation::symbol).toList()));
    }
}
