package dev.lexgraph.citation;

/**
 * Something a careful reader would flag: an impossible date, a symbol repaired from OCR damage, a type
 * word and symbol that disagree. Offsets locate it in the text, or are null for the whole document.
 */
public record ExtractionWarning(Code code, String message, Integer start, Integer end) {

    /** What kind of thing was flagged; written by name in JSON. */
    public enum Code {
        /** A date that does not exist (29/02/2025), kept as written. */
        IMPOSSIBLE_DATE,
        /** A symbol read through OCR damage and repaired ("QB-UBND" → "QĐ-UBND"). */
        SYMBOL_REPAIRED,
        /** The type word and the symbol's type code disagree; which one was chosen is said. */
        TYPE_MISMATCH,
        /** A type code that may name two kinds of document ("DA": Đề án or Dự án). */
        AMBIGUOUS_TYPE,
        /** A footnote marker glued to a citation's year, read without it. */
        FOOTNOTE_MARKER,
        /** The header's number is blank ("Số:    /KH-UBND"): a draft, no number of its own yet. */
        DRAFT_NUMBER,
        /** No header: type and issuer were read from the text. */
        NO_HEADER,
        /** The file is not text (binary). */
        NOT_TEXT,
        /** The text was not in Unicode NFC; offsets refer to its NFC form. */
        NOT_NFC,
        /** The document's own number mentioned in its text, not a citation of another. */
        SELF_REFERENCE,
        /** The portal's metadata block and the document's header disagree; the header is kept. */
        HEADER_CONFLICT,
        /** The text is an annex ("ban hành kèm theo Quyết định số …"); the document is that decision. */
        ANNEX,
        /** The text announces a document (a news item); the document is the one announced. */
        ANNOUNCED
    }
}
