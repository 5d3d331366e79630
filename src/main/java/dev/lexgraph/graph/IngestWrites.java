package dev.lexgraph.graph;

import dev.lexgraph.graph.IngestRows.Adoption;
import dev.lexgraph.graph.IngestRows.AdoptionKey;
import dev.lexgraph.graph.IngestRows.AmbiguousRow;
import dev.lexgraph.graph.IngestRows.BodyRow;
import dev.lexgraph.graph.IngestRows.CandidateKey;
import dev.lexgraph.graph.IngestRows.DocumentRow;
import dev.lexgraph.graph.IngestRows.FileClaim;
import dev.lexgraph.graph.IngestRows.FileText;
import dev.lexgraph.graph.IngestRows.RelationRow;
import java.util.List;
import java.util.Map;

/**
 * The graph writes of one ingestion batch, one method per named statement of cypher/ingest.cypher, each
 * taking the statement's parameter rows ({@link IngestRows}). {@link IngestBatch} decides what to write (the identity rules);
 * an implementation writes it: {@link Ingestor} runs the statements in a write transaction, {@link MemoryGraph}
 * applies the same rows to an in-memory graph with the statements' semantics, for the bulk load.
 * Callers never pass an empty list.
 */
interface IngestWrites {

    /** {@code claim-files}: creates or locks the File nodes; the hash each had before (null if new), by path. */
    Map<String, String> claimFiles(List<FileClaim> rows);

    /**
     * {@code forget-file}, {@code forget-file-mentions} and {@code release-file}: what a changed file's previous
     * version contributed, and its claim on the documents it held.
     */
    void forgetFile(String path);

    /** {@code store-texts}: the text of each changed file, which the explorer shows with its mentions marked. */
    void storeTexts(List<FileText> rows);

    /** {@code upsert-documents}. */
    void upsertDocuments(List<DocumentRow> rows);

    /** {@code candidates}: the ids of the documents of each key's jurisdiction and folded symbol, by key. */
    Map<Integer, List<String>> candidates(List<CandidateKey> keys);

    /** {@code upsert-ambiguous}. */
    void upsertAmbiguous(List<AmbiguousRow> rows);

    /** {@code upsert-bodies}: the number of rows whose document was found. */
    long upsertBodies(List<BodyRow> rows);

    /** {@code count-documents}: how many of the ids are documents of the graph. */
    long countDocuments(List<String> ids);

    /** {@code upsert-<type>} for each type: creates the relationships; the number created. */
    long createRelations(List<RelationRow> relations);

    /** {@code undated-to-adopt}: each placeholder with the one dated document it now is. */
    List<Adoption> undatedToAdopt(List<AdoptionKey> keys);

    /** {@code adopt-<type>}: moves the placeholders' incoming relationships of that type to the dated documents. */
    void adopt(String type, List<Adoption> pairs);

    /** {@code drop-placeholders}. */
    void dropPlaceholders(List<Adoption> pairs);
}
