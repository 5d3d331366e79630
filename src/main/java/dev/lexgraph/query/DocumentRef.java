package dev.lexgraph.query;

import java.util.Map;

/** A document as a link shows it: enough to name it and to reach its page. */
public record DocumentRef(String id, String type, String symbol, String date, String title, String jurisdiction) {

    static DocumentRef of(Object graphMap) {
        if (!(graphMap instanceof Map<?, ?> m)) {
            return null;
        }
        return new DocumentRef(str(m.get("id")), str(m.get("type")), str(m.get("symbol")), str(m.get("date")),
                str(m.get("title")), str(m.get("jurisdiction")));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
