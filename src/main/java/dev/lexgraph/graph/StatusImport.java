package dev.lexgraph.graph;

import dev.lexgraph.citation.Citation;
import dev.lexgraph.citation.DocType;
import dev.lexgraph.citation.SymbolInfo;
import dev.lexgraph.citation.TextFolding;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Comparator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

/**
 * Loads known relations and statuses (what the national legal database publishes: replaced by, repealed
 * by, amended by, in force, no longer in force) from CSV into the graph. The format is documented in the
 * README: a header line, then {@code document,relation,other,effective,jurisdiction,type} where documents
 * are graph ids or symbols and relations use English codes or the portals' Vietnamese labels.
 * Rows that cannot be applied are reported with their line number; the others are applied in one
 * transaction. Importing the same data again changes nothing.
 */
public final class StatusImport {

    /** What an import did. */
    public record Result(int rows, int relations, int statuses, int documentsCreated, List<RowError> errors) {
    }

    public record RowError(long line, String message) {
    }

    /** The kinds of row: a relation (with its direction) or a status. */
    enum Kind {
        REPLACES(RelationshipType.REPLACES, false), REPLACED_BY(RelationshipType.REPLACES, true),
        REPEALS(RelationshipType.REPEALS, false), REPEALED_BY(RelationshipType.REPEALS, true),
        AMENDS(RelationshipType.AMENDS, false), AMENDED_BY(RelationshipType.AMENDS, true),
        IN_FORCE(null, false), NOT_IN_FORCE(null, false), PARTLY_NOT_IN_FORCE(null, false),
        NOT_YET_IN_FORCE(null, false), SUSPENDED(null, false);

        /** The relationship a row of this kind writes (its statement is import-TYPE); null for a status. */
        final RelationshipType relationship;
        final boolean passive;

        Kind(RelationshipType relationship, boolean passive) {
            this.relationship = relationship;
            this.passive = passive;
        }
    }

    /** The portals' labels (vbpl.vn "Lịch sử" and status values, thuvienphapluat "Lược đồ"), folded. */
    private static final Map<String, Kind> LABELS = new HashMap<>();

    static {
        for (Kind k : Kind.values()) {
            LABELS.put(k.name().toLowerCase(Locale.ROOT).replace('_', ' '), k);
        }
        label(Kind.REPLACED_BY, "bi thay the", "bi thay the boi", "van ban bi thay the");
        label(Kind.REPLACES, "thay the", "van ban thay the");
        label(Kind.REPEALED_BY, "bi bai bo", "bi bai bo boi", "bi het hieu luc", "van ban bi het hieu luc");
        label(Kind.REPEALS, "bai bo", "quy dinh het hieu luc", "van ban quy dinh het hieu luc");
        label(Kind.AMENDED_BY, "bi sua doi", "bi sua doi bo sung", "duoc sua doi", "duoc sua doi bo sung",
                "bi sua doi 1 phan", "bi sua doi mot phan", "duoc bo sung", "van ban bi sua doi bo sung");
        label(Kind.AMENDS, "sua doi", "sua doi bo sung", "van ban sua doi bo sung");
        label(Kind.IN_FORCE, "con hieu luc");
        label(Kind.NOT_IN_FORCE, "het hieu luc", "het hieu luc toan bo", "khong con phu hop");
        label(Kind.PARTLY_NOT_IN_FORCE, "het hieu luc mot phan", "het hieu luc 1 phan");
        label(Kind.NOT_YET_IN_FORCE, "chua co hieu luc");
        label(Kind.SUSPENDED, "ngung hieu luc", "ngung hieu luc mot phan", "tam ngung hieu luc");
    }

    private static void label(Kind k, String... labels) {
        for (String l : labels) {
            LABELS.put(l, k);
        }
    }

    static final String HEADER_HELP = "expected a header line with the columns document, relation, other, "
            + "effective (optional), jurisdiction (optional), type (optional)";
    private static final Set<String> KNOWN_COLUMNS = Set.of("document", "relation", "other", "effective",
            "jurisdiction", "type");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final GraphConnection graph;
    private final Map<String, String> cypher = CypherScripts.named("import.cypher");

    public StatusImport(GraphConnection graph) {
        this.graph = graph;
    }

