package dev.lexgraph.graph;

import dev.lexgraph.citation.Citation;
import dev.lexgraph.citation.LawTable;
import dev.lexgraph.citation.NamedReference;
import dev.lexgraph.citation.DocType;
import dev.lexgraph.citation.DocumentHeader;
import dev.lexgraph.citation.ExtractionResult;
import dev.lexgraph.citation.Provinces;
import dev.lexgraph.citation.Relation;
import dev.lexgraph.citation.ShortForm;
import dev.lexgraph.citation.SymbolInfo;
import dev.lexgraph.citation.TextFolding;
import dev.lexgraph.graph.IngestRows.Adoption;
import dev.lexgraph.graph.IngestRows.AdoptionKey;
import dev.lexgraph.graph.IngestRows.AmbiguousRow;
import dev.lexgraph.graph.IngestRows.BodyRow;
import dev.lexgraph.graph.IngestRows.CandidateKey;
import dev.lexgraph.graph.IngestRows.DocumentRow;
import dev.lexgraph.graph.IngestRows.FileClaim;
import dev.lexgraph.graph.IngestRows.FileText;
import dev.lexgraph.graph.IngestRows.RelationRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The identity rules of ingestion, for one batch of extracted files: which File nodes are claimed, which
 * files are unchanged, which documents, bodies, relations, placeholders and ambiguous mentions the batch
 * writes and in what order. It decides; an {@link IngestWrites} writes. The transactional {@link Ingestor}
 * and the {@link BulkLoader} both run every batch through here, so the two paths share one set of rules.
 *
 * <p>Writes that would change nothing are left out with the help of an {@link IngestCache}; with
 * {@code useCache}, a relation or ISSUED_BY row that matched no document throws {@link StaleCache}.
 */
final class IngestBatch {

    /**
     * A file read, decoded and extracted (or the error that stopped it), with its text in NFC, the form the
     * mentions' offsets count in.
     */
    record Extracted(Path path, String sha256, String encoding, String text, ExtractionResult result, String error) {
    }

    /** A cached document or ISSUED_BY endpoint is not in the graph: roll back, forget the cache, redo. */
    static final class StaleCache extends RuntimeException {
        StaleCache(String message) {
            super(message, null, false, false);
        }
    }

    /** The types the extractor's relations are stored under, in {@link Relation}'s order (a spill stores the index). */
    static final List<String> RELATION_TYPES = Arrays.stream(Relation.values())
            .map(r -> RelationshipType.of(r).name()).toList();

    /** {@link SymbolInfo#of} remembered: a document is cited over and over with the same symbol. */
    private static final java.util.concurrent.ConcurrentHashMap<SymbolKey, SymbolInfo> SYMBOLS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int SYMBOLS_MAX = 100_000;

    private record SymbolKey(String symbol, DocType type) {
    }

    static SymbolInfo symbolInfo(String symbol, DocType type) {
        SymbolKey key = new SymbolKey(symbol, type);
        SymbolInfo s = SYMBOLS.get(key);
        if (s == null) {
            s = SymbolInfo.of(symbol, type);
            if (SYMBOLS.size() >= SYMBOLS_MAX) {
                SYMBOLS.clear();
            }
            SYMBOLS.put(key, s);
        }
        return s;
    }

    /** What the batch wrote, for the cache once it has committed. */
    final List<DocumentRow> writtenDocuments = new ArrayList<>();
    final List<BodyRow> writtenIssuedBy = new ArrayList<>();
    final List<String> deletedDocuments = new ArrayList<>();
    /** One per file of the batch, in batch order. */
    final List<Ingestor.FileOutcome> outcomes = new ArrayList<>();

    private final IngestWrites w;
    private final IngestCache cache;
    private final boolean useCache;

    private IngestBatch(IngestWrites w, IngestCache cache, boolean useCache) {
        this.w = w;
        this.cache = cache;
        this.useCache = useCache;
    }

    /**
     * Writes one batch through {@code w}: claims the File nodes, skips unchanged files, forgets what a
     * changed file contributed before, then writes the rows of the others. The caller commits and then
     * records {@link #writtenDocuments} etc. in the cache.
     */
    static IngestBatch write(IngestWrites w, IngestCache cache, boolean useCache, List<Extracted> batch) {
        IngestBatch b = new IngestBatch(w, cache, useCache);
        b.write(batch);
        return b;
    }

