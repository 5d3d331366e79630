// Named read queries of the REST API; each runs in a read transaction, so a cluster can route it.
// Dependencies are the relations by which a document rests on another: IMPLEMENTS, BASED_ON, CITES,
// RESPONDS_TO, GUIDES. Supersession is REPLACES, REPEALS or AMENDS, or a status loaded from a file.

// name: document
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[:ISSUED_BY]->(b:Body)
OPTIONAL MATCH (by:Document)-[s:REPLACES|REPEALS|AMENDS]->(d)
WITH d, b, collect(CASE WHEN by IS NULL THEN NULL ELSE {type: type(s), by: by {.*}, effective: s.effective,
     since: coalesce(s.effective, by.effective, by.date), file: s.file} END) AS supersededBy
RETURN d {.*} AS document,
       b {.id, .name, .province, succeededBy: [p = (b)-[:SUCCEEDED_BY*1..4]->(n:Body) |
          {id: n.id, name: n.name, since: last(relationships(p)).since}]} AS body, supersededBy;

// name: graph-counts
// The graph's counts without the mentions: each count but `ingested` comes from Neo4j's count store in
// constant time (`ingested` reads one property per document), so the API's stats stay fast on a large
// graph. The `stats` statement of ingest.cypher adds the mentions, which means reading every relation.
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () { MATCH (d:Document) WHERE d.ingested RETURN count(d) AS ingested }
CALL () {
  MATCH ()-[r:IMPLEMENTS|REPLACES|REPEALS|AMENDS|RESPONDS_TO|BASED_ON|GUIDES|CITES]->()
  RETURN count(r) AS relations
}
CALL () { MATCH (f:File) RETURN count(f) AS files }
CALL () { MATCH (a:AmbiguousMention) RETURN count(a) AS ambiguous }
CALL () { MATCH (b:Body) RETURN count(b) AS bodies }
RETURN documents, ingested, relations, files, ambiguous, bodies;

// name: document-outgoing
MATCH (d:Document {id: $id})-[r]->(t:Document)
RETURN type(r) AS type, r.file AS file, r.count AS count, r.quotes AS quotes, r.starts AS starts,
       r.ends AS ends, r.effective AS effective, coalesce(r.purpose, false) AS purpose, t {.*} AS other
ORDER BY coalesce(r.starts[0], 0), t.id
LIMIT $limit;

// name: document-incoming
MATCH (d:Document {id: $id})<-[r]-(s:Document)
RETURN type(r) AS type, r.file AS file, r.count AS count, r.quotes AS quotes, r.starts AS starts,
       r.ends AS ends, r.effective AS effective, coalesce(r.purpose, false) AS purpose, s {.*} AS other
ORDER BY s.date DESC, s.id
LIMIT $limit;

// name: document-exists
// Whether there is a document with this id, for answers that are empty both for an unknown id and for a
// document with nothing to show.
MATCH (d:Document {id: $id})
RETURN d.id AS id;

// name: document-by-file
MATCH (:File {path: $path})-[:CONTAINS]->(d:Document)
RETURN d.id AS id;

// name: search-by-symbol
MATCH (d:Document {symbolKey: $symbolKey})
WHERE ($type IS NULL OR d.type = $type) AND ($jurisdictions IS NULL OR d.jurisdiction IN $jurisdictions)
  AND ($year IS NULL OR d.year = $year) AND ($issuer IS NULL OR toLower(d.issuer) CONTAINS $issuer)
RETURN d {.*} AS document
ORDER BY d.year DESC, d.id
SKIP $skip LIMIT $limit;

// name: search-by-text
// `q` runs against the full-text index of titles, symbols and issuers (accents folded). `jurisdictions`:
// one, or a province with those merged into it, or null for any.
CALL db.index.fulltext.queryNodes('document_text', $q) YIELD node AS d, score
WHERE ($type IS NULL OR d.type = $type) AND ($jurisdictions IS NULL OR d.jurisdiction IN $jurisdictions)
  AND ($year IS NULL OR d.year = $year) AND ($issuer IS NULL OR toLower(d.issuer) CONTAINS $issuer)
