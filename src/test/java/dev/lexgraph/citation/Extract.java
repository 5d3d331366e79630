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
}
