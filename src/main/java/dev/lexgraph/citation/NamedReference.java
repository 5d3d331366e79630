package dev.lexgraph.citation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;

/**
 * A reference to a document by name only, with no number and symbol: "Luật Thực hiện dân chủ ở cơ sở
 * năm 2022", "Hiến pháp năm 2013", "Nghị quyết Trung ương 4 khóa XII".
 *
 * @param name       the name with the type word: a known law's name as enacted, else as written with its
 *                   abbreviations spelt out
 * @param year       the year written with it ("năm 2022", "ngày 19 tháng 6 năm 2015"), or null
 * @param date       ISO date written with it ("ngày 19 tháng 6 năm 2015"), or null
 * @param symbol     the symbol of the one law of the law table it designates, or null
 * @param resolvedBy what chose that law: {@code date}, {@code year}, {@code only-version} (the table knows one),
 *                   {@code in-force} (the one version in force on the citing document's date)
 * @param candidates when the name fits several versions and nothing chooses one, their symbols
 * @param relation   the relation the governing words state ("Căn cứ …": based on), as for a citation
 * @param key        the name's lookup key in the law table (folded words after the type word)
 * @param law        the one law of the table it designates, a constitution (no symbol) included, or null
 */
public record NamedReference(int start, int end, String text, DocType type, String name, Integer year,
                             String date, String symbol, String resolvedBy, List<String> candidates,
                             Relation relation, @JsonIgnore String key, @JsonIgnore LawTable.Law law) {

    public NamedReference {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /** Not yet resolved against the law table. */
    public NamedReference(int start, int end, String text, DocType type, String name, Integer year, String date,
                          String symbol, String resolvedBy, List<String> candidates, Relation relation, String key) {
        this(start, end, text, type, name, year, date, symbol, resolvedBy, candidates, relation, key, null);
    }

    /** Resolved against the law table, on the citing document's date {@code citedOn} (or null). */
    NamedReference resolve(LawTable laws, LocalDate citedOn) {
        LawTable.Resolution r = laws.resolve(type, key, year, date == null ? null : DateReader.iso(date), citedOn);
        return new NamedReference(start, end, text, type, name, year, date,
                r.law() == null || r.law().symbol().isEmpty() ? null : r.law().symbol(), r.basis(), r.candidates(),
                relation, key, r.law());
    }

    /** Named as a careful reader names it. */
    NamedReference withName(String canonical) {
        return canonical.equals(name) ? this : new NamedReference(start, end, text, type, canonical, year, date, symbol,
                resolvedBy, candidates, relation, key, law);
    }

    /** With the relation its governing words state. */
    NamedReference withRelation(Relation stated) {
        return new NamedReference(start, end, text, type, name, year, date, symbol, resolvedBy, candidates, stated, key,
                law);
    }

    /** Whether it names one law of the table as one version (a constitution, which has no symbol, included). */
    public boolean resolved() {
        return law != null;
    }
}
