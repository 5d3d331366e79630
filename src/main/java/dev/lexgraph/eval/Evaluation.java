package dev.lexgraph.eval;

import dev.lexgraph.citation.CitationExtractor;
import dev.lexgraph.citation.ExtractionResult;
import dev.lexgraph.text.DocumentText;
import dev.lexgraph.text.SampleDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the extractor over the documents of a gold folder and scores it. */
public final class Evaluation {

    /** All files' scores with the totals. */
    public record Report(List<CitationScore.FileScore> files, CitationScore.Counts strict, CitationScore.Counts loose,
                         int relationsCompared, int relationsAgreeing) {
        public double relationAccuracy() {
            return relationsCompared == 0 ? 0 : (double) relationsAgreeing / relationsCompared;
        }
    }

    private Evaluation() {
    }

    /**
     * @param goldDir   folder of NAME.json gold files
     * @param corpusDir folder of the documents they describe (NAME.txt); a gold file whose document is
     *                  missing scores as if nothing were found
     */
    public static Report run(Path goldDir, Path corpusDir) throws IOException {
        return run(GoldFile.readAll(goldDir), file -> {
            Path doc = corpusDir.resolve(file);
            return Files.exists(doc) ? DocumentText.read(doc).text() : null;
        });
    }

    /** The bundled sample documents against their bundled gold files: what {@code eval} scores by default. */
    public static Report runBundled() throws IOException {
        Map<String, String> texts = new HashMap<>();
        SampleDocuments.all().forEach(s -> texts.put(s.name(), s.text()));
        return run(GoldFile.readBundled(), texts::get);
    }

    /** A document's text by the file name its gold gives; null when there is no such document. */
    public interface Texts {
        String text(String file) throws IOException;
    }

    /**
     * @param golds the gold files
     * @param texts the documents they describe; a gold file whose document is missing scores as if nothing
     *              were found
     */
    public static Report run(List<GoldFile> golds, Texts texts) throws IOException {
        CitationExtractor extractor = new CitationExtractor();
        List<CitationScore.FileScore> files = new ArrayList<>();
        int compared = 0;
        int agreeing = 0;
        for (GoldFile gold : golds) {
            String text = texts.text(gold.file());
            ExtractionResult r = text != null
                    ? extractor.extract(text)
                    : new ExtractionResult(null, List.of(), List.of(), List.of());
            CitationScore.FileScore s = CitationScore.score(gold, r.citations());
            files.add(s);
            compared += s.relationsCompared();
            agreeing += s.relationsAgreeing();
        }
        return new Report(files, CitationScore.total(files, true), CitationScore.total(files, false), compared, agreeing);
    }
}
