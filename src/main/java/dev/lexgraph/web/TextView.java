package dev.lexgraph.web;

import dev.lexgraph.query.FileRepository.FileMention;
import java.util.ArrayList;
import java.util.List;

/**
 * A document's text cut into runs for the page: plain text, and each mention as a run of its own that the
 * page colours by relation and links to what it names. Mentions that overlap one already placed, or lie
 * outside the text (a file changed since), are left out of the picture; their relations are still listed.
 */
final class TextView {

    /** A run of the text; {@code mention} is null for plain text. */
    public record Run(String text, FileMention mention) {
    }

    private TextView() {
    }

    static List<Run> runs(String text, List<FileMention> mentions) {
        List<Run> out = new ArrayList<>();
        int at = 0;
        for (FileMention m : mentions) {
            if (m.start() < at || m.end() > text.length() || m.end() <= m.start()) {
                continue;
            }
            if (m.start() > at) {
                out.add(new Run(text.substring(at, m.start()), null));
            }
            out.add(new Run(text.substring(m.start(), m.end()), m));
            at = m.end();
        }
        if (at < text.length()) {
            out.add(new Run(text.substring(at), null));
        }
        return out;
    }
}
