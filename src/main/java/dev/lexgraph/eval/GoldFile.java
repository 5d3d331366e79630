package dev.lexgraph.eval;

import dev.lexgraph.text.SampleDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One gold file (the format of eval/README.md): the citations a careful reader finds in one document. */
public record GoldFile(String name, String file, GoldDocument document, List<GoldCitation> citations,
                       List<GoldNamed> named) {

    public GoldFile(String name, String file, GoldDocument document, List<GoldCitation> citations) {
        this(name, file, document, citations, List.of());
    }

    /**
     * A reference by name: its type, the name in full, the year written with it, and for a law the
     * symbol of the version it means (when the gold gives one).
     */
    public record GoldNamed(String quote, String type, String name, Integer year, String symbol) {
    }

    /** A gold citation: what scoring compares, plus the relation for the relation score. */
    public record GoldCitation(String quote, String type, String symbol, String date, String relation) {
    }

    /**
     * The file's own header as the gold gives it, and what it was issued to implement (its purpose). {@code place}
     * is the date line's place (null for a central body, and for a text without the line), {@code issuer} the
     * issuing body's full name.
     */
    public record GoldDocument(String type, String symbol, String date, String place, String issuer,
                               List<String> implemented) {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Every *.json of a gold folder, sorted by name. */
    public static List<GoldFile> readAll(Path dir) throws IOException {
        List<GoldFile> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                out.add(read(p));
            }
        }
        return out;
    }

    /** The gold files of the bundled sample documents ({@link SampleDocuments}), in their index's order. */
    public static List<GoldFile> readBundled() {
        return SampleDocuments.names().stream()
                .map(n -> parse(n.replaceFirst("\\.txt$", ""), SampleDocuments.gold(n)))
                .toList();
    }

    static GoldFile read(Path p) throws IOException {
        return parse(p.getFileName().toString().replaceFirst("\\.json$", ""), Files.readString(p));
    }

    static GoldFile parse(String name, String json) {
        JsonNode root = MAPPER.readTree(json);
        List<GoldCitation> cs = new ArrayList<>();
        for (JsonNode c : root.path("citations")) {
            cs.add(new GoldCitation(text(c, "quote"), text(c, "type"), text(c, "symbol"), text(c, "date"),
                    text(c, "relation")));
        }
        String file = root.hasNonNull("file") ? root.get("file").asString() : name + ".txt";
        GoldDocument document = null;
        JsonNode d = root.get("document");
        if (d != null && d.isObject()) {
            List<String> implemented = new ArrayList<>();
            for (JsonNode s : d.path("implements")) {
                implemented.add(s.asString());
            }
            document = new GoldDocument(text(d, "type"), text(d, "symbol"), text(d, "date"), text(d, "place"),
                    text(d, "issuer"), implemented);
        }
        List<GoldNamed> named = new ArrayList<>();
        for (JsonNode n : root.path("named")) {
            JsonNode y = n.get("year");
            named.add(new GoldNamed(text(n, "quote"), text(n, "type"), text(n, "name"),
                    y == null || y.isNull() ? null : y.asInt(), text(n, "symbol")));
        }
        return new GoldFile(name, file, document, cs, named);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
