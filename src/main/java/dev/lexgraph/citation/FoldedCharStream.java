package dev.lexgraph.citation;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * An ANTLR character stream over a slice of a document: the lexer sees folded characters
 * ({@link TextFolding}), while token text and offsets are those of the original document.
 * Indexes are absolute offsets into the whole text, so tokens need no translation.

 */
final class FoldedCharStream implements CharStream {

    private final String text;
    private final char[] folded;
    private final int begin;
    private final int end;
    private int p;

    /**
     * @param text   the document
     * @param folded {@code TextFolding.foldAll(text)}
     */
    FoldedCharStream(String text, char[] folded, int begin, int end) {
        this.text = text;
        this.folded = folded;
        this.begin = begin;
        this.end = end;
        this.p = begin;
    }

    @Override
    public String getText(Interval interval) {
        int a = Math.max(interval.a, begin);
        int b = Math.min(interval.b, end - 1);
        return a > b ? "" : text.substring(a, b + 1);
    }

    /** The folded character at an absolute offset of the document. */
    char foldedAt(int index) {
        return folded[index];
    }

    @Override
    public void consume() {
        if (p >= end) {
            throw new IllegalStateException("cannot consume EOF");
        }
        p++;
    }

    @Override
    public int LA(int i) {
        if (i == 0) {
            return 0;
        }
        int at = i > 0 ? p + i - 1 : p + i;
        if (at < begin || at >= end) {
            return IntStream.EOF;
        }
        return folded[at];
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
    }

    @Override
    public int index() {
        return p;
    }

    @Override
    public void seek(int index) {
        p = Math.max(begin, Math.min(index, end));
    }

    @Override
    public int size() {
        return end;
    }

    @Override
    public String getSourceName() {
        return IntStream.UNKNOWN_SOURCE_NAME;
    }
}