    /** Imports CSV from {@code reader}; {@code source} names it in the graph ("import:&lt;source&gt;"). */
    public Result importCsv(Reader reader, String source) {
        List<CSVRecord> records;
        try {
            CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setTrim(true).setIgnoreSurroundingSpaces(true).get().parse(reader);
            Map<String, Integer> header = new HashMap<>();
            parser.getHeaderMap().forEach((k, v) -> header.put(k.strip().toLowerCase(Locale.ROOT), v));
            if (!header.keySet().containsAll(Set.of("document", "relation"))) {
                throw new IllegalArgumentException("not a relations CSV: " + HEADER_HELP + "; found "
                        + parser.getHeaderNames());
            }
            for (String h : header.keySet()) {
                if (!KNOWN_COLUMNS.contains(h)) {
                    throw new IllegalArgumentException("unknown column '" + h + "': " + HEADER_HELP);
                }
            }
            records = parser.getRecords();
        } catch (org.apache.commons.csv.CSVException e) {
            // Malformed CSV (an unclosed quote, a stray character after one): the sender's to fix.
            throw new IllegalArgumentException("the CSV cannot be read: " + rootMessage(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException("the CSV cannot be read: " + rootMessage(e), e);
        }
        return apply(records, "import:" + source);
    }

    private Result apply(List<CSVRecord> records, String source) {
        List<RowError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (CSVRecord r : records) {
            try {
                rows.add(Row.of(r));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(r.getRecordNumber() + 1, e.getMessage()));
            }
        }
        Result written;
        try (Session session = graph.driver().session()) {
            // Resolution reads and writes in the same transaction, so a retry starts again from nothing.
            written = session.executeWrite(tx -> write(tx, rows, source, records.size()));
        }
        errors.addAll(written.errors());
        errors.sort(Comparator.comparingLong(RowError::line));
        return new Result(written.rows(), written.relations(), written.statuses(), written.documentsCreated(),
                List.copyOf(errors));
    }

    private Result write(TransactionContext tx, List<Row> rows, String source, int total) {
        Resolver resolver = new Resolver(tx, rows);
        List<RowError> errors = new ArrayList<>();
        Map<RelationshipType, List<Map<String, Object>>> relations = new LinkedHashMap<>();
        List<Map<String, Object>> statuses = new ArrayList<>();
        for (Row row : rows) {
            try {
                String doc = resolver.resolve(row, row.document);
                if (row.kind.relationship == null) {
                    Map<String, Object> m = new HashMap<>();
                    m.put("id", doc);
                    m.put("status", row.kind.name());
                    m.put("effective", row.effective);
                    m.put("source", source);
                    statuses.add(m);
                    continue;
                }
                String other = resolver.resolve(row, row.other);
                Map<String, Object> m = new HashMap<>();
                m.put("from", row.kind.passive ? other : doc);
                m.put("to", row.kind.passive ? doc : other);
                m.put("effective", row.effective);
                m.put("source", source);
                relations.computeIfAbsent(row.kind.relationship, k -> new ArrayList<>()).add(m);
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(row.line, e.getMessage()));
            }
        }
        List<Map<String, Object>> created = new ArrayList<>(resolver.created.values());
        run(tx, "ensure-documents", created);
        for (Map.Entry<RelationshipType, List<Map<String, Object>>> e : relations.entrySet()) {
            run(tx, "import-" + e.getKey().name(), e.getValue());
        }
        run(tx, "import-status", statuses);
        return new Result(total, relations.values().stream().mapToInt(List::size).sum(), statuses.size(),
                created.size(), errors);
    }

