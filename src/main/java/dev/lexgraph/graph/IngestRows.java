package dev.lexgraph.graph;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameter rows of the named statements of cypher/ingest.cypher, one record per statement's row.
 * {@link IngestBatch} builds them; {@link MemoryGraph} reads their fields; {@link Ingestor} turns each into
 * the statement's parameters with {@code parameters()}, whose keys are the records' component names: the one
 * place where the statements' keys are spelt in Java.
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

    /**
     * A row of one statement. Its parameter map has one key per record component, named as the component (the
     * statements' {@code row.<name>}), null values kept.
     */
    interface Row {
        default Map<String, Object> parameters() {
            RecordComponent[] components = COMPONENTS.get(getClass());
            Map<String, Object> m = new HashMap<>(2 * components.length);
            for (RecordComponent c : components) {
                try {
                    m.put(c.getName(), c.getAccessor().invoke(this));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("the component " + c.getName() + " of " + getClass(), e);
                }
            }
            return m;
        }
    }

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    /** {@code claim-files}. */
    record FileClaim(String path, String sha256, String encoding) implements Row {
    }

    /** {@code store-texts}. */
    record FileText(String path, String text) implements Row {
    }

    /**
     * {@code upsert-documents}: a document known from its own text ({@code ingested}, with its
     * {@code sourceFile} and {@code effective} date) or from a citation of it. Null is "not known".
     */
    record DocumentRow(String id, String label, String type, String symbol, String symbolKey, String number,
                       Integer year, String date, String dateAsWritten, String issuer, String jurisdiction,
                       String scope, String title, boolean ingested, String sourceFile, String effective)
            implements Row {
    }

    /** {@code upsert-bodies}: the body {@code id} named {@code name} and the ISSUED_BY of {@code documentId}. */
    record BodyRow(String id, String name, String province, String documentId) implements Row {
    }

    /** {@code candidates}: the documents of a jurisdiction and folded symbol, answered under {@code key}. */
    record CandidateKey(int key, String jurisdiction, String symbolKey) implements Row {
    }

    /** {@code upsert-ambiguous}: an undated mention that several documents could be. */
    record AmbiguousRow(String id, String file, String quote, String symbol, int start, int end, String from,
                        List<String> candidates) implements Row {
    }

    /** {@code undated-to-adopt}: the undated placeholders of a jurisdiction and folded symbol. */
    record AdoptionKey(String jurisdiction, String symbolKey) implements Row {
    }

    /** {@code adopt-<type>}, {@code drop-placeholders}: an undated placeholder and the dated document it now is. */
    record Adoption(String undated, String dated) implements Row {
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
