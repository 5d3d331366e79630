package dev.lexgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lexgraph.citation.TextFolding;
import org.junit.jupiter.api.Test;

class SymbolQueryTest {

    /** The folded keys the candidates stand for: what the graph's symbol index is looked up with. */
    private static java.util.List<String> keys(String query) {
        return SymbolQuery.candidates(query).stream().map(TextFolding::symbolKey).toList();
    }

    @Test
    void symbolsTypedWithSpacesOrInAnyCaseReachTheCanonicalKey() {
        String key = TextFolding.symbolKey("33/CT-TTg");
        assertThat(keys("33/ct-ttg")).contains(key);
        assertThat(keys("33 CT TTg")).contains(key);
        assertThat(keys("  33 ct-ttg ")).contains(key);
        assertThat(keys("04 2015 ND CP")).contains(TextFolding.symbolKey("04/2015/NĐ-CP"));
        assertThat(keys("05 CT TW")).contains(TextFolding.symbolKey("05-CT/TW"));
        assertThat(keys("204 KH BDVTU BCSĐUBND")).contains(TextFolding.symbolKey("204-KH/BDVTU-BCSĐUBND"));
        assertThat(keys("06 KH SKH&CN")).contains(TextFolding.symbolKey("06/KH-SKH&CN"));
    }

    @Test
    void wordsOfATitleAreNotTakenForASymbol() {
        assertThat(SymbolQuery.candidates("chuyển đổi số")).isEmpty();
        assertThat(SymbolQuery.candidates("2025")).isEmpty();
        assertThat(SymbolQuery.candidates("")).isEmpty();
        assertThat(SymbolQuery.candidates(null)).isEmpty();
    }
}