    private void write(List<Extracted> batch) {
        Rows rows = new Rows();
        List<FileClaim> files = new ArrayList<>();
        List<FileText> texts = new ArrayList<>();
        for (Extracted e : batch) {
            if (e.error() == null) {
                files.add(new FileClaim(e.path().toString(), e.sha256(), e.encoding()));
            }
        }
        // Claiming the File nodes first (write-locking them, in path order) makes a concurrent
        // ingestion of the same file wait for this one, then see it unchanged.
        files.sort(Comparator.comparing(FileClaim::path));
        Map<String, String> storedHashes = files.isEmpty() ? Map.of() : w.claimFiles(files);
        for (Extracted e : batch) {
            if (e.error() != null) {
                outcomes.add(new Ingestor.FileOutcome(e.path(), Ingestor.FileOutcome.FAILED, 0, e.error()));
                continue;
            }
            String path = e.path().toString();
            String storedHash = storedHashes.get(path);
            if (e.sha256().equals(storedHash)) {
                outcomes.add(new Ingestor.FileOutcome(e.path(), Ingestor.FileOutcome.UNCHANGED, 0, null));
                continue;
            }
            if (storedHash != null) {
                w.forgetFile(path);
            }
            rows.add(e);
            if (e.text() != null) {
                texts.add(new FileText(path, e.text()));
            }
            outcomes.add(new Ingestor.FileOutcome(e.path(), Ingestor.FileOutcome.INGESTED,
                    e.result().citations().size(), null));
        }
        if (!texts.isEmpty()) {
            w.storeTexts(texts);
        }
        rows.write();
    }

    /** The parameter rows of one batch, built document by document. */
    private final class Rows {
        final Map<String, DocumentRow> documents = new LinkedHashMap<>();
        final Map<String, BodyRow> bodies = new LinkedHashMap<>(); // by document: one issuer each
        final Map<RelationKey, RelationRow> relations = new LinkedHashMap<>();
        final List<Undated> undated = new ArrayList<>();
        /** Documents left out because the cache knows them: each is checked to still be there. */
        final Set<String> skipped = new HashSet<>();

        /** {@code fromUndated}: the index in {@code undated} of the governing citation when that is undated too, else -1. */
        /**
         * {@code formerJurisdictions}: the provinces merged into {@code jurisdiction} whose documents the mention
         * may also mean (a post-merger document naming no province in the issuer clause), else empty.
         */
        record Undated(String file, String from, int fromUndated, String relation, Citation citation,
                       String jurisdiction, String issuerCode, List<String> formerJurisdictions) {
        }

        /** A relation whose governing citation is undated: written once that one is resolved. */
        record AwaitingGovernor(int governor, String to, String relation, String file, Citation citation) {
        }

        final List<AwaitingGovernor> awaitingGovernor = new ArrayList<>();

        void add(Extracted e) {
            String path = e.path().toString();
            ExtractionResult r = e.result();
            DocumentHeader h = r.document();
            String province = h == null ? null : h.province();
            String ownId = ownDocument(path, e.sha256(), h);
            List<String> ids = new ArrayList<>(r.citations().size());
            List<Integer> undatedIndex = new ArrayList<>(r.citations().size());
            for (Citation c : r.citations()) {
                // The governing citation ("from") always comes earlier, so its id is known here, unless it
                // is undated: then it is known once resolved (its index in `undated`).
                String from = c.from() == null ? ownId : ids.get(c.from());
                int governor = c.from() == null ? -1 : undatedIndex.get(c.from());
                String type = RelationshipType.of(c.relation()).name();
                SymbolInfo s = symbolInfo(c.symbol(), c.type());
                String jurisdiction = DocumentIdentity.jurisdiction(c.issuerScope(), c.issuer(), province);
                if (c.year() == null) {
                    ids.add(null); // resolved against the graph once the dated ones are written
                    undatedIndex.add(undated.size());
                    undated.add(new Undated(path, from, governor, type, c, jurisdiction, s.issuerCode(),
                            formerJurisdictions(c, h)));
                    continue;
                }
                undatedIndex.add(-1);
                String id = DocumentId.numbered(jurisdiction, s.issuerCode(), c.type(), c.year(), c.number()).value();
                ids.add(id);
                document(id, c.type(), c.symbol(), c.number(), c.year(), c.date(), c.dateAsWritten(), c.issuer(),
                        jurisdiction, c.issuerScope(), c.subject(), false, null, null);
                body(id, c.issuer(), jurisdiction);
                if (from != null) {
                    relation(from, id, type, path, c);
                } else if (governor >= 0) {
                    awaitingGovernor.add(new AwaitingGovernor(governor, id, type, path, c));
                }
            }
            shortForms(path, ownId, ids, r.citations(), r.shortForms());
            namedLaws(path, ownId, r.named());
        }

