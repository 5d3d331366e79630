// Named statements of ingestion. Each runs once per batch with a list parameter.

// name: claim-files
// The batch's files, created or write-locked (sorted by path), with the content hash stored before: an
// unchanged file is skipped, and a second transaction ingesting the same file waits for this one.
// ingestedAt changes only with the content.
UNWIND $rows AS row
MERGE (f:File {path: row.path})
WITH f, row, f.sha256 AS previous
SET f.sha256 = row.sha256, f.encoding = row.encoding,
    f.ingestedAt = CASE WHEN previous = row.sha256 THEN f.ingestedAt ELSE datetime() END
RETURN row.path AS path, previous;

// name: store-texts
// The text of each changed file (NFC, the form the mentions' offsets count in), for the explorer's text view.
UNWIND $rows AS row
MATCH (f:File {path: row.path})
SET f.text = row.text;

// name: forget-file
// A changed file: drop the relations and ambiguous mentions its previous version contributed. They all
// start at the file's own document or at a document it cites (a relation between two cited documents,
// "36/2024 amends 163/2021"), so the walk is two steps from the file, not a scan of every relationship.
MATCH (f:File {path: $path})-[:CONTAINS]->(own:Document)
USING INDEX SEEK f:File(path)
CALL (own) {
  MATCH (own)-[r]->(:Document) WHERE r.file = $path
  RETURN r
  UNION
  MATCH (own)-->(:Document)-[r]->(:Document) WHERE r.file = $path
  RETURN r
}
DELETE r;

// name: release-file
// A changed file no longer holds the documents its previous version held: each loses the file's CONTAINS,
// and its sourceFile and ingested flag come from another file that holds it, or go (it is then known from
// citations only, until a file holds it again). The new version claims its own document afterwards.
MATCH (f:File {path: $path})-[c:CONTAINS]->(d:Document)
USING INDEX SEEK f:File(path)
DELETE c
WITH d
OPTIONAL MATCH (other:File)-[:CONTAINS]->(d)
WITH d, min(other.path) AS kept
SET d.sourceFile = kept, d.ingested = kept IS NOT NULL;

// name: forget-file-mentions
MATCH (a:AmbiguousMention {file: $path}) USING INDEX SEEK a:AmbiguousMention(file) DETACH DELETE a;

// name: upsert-documents
// Documents known from their own text (ingested) or from citations; what a document says of itself
// wins over what others say of it, and nothing known is overwritten with nothing.
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d:$(row.label)
SET d.type = coalesce(CASE WHEN row.ingested THEN row.type END, d.type, row.type),
    d.symbol = coalesce(CASE WHEN row.ingested THEN row.symbol END, d.symbol, row.symbol),
    d.symbolKey = coalesce(d.symbolKey, row.symbolKey),
    d.number = coalesce(d.number, row.number),
    d.year = coalesce(d.year, row.year),
    d.date = coalesce(CASE WHEN row.ingested THEN row.date END, d.date, row.date),
    d.dateAsWritten = coalesce(d.dateAsWritten, row.dateAsWritten),
    d.issuer = coalesce(CASE WHEN row.ingested THEN row.issuer END, d.issuer, row.issuer),
    d.jurisdiction = row.jurisdiction,
    d.scope = coalesce(d.scope, row.scope),
    d.title = coalesce(CASE WHEN row.ingested THEN row.title END, d.title, row.title),
    d.effective = coalesce(CASE WHEN row.ingested THEN row.effective END, d.effective),
    d.ingested = coalesce(d.ingested, false) OR row.ingested,
    d.sourceFile = coalesce(CASE WHEN row.ingested THEN row.sourceFile END, d.sourceFile)
WITH d, row WHERE row.sourceFile IS NOT NULL AND row.ingested
MATCH (f:File {path: row.sourceFile})
MERGE (f)-[:CONTAINS]->(d);

// name: upsert-bodies
// Bodies and the ISSUED_BY of documents to them; only pairs not already written by this process. The
// count of documents found lets the caller check that none it believed stored has gone.
UNWIND $rows AS row
MERGE (b:Body {id: row.id})
SET b.name = row.name, b.province = row.province
WITH b, row
MATCH (d:Document {id: row.documentId})
MERGE (d)-[:ISSUED_BY]->(b)
RETURN count(*) AS count;

// name: count-documents
// How many of the given document ids are stored (a check of what the ingestion cache believes).
UNWIND $rows AS id
MATCH (d:Document {id: id})
RETURN count(d) AS count;

