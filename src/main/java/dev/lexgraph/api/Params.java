package dev.lexgraph.api;

import dev.lexgraph.citation.DocType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Checking request parameters, with messages that say what is accepted. */
final class Params {

    private Params() {
    }

    /** A document type name (KE_HOACH, CHI_THI …; case and dashes forgiven), or null when absent. */
    static String type(String name, String parameter) {
        if (name == null || name.isBlank()) {
            return null;
        }
        DocType t = DocType.fromCode(name.strip().replace('-', '_'));
        if (t == null) {
            throw ApiProblem.badRequest("'" + name + "' is not a document type for " + parameter)
                    .with("validValues", Arrays.stream(DocType.values()).map(Enum::name).toList());
        }
        return t.name();
    }

    static List<String> types(String csv, String parameter, List<String> fallback) {
        if (csv == null || csv.isBlank()) {
            return fallback;
        }
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> type(s, parameter)).distinct().toList();
    }

    /** Relation names out of {@code allowed}, comma-separated, or all of them when absent. */
    static List<String> relations(String csv, List<String> allowed) {
        if (csv == null || csv.isBlank()) {
            return allowed;
        }
        List<String> out = Arrays.stream(csv.split(",")).map(s -> s.strip().toUpperCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).distinct().toList();
        for (String r : out) {
            if (!allowed.contains(r)) {
                throw ApiProblem.badRequest("'" + r + "' is not one of the relations here").with("validValues", allowed);
            }
        }
        return out;
    }

    static int range(int value, int min, int max, String parameter) {
        if (value < min || value > max) {
            throw ApiProblem.badRequest(parameter + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
