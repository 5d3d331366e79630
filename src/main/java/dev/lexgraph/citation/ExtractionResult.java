package dev.lexgraph.citation;

import java.util.List;

/**
 * Everything extracted from one document's text.
 *
 * @param shortForms later mentions of a cited document without its number ("Kế hoạch nêu trên"), each
 *                   pointing at the citation it repeats
 */
public record ExtractionResult(
        DocumentHeader document,
        List<Citation> citations,
        List<NamedReference> named,
        List<ShortForm> shortForms,
        List<ExtractionWarning> warnings) {

    public ExtractionResult(DocumentHeader document, List<Citation> citations, List<NamedReference> named,
                            List<ExtractionWarning> warnings) {
        this(document, citations, named, List.of(), warnings);
    }
}
