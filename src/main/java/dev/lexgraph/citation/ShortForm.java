package dev.lexgraph.citation;

/**
 * A later mention of a document the text has already cited, by its type alone or with its number only:
 * "Kế hoạch nêu trên", "Nghị quyết số 163 nêu trên", "Chỉ thị này" (in a document that is not itself a
 * directive). It counts as a mention of that citation's document.
 *
 * @param antecedent the index, in the result's citations, of the citation it repeats
 */
public record ShortForm(int start, int end, String text, DocType type, int antecedent) {
}
