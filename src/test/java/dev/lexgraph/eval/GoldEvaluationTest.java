package dev.lexgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The accuracy gates: the five sample documents against their bundled gold (the threshold), and the
 * hand-written held-out documents of src/test/resources.
 */
class GoldEvaluationTest {

    @Test
    void seedsReachStrictF1OfAtLeast097() throws Exception {
        Evaluation.Report r = Evaluation.runBundled();
        assertThat(r.strict().gold()).isGreaterThan(100);
        assertThat(r.strict().f1()).as("strict F1 on the seeds: %s", r.strict()).isGreaterThanOrEqualTo(0.97);
        assertThat(r.loose().f1()).isGreaterThanOrEqualTo(r.strict().f1());
    }

    @Test
    void heldOutDocumentsReachStrictF1OfAtLeast095() throws Exception {
        Path dir = Path.of("src/test/resources/heldout");
        Evaluation.Report r = Evaluation.run(dir, dir);
        assertThat(r.strict().gold()).isGreaterThan(150);
        assertThat(r.strict().f1()).as("strict F1 on the held-out set: %s", r.strict()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void scoringCountsMultisetsAndMisses() throws Exception {
        Path dir = Files.createTempDirectory("gold");
        Files.writeString(dir.resolve("x.json"), """
                {"file": "x.txt", "citations": [
                  {"quote": "a", "type": "KE_HOACH", "symbol": "39/KH-UBND", "date": "2021-02-05", "relation": "cites"},
                  {"quote": "b", "type": "KE_HOACH", "symbol": "39/KH-UBND", "date": "2021-02-05", "relation": "cites"},
                  {"quote": "c", "type": "CHI_THI", "symbol": "33/CT-TTg", "date": null, "relation": "implements"}]}
                """);
        Files.writeString(dir.resolve("x.txt"), "Kế hoạch số 39/KH-UBND ngày 05/02/2021 và Chỉ thị số 33/CT-TTG; "
                + "Quyết định số 1/QĐ-UBND");
        Evaluation.Report r = Evaluation.run(dir, dir);
        assertThat(r.strict().truePositives()).isEqualTo(2);
        assertThat(r.strict().predicted()).isEqualTo(3);
        assertThat(r.strict().gold()).isEqualTo(3);
        assertThat(r.files().get(0).missed()).containsExactly("KE_HOACH | 39/KH-UBND | 2021-02-05");
        assertThat(r.files().get(0).extra()).containsExactly("QUYET_DINH | 1/QD-UBND | null");
    }
}
