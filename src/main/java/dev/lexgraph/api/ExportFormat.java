package dev.lexgraph.api;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What an answer can be exported as, besides JSON; each operation accepts some of them. */
public enum ExportFormat {
    /** A table, comma-separated, UTF-8 with a BOM so that spreadsheets read the Vietnamese. */
    CSV(TableExport.CSV),
    /** A table as an Excel workbook. */
    XLSX(TableExport.XLSX),
    /** A subgraph for Gephi, Cytoscape or yEd. */
    GRAPHML(GraphMlExport.MEDIA_TYPE),
    /** A document as linked data with an ELI-style context. */
    JSONLD(JsonLdExport.MEDIA_TYPE);

    /**
     * The paths that offer exports (as {@code format=} or by the Accept header), and the formats each offers: the
     * one list of them (the handlers check against it, the API description's {@code format} parameters and
     * answers are made from it).
     */
    public static final Map<String, Set<ExportFormat>> OFFERED = Map.of(
            "/api/v1/document", EnumSet.of(JSONLD),
            "/api/v1/document/dependencies", EnumSet.of(GRAPHML),
            "/api/v1/document/implementers", EnumSet.of(CSV, XLSX, GRAPHML),
            "/api/v1/dependencies", EnumSet.of(CSV, XLSX),
            "/api/v1/superseded-references", EnumSet.of(CSV, XLSX));

    private final org.springframework.http.MediaType mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = org.springframework.http.MediaType.parseMediaType(mediaType);
    }

    public String mediaType() {
        return mediaType.toString();
    }

    /** The media type, parsed once (content negotiation compares it with every Accept header). */
    public org.springframework.http.MediaType type() {
        return mediaType;
    }

    /** The format asked for at {@code path} ({@code format=}, any case); a 400 problem when it offers no such one. */
    static ExportFormat offered(String path, String format) {
        Set<ExportFormat> offered = OFFERED.get(path);
        for (ExportFormat f : offered) {
            if (f.code().equalsIgnoreCase(format == null ? "" : format.strip())) {
                return f;
            }
        }
        java.util.List<String> codes = codes(offered);
        throw ApiProblem.badRequest("detail.format.not-offered", String.join(", ", codes), format)
                .with("validValues", codes);
    }

    /** The codes of {@code formats}, in declaration order. */
    public static java.util.List<String> codes(Set<ExportFormat> formats) {
        return formats.stream().map(ExportFormat::code).toList();
    }

    /** As written in {@code format=}: lower case. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
