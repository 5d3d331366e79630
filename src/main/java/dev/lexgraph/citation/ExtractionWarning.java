package dev.lexgraph.citation;

/**
 * Something a careful reader would flag: an impossible date, a symbol repaired from OCR damage, a type
 * word and symbol that disagree. Offsets locate it in the text, or are null for the whole document.
 */
public record ExtractionWarning(String code, String message, Integer start, Integer end) {

    public static final String IMPOSSIBLE_DATE = "IMPOSSIBLE_DATE";
    public static final String SYMBOL_REPAIRED = "SYMBOL_REPAIRED";
    public static final String TYPE_MISMATCH = "TYPE_MISMATCH";
    public static final String AMBIGUOUS_TYPE = "AMBIGUOUS_TYPE";
    public static final String FOOTNOTE_MARKER = "FOOTNOTE_MARKER";
    public static final String DRAFT_NUMBER = "DRAFT_NUMBER";
    public static final String NO_HEADER = "NO_HEADER";
    public static final String NOT_TEXT = "NOT_TEXT";
    public static final String NOT_NFC = "NOT_NFC";
    public static final String SELF_REFERENCE = "SELF_REFERENCE";
    /** The portal's metadata block and the document's header disagree; the header is kept. */
    public static final String HEADER_CONFLICT = "HEADER_CONFLICT";
    /** The text is an annex ("ban hành kèm theo Quyết định số …"); the document is that decision. */
    public static final String ANNEX = "ANNEX";
    /** The text announces a document (a news item); the document is the one announced. */
    public static final String ANNOUNCED = "ANNOUNCED";
}
