package dev.lexgraph.citation;

/**
 * One mention of another document that carries a number and symbol.
 *
 * @param start         offset of the first character (the type word, or the abbreviation)
 * @param end           offset just past the last character (the date, or the symbol when no date follows)
 * @param text          the exact characters {@code text.substring(start, end)}, OCR damage included
 * @param type          document type
 * @param symbol        canonical number and symbol: Vietnamese letters restored, OCR confusions undone, no spaces
 * @param symbolAsWritten the symbol's characters as they stand in the text
 * @param number        the number part ("2488", "04", "05")
 * @param year          the year, from a normative symbol or else from the date
 * @param date          ISO date, or null when none is given or the written one cannot exist
 * @param dateAsWritten the date's characters as written, or null
 * @param dateImpossible true when a date is written but does not exist on the calendar (29/02/2025); {@code date}
 *                      is then null and {@code dateAsWritten} keeps it
 * @param issuer        issuing body, resolved to its full name where the context allows, or null
 * @param issuerScope   CENTRAL for nationwide codes (TTg, CP, TW, QH, ministries), LOCAL for codes reused by
 *                      every province (UBND, HĐND, TU, S…), or null when the symbol does not say
 * @param provinceAssumed for a local issuer, true when the text names no province for it ("của UBND tỉnh", or
 *                      no issuer clause) and the citing document's is assumed
 * @param subject       the "về …" clause that follows, or null
 * @param relation      the relation read from the governing words
 * @param purpose       whether the citation states why the document was issued: named in its title ("Kế hoạch
 *                      thực hiện Chỉ thị số …") or in its opening clause ("Thực hiện …, UBND tỉnh ban hành Kế
 *                      hoạch …"; for a report or letter also the request it answers), as opposed to a task of
 *                      its body or a legal basis
 * @param from          index (in the result's citation list) of the citation the relation belongs to, when the
 *                      relation holds between two cited documents rather than from the citing one; else null
 */
public record Citation(
        int start,
        int end,
        String text,
        DocType type,
        String symbol,
        String symbolAsWritten,
        String number,
        Integer year,
        String date,
        String dateAsWritten,
        boolean dateImpossible,
        String issuer,
        IssuerScope issuerScope,
        boolean provinceAssumed,
        String subject,
        Relation relation,
        boolean purpose,
        Integer from) {

    /** Whether the issuing body is nationwide or one of the bodies every province has. */
    public enum IssuerScope { CENTRAL, LOCAL }

    Citation withRelation(Relation newRelation, Integer newFrom) {
        return new Citation(start, end, text, type, symbol, symbolAsWritten, number, year, date, dateAsWritten,
                dateImpossible, issuer, issuerScope, provinceAssumed, subject, newRelation, purpose, newFrom);
    }

    /** The year of a dated mention of the same symbol in the same document; the date stays as written (none). */
    Citation withYear(Integer newYear) {
        return new Citation(start, end, text, type, symbol, symbolAsWritten, number, newYear, date, dateAsWritten,
                dateImpossible, issuer, issuerScope, provinceAssumed, subject, relation, purpose, from);
    }

    Citation withSymbol(String newSymbol) {
        return new Citation(start, end, text, type, newSymbol, symbolAsWritten, number, year, date, dateAsWritten,
                dateImpossible, issuer, issuerScope, provinceAssumed, subject, relation, purpose, from);
    }

    Citation withPurpose(boolean newPurpose) {
        return new Citation(start, end, text, type, symbol, symbolAsWritten, number, year, date, dateAsWritten,
                dateImpossible, issuer, issuerScope, provinceAssumed, subject, relation, newPurpose, from);
    }
}