// One relationship per (from, to, type, file), carrying the mentions that support it and whether one of
// them states the citing document's purpose (what it was issued to implement). CREATE, not MERGE:
// a file's relationships were dropped before it is written again, and a batch has one row per key.
// One row per (from document, file) with its relations in `to`, so the from document is looked up
// once; one statement per relationship type (a static type). Both lookups are seeks on the
// document_id constraint. The count lets the caller check that every relation was written.
// name: upsert-IMPLEMENTS
UNWIND $rows AS row
MATCH (a:Document {id: row.from})
UNWIND row.to AS t
MATCH (b:Document {id: t.id})
CREATE (a)-[r:IMPLEMENTS {file: row.file, count: size(t.quotes), quotes: t.quotes, starts: t.starts, ends: t.ends,
                                    purpose: t.purpose}]->(b)
RETURN count(r) AS count;

// name: upsert-REPLACES
UNWIND $rows AS row
MATCH (a:Document {id: row.from})
UNWIND row.to AS t
MATCH (b:Document {id: t.id})
CREATE (a)-[r:REPLACES {file: row.file, count: size(t.quotes), quotes: t.quotes, starts: t.starts, ends: t.ends,
                                    purpose: t.purpose}]->(b)
RETURN count(r) AS count;

// name: upsert-AMENDS
UNWIND $rows AS row
MATCH (a:Document {id: row.from})
UNWIND row.to AS t
MATCH (b:Document {id: t.id})
CREATE (a)-[r:AMENDS {file: row.file, count: size(t.quotes), quotes: t.quotes, starts: t.starts, ends: t.ends,
                                    purpose: t.purpose}]->(b)
RETURN count(r) AS count;

// name: upsert-RESPONDS_TO
UNWIND $rows AS row
MATCH (a:Document {id: row.from})
UNWIND row.to AS t
MATCH (b:Document {id: t.id})
CREATE (a)-[r:RESPONDS_TO {file: row.file, count: size(t.quotes), quotes: t.quotes, starts: t.starts, ends: t.ends,
                                    purpose: t.purpose}]->(b)
RETURN count(r) AS count;

// name: upsert-BASED_ON
UNWIND $rows AS row
MATCH (a:Document {id: row.from})
UNWIND row.to AS t
MATCH (b:Document {id: t.id})
CREATE (a)-[r:BASED_ON {file: row.file, count: size(t.quotes), quotes: t.quotes, starts: t.starts, ends: t.ends,
                                    purpose: t.purpose}]->(b)
RETURN count(r) AS count;

// name: upsert-GUIDES
UNWIND $rows AS row
MATCH (a:Document {id: row.from})
UNWIND row.to AS t
MATCH (b:Document {id: t.id})
CREATE (a)-[r:GUIDES {file: row.file, count: size(t.quotes), quotes: t.quotes, starts: t.starts, ends: t.ends,
                                    purpose: t.purpose}]->(b)
RETURN count(r) AS count;

// name: upsert-CITES
UNWIND $rows AS row
MATCH (a:Document {id: row.from})
UNWIND row.to AS t
MATCH (b:Document {id: t.id})
CREATE (a)-[r:CITES {file: row.file, count: size(t.quotes), quotes: t.quotes, starts: t.starts, ends: t.ends,
                                    purpose: t.purpose}]->(b)
RETURN count(r) AS count;

// name: undated-to-adopt
// Undated placeholders that now have exactly one dated document of their jurisdiction and symbol: the
// same rule an undated mention follows when it is ingested, applied when the dated one arrives later.
// Both sides seek the resolution index: without the hints the planner may scan it on a small graph.
UNWIND $rows AS row
MATCH (u:Document {jurisdiction: row.jurisdiction, symbolKey: row.symbolKey})
USING INDEX SEEK u:Document(jurisdiction, symbolKey)
WHERE u.year IS NULL
CALL (row) {
  MATCH (d:Document {jurisdiction: row.jurisdiction, symbolKey: row.symbolKey})
  USING INDEX SEEK d:Document(jurisdiction, symbolKey)
  WHERE d.year IS NOT NULL
  RETURN collect(DISTINCT d.id) AS dated
}
WITH u, dated WHERE size(dated) = 1
RETURN DISTINCT u.id AS undated, dated[0] AS dated;

// The adopt-<TYPE> statements anchor both documents with an index hint: left to itself the planner
// has been seen to scan the whole document_id index for the placeholder on a small graph.
// name: adopt-IMPLEMENTS
UNWIND $rows AS row
MATCH (u:Document {id: row.undated}) USING INDEX SEEK u:Document(id)
MATCH (d:Document {id: row.dated}) USING INDEX SEEK d:Document(id)
MATCH (src)-[r:IMPLEMENTS]->(u)
CREATE (src)-[moved:IMPLEMENTS]->(d)
SET moved = properties(r)
DELETE r;

