package dev.lexgraph.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** An ingested file: the text kept for it and the mentions read from it, with where each points. */
@Repository
@Transactional(readOnly = true)
public class FileRepository {

    /**
     * One mention in a file's text, between {@code start} and {@code end} (UTF-16 offsets in its NFC form):
     * the relation it supports and the document it resolved to, or, when it names several documents
     * ({@code relation} null), their candidates.
     */
    public record FileMention(int start, int end, String quote, String relation, DocumentRef target,
                              List<DocumentRef> candidates) {
    }

    private final GraphReads reads;

    public FileRepository(Neo4jClient client) {
        this.reads = new GraphReads(client);
    }

    /** The file's text; empty for an unknown file or one loaded before texts were kept. */
    public Optional<String> text(String path) {
        return reads.all("file-text", Map.of("path", path)).stream().findFirst()
                .map(m -> (String) m.get("text"));
    }

    /** Every mention of the file, resolved or ambiguous, in reading order. */
    public List<FileMention> mentions(String path) {
        List<FileMention> out = new ArrayList<>();
        for (Map<String, Object> row : reads.all("file-mentions", Map.of("path", path))) {
            List<?> quotes = (List<?>) row.get("quotes");
            List<?> starts = (List<?>) row.get("starts");
            List<?> ends = (List<?>) row.get("ends");
            if (quotes == null || starts == null || ends == null) {
                continue; // a relation from imported data: no mention in any text
            }
            DocumentRef target = DocumentRef.of(row.get("target"));
            for (int i = 0; i < Math.min(starts.size(), ends.size()); i++) {
                out.add(new FileMention(((Number) starts.get(i)).intValue(), ((Number) ends.get(i)).intValue(),
                        i < quotes.size() ? (String) quotes.get(i) : null, (String) row.get("type"), target,
                        List.of()));
            }
        }
        for (Map<String, Object> row : reads.all("file-ambiguous", Map.of("path", path))) {
            if (row.get("start") instanceof Number start && row.get("end") instanceof Number end) {
                out.add(new FileMention(start.intValue(), end.intValue(), (String) row.get("quote"), null, null,
                        ((List<?>) row.get("candidates")).stream().map(DocumentRef::of).toList()));
            }
        }
        out.sort(Comparator.comparingInt(FileMention::start).thenComparingInt(FileMention::end));
        return out;
    }
}
