package dev.lexgraph.cli;

import dev.lexgraph.citation.CitationExtractor;
import dev.lexgraph.citation.ExtractionResult;
import dev.lexgraph.citation.ExtractionWarning;
import dev.lexgraph.text.DocumentText;
import java.io.IOException;
import java.io.PrintWriter;
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
 * {@code extract FILE|DIR…}: one JSON object per file and line. A file that cannot be read gets an
 * object with an "error" and makes the exit code 2; a file that is read but is not text (binary)
 * gets a NOT_TEXT warning and no citations.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the header, citations, named references and warnings of each file, one JSON object per line.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Text files, or folders of them.")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        CitationExtractor extractor = new CitationExtractor();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        int unreadable = 0;
        for (Path file : InputFiles.expand(inputs)) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("file", file.getFileName().toString());
            line.put("path", file.toString());
            try {
                DocumentText.Decoded decoded = DocumentText.read(file);
                ExtractionResult r = extractor.extract(decoded.text());
                line.put("encoding", decoded.encoding());
                line.put("document", r.document());
                line.put("citations", r.citations());
                line.put("named", r.named());
                line.put("warnings", r.warnings());
            } catch (DocumentText.NotTextException e) {
                line.put("document", null);
                line.put("citations", List.of());
                line.put("named", List.of());
                line.put("warnings", new ArrayList<>(List.of(
                        new ExtractionWarning(ExtractionWarning.NOT_TEXT, e.getMessage(), null, null))));
            } catch (IOException | RuntimeException e) {
                unreadable++;
                line.put("error", describe(e));
                System.err.println("lexgraph: " + file + ": " + describe(e));
            }
            out.println(Json.MAPPER.writeValueAsString(line));
            out.flush();
        }
        return unreadable == 0 ? 0 : 2;
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