        /**
         * The laws it names without a number that the law table resolves: each is the node a numbered
         * citation of that law reaches, and the mention a relation like any citation's.
         */
        private void namedLaws(String path, String ownId, List<NamedReference> named) {
            for (NamedReference n : named) {
                LawTable.Law law = n.law(); // a constitution too, which has no symbol
                if (law == null) {
                    continue;
                }
                LawDocuments.Identity l = LawDocuments.identity(law);
                document(l.id(), law.type(), law.symbol().isEmpty() ? null : law.symbol(), l.number(), l.year(), law.adopted().toString(), null,
                        l.issuer(), DocumentIdentity.CENTRAL, Citation.IssuerScope.CENTRAL, law.name(), false, null, null);
                body(l.id(), l.issuer(), DocumentIdentity.CENTRAL);
                String type = RelationshipType.of(n.relation() == null ? Relation.CITES : n.relation()).name();
                mention(ownId, l.id(), type, path, n.text(), n.start(), n.end());
            }
        }

        private static List<String> concat(String first, List<String> rest) {
            List<String> all = new ArrayList<>(rest.size() + 1);
            all.add(first);
            all.addAll(rest);
            return all;
        }

        /**
         * Since the 2025 merger a province's own undated mention ("Kế hoạch số 39/KH-UBND", no province named)
         * may mean a document of a province merged into it, issued before: their slugs, when the citing document
         * is dated on or after the merger and its province took others in; else none.
         */
        private static List<String> formerJurisdictions(Citation c, DocumentHeader h) {
            if (!c.provinceAssumed() || h == null || h.province() == null || h.date() == null
                    || h.date().compareTo(Provinces.MERGED_ON.toString()) < 0) {
                return List.of();
            }
            return Provinces.predecessors(h.province()).stream().map(p -> DocumentIdentity.slug(p.name())).toList();
        }

        private String ownDocument(String path, String sha, DocumentHeader h) {
            DocType type = h == null || h.type() == null ? DocType.OTHER : h.type();
            String province = h == null ? null : h.province();
            Integer year = h != null && h.date() != null ? Integer.valueOf(h.date().substring(0, 4)) : null;
            String id;
            String symbol = h == null ? null : h.symbol();
            Citation.IssuerScope scope = null;
            String jurisdiction;
            if (symbol != null) {
                SymbolInfo s = symbolInfo(symbol, type);
                scope = s.scope();
                jurisdiction = DocumentIdentity.jurisdiction(scope, h.issuer(), province);
                if (year == null) {
                    year = s.year();
                }
                id = DocumentId.numbered(jurisdiction, s.issuerCode(), type, year, s.number()).value();
            } else {
                // No number of its own (a draft, a plan without a header): known by its file.
                jurisdiction = DocumentIdentity.jurisdiction(null, h == null ? null : h.issuer(), province);
                id = DocumentId.filed(jurisdiction, type, sha).value();
            }
            document(id, type, symbol, h == null ? null : h.number(), year, h == null ? null : h.date(),
                    h == null ? null : h.dateAsWritten(), h == null ? null : h.issuer(), jurisdiction, scope,
                    h == null ? null : h.title(), true, path, h == null ? null : h.effective());
            body(id, h == null ? null : h.issuer(), jurisdiction);
            return id;
        }

        void document(String id, DocType type, String symbol, String number, Integer year, String date,
                      String dateAsWritten, String issuer, String jurisdiction, Citation.IssuerScope scope,
                      String title, boolean ingested, String sourceFile, String effective) {
            if (!ingested && documents.containsKey(id)) {
                return; // first mention in the batch describes it; the graph keeps what it already knows
            }
            documents.put(id, new DocumentRow(id, DocumentIdentity.label(type), type == null ? null : type.name(),
                    symbol, symbol == null ? null : TextFolding.symbolKey(symbol), number, year, date, dateAsWritten,
                    issuer, jurisdiction, scope == null ? null : scope.name(), title, ingested, sourceFile, effective));
        }

