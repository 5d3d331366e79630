package dev.lexgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short run of the fuzzer of the README's benchmark (which tries a million inputs): damaged documents through
 * the decoders and the extractor, no exception escapes, time per KB does not grow with size.
 */
class FuzzTest {

    @TempDir
    Path dir;

    @Test
    void damagedDocumentsGetAnswersNotExceptions() throws Exception {
        Path failures = dir.resolve("failures");
        CommandLineTest.Run r = CommandLineTest.run("fuzz", "--inputs", "4000", "--seed", "7", "--failures", failures.toString());
        assertThat(r.out()).contains("inputs: 4,000").contains("exceptions escaped: 0").contains("largest / smallest");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(Files.exists(failures)).isFalse();
    }

    @Test
    void aRunOutsideItsBoundsFails() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ.");
        CommandLineTest.Run r = CommandLineTest.run("fuzz", "--inputs", "500", "--corpus", corpus.toString(),
                "--failures", dir.resolve("f").toString(), "--linear-max-ratio", "0.0001");
        // An impossible bound on linearity fails the run: the exit code carries what the report says.
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("exceptions escaped: 0");
    }
}
