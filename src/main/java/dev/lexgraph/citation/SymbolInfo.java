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
}