        void body(String documentId, String issuer, String jurisdiction) {
            if (issuer == null || issuer.isBlank() || bodies.containsKey(documentId)) {
                return;
            }
            bodies.put(documentId, new BodyRow(DocumentIdentity.slug(issuer), issuer,
                    DocumentIdentity.CENTRAL.equals(jurisdiction) ? null : jurisdiction, documentId));
        }

        void relation(String from, String to, String type, String file, Citation c) {
            mention(from, to, type, file, c.text(), c.start(), c.end()).purpose |= c.purpose();
        }

        /** One more mention supporting the relation (from, to, type) of a file. */
        private RelationRow mention(String from, String to, String type, String file, String quote, int start, int end) {
            RelationRow r = relations.computeIfAbsent(new RelationKey(from, to, type, file),
                    k -> new RelationRow(from, to, type, file));
            r.quotes.add(quote);
            r.starts.add(start);
            r.ends.add(end);
            return r;
        }

        /** "Kế hoạch nêu trên": one more mention of the dated citation it repeats. */
        private void shortForms(String path, String ownId, List<String> ids, List<Citation> citations,
                                List<ShortForm> shortForms) {
            for (ShortForm f : shortForms) {
                Citation c = citations.get(f.antecedent());
                String to = ids.get(f.antecedent());
                String from = c.from() == null ? ownId : ids.get(c.from());
                if (to != null && from != null) {
                    mention(from, to, RelationshipType.of(c.relation()).name(), path, f.text(), f.start(), f.end());
                }
            }
        }

        /**
         * The document rows the graph needs: every document of an ingested file, and cited documents
         * not known to be stored with every property the row sets. Sorted by id, so that concurrent
         * transactions lock documents in the same order.
         */
        private List<DocumentRow> documentsToWrite(List<DocumentRow> rows) {
            List<DocumentRow> out = new ArrayList<>();
            for (DocumentRow row : rows) {
                if (useCache && !row.ingested()) {
                    int known = cache.known(row.id());
                    if (known >= 0 && (IngestCache.bits(row) & ~known & ~IngestCache.INGESTED) == 0) {
                        skipped.add(row.id());
                        continue;
                    }
                }
                out.add(row);
            }
            out.sort(Comparator.comparing(DocumentRow::id));
            return out;
        }

        void write() {
            List<DocumentRow> docs = documentsToWrite(new ArrayList<>(documents.values()));
            if (!docs.isEmpty()) {
                w.upsertDocuments(docs);
            }
            writtenDocuments.addAll(docs);
            List<String> newlyWritten = docs.stream().map(DocumentRow::id).toList();
            resolveUndated();
            List<BodyRow> issued = new ArrayList<>();
            for (BodyRow b : bodies.values()) {
                if (!useCache || !cache.knownIssuedBy(b.documentId(), b.id())) {
                    issued.add(b);
                }
            }
            issued.sort(Comparator.comparing(BodyRow::documentId));
            long matched = issued.isEmpty() ? 0 : w.upsertBodies(issued);
            if (matched != issued.size()) {
                throw new StaleCache("ISSUED_BY: " + matched + " of " + issued.size() + " documents found");
            }
            writtenIssuedBy.addAll(issued);
            writeRelations();
            // Relation endpoints were checked by the relations' count; the rest of the skipped are now.
            for (RelationRow r : relations.values()) {
                skipped.remove(r.from);
                skipped.remove(r.to);
            }
            if (!skipped.isEmpty()) {
                long found = w.countDocuments(new ArrayList<>(skipped));
                if (found != skipped.size()) {
                    throw new StaleCache("documents: " + found + " of " + skipped.size() + " found");
                }
            }
            adoptUndated(newlyWritten);
        }

        /** Every relation of the batch, created by the sink; each must be: its endpoints are in the graph. */
        private void writeRelations() {
            long created = relations.isEmpty() ? 0 : w.createRelations(new ArrayList<>(relations.values()));
            if (created != relations.size()) {
                throw new StaleCache("relations: " + created + " of " + relations.size() + " written");
            }
        }

