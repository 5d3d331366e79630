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
import java.util.TreeMap;

/** Runs the extractor over the documents of a gold folder and scores it. */
public final class Evaluation {

    /**
     * All files' scores with the totals: citations (strict and loose), relation agreement on the strict
     * matches with the disagreements by pair ("gold -> predicted"), the header per field and the purpose.
     */
    public record Report(List<CitationScore.FileScore> files, CitationScore.Counts strict, CitationScore.Counts loose,
                         int relationsCompared, int relationsAgreeing, Map<String, Integer> relationConfusion,
                         List<DocumentScore> documents, HeaderTotals header, ProvinceTotals province,
                         PurposeTotals purpose,
                         List<NamedScore.FileScore> namedFiles, NamedScore.Totals named, NamedScore.Totals namedLaws) {
        public double relationAccuracy() {
            return relationsCompared == 0 ? 0 : (double) relationsAgreeing / relationsCompared;
        }
    }

    /**
     * How many files' headers have each field right, of the files whose gold gives a document (the issuer compared
     * loosely, see {@link DocumentScore#issuerRight}; "all three" are type, symbol and date).
     */
    public record HeaderTotals(int files, int typeRight, int symbolRight, int dateRight, int allRight, int issuerRight) {
        static HeaderTotals of(List<DocumentScore> ds) {
            return new HeaderTotals(ds.size(), count(ds, DocumentScore::typeRight), count(ds, DocumentScore::symbolRight),
                    count(ds, DocumentScore::dateRight), count(ds, DocumentScore::headerRight),
                    count(ds, DocumentScore::issuerRight));
        }

        private static int count(List<DocumentScore> ds, java.util.function.Predicate<DocumentScore> p) {
            return (int) ds.stream().filter(p).count();
        }

        public double share(int n) {
            return files == 0 ? 0 : (double) n / files;
        }
    }

    /**
     * The province each file's document is filed under: of the local documents (the gold's place is a province), how
     * many get that province; of the central ones (no place), how many get none. A place that names no province
     * (a commune's) is not counted.
     */
    public record ProvinceTotals(int local, int localRight, int central, int centralRight) {
        static ProvinceTotals of(List<DocumentScore> ds) {
            List<DocumentScore> local = ds.stream().filter(d -> d.provinceScored() && d.goldProvince() != null).toList();
            List<DocumentScore> central = ds.stream().filter(d -> d.provinceScored() && d.goldProvince() == null).toList();
            return new ProvinceTotals(local.size(), HeaderTotals.count(local, DocumentScore::provinceRight),
                    central.size(), HeaderTotals.count(central, DocumentScore::provinceRight));
        }

        public double localShare() {
            return local == 0 ? 0 : (double) localRight / local;
        }
    }

    /** The purpose ("what was this document issued to implement?"): symbol counts over files, and exact sets. */
    public record PurposeTotals(CitationScore.Counts counts, int files, int exact) {
        static PurposeTotals of(List<DocumentScore> ds) {
            int tp = 0;
            int pred = 0;
            int gold = 0;
            int exact = 0;
            for (DocumentScore d : ds) {
                tp += d.purposeAgreeing();
                pred += d.predictedPurpose().size();
                gold += d.goldPurpose().size();
                exact += d.purposeExact() ? 1 : 0;
            }
            return new PurposeTotals(new CitationScore.Counts(tp, pred, gold), ds.size(), exact);
        }

        public double exactShare() {
            return files == 0 ? 0 : (double) exact / files;
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
        return run(GoldFile.readAll(goldDir), corpusDir);
    }

    /** The gold files against the documents of a folder (NAME.txt as each gold names it). */
    public static Report run(List<GoldFile> golds, Path corpusDir) throws IOException {
        return run(golds, file -> {
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
        Map<String, Integer> confusion = new TreeMap<>();
        List<DocumentScore> documents = new ArrayList<>();
        List<NamedScore.FileScore> named = new ArrayList<>();
        List<NamedScore.FileScore> namedLaws = new ArrayList<>();
        for (GoldFile gold : golds) {
            String text = texts.text(gold.file());
            ExtractionResult r = text != null
                    ? extractor.extract(text)
                    : new ExtractionResult(null, List.of(), List.of(), List.of());
            CitationScore.FileScore s = CitationScore.score(gold, r.citations());
            files.add(s);
            compared += s.relationsCompared();
            agreeing += s.relationsAgreeing();
            s.relationConfusion().forEach((k, v) -> confusion.merge(k, v, Integer::sum));
            DocumentScore d = DocumentScore.score(gold, r.document(), r.citations());
            if (d != null) {
                documents.add(d);
            }
            named.add(NamedScore.score(gold, r.named()));
            namedLaws.add(NamedScore.scoreLaws(gold, r.named()));
        }
        return new Report(files, CitationScore.total(files, true), CitationScore.total(files, false), compared, agreeing,
                confusion, documents, HeaderTotals.of(documents), ProvinceTotals.of(documents),
                PurposeTotals.of(documents), named,
                NamedScore.Totals.of(named), NamedScore.Totals.of(namedLaws));
    }
}