    private void run(TransactionContext tx, String name, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            tx.run(cypher.get(name), Map.of("rows", rows)).consume();
        }
    }

    /** One line of the CSV, read but not yet resolved against the graph. */
    private record Row(long line, String document, Kind kind, String other, String effective,
                       String jurisdiction, DocType type) {

        static Row of(CSVRecord r) {
            String document = column(r, "document");
            String relation = column(r, "relation");
            if (document == null) {
                throw new IllegalArgumentException("no document");
            }
            if (relation == null) {
                throw new IllegalArgumentException("no relation");
            }
            Kind kind = LABELS.get(TextFolding.foldLower(relation).replaceAll("[^a-z0-9]+", " ").strip());
            if (kind == null) {
                throw new IllegalArgumentException("unknown relation '" + relation + "': use one of "
                        + java.util.Arrays.toString(Kind.values()) + " or a portal label such as 'Bị thay thế'");
            }
            String other = column(r, "other");
            if (kind.relationship != null && other == null) {
                throw new IllegalArgumentException("relation " + kind + " needs the other document in column 'other'");
            }
            String type = column(r, "type");
            DocType docType = type == null ? null : DocType.fromCode(type.replace(' ', '_'));
            if (type != null && docType == null) {
                throw new IllegalArgumentException("unknown type '" + type + "'");
            }
            String jurisdiction = column(r, "jurisdiction");
            return new Row(r.getRecordNumber() + 1, document, kind, other, date(column(r, "effective")),
                    jurisdiction == null ? null : DocumentIdentity.slug(jurisdiction), docType);
        }

        private static String column(CSVRecord r, String name) {
            for (Map.Entry<String, Integer> h : r.getParser().getHeaderMap().entrySet()) {
                if (h.getKey().strip().equalsIgnoreCase(name)) {
                    String v = h.getValue() < r.size() ? r.get(h.getValue()).strip() : "";
                    return v.isEmpty() ? null : v;
                }
            }
            return null;
        }

        private static String date(String s) {
            if (s == null) {
                return null;
            }
            try {
                return (s.contains("/") ? LocalDate.parse(s, DMY) : LocalDate.parse(s)).toString();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("effective date '" + s + "' is not d/m/yyyy or yyyy-mm-dd, or does not exist");
            }
        }
    }

    /**
     * Turns a document column (a graph id or a symbol) into an id: an id must exist; a symbol names the one
     * dated document of that symbol (in the row's jurisdiction when given), and when the graph has none, a
     * new node known from the import, if the symbol says enough (year, and a jurisdiction for local codes).
     */
    private final class Resolver {
        final Map<String, Map<String, Object>> created = new LinkedHashMap<>();
        final Set<String> existingIds = new java.util.HashSet<>();
        final Map<String, List<String>> bySymbol = new HashMap<>();

        Resolver(TransactionContext tx, List<Row> rows) {
            java.util.Set<String> ids = new java.util.LinkedHashSet<>();
            Map<String, Map<String, Object>> symbols = new LinkedHashMap<>();
            for (Row row : rows) {
                for (String ref : java.util.Arrays.asList(row.document, row.other)) {
                    if (ref == null) {
                        continue;
                    }
                    if (isId(ref)) {
                        ids.add(ref);
                    } else {
                        Map<String, Object> m = new HashMap<>();
                        m.put("key", key(ref, row.jurisdiction));
                        m.put("symbolKey", TextFolding.symbolKey(SymbolInfo.of(ref, row.type).symbol()));
                        m.put("jurisdiction", row.jurisdiction);
                        symbols.putIfAbsent((String) m.get("key"), m);
                    }
                }
            }
            for (Record r : tx.run(cypher.get("existing-ids"), Map.of("ids", List.copyOf(ids))).list()) {
                existingIds.add(r.get("id").asString());
            }
            if (!symbols.isEmpty()) {
                for (Record r : tx.run(cypher.get("documents-by-symbol"), Map.of("rows", List.copyOf(symbols.values()))).list()) {
                    bySymbol.put(r.get("key").asString(), r.get("ids").asList(v -> v.asString()));
                }
            }
        }

        String resolve(Row row, String ref) {
            if (isId(ref)) {
                if (!existingIds.contains(ref)) {
                    throw new IllegalArgumentException("no document with id " + ref);
                }
                return ref;
            }
            List<String> ids = bySymbol.getOrDefault(key(ref, row.jurisdiction), List.of());
            if (ids.size() == 1) {
                return ids.get(0);
            }
            if (ids.size() > 1) {
                throw new IllegalArgumentException(ref + " names " + ids.size() + " documents " + ids
                        + ": give the id, or a jurisdiction");
            }
            SymbolInfo s = SymbolInfo.of(ref, row.type);
            DocType type = row.type != null ? row.type : DocType.fromAbbreviation(s.typeCode());
            if (type == null) {
                throw new IllegalArgumentException("the graph has no " + ref + ", and its type cannot be told from "
                        + "the symbol: add a 'type' column (KE_HOACH, NGHI_DINH …) or use an id");
            }
            if (s.year() == null) {
                throw new IllegalArgumentException("the graph has no " + ref + ", and the symbol has no year: use the"
                        + " document's id");
            }
            String jurisdiction;
            if (s.scope() == Citation.IssuerScope.CENTRAL) {
                jurisdiction = DocumentIdentity.CENTRAL;
            } else if (row.jurisdiction != null) {
                jurisdiction = row.jurisdiction;
            } else {
                throw new IllegalArgumentException(ref + " has a local code: give its province in column 'jurisdiction'");
            }
            String id = DocumentId.numbered(jurisdiction, s.issuerCode(), type, s.year(), s.number()).value();
            created.computeIfAbsent(id, k -> {
                Map<String, Object> m = new HashMap<>();
                m.put("id", id);
                m.put("label", DocumentIdentity.label(type));
                m.put("type", type.name());
                m.put("symbol", s.symbol());
                m.put("symbolKey", TextFolding.symbolKey(s.symbol()));
                m.put("number", s.number());
                m.put("year", s.year());
                m.put("jurisdiction", jurisdiction);
                m.put("scope", s.scope() == null ? null : s.scope().name());
                return m;
            });
            return id;
        }

        private static boolean isId(String ref) {
            return ref.startsWith("vn/");
        }

        private static String key(String ref, String jurisdiction) {
            return TextFolding.symbolKey(ref) + "|" + (jurisdiction == null ? "" : jurisdiction);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
