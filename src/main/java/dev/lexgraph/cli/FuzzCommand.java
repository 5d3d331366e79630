package dev.lexgraph.cli;

import dev.lexgraph.citation.CitationExtractor;
import dev.lexgraph.generate.Mutator;
import dev.lexgraph.text.DocumentText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code fuzz}: the extractor (header, citations, relations, purpose) and the decoders (text encodings, PDF,
 * DOCX) fed damaged real documents ({@link Mutator}). Counts the inputs, every exception that escapes (a
 * decoder's refusal, {@link DocumentText.NotTextException}, is an answer, not an escape), the slowest input per
 * kilobyte, and then times extraction of one damaged text at growing sizes to show the time stays linear.
 * Inputs that make an exception escape are written to {@code --failures} to be replayed.
 */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = "Fuzz the extractor and the decoders with damaged real documents; report escapes and linearity.")
final class FuzzCommand implements Callable<Integer> {

    @Option(names = "--inputs", defaultValue = "1000000", description = "Inputs to try (default: ${DEFAULT-VALUE}).")
    long inputs;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", description = "Worker threads (default: the cores).")
    Integer threads;

    @Option(names = "--corpus", description = "Documents to damage (default: the five sample documents the jar carries).")
    Path corpus;

    @Option(names = "--failures", defaultValue = "fuzz-failures",
            description = "Folder for the inputs that made an exception escape (default: ${DEFAULT-VALUE}).")
    Path failures;

    @Option(names = "--linear-max-ratio", defaultValue = "3.0",
            description = "Fail when the time per KB at the largest size exceeds this multiple of the smallest's.")
    double linearMaxRatio;

    /** One in this many inputs goes through the decoders (bytes) before extraction. */
    private static final int BYTES_EVERY = 10;

    @Override
    public Integer call() throws Exception {
        List<String> sources = InputFiles.texts(corpus);
        // PDFBox and POI tell of every damaged object they skip or fail on: right for one file, a flood for a million.
        for (String library : List.of("org.apache.pdfbox", "org.apache.poi")) {
            if (org.slf4j.LoggerFactory.getLogger(library) instanceof ch.qos.logback.classic.Logger log) {
                log.setLevel(ch.qos.logback.classic.Level.OFF);
            }
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        AtomicLong done = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        Map<String, AtomicLong> escapes = new ConcurrentHashMap<>();
        Slowest slowest = new Slowest();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                long share = inputs / workers + (w < inputs % workers ? 1 : 0);
                long workerSeed = seed * 1_000_003L + w;
                futures.add(pool.submit(() -> {
                    Mutator mutator = new Mutator(workerSeed);
                    CitationExtractor extractor = new CitationExtractor();
                    for (long i = 0; i < share; i++) {
                        String text = null;
                        byte[] bytes = null;
                        long t0 = System.nanoTime();
                        try {
                            if (i % BYTES_EVERY == 0) {
                                bytes = mutator.bytes(sources);
                                try {
                                    text = DocumentText.decode(bytes).text();
                                } catch (DocumentText.NotTextException e) {
                                    refused.incrementAndGet(); // a clear refusal is an answer
                                }
                            } else {
                                text = mutator.text(sources);
                            }
                            if (text != null) {
                                extractor.extract(text);
                                chars.addAndGet(text.length());
                            }
                        } catch (Throwable e) {
                            String key = e.getClass().getName();
                            if (escapes.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet() <= 3) {
                                save(key, text, bytes, e);
                            }
                            extractor = new CitationExtractor(); // a fresh one: the failure may have left it half-way
                        }
                        slowest.offer(System.nanoTime() - t0, text == null ? (bytes == null ? 0 : bytes.length) : text.length());
                        long n = done.incrementAndGet();
                        if (n % 100_000 == 0) {
                            System.err.printf(Locale.ROOT, "%,d inputs, %,d escapes%n", n,
                                    escapes.values().stream().mapToLong(AtomicLong::get).sum());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long escaped = escapes.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf(Locale.ROOT, "inputs: %,d in %.1f s (%,.0f/s, %d threads), %.1f MB of text extracted; "
                        + "decoder refusals (NotTextException, an answer): %,d%n",
                done.get(), seconds, done.get() / seconds, workers, chars.get() / 1e6, refused.get());
        System.out.printf(Locale.ROOT, "exceptions escaped: %,d%s%n", escaped, escapes.isEmpty() ? ""
                : " " + escapes + " (inputs in " + failures.toAbsolutePath() + ")");
        System.out.printf(Locale.ROOT, "slowest input: %.1f ms for %,d characters; slowest per KB: %.2f ms/KB (%,d characters)%n",
                slowest.worstNanos / 1e6, slowest.worstSize, slowest.worstPerKb / 1e6, slowest.worstPerKbSize);
        double ratio = linearity(sources);
        return escaped == 0 && ratio <= linearMaxRatio ? 0 : 1;
    }

    /**
     * Extraction time per KB of damaged texts of 16 KB, 128 KB, 1 MB and 8 MB (the same damaged documents
     * repeated), best of three: the largest's over the smallest's is printed and returned.
     */
    private double linearity(List<String> sources) {
        Mutator mutator = new Mutator(seed ^ 0x5DEECE66DL);
        StringBuilder unit = new StringBuilder();
        while (unit.length() < 16_384) {
            unit.append(mutator.text(sources)).append('\n');
        }
        CitationExtractor extractor = new CitationExtractor();
        double smallest = 0;
        double perKb = 0;
        StringBuilder line = new StringBuilder("time per KB by size:");
        for (int copies : new int[] {1, 8, 64, 512}) {
            String text = unit.toString().repeat(copies);
            long best = Long.MAX_VALUE;
            for (int run = 0; run < (copies >= 512 ? 2 : 3); run++) {
                long t0 = System.nanoTime();
                extractor.extract(text);
                best = Math.min(best, System.nanoTime() - t0);
            }
            perKb = best / 1e3 / (text.length() / 1024.0);
            if (smallest == 0) {
                smallest = perKb;
            }
            line.append(String.format(Locale.ROOT, "  %,d KB: %.1f µs", text.length() / 1024, perKb));
        }
        double ratio = perKb / smallest;
        System.out.println(line + String.format(Locale.ROOT, "; largest / smallest: %.2f", ratio));
        return ratio;
    }

    private void save(String kind, String text, byte[] bytes, Throwable e) {
        try {
            Files.createDirectories(failures);
            String name = kind.substring(kind.lastIndexOf('.') + 1) + "-" + System.nanoTime();
            if (text != null) {
                Files.writeString(failures.resolve(name + ".txt"), text);
            }
            if (bytes != null) {
                Files.write(failures.resolve(name + ".bin"), bytes);
            }
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            Files.writeString(failures.resolve(name + ".trace"), trace.toString());
        } catch (IOException io) {
            System.err.println("could not save a failing input: " + io.getMessage());
        }
    }

    /** The slowest input, and the slowest per KB among inputs of at least 1 KB. */
    private static final class Slowest {
        long worstNanos;
        int worstSize;
        double worstPerKb;
        int worstPerKbSize;

        synchronized void offer(long nanos, int size) {
            if (nanos > worstNanos) {
                worstNanos = nanos;
                worstSize = size;
            }
            if (size >= 1024 && nanos / (size / 1024.0) > worstPerKb) {
                worstPerKb = nanos / (size / 1024.0);
                worstPerKbSize = size;
            }
        }
    }
}
