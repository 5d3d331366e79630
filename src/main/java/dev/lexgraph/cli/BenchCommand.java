package dev.lexgraph.cli;

import dev.lexgraph.citation.CitationExtractor;
import dev.lexgraph.citation.ExtractionResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: extraction throughput on one core. Builds a corpus of at least {@code --size-mb} MB
 * from the documents of {@code --corpus} (each copy's numbers shifted, so no two documents are the
 * same text), warms up, then times whole passes over it and reports MB/s, citations/s, the time of
 * a quarter, a half and the whole corpus (to show time is linear in size) and the peak heap.
 * {@code --write FILE} instead writes the corpus as one file, for the single-file memory check
 * ({@code java -Xmx512m -jar target/lexgraph.jar extract FILE}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure extraction throughput (MB/s of text, one thread) on a corpus built from sample documents.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", description = "Documents to build the benchmark corpus from (default: the five sample"
            + " documents the jar carries).")
    Path corpus;

    @Option(names = "--size-mb", defaultValue = "50", description = "Corpus size in MB of UTF-8 text (default: ${DEFAULT-VALUE}).")
    int sizeMb;

    @Option(names = "--warmup", defaultValue = "5", description = "Untimed passes first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--passes", defaultValue = "8", description = "Timed passes (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--write", description = "Write the corpus as one file and stop (for the single-file memory check).")
    Path write;

    @Override
    public Integer call() throws IOException {
        List<String> seeds = InputFiles.texts(corpus);
        if (seeds.isEmpty()) {
            System.err.println("no documents in " + corpus);
            return 2;
        }
        List<String> docs = new ArrayList<>();
        long bytes = 0;
        long target = sizeMb * 1_000_000L;
        for (int copy = 0; bytes < target; copy++) {
            for (String s : seeds) {
                String d = copy == 0 ? s : shiftNumbers(s, copy);
                docs.add(d);
                bytes += d.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        if (write != null) {
            Files.writeString(write, String.join("\n\n", docs), StandardCharsets.UTF_8);
            System.out.printf(Locale.ROOT, "wrote %s: %.1f MB in one file%n", write, Files.size(write) / 1e6);
            return 0;
        }
        CitationExtractor extractor = new CitationExtractor();
        for (int i = 0; i < warmup; i++) {
            run(extractor, docs, docs.size());
        }
        long best = Long.MAX_VALUE;
        long citations = 0;
        for (int i = 0; i < passes; i++) {
            long t0 = System.nanoTime();
            citations = run(extractor, docs, docs.size());
            best = Math.min(best, System.nanoTime() - t0);
        }
        double mb = bytes / 1e6;
        double seconds = best / 1e9;
        System.out.printf(Locale.ROOT, "corpus: %d documents, %.1f MB UTF-8, %d citations%n", docs.size(), mb, citations);
        System.out.printf(Locale.ROOT, "best of %d passes: %.2f s = %.1f MB/s, %.0f documents/s, %.0f citations/s (one thread)%n",
                passes, seconds, mb / seconds, docs.size() / seconds, citations / seconds);
        // Linearity: a quarter, a half and all of the corpus.
        StringBuilder lin = new StringBuilder("time by size:");
        for (int div : new int[] {4, 2, 1}) {
            int n = docs.size() / div;
            long t0 = System.nanoTime();
            run(extractor, docs, n);
            double s = (System.nanoTime() - t0) / 1e9;
            lin.append(String.format(Locale.ROOT, "  1/%d: %.2f s", div, s));
        }
        System.out.println(lin);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "regions re-parsed in full LL after SLL failed: %d%n", extractor.llFallbacks());
        System.out.printf(Locale.ROOT, "peak heap used: %.0f MB (max heap %.0f MB; the corpus itself is held in memory)%n",
                peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        return 0;
    }

    private static long run(CitationExtractor extractor, List<String> docs, int n) {
        long citations = 0;
        for (int i = 0; i < n; i++) {
            ExtractionResult r = extractor.extract(docs.get(i));
            citations += r.citations().size();
        }
        return citations;
    }

    /** The same document with every citation number changed, so copies are distinct texts. */
    private static String shiftNumbers(String s, int copy) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' && (i == 0 || !Character.isDigit(s.charAt(i - 1)))) {
                int j = i;
                while (j < s.length() && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                boolean symbolNumber = j < s.length() && (s.charAt(j) == '/' || s.charAt(j) == '-')
                        && j - i <= 4 && !(j + 1 < s.length() && Character.isDigit(s.charAt(j + 1)));
                if (symbolNumber) {
                    b.append(Integer.parseInt(s.substring(i, j)) + copy);
                } else {
                    b.append(s, i, j);
                }
                i = j;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }
}
