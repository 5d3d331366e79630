package dev.lexgraph.cli;

import dev.lexgraph.citation.CitationExtractor;
import dev.lexgraph.citation.ExtractionResult;
import dev.lexgraph.citation.ExtractionWarning;
import dev.lexgraph.citation.TextFolding;
import dev.lexgraph.text.DocumentText;
import dev.lexgraph.util.InOrder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code extract FILE|DIR…}: one JSON object per file and line, in the files' order; the files are read on
 * every processor at once. A file that cannot be read gets an
 * object with an "error" and makes the exit code 2; a file that is read but is not text (binary)
 * gets a NOT_TEXT warning and no citations.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the header, citations, named references and warnings of each file, one JSON object per line.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Text files, or folders of them.")
    List<Path> inputs;

    @picocli.CommandLine.Option(names = "--threads", description = "Files read at once (default: one per processor);"
            + " the lines come out in the files' order whatever this is.")
    int threads = Runtime.getRuntime().availableProcessors();

    @picocli.CommandLine.Option(names = "--max-text-chars", paramLabel = "N", description = "Characters of text a file may"
            + " decode to (default: ${DEFAULT-VALUE}, as the server's lexgraph.extraction.max-text-chars); a longer one gets"
            + " a NOT_TEXT warning. Raise it for a whole corpus kept in one file.")
    long maxTextChars = DocumentText.Limits.DEFAULT.maxChars();

    @picocli.CommandLine.Option(names = "--timing", description = "After the lines, print one JSON object to the error"
            + " stream: the megabytes read and the seconds and MB/s of the extraction (the JVM's start left out), then"
            + " the floor, the same files read, decoded and folded again without parsing on as many threads, and"
            + " the extraction's time as a multiple of the floor's.")
    boolean timing;

    /** One file's line, and what to tell on the error stream when it could not be read. */
    private record Outcome(byte[] json, String error) {
    }

    @Override
    public Integer call() throws Exception {
        // Buffered, flushed when the next line is not ready yet: a pipe reader sees each line soon, without a
        // write to the system per line. The lines come as UTF-8 bytes made on the extraction threads, so the
        // thread that writes them in order only copies.
        java.io.PrintStream out = new java.io.PrintStream(new java.io.BufferedOutputStream(System.out, 1 << 16), false);
        List<Path> files = InputFiles.expand(inputs);
        DocumentText.Limits d = DocumentText.Limits.DEFAULT;
        DocumentText.Limits limits = new DocumentText.Limits(maxTextChars, d.maxPdfPages(), d.maxInflated(), d.timeBudget());
        int[] unreadable = {0};
        long started = System.nanoTime();
        long uptimeAtStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        // Files in flight on every processor, their lines written in the files' order.
        InOrder.map(files.iterator(), Math.min(threads, files.size()), "extract", 2 * threads, file -> {
            try {
                return extract(file, limits);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, o -> {
            if (o.error() != null) {
                unreadable[0]++;
                System.err.println(o.error());
            }
            out.write(o.json(), 0, o.json().length);
            out.write('\n');
        }, out::flush);
        out.flush();
        if (timing) {
            System.err.println(Json.MAPPER.writeValueAsString(timing(files, limits, uptimeAtStart, System.nanoTime() - started)));
        }
        return unreadable[0] == 0 ? 0 : 2;
    }

    /**
     * The extraction's figures beside the floor's: what reading, decoding and folding the same files costs with
     * no parsing, measured in the same process after the extraction (its code compiled, the files in the
     * system's cache), so the ratio shows what the parsing itself adds.
     */
    private Map<String, Object> timing(List<Path> files, DocumentText.Limits limits, long uptimeAtStart,
                                       long extractNanos)
            throws IOException {
        long bytes = 0;
        for (Path f : files) {
            bytes += java.nio.file.Files.isRegularFile(f) ? java.nio.file.Files.size(f) : 0;
        }
        long[] folded = {0};
        long floorStarted = System.nanoTime();
        InOrder.map(files.iterator(), Math.min(threads, files.size()), "floor", 2 * threads, file -> {
            try {
                return TextFolding.foldAll(DocumentText.read(file, limits).text()).length;
            } catch (IOException | RuntimeException e) {
                return 0; // the extraction reported it
            }
        }, n -> folded[0] += n, () -> { });
        long floorNanos = System.nanoTime() - floorStarted;
        double mb = bytes / 1e6;
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("files", files.size());
        t.put("megabytes", round(mb));
        t.put("threads", Math.min(threads, files.size()));
        t.put("secondsBeforeExtraction", round(uptimeAtStart / 1e3)); // the JVM's start and the command line's
        t.put("extractSeconds", round(extractNanos / 1e9, 3));
        t.put("extractMegabytesPerSecond", round(mb / (extractNanos / 1e9)));
        t.put("floorSeconds", round(floorNanos / 1e9, 3));
        t.put("floorMegabytesPerSecond", round(mb / (floorNanos / 1e9)));
        t.put("charactersFolded", folded[0]);
        t.put("extractOverFloor", round((double) extractNanos / floorNanos, 3));
        return t;
    }

    private static double round(double x) {
        return round(x, 2);
    }

    private static double round(double x, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(x * scale) / scale;
    }

    private static Outcome extract(Path file, DocumentText.Limits limits) throws IOException {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("file", file.getFileName().toString());
        line.put("path", file.toString());
        String error = null;
        try {
            DocumentText.Decoded decoded = DocumentText.read(file, limits);
            ExtractionResult r = CitationExtractor.forThisThread().extract(decoded.text());
            line.put("encoding", decoded.encoding());
            line.put("document", r.document());
            line.put("citations", r.citations());
            line.put("named", r.named());
            line.put("shortForms", r.shortForms());
            line.put("warnings", r.warnings());
        } catch (DocumentText.NotTextException e) {
            line.put("document", null);
            line.put("citations", List.of());
            line.put("named", List.of());
            line.put("warnings", new ArrayList<>(List.of(
                    new ExtractionWarning(ExtractionWarning.Code.NOT_TEXT, e.getMessage(), null, null))));
        } catch (IOException | RuntimeException e) {
            line.put("error", describe(e));
            error = "lexgraph: " + file + ": " + describe(e);
        }
        return new Outcome(Json.MAPPER.writeValueAsBytes(line), error);
    }

    static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
