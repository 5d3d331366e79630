package dev.lexgraph.citation;

import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Looking up citations by offset. The extractor's citations come in the text's order and do not overlap, so a
 * binary search finds the ones around an offset: a text of thousands of citations (a corpus kept in one file) is
 * not scanned whole for each word or short form.
 */
final class TextOrder {

    private TextOrder() {
    }

    /** The index of the first citation that starts after {@code at}. */
    static int firstStartingAfter(List<Citation> citations, int at) {
        return firstAfter(citations.size(), k -> citations.get(k).start(), at);
    }

    /** Whether {@code at} lies inside one of the citations. */
    static boolean inside(int at, List<Citation> citations) {
        int i = firstStartingAfter(citations, at) - 1;
        return i >= 0 && at < citations.get(i).end();
    }

    /** The first of {@code size} ascending values ({@code valueOf} by index) greater than {@code at}. */
    static int firstAfter(int size, IntUnaryOperator valueOf, int at) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (valueOf.applyAsInt(mid) <= at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
