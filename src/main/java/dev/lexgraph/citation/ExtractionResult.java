package dev.lexgraph.citation;

import java.util.List;

/** Everything extracted from one document's text. */
public record ExtractionResult(
        DocumentHeader document,
        List<Citation> citations,
        List<NamedReference> named,
        List<ExtractionWarning> warnings) {
}
