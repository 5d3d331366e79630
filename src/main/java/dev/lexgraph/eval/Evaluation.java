package dev.lexgraph.eval;

import dev.lexgraph.citation.CitationExtractor;
import dev.lexgraph.citation.ExtractionResult;
import dev.lexgraph.text.DocumentText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        CitationExtractor extractor = new CitationExtractor();
        List<CitationScore.FileScore> files = new ArrayList<>();
        int compared = 0;
        int agreeing = 0;
        for (GoldFile gold : GoldFile.readAll(goldDir)) {
            Path doc = corpusDir.resolve(gold.file());
            ExtractionResult r = Files.exists(doc)
                    ? extractor.extract(DocumentText.read(doc).text())
                    : new ExtractionResult(null, List.of(), List.of(), List.of());
            CitationScore.FileScore s = CitationScore.score(gold, r.citations());
            files.add(s);
            compared += s.relationsCompared();
            agreeing += s.relationsAgreeing();
        }
        return new Report(files, CitationScore.total(files, true), CitationScore.total(files, false), compared, agreeing);
    }
}