RETURN d {.*} AS document
ORDER BY score DESC, d.id
SKIP $skip LIMIT $limit;

// name: search-by-filters
MATCH (d:Document)
WHERE ($type IS NULL OR d.type = $type) AND ($jurisdictions IS NULL OR d.jurisdiction IN $jurisdictions)
  AND ($year IS NULL OR d.year = $year) AND ($issuer IS NULL OR toLower(d.issuer) CONTAINS $issuer)
RETURN d {.*} AS document
ORDER BY d.id
SKIP $skip LIMIT $limit;

// The walks below (dependencies, implementers) return the relations of the documents they reach, as one
// row per document with its relations in parallel lists; the application walks these breadth first, so
// each document is reached once, by a shortest chain. Relation types are static, so the store reads only
// relationships of those types. `wanted` says, when a label is asked for ($label), whether the document at
// the other end has it (null when no label is asked: every document is wanted).

// name: dependency-level
// One level of a dependency walk: the relations by which each document of the frontier rests on others.
// The walk asks level by level and stops once the page it answers with is complete.
UNWIND $ids AS id
MATCH (c:Document {id: id})
USING INDEX SEEK c:Document(id)
MATCH (c)-[r:IMPLEMENTS|BASED_ON|CITES|RESPONDS_TO|GUIDES]->(t)
RETURN c.id AS from, collect(type(r)) AS relations, collect(t.id) AS tos,
       collect(coalesce(r.purpose, false)) AS purposes,
       CASE WHEN $label IS NULL THEN NULL ELSE collect($label IN labels(t)) END AS wanted;

// name: dependency-count
// How many documents a full dependency walk (depth 12, every chaining relation) reaches, of those asked
// for, counted inside the database when the walk stopped early with its page complete: the chains are
// expanded breadth first, visiting each document once (a pruning expansion, not every path), at most $max
// of them; a document at chain distance 11 still contributes what it rests on, at depth 12.
MATCH (root:Document {id: $id})
USING INDEX SEEK root:Document(id)
MATCH (root)-[:IMPLEMENTS|BASED_ON|RESPONDS_TO|GUIDES*0..11]->(c:Document)
WITH DISTINCT root, c LIMIT $max
MATCH (c)-[r:IMPLEMENTS|BASED_ON|CITES|RESPONDS_TO|GUIDES]->(t)
WHERE t <> root AND type(r) IN $relations
WITH DISTINCT t
WHERE $label IS NULL OR $label IN labels(t)
RETURN count(t) AS total;

// name: direct-implementers
// Who implements (or reports on) one document; `purposes` says which were issued to implement it.
MATCH (c:Document {id: $id})<-[r:IMPLEMENTS|RESPONDS_TO]-(s)
RETURN c.id AS from, collect(type(r)) AS relations, collect(s.id) AS tos,
       collect(coalesce(r.purpose, false)) AS purposes,
       CASE WHEN $label IS NULL THEN NULL ELSE collect($label IN labels(s)) END AS wanted;

// name: implementer-closure
// The closure in the other direction: who implements (or reports on) the document, directly or down the
// chain, nearest first and at most $max, each with the implementation relations pointing at it.
MATCH (root:Document {id: $id})
USING INDEX SEEK root:Document(id)
MATCH (root)<-[:IMPLEMENTS|RESPONDS_TO*0..12]-(c:Document)
WITH DISTINCT c LIMIT $max
MATCH (c)<-[r:IMPLEMENTS|RESPONDS_TO]-(s)
RETURN c.id AS from, collect(type(r)) AS relations, collect(s.id) AS tos,
       collect(coalesce(r.purpose, false)) AS purposes,
       CASE WHEN $label IS NULL THEN NULL ELSE collect($label IN labels(s)) END AS wanted;

