// lexgraph schema: applied at every start; every statement is idempotent.

// One node per real document. `id` is the ELI-shaped identifier: vn/<jurisdiction>/<issuer>/<type>/<year>/<number>
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
// Resolution looks documents up by jurisdiction and folded symbol (with or without a year).
CREATE INDEX document_resolution IF NOT EXISTS FOR (d:Document) ON (d.jurisdiction, d.symbolKey);
CREATE INDEX document_symbol IF NOT EXISTS FOR (d:Document) ON (d.symbolKey);
CREATE INDEX document_type IF NOT EXISTS FOR (d:Document) ON (d.type);

// Issuing bodies, per province for local ones.
CREATE CONSTRAINT body_id IF NOT EXISTS FOR (b:Body) REQUIRE b.id IS UNIQUE;
CREATE CONSTRAINT province_id IF NOT EXISTS FOR (p:Province) REQUIRE p.id IS UNIQUE;

// Ingested files, by path; the content hash makes re-ingestion of an unchanged file a no-op.
CREATE CONSTRAINT file_path IF NOT EXISTS FOR (f:File) REQUIRE f.path IS UNIQUE;

// Mentions whose document could not be told apart (no date, several candidates).
CREATE CONSTRAINT ambiguous_id IF NOT EXISTS FOR (a:AmbiguousMention) REQUIRE a.id IS UNIQUE;
// A changed file drops the ambiguous mentions its previous version made.
CREATE INDEX ambiguous_file IF NOT EXISTS FOR (a:AmbiguousMention) ON (a.file);

// Search by words of the title, symbol or issuer, accents folded ("ke hoach" finds "Kế hoạch").
CREATE FULLTEXT INDEX document_text IF NOT EXISTS FOR (d:Document) ON EACH [d.title, d.symbol, d.issuer]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
// The dependency table walks documents of some types in id order.
CREATE INDEX document_type_id IF NOT EXISTS FOR (d:Document) ON (d.type, d.id);
// Documents an imported status says are no longer in force.
CREATE INDEX document_status IF NOT EXISTS FOR (d:Document) ON (d.status);
