package dev.lexgraph.graph;

import dev.lexgraph.citation.DocType;
import java.util.Optional;

/**
 * A document's id in the graph, shaped like the European Legislation Identifier and safe in a URL. Three
 * kinds, told apart by their shape:
 * <ul>
 *   <li>numbered: {@code vn/<jurisdiction>/<issuer>/<type>/<year>/<number>}, e.g. {@code vn/quang-ngai/ubnd/ke-hoach/2021/175};</li>
 *   <li>undated placeholder: the same with {@code undated} for the year, a mention without a date that no dated
 *       document of its jurisdiction and symbol answered yet;</li>
 *   <li>filed: {@code vn/<jurisdiction>/file/<type>/<hash>}, a document without a number of its own, known by
 *       the first 12 hex digits of its file's SHA-256.</li>
 * </ul>
 * The one place where ids are made (ingestion, imports, the law table) and taken apart or bound from a URL's
 * parts (the API, the explorer). {@link #toString()} is the id as stored.
 */
public record DocumentId(String value) {

    private static final String UNDATED = "undated";
    private static final String FILE = "file";

    public DocumentId {
        if (value == null || !value.startsWith("vn/")) {
            throw new IllegalArgumentException("a document id starts with vn/: " + value);
        }
    }

    /**
     * A numbered document's id from what a citation or header gives: the parts are made slugs here;
     * {@code year} null gives the undated placeholder.
     */
    public static DocumentId numbered(String jurisdiction, String issuerCode, DocType type, Integer year, String number) {
        return new DocumentId("vn/" + jurisdiction + "/" + (issuerCode == null ? "unknown" : DocumentIdentity.slug(issuerCode))
                + "/" + DocumentIdentity.slug(type == null ? "OTHER" : type.name()) + "/"
                + (year == null ? UNDATED : year) + "/"
                + (number == null ? "0" : DocumentIdentity.withoutLeadingZeros(number)));
    }

    /** The id of a document without a number of its own, by its file's content hash (hex). */
    public static DocumentId filed(String jurisdiction, DocType type, String sha256) {
        return new DocumentId("vn/" + jurisdiction + "/" + FILE + "/"
                + DocumentIdentity.slug((type == null ? DocType.OTHER : type).name()) + "/" + sha256.substring(0, 12));
    }

    /** A numbered id from the parts of a URL path, as given there (already slugs). */
    public static DocumentId ofPath(String jurisdiction, String issuer, String type, String year, String number) {
        return new DocumentId("vn/" + jurisdiction + "/" + issuer + "/" + type + "/" + year + "/" + number);
    }

    /** A filed id from the parts of a URL path, as given there. */
    public static DocumentId ofFilePath(String jurisdiction, String type, String hash) {
        return new DocumentId("vn/" + jurisdiction + "/" + FILE + "/" + type + "/" + hash);
    }

    /**
     * A whole id given in one piece; a leading or trailing slash is forgiven. Empty when it is blank or does
     * not start with {@code vn/}.
     */
    public static Optional<DocumentId> parse(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        String s = id.strip();
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.startsWith("vn/") ? Optional.of(new DocumentId(s)) : Optional.empty();
    }

    /** Whether this is an undated placeholder ({@code …/undated/<number>}). */
    public boolean undated() {
        return isUndated(value);
    }

    /** Whether this is a document known by its file. */
    public boolean filed() {
        return part(2).equals(FILE);
    }

    /** The jurisdiction: {@code central}, a province's slug, or {@code unknown-province}. */
    public String jurisdiction() {
        return part(1);
    }

    /** Whether {@code id} is an undated placeholder's id, without making a record of it. */
    public static boolean isUndated(String id) {
        return id.contains("/" + UNDATED + "/") && !id.contains("/" + FILE + "/");
    }

    private String part(int i) {
        String[] parts = value.split("/", -1);
        return i < parts.length ? parts[i] : "";
    }

    @Override
    public String toString() {
        return value;
    }
}
