package dev.lexgraph.eval;

import dev.lexgraph.citation.Citation;
import dev.lexgraph.citation.DocumentHeader;
import dev.lexgraph.citation.TextFolding;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A file's own identity and purpose against its gold: the header's type, symbol and date (each right or
 * wrong), and the set of documents it was issued to implement, as the folded symbols of the gold's
 * {@code document.implements} against those of the citations the extractor marks as its purpose.
 */
public record DocumentScore(String name, boolean typeRight, boolean symbolRight, boolean dateRight,
                            Set<String> goldPurpose, Set<String> predictedPurpose, String predictedHeader) {

    /** Null when the gold file gives no document. */
    static DocumentScore score(GoldFile gold, DocumentHeader header, List<Citation> citations) {
        GoldFile.GoldDocument g = gold.document();
        if (g == null) {
            return null;
        }
        String type = header == null || header.type() == null ? null : header.type().name();
        String symbol = header == null ? null : header.symbol();
        String date = header == null ? null : header.date();
        Set<String> goldPurpose = new TreeSet<>();
        g.implemented().forEach(s -> goldPurpose.add(TextFolding.symbolKey(s)));
        Set<String> predicted = new TreeSet<>();
        for (Citation c : citations) {
            if (c.purpose()) {
                predicted.add(TextFolding.symbolKey(c.symbol()));
            }
        }
        return new DocumentScore(gold.name(), Objects.equals(g.type(), type),
                Objects.equals(key(g.symbol()), key(symbol)), Objects.equals(g.date(), date), goldPurpose, predicted,
                type + " | " + symbol + " | " + date);
    }

    private static String key(String symbol) {
        return symbol == null ? null : TextFolding.symbolKey(symbol);
    }

    /** Purpose symbols both the gold and the extractor give. */
    public int purposeAgreeing() {
        Set<String> both = new TreeSet<>(goldPurpose);
        both.retainAll(predictedPurpose);
        return both.size();
    }

    public boolean purposeExact() {
        return goldPurpose.equals(predictedPurpose);
    }

    public boolean headerRight() {
        return typeRight && symbolRight && dateRight;
    }
}
