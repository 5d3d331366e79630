package dev.lexgraph.cli;

import dev.lexgraph.generate.CorpusGenerator;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate --documents N --seed S --out DIR}: a synthetic corpus for scale tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic, deterministic corpus of documents citing each other, one text file per document.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--documents", required = true, description = "How many documents.")
    int documents;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = "Output folder.")
    Path out;

    @Option(names = "--ocr-share", defaultValue = "0.3", description = "Share of OCR-damaged documents (default: ${DEFAULT-VALUE}).")
    double ocrShare;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        long bytes = new CorpusGenerator(seed, ocrShare, documents).write(documents, out);
        System.out.printf(Locale.ROOT, "wrote %d documents, %.1f MB, to %s in %.1f s%n", documents, bytes / 1e6, out,
                (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
