package dev.lexgraph.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a person types in the search box to find a document by its symbol: "33/CT-TTg", "33/ct-ttg",
 * "33 CT TTg", "04 2015 ND CP", "05 CT TW". The separators are often left out or typed as spaces, so the
 * symbols such a query may stand for are spelled out in each family's form (state, normative, Party);
 * each is then looked up by its folded key, where case and diacritics no longer count.
 */
final class SymbolQuery {

    /** A number, then two to six parts of letters or digits (a code may hold {@code &}). */
    private static final Pattern LOOKS_LIKE_SYMBOL =
            Pattern.compile("\\d{1,5}[a-zA-Z]?(?:[\\s/.\\-_]+[\\p{L}\\d&]+){1,6}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s/.\\-_]+");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

    private SymbolQuery() {
    }

    /** The symbols the query may stand for, as typed first; empty when it does not look like a symbol. */
    static List<String> candidates(String query) {
        String q = query == null ? "" : query.strip();
        if (!LOOKS_LIKE_SYMBOL.matcher(q).matches()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        out.add(q);
        String[] parts = SEPARATORS.split(q);
        String number = parts[0];
        List<String> rest = new ArrayList<>(List.of(parts).subList(1, parts.length));
        if (rest.size() >= 2 && YEAR.matcher(rest.get(0)).matches()) {
            // normative: 04/2015/NĐ-CP
            out.add(number + "/" + rest.get(0) + "/" + String.join("-", rest.subList(1, rest.size())));
        }
        // state: 33/CT-TTg, 1119/SNV-XDCQ
        out.add(number + "/" + String.join("-", rest));
        if (rest.size() >= 2) {
            // Party: 05-CT/TW, 204-KH/BDVTU-BCSĐUBND
            out.add(number + "-" + rest.get(0) + "/" + String.join("-", rest.subList(1, rest.size())));
        }
        return List.copyOf(out);
    }
}
