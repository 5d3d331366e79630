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
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
SET d.status = row.status, d.statusEffective = row.effective, d.statusSource = row.source;

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
