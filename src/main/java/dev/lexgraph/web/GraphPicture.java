package dev.lexgraph.web;

import dev.lexgraph.api.Views.Dependency;
import dev.lexgraph.api.Views.DependencyList;
import dev.lexgraph.api.Views.DocumentSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dependency picture as ECharts' graph series reads it: one node per document (its category is its
 * type, a directive drawn as a diamond), one link per step of the shortest chain that reached it.
 */
final class GraphPicture {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GraphPicture() {
    }

    /** The picture as JSON, for a data attribute of the page; {@code typeName} names a type in the page's language. */
    static String of(DependencyList list, java.util.function.UnaryOperator<String> typeName) {
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        List<String> categories = new ArrayList<>();
        node(nodes, categories, list.document(), true);
        List<Map<String, Object>> links = new ArrayList<>();
        for (Dependency d : list.dependencies()) {
            node(nodes, categories, d.document(), false);
        }
        for (Dependency d : list.dependencies()) {
            // The step into this document, from the document before it on its chain (if the page shows it).
            String from = d.path().get(d.path().size() - 2);
            if (nodes.containsKey(from)) {
                links.add(Map.of("source", from, "target", d.document().id(),
                        "relation", d.relations().get(d.relations().size() - 1)));
            }
        }
        Map<String, Object> picture = new LinkedHashMap<>();
        picture.put("nodes", List.copyOf(nodes.values()));
        picture.put("links", links);
        picture.put("categories", categories.stream().map(typeName).toList());
        return JSON.writeValueAsString(picture);
    }

    private static void node(Map<String, Map<String, Object>> nodes, List<String> categories, DocumentSummary d,
                             boolean root) {
        if (d == null || nodes.containsKey(d.id())) {
            return;
        }
        String type = d.type() == null ? "OTHER" : d.type();
        if (!categories.contains(type)) {
            categories.add(type);
        }
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("id", d.id());
        n.put("name", d.symbol() != null ? d.symbol() : d.title() != null ? d.title() : d.id());
        n.put("category", categories.indexOf(type));
        n.put("directive", "CHI_THI".equals(type));
        n.put("root", root);
        nodes.put(d.id(), n);
    }
}
