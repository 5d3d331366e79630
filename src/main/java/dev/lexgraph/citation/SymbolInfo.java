package dev.lexgraph.citation;

/**
 * What a symbol says, for the stages after extraction (identity in the graph): its canonical form,
 * number, year, type code, issuer code and whether that issuer is nationwide or local.
 */
public record SymbolInfo(String symbol, String number, Integer year, String typeCode, String issuerCode,
                         Citation.IssuerScope scope) {

    /** Reads a symbol (canonical or as written) of a document of the given type (or null). */
    public static SymbolInfo of(String symbol, DocType type) {
        SymbolRepair.Repaired r = SymbolRepair.repair(symbol, type);
        return new SymbolInfo(r.symbol(), r.number(), r.year(), r.typeCode(), r.issuerCode(),
                Gazetteer.get().scopeOf(r.issuerCode()));
    }

    /** {@code number.replaceFirst("^0+(?=\\d)", "")} without a regular expression: "07" → "7", "000" → "0". */
    public static String withoutLeadingZeros(String number) {
        int zeros = 0;
        while (zeros < number.length() && number.charAt(zeros) == '0') {
            zeros++;
        }
        if (zeros == 0) {
            return number;
        }
        // The zeros removed must be followed by a digit: all of them if a digit follows, else all but the last.
        int cut = zeros < number.length() && number.charAt(zeros) >= '0' && number.charAt(zeros) <= '9' ? zeros : zeros - 1;
        return cut == 0 ? number : number.substring(cut);
    }
}