// name: adopt-REPLACES
UNWIND $rows AS row
MATCH (u:Document {id: row.undated}) USING INDEX SEEK u:Document(id)
MATCH (d:Document {id: row.dated}) USING INDEX SEEK d:Document(id)
MATCH (src)-[r:REPLACES]->(u)
CREATE (src)-[moved:REPLACES]->(d)
SET moved = properties(r)
DELETE r;

// name: adopt-AMENDS
UNWIND $rows AS row
MATCH (u:Document {id: row.undated}) USING INDEX SEEK u:Document(id)
MATCH (d:Document {id: row.dated}) USING INDEX SEEK d:Document(id)
MATCH (src)-[r:AMENDS]->(u)
CREATE (src)-[moved:AMENDS]->(d)
SET moved = properties(r)
DELETE r;

// name: adopt-RESPONDS_TO
UNWIND $rows AS row
MATCH (u:Document {id: row.undated}) USING INDEX SEEK u:Document(id)
MATCH (d:Document {id: row.dated}) USING INDEX SEEK d:Document(id)
MATCH (src)-[r:RESPONDS_TO]->(u)
CREATE (src)-[moved:RESPONDS_TO]->(d)
SET moved = properties(r)
DELETE r;

// name: adopt-BASED_ON
UNWIND $rows AS row
MATCH (u:Document {id: row.undated}) USING INDEX SEEK u:Document(id)
MATCH (d:Document {id: row.dated}) USING INDEX SEEK d:Document(id)
MATCH (src)-[r:BASED_ON]->(u)
CREATE (src)-[moved:BASED_ON]->(d)
SET moved = properties(r)
DELETE r;

// name: adopt-GUIDES
UNWIND $rows AS row
MATCH (u:Document {id: row.undated}) USING INDEX SEEK u:Document(id)
MATCH (d:Document {id: row.dated}) USING INDEX SEEK d:Document(id)
MATCH (src)-[r:GUIDES]->(u)
CREATE (src)-[moved:GUIDES]->(d)
SET moved = properties(r)
DELETE r;

// name: adopt-CITES
UNWIND $rows AS row
MATCH (u:Document {id: row.undated}) USING INDEX SEEK u:Document(id)
MATCH (d:Document {id: row.dated}) USING INDEX SEEK d:Document(id)
MATCH (src)-[r:CITES]->(u)
CREATE (src)-[moved:CITES]->(d)
SET moved = properties(r)
DELETE r;

// name: drop-placeholders
UNWIND $rows AS row
MATCH (u:Document {id: row.undated})
DETACH DELETE u;

// name: candidates
// Documents an undated mention may mean: same jurisdiction and folded symbol.
UNWIND $rows AS row
OPTIONAL MATCH (d:Document {jurisdiction: row.jurisdiction, symbolKey: row.symbolKey})
USING INDEX SEEK d:Document(jurisdiction, symbolKey)
WITH row, collect(d.id) AS ids
RETURN row.key AS key, ids;

// name: upsert-ambiguous
UNWIND $rows AS row
MERGE (a:AmbiguousMention {id: row.id})
SET a.file = row.file, a.quote = row.quote, a.symbol = row.symbol, a.start = row.start, a.end = row.end,
    a.citedBy = row.from
WITH a, row
UNWIND row.candidates AS candidate
MATCH (d:Document {id: candidate})
MERGE (a)-[:CANDIDATE]->(d);

// name: count-labels
// Nodes per label (a scan: for the benchmark's report, not for ingestion).
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label;

// name: count-types
// Relationships per type (a scan: for the benchmark's report).
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
ORDER BY type;

// name: stats
MATCH (d:Document)
WITH count(d) AS documents, sum(CASE WHEN d.ingested THEN 1 ELSE 0 END) AS ingested
OPTIONAL MATCH ()-[r:IMPLEMENTS|REPLACES|REPEALS|AMENDS|RESPONDS_TO|BASED_ON|GUIDES|CITES]->()
WITH documents, ingested, count(r) AS relations, sum(r.count) AS mentions
OPTIONAL MATCH (f:File)
WITH documents, ingested, relations, mentions, count(f) AS files
OPTIONAL MATCH (a:AmbiguousMention)
WITH documents, ingested, relations, mentions, files, count(a) AS ambiguous
OPTIONAL MATCH (b:Body)
RETURN documents, ingested, relations, coalesce(mentions, 0) AS mentions, files, ambiguous, count(b) AS bodies;