// name: implementer-count
// How many documents implement (or report on) the document down the chains, at most $max: the size of the
// whole tree when an answer gives only its first page.
MATCH (root:Document {id: $id})
USING INDEX SEEK root:Document(id)
MATCH (root)<-[:IMPLEMENTS|RESPONDS_TO*1..12]-(c:Document)
WITH DISTINCT c LIMIT $max
RETURN count(c) AS total;

// name: documents-by-id
// What a walk kept, described once it is over, in the same transaction; with the day each stopped being in
// force when it was replaced or repealed (the earliest such day) or an imported status says so.
UNWIND $ids AS id
MATCH (d:Document {id: id})
CALL (d) {
  OPTIONAL MATCH (by:Document)-[s:REPLACES|REPEALS]->(d)
  RETURN min(coalesce(s.effective, by.effective, by.date)) AS replaced
}
RETURN d {.*, notInForceSince: CASE
    WHEN d.status = 'NOT_IN_FORCE' AND (replaced IS NULL OR d.statusEffective < replaced) THEN d.statusEffective
    ELSE replaced END} AS document;

// name: dependency-table
// For each document of the `of` types (keyset-paginated by id), the documents of the `on` types it
// depends on directly.
MATCH (d:Document)
WHERE d.id > $after AND d.type IN $of
WITH d ORDER BY d.id
CALL (d) {
  OPTIONAL MATCH (d)-[r]->(t:Document)
  WHERE type(r) IN $relations AND t.type IN $on
  WITH t, collect(DISTINCT type(r)) AS types WHERE t IS NOT NULL
  RETURN collect(t {.id, .type, .symbol, .date, .jurisdiction, .issuer, relations: types}) AS dependsOn
}
WITH d, dependsOn WHERE $all OR size(dependsOn) > 0
RETURN d {.*} AS document, dependsOn
LIMIT $limit;

// name: superseded-references
// References to documents that have been replaced, repealed or amended (by a document of the graph or
// by imported data), or that an imported status says are no longer in force, one row per reference with
// every supersession of what it cites. `since` is when a supersession took effect: the effective date
// when known (the relationship's, else the superseding document's own, read from its text or the law
// table), else the superseding document's issue date; a reference made on or after it (timing
// AFTER) to a replaced or repealed document is HIGH. The superseding document's own mention is not one.
// Citing documents are walked in id order from `after` (keyset pagination, `size` citing documents a
// page); `prefixes` narrow them to jurisdictions (ids start vn/<jurisdiction>/: one, or a province with
// those merged into it), `citing` to one. `asOf` (an ISO date, or null) counts only the supersessions
// that had taken effect by that day: what was known to be superseded then.
UNWIND $prefixes AS prefix
MATCH (c:Document)
WHERE c.id > $after AND c.id STARTS WITH prefix AND ($citing IS NULL OR c.id = $citing)
WITH c ORDER BY c.id
CALL (c) {
  MATCH (c)-[m]->(x:Document)
  WHERE type(m) IN $relations
  CALL (x) {
    MATCH (by:Document)-[s:REPLACES|REPEALS|AMENDS]->(x)
    RETURN DISTINCT by, type(s) AS kind, s.effective AS effective
    UNION
    WITH x WHERE x.status IN ['NOT_IN_FORCE', 'PARTLY_NOT_IN_FORCE', 'SUSPENDED']
    RETURN NULL AS by, x.status AS kind, x.statusEffective AS effective
  }
  WITH m, x, by, kind, effective WHERE by IS NULL OR by <> c
  WITH m, x, by, kind, coalesce(effective, by.effective, by.date) AS since,
       CASE WHEN coalesce(effective, by.effective) IS NOT NULL THEN 'effective' WHEN by.date IS NOT NULL THEN 'issued'
       END AS sinceBasis
  WHERE $asOf IS NULL OR since <= $asOf
  WITH m, x, by, kind, since, sinceBasis,
       CASE WHEN c.date IS NULL OR since IS NULL THEN 'UNKNOWN' WHEN c.date >= since THEN 'AFTER' ELSE 'BEFORE' END
       AS timing
  WITH m, x, by, kind, since, sinceBasis, timing,
       CASE WHEN kind IN ['REPLACES', 'REPEALS', 'NOT_IN_FORCE', 'SUSPENDED']
            THEN CASE timing WHEN 'AFTER' THEN 3 WHEN 'UNKNOWN' THEN 2 ELSE 1 END
            ELSE CASE timing WHEN 'AFTER' THEN 2 ELSE 1 END END AS rank
  ORDER BY rank DESC, since
  WITH m, x, max(rank) AS rank,
       collect({kind: kind, supersededBy: by {.*}, since: since, sinceBasis: sinceBasis, timing: timing,
                severity: ['LOW', 'MEDIUM', 'HIGH'][rank - 1]}) AS supersessions
  WHERE rank >= $minRank
  ORDER BY rank DESC, x.id, type(m)
  // Collected inside the subquery, one citing document at a time, so the walk stops after `size` of them.
  RETURN collect({severity: ['LOW', 'MEDIUM', 'HIGH'][rank - 1], superseded: x {.*}, supersessions: supersessions,
                  relation: type(m), file: m.file, quotes: m.quotes, starts: m.starts, ends: m.ends}) AS references
}
WITH c, references WHERE size(references) > 0
LIMIT $size
RETURN c {.*} AS citing, references;

