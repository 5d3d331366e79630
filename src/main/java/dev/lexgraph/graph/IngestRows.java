package dev.lexgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameter rows of the named statements of cypher/ingest.cypher, one record per statement's row.
 * {@link IngestBatch} builds them; {@link MemoryGraph} reads their fields; {@link Ingestor} turns each into
 * the statement's parameters with {@code parameters()}, the one place where the statements' keys are spelled
 * in Java.
 */
final class IngestRows {

    private IngestRows() {
    }

    /** The statement's {@code rows} parameter. */
    static List<Map<String, Object>> parameters(List<? extends Row> rows) {
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(r.parameters());
        }
        return out;
    }

    /** A row of one statement, as the statement's parameter map. */
    interface Row {
        Map<String, Object> parameters();
    }

    /** {@code claim-files}. */
    record FileClaim(String path, String sha256, String encoding) implements Row {
        @Override
        public Map<String, Object> parameters() {
            return Map.of("path", path, "sha256", sha256, "encoding", encoding);
        }
    }

    /** {@code store-texts}. */
    record FileText(String path, String text) implements Row {
        @Override
        public Map<String, Object> parameters() {
            return Map.of("path", path, "text", text);
        }
    }

    /**
     * {@code upsert-documents}: a document known from its own text ({@code ingested}, with its
     * {@code sourceFile} and {@code effective} date) or from a citation of it. Null is "not known".
     */
    record DocumentRow(String id, String label, String type, String symbol, String symbolKey, String number,
                       Integer year, String date, String dateAsWritten, String issuer, String jurisdiction,
                       String scope, String title, boolean ingested, String sourceFile, String effective)
            implements Row {
        @Override
        public Map<String, Object> parameters() {
            Map<String, Object> m = new HashMap<>(32); // 16 keys, some null (Map.of refuses null): no resize
            m.put("id", id);
            m.put("label", label);
            m.put("type", type);
            m.put("symbol", symbol);
            m.put("symbolKey", symbolKey);
            m.put("number", number);
            m.put("year", year);
            m.put("date", date);
            m.put("dateAsWritten", dateAsWritten);
            m.put("issuer", issuer);
            m.put("jurisdiction", jurisdiction);
            m.put("scope", scope);
            m.put("title", title);
            m.put("ingested", ingested);
            m.put("sourceFile", sourceFile);
            m.put("effective", effective);
            return m;
        }
    }

    /** {@code upsert-bodies}: the body {@code id} named {@code name} and the ISSUED_BY of {@code documentId}. */
    record BodyRow(String id, String name, String province, String documentId) implements Row {
        @Override
        public Map<String, Object> parameters() {
            Map<String, Object> m = new HashMap<>(8);
            m.put("id", id);
            m.put("name", name);
            m.put("province", province);
            m.put("documentId", documentId);
            return m;
        }
    }

    /** {@code candidates}: the documents of a jurisdiction and folded symbol, answered under {@code key}. */
    record CandidateKey(int key, String jurisdiction, String symbolKey) implements Row {
        @Override
        public Map<String, Object> parameters() {
            return Map.of("key", key, "jurisdiction", jurisdiction, "symbolKey", symbolKey);
        }
    }

    /** {@code upsert-ambiguous}: an undated mention that several documents could be. */
    record AmbiguousRow(String id, String file, String quote, String symbol, int start, int end, String from,
                        List<String> candidates) implements Row {
        @Override
        public Map<String, Object> parameters() {
            Map<String, Object> m = new HashMap<>(16);
            m.put("id", id);
            m.put("file", file);
            m.put("quote", quote);
            m.put("symbol", symbol);
            m.put("start", start);
            m.put("end", end);
            m.put("from", from);
            m.put("candidates", candidates);
            return m;
        }
    }

    /** {@code undated-to-adopt}: the undated placeholders of a jurisdiction and folded symbol. */
    record AdoptionKey(String jurisdiction, String symbolKey) implements Row {
        @Override
        public Map<String, Object> parameters() {
            return Map.of("jurisdiction", jurisdiction, "symbolKey", symbolKey);
        }
    }

    /** {@code adopt-<type>}, {@code drop-placeholders}: an undated placeholder and the dated document it now is. */
    record Adoption(String undated, String dated) implements Row {
        @Override
        public Map<String, Object> parameters() {
            return Map.of("undated", undated, "dated", dated);
        }
    }

    /**
     * {@code upsert-<type>}: one relationship {@code type} from {@code from} to {@code to} (document ids), with
     * the mentions in {@code file} that support it (their text and offsets, in the order met). Filled while
     * the batch's mentions are read; the statement takes them grouped ({@link RelationGroup}).
     */
    static final class RelationRow {
        final String from;
        final String to;
        final String type;
        final String file;
        final List<String> quotes = new ArrayList<>();
        final List<Integer> starts = new ArrayList<>();
        final List<Integer> ends = new ArrayList<>();
        /** Whether one of the mentions states why the citing document was issued (its purpose). */
        boolean purpose;

        RelationRow(String from, String to, String type, String file) {
            this.from = from;
            this.to = to;
            this.type = type;
            this.file = file;
        }

    }

    /**
     * {@code upsert-<type>}: the relations of one type from one document in one file, so that the statement
     * looks the document up once for all of them.
     */
    record RelationGroup(String from, String file, List<RelationRow> relations) implements Row {
        @Override
        public Map<String, Object> parameters() {
            List<Map<String, Object>> to = new ArrayList<>(relations.size());
            for (RelationRow r : relations) {
                to.add(Map.of("id", r.to, "quotes", r.quotes, "starts", r.starts, "ends", r.ends, "purpose", r.purpose));
            }
            return Map.of("from", from, "file", file, "to", to);
        }
    }
}
