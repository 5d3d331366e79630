package dev.lexgraph.citation;

/**
 * A lower-cased, read-only window on a document's folded characters, with line breaks read as spaces:
 * what the cue patterns match against, without copying the text for every citation.
 */
final class FoldedView implements CharSequence {

    private final char[] folded;
    private final int from;
    private final int to;

    FoldedView(char[] folded, int from, int to) {
        this.folded = folded;
        this.from = from;
        this.to = to;
    }

    @Override
    public int length() {
        return to - from;
    }

    @Override
    public char charAt(int index) {
        char c = folded[from + index];
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c == '\n' ? ' ' : c;
        }
        return Character.toLowerCase(c);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new FoldedView(folded, from + start, from + end);
    }

    int lastIndexOf(char c) {
        for (int i = to - 1; i >= from; i--) {
            if (charAt(i - from) == c) {
                return i - from;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        char[] out = new char[to - from];
        for (int i = 0; i < out.length; i++) {
            out[i] = charAt(i);
        }
        return new String(out);
    }
}