// The explorer's pages read through these too (with the API's own above).

// name: implementer-counts
// How many documents implement (or report on) each of a page of search hits.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id, COUNT { MATCH (d)<-[:IMPLEMENTS|RESPONDS_TO]-(s:Document) RETURN DISTINCT s } AS implementers;

// name: implementation-coverage
// Who implements or reports on a document, directly or down the chain (at most $depth steps), counted
// per jurisdiction and kind (a report, or a plan or other document), with the newest few of each: the
// coverage table of a central document over the provinces. Each document is counted once.
MATCH (d:Document {id: $id})
MATCH (d)<-[:IMPLEMENTS|RESPONDS_TO]-{1,3}(s:Document)
WITH DISTINCT s
WITH s.jurisdiction AS jurisdiction, s.type = 'BAO_CAO' AS report, s
ORDER BY s.date DESC, s.id
WITH jurisdiction, report, count(s) AS documents, collect(s {.id, .type, .symbol, .date})[0..3] AS newest
RETURN jurisdiction, report, documents, newest;

// name: file-text
// The text kept for a file (NFC, the form the mentions' offsets count in); null for a file loaded
// before texts were kept.
MATCH (f:File {path: $path})
RETURN f.text AS text, f.encoding AS encoding;

// name: file-mentions
// Every mention read from one file that resolved to a document: the relations it contributed from its own
// document, and those between two documents it cites ("36/2024 amends 163/2021"), with what each points at.
MATCH (f:File {path: $path})-[:CONTAINS]->(own:Document)
CALL (own) {
  MATCH (own)-[r]->(t:Document) WHERE r.file = $path
  RETURN r, t
  UNION
  MATCH (own)-->(:Document)-[r]->(t:Document) WHERE r.file = $path
  RETURN r, t
}
RETURN type(r) AS type, r.quotes AS quotes, r.starts AS starts, r.ends AS ends,
       t {.id, .type, .symbol, .date, .title} AS target;

// name: file-ambiguous
// The mentions of one file that name several documents (an undated symbol), with their candidates.
MATCH (a:AmbiguousMention {file: $path})
OPTIONAL MATCH (a)-[:CANDIDATE]->(c:Document)
RETURN a.quote AS quote, a.symbol AS symbol, a.start AS start, a.end AS end,
       collect(c {.id, .type, .symbol, .date, .jurisdiction}) AS candidates
ORDER BY start;
