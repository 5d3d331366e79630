package dev.lexgraph.graph;

import java.util.List;
import java.util.Map;

/**
 * The graph writes of one ingestion batch, one method per named statement of cypher/ingest.cypher, each
 * taking the statement's parameter rows. {@link IngestBatch} decides what to write (the identity rules);
 * an implementation writes it: {@link Ingestor} runs the statements in a write transaction, {@link MemoryGraph}
 * applies the same rows to an in-memory graph with the statements' semantics, for the bulk load.
 * Callers never pass an empty list.
 */
interface IngestWrites {

    /** {@code claim-files}: creates or locks the File nodes; the hash each had before (null if new), by path. */
    Map<String, String> claimFiles(List<Map<String, Object>> rows);

    /**
     * {@code forget-file}, {@code forget-file-mentions} and {@code release-file}: what a changed file's previous
     * version contributed, and its claim on the documents it held.
     */
    void forgetFile(String path);

    /** {@code store-texts}: the text of each changed file, which the explorer shows with its mentions marked. */
    void storeTexts(List<Map<String, Object>> rows);

    /** {@code upsert-documents}. */
    void upsertDocuments(List<Map<String, Object>> rows);

    /** {@code candidates}: the ids of the documents of each key's jurisdiction and folded symbol, by key. */
    Map<Integer, List<String>> candidates(List<Map<String, Object>> keys);

    /** {@code upsert-ambiguous}. */
    void upsertAmbiguous(List<Map<String, Object>> rows);

    /** {@code upsert-bodies}: the number of rows whose document was found. */
    long upsertBodies(List<Map<String, Object>> rows);

    /** {@code count-documents}: how many of the ids are documents of the graph. */
    long countDocuments(List<String> ids);

    /** {@code upsert-<type>} for each type: creates the relationships; the number created. */
    long createRelations(List<IngestBatch.RelationRow> relations);

    /** {@code undated-to-adopt}: pairs {@code undated}, {@code dated} of ids. */
    List<Map<String, Object>> undatedToAdopt(List<Map<String, Object>> keys);

    /** {@code adopt-<type>}: moves the placeholders' incoming relationships of that type to the dated documents. */
    void adopt(String type, List<Map<String, Object>> pairs);

    /** {@code drop-placeholders}. */
    void dropPlaceholders(List<Map<String, Object>> pairs);
}