        /**
         * An undated mention attaches to the one document of its jurisdiction and symbol the graph holds;
         * with several it is recorded as ambiguous with its candidates; with none it gets an undated node
         * of its own (which a later dated mention does not merge into: that takes a person).
         */
        private void resolveUndated() {
            if (undated.isEmpty()) {
                return;
            }
            // one key per jurisdiction a mention may mean: its own, and the former provinces merged into it
            List<CandidateKey> keys = new ArrayList<>();
            List<Integer> mentionOfKey = new ArrayList<>();
            for (int i = 0; i < undated.size(); i++) {
                Undated u = undated.get(i);
                String symbolKey = TextFolding.symbolKey(u.citation().symbol());
                for (String jurisdiction : concat(u.jurisdiction(), u.formerJurisdictions())) {
                    keys.add(new CandidateKey(keys.size(), jurisdiction, symbolKey));
                    mentionOfKey.add(i);
                }
            }
            Map<Integer, List<String>> candidates = new HashMap<>();
            w.candidates(keys).forEach((key, ids) -> candidates.computeIfAbsent(mentionOfKey.get(key),
                    k -> new ArrayList<>()).addAll(ids));
            List<AmbiguousRow> ambiguous = new ArrayList<>();
            Map<String, DocumentRow> placeholders = new LinkedHashMap<>();
            String[] resolved = new String[undated.size()]; // null: ambiguous
            for (int i = 0; i < undated.size(); i++) {
                Undated u = undated.get(i);
                Citation c = u.citation();
                // A governing citation comes earlier in its file, so it is resolved by now.
                String from = u.from() != null ? u.from() : u.fromUndated() >= 0 ? resolved[u.fromUndated()] : null;
                List<String> ids = candidates.getOrDefault(i, List.of());
                List<String> dated = ids.stream().filter(id -> !DocumentId.isUndated(id)).toList();
                String to;
                if (dated.size() == 1) {
                    to = dated.get(0);
                } else if (dated.size() > 1) {
                    ambiguous.add(new AmbiguousRow(u.file() + "#" + c.start(), u.file(), c.text(), c.symbol(),
                            c.start(), c.end(), from, dated));
                    continue;
                } else {
                    to = DocumentId.numbered(u.jurisdiction(), u.issuerCode(), c.type(), null, c.number()).value();
                    if (!documents.containsKey(to)) {
                        document(to, c.type(), c.symbol(), c.number(), null, null, null, c.issuer(),
                                u.jurisdiction(), c.issuerScope(), c.subject(), false, null, null);
                        placeholders.put(to, documents.get(to));
                    }
                }
                resolved[i] = to;
                if (from != null) {
                    relation(from, to, u.relation(), u.file(), c);
                }
            }
            // Relations governed by an undated citation: from what it resolved to (none when ambiguous).
            for (AwaitingGovernor a : awaitingGovernor) {
                String from = resolved[a.governor()];
                if (from != null) {
                    relation(from, a.to(), a.relation(), a.file(), a.citation());
                }
            }
            List<DocumentRow> docs = documentsToWrite(new ArrayList<>(placeholders.values()));
            if (!docs.isEmpty()) {
                w.upsertDocuments(docs);
            }
            writtenDocuments.addAll(docs);
            if (!ambiguous.isEmpty()) {
                w.upsertAmbiguous(ambiguous);
            }
        }

        /**
         * A document first cited without a date got an undated node; once the one dated document of that
         * jurisdiction and symbol is in the graph, its relations move there and the placeholder goes.
         * Only documents this batch wrote are looked at: one the cache knew was already in the graph had
         * its placeholders adopted when it was written.
         */
        private void adoptUndated(List<String> newlyWritten) {
            List<AdoptionKey> keys = new ArrayList<>();
            for (String id : newlyWritten) {
                DocumentRow d = documents.get(id);
                if (d != null && d.year() != null && d.symbolKey() != null) {
                    keys.add(new AdoptionKey(d.jurisdiction(), d.symbolKey()));
                }
            }
            if (keys.isEmpty()) {
                return;
            }
            List<Adoption> pairs = w.undatedToAdopt(keys);
            if (pairs.isEmpty()) {
                return;
            }
            for (String type : RELATION_TYPES) {
                w.adopt(type, pairs);
            }
            w.dropPlaceholders(pairs);
            for (Adoption p : pairs) {
                deletedDocuments.add(p.undated());
            }
        }
    }

    /** One relationship per (from, to, type, file). */
    private record RelationKey(String from, String to, String type, String file) {
    }
}
