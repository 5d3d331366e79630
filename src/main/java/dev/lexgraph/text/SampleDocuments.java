package dev.lexgraph.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The five sample documents the project carries (classpath {@code seeds/}, listed in its {@code index.txt}):
 * what the service ingests on its first start, what {@code bench} builds its corpus from, and, with their
 * gold files (classpath {@code eval/seeds/NAME.json}), what {@code eval} scores by default. Read from the
 * jar or the checkout's classes alike, so nothing outside the project is needed.
 */
public final class SampleDocuments {

    /** A sample: its file name ({@code 000_….txt}) and its text. */
    public record Sample(String name, String text) {
    }

    /** Classpath folder of the sample texts. */
    public static final String FOLDER = "seeds/";
    /** Classpath folder of their gold files. */
    public static final String GOLD_FOLDER = "eval/seeds/";

    private SampleDocuments() {
    }

    /** The samples' file names, in the index's order. */
    public static List<String> names() {
        return resource(FOLDER + "index.txt").lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Every sample with its text. */
    public static List<Sample> all() {
        return names().stream().map(n -> new Sample(n, resource(FOLDER + n))).toList();
    }

    /** The gold file of a sample ({@code 000_….txt} → the text of {@code eval/seeds/000_….json}). */
    public static String gold(String name) {
        return resource(GOLD_FOLDER + name.replaceFirst("\\.txt$", "") + ".json");
    }

    private static String resource(String path) {
        try (InputStream in = SampleDocuments.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + path, e);
        }
    }
}
