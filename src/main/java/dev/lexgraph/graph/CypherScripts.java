package dev.lexgraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Cypher of {@code cypher/*.cypher}, loaded from the class path: the schema as a list of statements,
 * and named statements ("// name: x" before each) by name. Comments are kept out of the statements.
 */
public final class CypherScripts {

    private CypherScripts() {
    }

    /** The statements of a file, split at semicolons that end a line. */
    public static List<String> statements(String file) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : read(file).split("\n")) {
            String t = line.strip();
            if (t.startsWith("//") || t.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (t.endsWith(";")) {
                String s = current.toString().strip();
                out.add(s.substring(0, s.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    /** The named statements of a file. */
    public static Map<String, String> named(String file) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder current = new StringBuilder();
        for (String line : read(file).split("\n")) {
            String t = line.strip();
            if (t.startsWith("// name:")) {
                name = t.substring("// name:".length()).strip();
                current.setLength(0);
                continue;
            }
            if (t.startsWith("//") || t.isEmpty() || name == null) {
                continue;
            }
            current.append(line).append('\n');
            if (t.endsWith(";")) {
                String s = current.toString().strip();
                out.put(name, s.substring(0, s.length() - 1));
                name = null;
                current.setLength(0);
            }
        }
        return out;
    }

    private static String read(String file) {
        try (InputStream in = CypherScripts.class.getResourceAsStream("/cypher/" + file)) {
            if (in == null) {
                throw new IllegalStateException("cypher/" + file + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
