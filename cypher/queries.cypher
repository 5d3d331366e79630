// Named read queries of the REST API; each runs in a read transaction, so a cluster can route it.
// Dependencies are the relations by which a document rests on another: IMPLEMENTS, BASED_ON, CITES,
// RESPONDS_TO, GUIDES. Supersession is REPLACES, REPEALS or AMENDS, or a status loaded from a file.

// name: document
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[:ISSUED_BY]->(b:Body)
OPTIONAL MATCH (by:Document)-[s:REPLACES|REPEALS|AMENDS]->(d)
WITH d, b, collect(CASE WHEN by IS NULL THEN NULL ELSE {type: type(s), by: by {.*}, effective: s.effective,
     file: s.file} END) AS supersededBy
RETURN d {.*} AS document, b {.id, .name, .province} AS body, supersededBy;

// name: document-outgoing
MATCH (d:Document {id: $id})-[r]->(t:Document)
RETURN type(r) AS type, r.file AS file, r.count AS count, r.quotes AS quotes, r.starts AS starts,
       r.ends AS ends, r.effective AS effective, t {.*} AS other
ORDER BY coalesce(r.starts[0], 0), t.id
LIMIT $limit;

// name: document-incoming
MATCH (d:Document {id: $id})<-[r]-(s:Document)
RETURN type(r) AS type, r.file AS file, r.count AS count, r.quotes AS quotes, r.starts AS starts,
       r.ends AS ends, r.effective AS effective, s {.*} AS other
ORDER BY s.date DESC, s.id
LIMIT $limit;

// name: document-by-file
MATCH (:File {path: $path})-[:CONTAINS]->(d:Document)
RETURN d.id AS id;

// name: search-by-symbol
MATCH (d:Document {symbolKey: $symbolKey})
WHERE ($type IS NULL OR d.type = $type) AND ($jurisdiction IS NULL OR d.jurisdiction = $jurisdiction)
  AND ($year IS NULL OR d.year = $year) AND ($issuer IS NULL OR toLower(d.issuer) CONTAINS $issuer)
RETURN d {.*} AS document
ORDER BY d.year DESC, d.id
SKIP $skip LIMIT $limit;

// name: search-by-text
// `q` runs against the full-text index of titles, symbols and issuers (accents folded).
CALL db.index.fulltext.queryNodes('document_text', $q) YIELD node AS d, score
WHERE ($type IS NULL OR d.type = $type) AND ($jurisdiction IS NULL OR d.jurisdiction = $jurisdiction)
  AND ($year IS NULL OR d.year = $year) AND ($issuer IS NULL OR toLower(d.issuer) CONTAINS $issuer)
RETURN d {.*} AS document
ORDER BY score DESC, d.id
SKIP $skip LIMIT $limit;

// name: search-by-filters
MATCH (d:Document)
WHERE ($type IS NULL OR d.type = $type) AND ($jurisdiction IS NULL OR d.jurisdiction = $jurisdiction)
  AND ($year IS NULL OR d.year = $year) AND ($issuer IS NULL OR toLower(d.issuer) CONTAINS $issuer)
RETURN d {.*} AS document
ORDER BY d.id
SKIP $skip LIMIT $limit;

// name: dependencies-direct
MATCH (d:Document {id: $id})-[r]->(t:Document)
WHERE type(r) IN $relations AND ($type IS NULL OR t.type = $type)
WITH t, collect(type(r)) AS types
RETURN t {.*} AS document, 1 AS depth, [$id, t.id] AS path, types AS relations
ORDER BY t.id
LIMIT $limit;

// name: dependencies-transitive
// One shortest path to each document reachable along dependency relations (breadth first, so each
// document is reached once however many chains lead to it).
MATCH p = ANY SHORTEST (d:Document {id: $id})(()-[r WHERE type(r) IN $relations]->(:Document)){1,12}(t:Document)
WHERE length(p) <= $depth AND ($type IS NULL OR t.type = $type)
RETURN t {.*} AS document, length(p) AS depth, [n IN nodes(p) | n.id] AS path,
       [x IN relationships(p) | type(x)] AS relations
ORDER BY depth, t.id
LIMIT $limit;

// name: implementers
// Who implements (or reports on) a document, down the chains: one shortest path to each, which makes a tree.
MATCH p = ANY SHORTEST (d:Document {id: $id})((:Document)<-[r WHERE type(r) IN $relations]-()){1,12}(x:Document)
WHERE length(p) <= $depth
RETURN x {.*} AS document, length(p) AS depth, [n IN nodes(p) | n.id] AS path,
       [y IN relationships(p) | type(y)] AS relations
ORDER BY depth, x.date, x.id
LIMIT $limit;

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
// by imported data), or that an imported status says are no longer in force. `citing` is the document
// whose text makes the reference; the superseding document's own mention is not one. `since` is when the
// supersession took effect: the effective date when known, else the superseding document's issue date.
// A reference made on or after that date (timing AFTER) to a replaced or repealed document is HIGH.
CALL () {
  MATCH (by:Document)-[s:REPLACES|REPEALS|AMENDS]->(x:Document)
  RETURN x, by, type(s) AS kind, s.effective AS effective
  UNION
  MATCH (x:Document) WHERE x.status IN ['NOT_IN_FORCE', 'PARTLY_NOT_IN_FORCE', 'SUSPENDED']
  RETURN x, NULL AS by, x.status AS kind, x.statusEffective AS effective
}
MATCH (c:Document)-[m]->(x)
WHERE type(m) IN $relations AND (by IS NULL OR c <> by)
  AND ($citing IS NULL OR c.id = $citing) AND ($jurisdiction IS NULL OR c.jurisdiction = $jurisdiction)
WITH c, m, x, by, kind, coalesce(effective, by.date) AS since,
     CASE WHEN effective IS NOT NULL THEN 'effective' WHEN by.date IS NOT NULL THEN 'issued' END AS sinceBasis
WITH c, m, x, by, kind, since, sinceBasis,
     CASE WHEN c.date IS NULL OR since IS NULL THEN 'UNKNOWN' WHEN c.date >= since THEN 'AFTER' ELSE 'BEFORE' END AS timing
WITH c, m, x, by, kind, since, sinceBasis, timing,
     CASE WHEN kind IN ['REPLACES', 'REPEALS', 'NOT_IN_FORCE', 'SUSPENDED']
          THEN CASE timing WHEN 'AFTER' THEN 3 WHEN 'UNKNOWN' THEN 2 ELSE 1 END
          ELSE CASE timing WHEN 'AFTER' THEN 2 ELSE 1 END END AS rank
WHERE rank >= $minRank
RETURN ['LOW', 'MEDIUM', 'HIGH'][rank - 1] AS severity, timing,
       c {.*} AS citing, x {.*} AS superseded, by {.*} AS supersededBy,
       kind, since, sinceBasis, type(m) AS relation, m.file AS file, m.quotes AS quotes, m.starts AS starts,
       m.ends AS ends
ORDER BY rank DESC, c.id, x.id, kind
SKIP $skip LIMIT $limit;
