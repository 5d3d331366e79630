package dev.lexgraph.graph;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this process knows to be in the graph because it wrote it there: documents (with the properties
 * known to be set), and issued-by pairs. Ingestion uses it only to leave out writes that would change
 * nothing (a cited document already stored with everything the mention says, an ISSUED_BY already
 * there); it never decides what a mention means, so a stale entry cannot make ingestion wrong:
 * <ul>
 *   <li>entries are added only after the transaction that wrote them has committed, so a rolled back
 *       transaction leaves nothing behind;</li>
 *   <li>a cached document that has gone (deleted by hand, by another process, or adopted by a
 *       concurrent transaction) shows up as a relation or ISSUED_BY row that matched nothing; the
 *       batch is then rolled back, the cache cleared, and the batch written again without it.</li>
 * </ul>
 * An entry is only valid for the lifetime of the process: what another process writes to the same
 * (external) server is not seen here, which only costs writes that the cache would have saved.
 * Thread-safe.
 */
final class IngestCache {

    static final int TYPE = 1;
    static final int SYMBOL = 1 << 1;
    static final int SYMBOL_KEY = 1 << 2;
    static final int NUMBER = 1 << 3;
    static final int YEAR = 1 << 4;
    static final int DATE = 1 << 5;
    static final int DATE_AS_WRITTEN = 1 << 6;
    static final int ISSUER = 1 << 7;
    static final int SCOPE = 1 << 8;
    static final int TITLE = 1 << 9;
    static final int INGESTED = 1 << 10;

    /** Upper bound on cached documents: past it the cache is cleared (it is only a saving). */
    private final int maxDocuments;
    private final ConcurrentHashMap<String, Integer> documents = new ConcurrentHashMap<>();
    /** Bodies each document is known to have an ISSUED_BY to. */
    private final ConcurrentHashMap<String, Set<String>> issuedBy = new ConcurrentHashMap<>();

    IngestCache(int maxDocuments) {
        this.maxDocuments = maxDocuments;
    }

    /** The properties known to be set on the document, or -1 if it is not known to exist. */
    int known(String id) {
        Integer bits = documents.get(id);
        return bits == null ? -1 : bits;
    }

    boolean knownIssuedBy(String documentId, String bodyId) {
        Set<String> bodies = issuedBy.get(documentId);
        return bodies != null && bodies.contains(bodyId);
    }

    /** The property bits a document row sets (a row is what {@code upsert-documents} takes). */
    static int bits(IngestRows.DocumentRow row) {
        int b = 0;
        b |= row.type() != null ? TYPE : 0;
        b |= row.symbol() != null ? SYMBOL : 0;
        b |= row.symbolKey() != null ? SYMBOL_KEY : 0;
        b |= row.number() != null ? NUMBER : 0;
        b |= row.year() != null ? YEAR : 0;
        b |= row.date() != null ? DATE : 0;
        b |= row.dateAsWritten() != null ? DATE_AS_WRITTEN : 0;
        b |= row.issuer() != null ? ISSUER : 0;
        b |= row.scope() != null ? SCOPE : 0;
        b |= row.title() != null ? TITLE : 0;
        b |= row.ingested() ? INGESTED : 0;
        return b;
    }

    /** Records what a committed transaction wrote: document rows, issued-by rows and documents it deleted. */
    void committed(Collection<IngestRows.DocumentRow> documentRows, Collection<IngestRows.BodyRow> issuedByRows,
                   Collection<String> deletedDocuments) {
        if (documents.size() + documentRows.size() > maxDocuments) {
            clear();
        }
        for (IngestRows.DocumentRow row : documentRows) {
            documents.merge(row.id(), bits(row), (a, b) -> a | b);
        }
        for (IngestRows.BodyRow row : issuedByRows) {
            issuedBy.computeIfAbsent(row.documentId(), k -> ConcurrentHashMap.newKeySet()).add(row.id());
        }
        for (String id : deletedDocuments) {
            documents.remove(id);
            issuedBy.remove(id);
        }
    }

    void clear() {
        documents.clear();
        issuedBy.clear();
    }

    int size() {
        return documents.size();
    }
}
