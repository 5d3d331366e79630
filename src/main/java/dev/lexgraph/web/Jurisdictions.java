package dev.lexgraph.web;

import dev.lexgraph.citation.Provinces;
import dev.lexgraph.graph.DocumentIdentity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The jurisdictions a person picks from: central, the 34 provinces of today, and the 29 that merged into
 * them in 2025 (their documents keep the old province), by the slug the graph's ids use.
 */
@Component
public class Jurisdictions {

    /** A choice of the form: the slug the graph uses and the name a person reads. */
    public record Option(String slug, String name) {
    }

    private final List<Option> current;
    private final List<Option> former;
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> mergedInto = new HashMap<>();

    Jurisdictions() {
        for (Provinces.Province p : Provinces.all()) {
            String slug = DocumentIdentity.slug(p.name());
            names.put(slug, p.name());
            mergedInto.put(slug, DocumentIdentity.slug(p.mergedInto()));
        }
        current = Provinces.current().stream().map(p -> new Option(DocumentIdentity.slug(p.name()), p.name()))
                .sorted(java.util.Comparator.comparing(Option::slug)).toList();
        former = Provinces.all().stream().filter(p -> !p.current())
                .map(p -> new Option(DocumentIdentity.slug(p.name()), p.name()))
                .sorted(java.util.Comparator.comparing(Option::slug)).toList();
    }

    public List<Option> current() {
        return current;
    }

    public List<Option> former() {
        return former;
    }

    /** The province's name for its slug; the slug itself for one the table does not know. */
    public String name(String slug) {
        return slug == null ? null : names.getOrDefault(slug, slug);
    }

    public boolean isCentral(String slug) {
        return DocumentIdentity.CENTRAL.equals(slug);
    }

    /** The slug of the province of today that a province is, or merged into; null when not a province. */
    public String today(String slug) {
        return slug == null ? null : mergedInto.get(slug);
    }
}
