// Named statements of the relations-and-status import (POST /api/v1/relations/import, `import-relations`).
// Each runs once per import with a list parameter; relationships carry `file` = the import's source
// ("import:<name>"), so importing the same file again changes nothing and a source never erases mentions.

// name: documents-by-symbol
// Dated documents a symbol may name, within a jurisdiction when one is given.
UNWIND $rows AS row
MATCH (d:Document {symbolKey: row.symbolKey})
WHERE (row.jurisdiction IS NULL OR d.jurisdiction = row.jurisdiction) AND d.year IS NOT NULL
RETURN row.key AS key, collect(d.id) AS ids;

// name: existing-ids
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id;

// name: ensure-documents
// A document the import names but no text cites yet: known from the import only.
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
ON CREATE SET d:$(row.label), d.type = row.type, d.symbol = row.symbol, d.symbolKey = row.symbolKey,
    d.number = row.number, d.year = row.year, d.jurisdiction = row.jurisdiction, d.scope = row.scope,
    d.ingested = false;

// name: import-REPLACES
UNWIND $rows AS row
MATCH (a:Document {id: row.from})
MATCH (b:Document {id: row.to})
MERGE (a)-[r:REPLACES {file: row.source}]->(b)
SET r.effective = row.effective, r.imported = true, r.count = 0, r.quotes = [], r.starts = [], r.ends = [];

// name: import-REPEALS
UNWIND $rows AS row
MATCH (a:Document {id: row.from})
MATCH (b:Document {id: row.to})
MERGE (a)-[r:REPEALS {file: row.source}]->(b)
SET r.effective = row.effective, r.imported = true, r.count = 0, r.quotes = [], r.starts = [], r.ends = [];

// name: import-AMENDS
UNWIND $rows AS row
MATCH (a:Document {id: row.from})
MATCH (b:Document {id: row.to})
MERGE (a)-[r:AMENDS {file: row.source}]->(b)
SET r.effective = row.effective, r.imported = true, r.count = 0, r.quotes = [], r.starts = [], r.ends = [];

// name: import-status
// An IN_FORCE row's date is the day the document took effect: its `effective`, unless its own text said.
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
SET d.status = row.status, d.statusEffective = row.effective, d.statusSource = row.source,
    d.effective = CASE WHEN row.status = 'IN_FORCE' AND d.effective IS NULL THEN row.effective ELSE d.effective END;

// name: law-documents
// The laws of the bundled law table (laws.tsv): each a node a numbered or named citation of it reaches.
// What the table knows is set every time (so a corrected table corrects the graph); what an ingested
// text says of the same document is kept.
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
ON CREATE SET d:$(row.label), d.type = row.type, d.symbol = row.symbol, d.symbolKey = row.symbolKey,
    d.number = row.number, d.year = row.year, d.jurisdiction = row.jurisdiction, d.scope = row.scope,
    d.ingested = false, d.issuer = row.issuer
SET d.date = coalesce(d.date, row.date), d.title = CASE WHEN d.ingested THEN d.title ELSE row.title END,
    d.name = row.title, d.effective = row.effective, d.lawTableSource = row.source
WITH d, row
MERGE (b:Body {id: row.issuerId})
ON CREATE SET b.name = row.issuer
MERGE (d)-[:ISSUED_BY]->(b);

// name: provinces
// The provincial-level units, the 63 before the 2025 merger and the 34 after it (those that continued are
// both): one node each, named as the documents name them.
UNWIND $rows AS row
MERGE (p:Province {id: row.id})
SET p.name = row.name, p.kind = row.kind, p.current = row.current;

// name: province-successions
// A merged province is succeeded by the one it merged into, from the day the 34 began to operate.
UNWIND $rows AS row
MATCH (a:Province {id: row.from})
MATCH (b:Province {id: row.to})
MERGE (a)-[s:SUCCEEDED_BY]->(b)
SET s.since = row.since, s.source = row.source;

// name: bodies-without-successor
// Bodies not yet linked to a successor: the ones a succession may be new for.
MATCH (b:Body) WHERE NOT (b)-[:SUCCEEDED_BY]->()
RETURN b.id AS id, b.name AS name;

// name: body-successions
// A body that ceased in the 2025 reorganisation, succeeded by the one that took its work over (a new
// node when no document of the graph was issued by it yet).
// The successors first, all of them (the collect waits for every row): a chain's next link starts at one.
UNWIND $rows AS row
MERGE (b:Body {id: row.to})
ON CREATE SET b.name = row.name, b.province = row.province
WITH collect(row) AS rows
UNWIND rows AS row
MATCH (a:Body {id: row.from})
MATCH (b:Body {id: row.to})
MERGE (a)-[s:SUCCEEDED_BY]->(b)
SET s.since = row.since, s.source = row.source;
