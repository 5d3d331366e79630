package dev.lexgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /** Bounds a set of real documents must reach: files with a header, strict F1, header share per field, relations, purpose. */
    record Bounds(int files, double strictF1, double header, double headerDate, double relations, double purposeF1,
                  double purposeExact) {
    }

    private static void assertReaches(String set, Bounds b) throws Exception {
        Path dir = Path.of("src/test/resources", set);
        Evaluation.Report r = Evaluation.run(dir, dir);
        assertThat(r.strict().gold()).isGreaterThanOrEqualTo(40);
        assertThat(r.strict().f1()).as("strict F1: %s", r.strict()).isGreaterThanOrEqualTo(b.strictF1());
        Evaluation.HeaderTotals h = r.header();
        assertThat(h.files()).isGreaterThanOrEqualTo(b.files());
        assertThat(h.share(h.typeRight())).as("header type").isGreaterThanOrEqualTo(b.header());
        assertThat(h.share(h.symbolRight())).as("header symbol").isGreaterThanOrEqualTo(b.header());
        assertThat(h.share(h.dateRight())).as("header date").isGreaterThanOrEqualTo(b.headerDate());
        assertThat(r.relationAccuracy()).as("relations: %s", r.relationConfusion()).isGreaterThanOrEqualTo(b.relations());
        assertThat(r.purpose().counts().f1()).as("purpose: %s", r.purpose()).isGreaterThanOrEqualTo(b.purposeF1());
        assertThat(r.purpose().exactShare()).as("purpose exactly right").isGreaterThanOrEqualTo(b.purposeExact());
    }

    /**
     * The targets of issue "Real documents" on the published documents of src/test/resources/real: citations,
     * the document's own header per field, the relation of each matched mention, and its purpose.
     */
    @Test
    void realDocumentsReachTheTargetsForCitationsHeaderRelationAndPurpose() throws Exception {
        assertReaches("real", new Bounds(18, 0.97, 0.95, 0.95, 0.90, 0.90, 0.95));
    }

    /**
     * The blind set, after its first run was reported and its misses were read: relations 0.932, purpose F1 0.968
     * (15 of 16 files exactly right) now; this guards what was reached.
     */
    @Test
    void theBlindSetKeepsWhatWasReached() throws Exception {
        assertReaches("real-blind", new Bounds(16, 0.97, 0.93, 0.9, 0.90, 0.95, 0.9));
    }

    /**
     * The later blind sets, after their blind runs were reported (their READMEs) and their misses read: what was
     * reached is guarded. real-blind-2 keeps two news items about unnumbered letters and a shared notice whose
     * number stands only in an image caption below the header targets.
     */
    @Test
    void theLaterBlindSetsKeepWhatWasReached() throws Exception {
        assertReaches("real-blind-2", new Bounds(16, 0.97, 0.87, 0.93, 0.88, 0.85, 0.85));
        assertReaches("real-blind-3", new Bounds(24, 0.98, 0.99, 0.99, 0.95, 0.99, 0.99));
    }

    /**
     * The fourth blind set, both halves, after their blind runs (its README) and the families they showed:
     * a news page relaying a letter keeps its header short of all.
     */
    @Test
    void theFourthBlindSetKeepsItsBlindRun() throws Exception {
        assertReaches("real-blind-4", new Bounds(24, 0.99, 0.99, 0.99, 0.95, 0.99, 0.99));
    }

    /**
     * The fifth blind set (12 documents rich in references by name), gathered and scored blind on 2026-12-04
     * (its README): strict F1 0.952, header type and date 11 of 12, relations 1.000, names R 0.875 P 0.955.
     */
    @Test
    void theFifthBlindSetKeepsItsBlindRun() throws Exception {
        assertReaches("real-blind-5", new Bounds(12, 0.95, 0.91, 0.91, 0.99, 0.99, 0.99));
        Path dir = Path.of("src/test/resources/real-blind-5");
        NamedScore.Totals named = Evaluation.run(dir, dir).named();
        assertThat(named.nameAndYearRecall()).as("names, recall").isGreaterThanOrEqualTo(0.87);
        assertThat(named.nameAndYearPrecision()).as("names, precision").isGreaterThanOrEqualTo(0.95);
    }

    /**
     * The sixth blind set (8 documents, 25 references by name), gathered and scored blind on 2026-12-04 (its
     * README): strict F1 0.980, names R 0.760 P 0.792 blind; R 0.920 P 0.920 after the families its misses showed.
     * It holds 25 citations, fewer than the 40 {@code assertReaches} asks of a set, so its bounds are its own.
     */
    @Test
    void theSixthBlindSetKeepsWhatWasReached() throws Exception {
        Evaluation.Report r = reachesNames("real-blind-6", 8, 0.979, 0.92, 0.92);
        assertThat(r.header().symbolRight()).as("header symbol").isEqualTo(8);
        assertThat(r.header().dateRight()).as("header date").isEqualTo(8);
    }

    /**
     * A set too small for {@code assertReaches} (under 40 citations), chosen for its references by name: its files,
     * its strict F1 and its names (name and year) at least where they were reached. The report, for what the set
     * guards besides.
     */
    private static Evaluation.Report reachesNames(String set, int files, double f1, double namesRecall,
                                                  double namesPrecision) throws Exception {
        Path dir = Path.of("src/test/resources", set);
        Evaluation.Report r = Evaluation.run(dir, dir);
        assertThat(r.header().files()).isEqualTo(files);
        assertThat(r.strict().f1()).as("strict F1: %s", r.strict()).isGreaterThanOrEqualTo(f1);
        NamedScore.Totals named = r.named();
        assertThat(named.nameAndYearRecall()).as("names, recall").isGreaterThanOrEqualTo(namesRecall);
        assertThat(named.nameAndYearPrecision()).as("names, precision").isGreaterThanOrEqualTo(namesPrecision);
        return r;
    }

    /**
     * The seventh blind set (12 documents, 43 references by name), gathered and scored blind on 2026-12-04 (its
     * README): strict F1 0.930, relations 0.800, header 11 of 12, purpose F1 0, names R 0.674 P 0.829 blind; after
     * the families its misses showed, strict F1 1.000, header 12 of 12, purpose exactly right in every file, names
     * R 0.837 P 0.973 (laws R 0.972 P 1.000). Its 22 citations are too few for {@code assertReaches}.
     */
    @Test
    void theSeventhBlindSetKeepsWhatWasReached() throws Exception {
        Evaluation.Report r = reachesNames("real-blind-7", 12, 0.99, 0.83, 0.97);
        assertThat(r.header().allRight()).as("header").isEqualTo(12);
        assertThat(r.purpose().exact()).as("purpose exactly right").isEqualTo(12);
        assertThat(r.relationAccuracy()).as("relations: %s", r.relationConfusion()).isGreaterThanOrEqualTo(0.9);
        assertThat(r.namedLaws().nameAndYearRecall()).as("laws by name, recall").isGreaterThanOrEqualTo(0.97);
    }

    /**
     * The second set (Party documents, news items, central letters), after its misses were read and fixed by
     * family: what was reached is guarded; the glued forum page, a speech with no header and a news item that
     * only mentions its letter keep its header below the targets.
     */
    @Test
    void theSecondSetKeepsWhatWasReached() throws Exception {
        assertReaches("real-second", new Bounds(18, 0.97, 0.83, 0.99, 0.95, 0.84, 0.94));
    }

    /**
     * The targets of issue "Real documents" over all six real sets together (116 published documents from
     * about 40 provinces and central bodies): strict F1 0.97, the header right in 95 % of files per field,
     * relations 0.90, purpose F1 0.90 and its set exactly right in 95 % of files.
     */
    @Test
    void allRealDocumentsTogetherReachTheTargets() throws Exception {
        int files = 0, type = 0, symbol = 0, date = 0, exact = 0, purposeFiles = 0;
        int tp = 0, predicted = 0, gold = 0, ptp = 0, ppred = 0, pgold = 0, compared = 0, agreeing = 0;
        int lawsGold = 0, lawsPredicted = 0, lawsRead = 0, lawSymbols = 0, lawsResolved = 0;
        int namesGold = 0, namesPredicted = 0, namesRead = 0;
        for (String set : List.of("real", "real-blind", "real-blind-2", "real-blind-3", "real-blind-4", "real-second")) {
            Path dir = Path.of("src/test/resources", set);
            Evaluation.Report r = Evaluation.run(dir, dir);
            files += r.header().files();
            type += r.header().typeRight();
            symbol += r.header().symbolRight();
            date += r.header().dateRight();
            tp += r.strict().truePositives();
            predicted += r.strict().predicted();
            gold += r.strict().gold();
            ptp += r.purpose().counts().truePositives();
            ppred += r.purpose().counts().predicted();
            pgold += r.purpose().counts().gold();
            exact += r.purpose().exact();
            purposeFiles += r.purpose().files();
            compared += r.relationsCompared();
            agreeing += r.relationsAgreeing();
            lawsGold += r.namedLaws().gold();
            lawsPredicted += r.namedLaws().predicted();
            lawsRead += r.namedLaws().namesAndYears();
            lawSymbols += r.named().lawsGold();
            lawsResolved += r.named().lawsRight();
            namesGold += r.named().gold();
            namesPredicted += r.named().predicted();
            namesRead += r.named().namesAndYears();
        }
        assertThat(files).isGreaterThanOrEqualTo(116);
        // Laws cited by name (#19): name and year as a careful reader gives them, and the right version.
        assertThat(lawsGold).isGreaterThanOrEqualTo(140);
        assertThat((double) lawsRead / lawsGold).as("laws by name, recall").isGreaterThanOrEqualTo(0.96);
        assertThat((double) lawsRead / lawsPredicted).as("laws by name, precision").isGreaterThanOrEqualTo(0.97);
        assertThat((double) lawsResolved / lawSymbols).as("laws resolved to their symbol").isGreaterThanOrEqualTo(0.96);
        // Every reference by name (programmes, plans, regulations, Party resolutions too): guarded where it stands
        // (0.937 / 0.976 on these sets when raised).
        assertThat((double) namesRead / namesGold).as("names, recall").isGreaterThanOrEqualTo(0.93);
        assertThat((double) namesRead / namesPredicted).as("names, precision").isGreaterThanOrEqualTo(0.97);
        assertThat(new CitationScore.Counts(tp, predicted, gold).f1()).isGreaterThanOrEqualTo(0.97);
        assertThat((double) type / files).as("header type").isGreaterThanOrEqualTo(0.95);
        assertThat((double) symbol / files).as("header symbol").isGreaterThanOrEqualTo(0.95);
        assertThat((double) date / files).as("header date").isGreaterThanOrEqualTo(0.95);
        assertThat((double) agreeing / compared).as("relations").isGreaterThanOrEqualTo(0.90);
        assertThat(new CitationScore.Counts(ptp, ppred, pgold).f1()).as("purpose F1").isGreaterThanOrEqualTo(0.90);
        assertThat((double) exact / purposeFiles).as("purpose exactly right").isGreaterThanOrEqualTo(0.95);
    }

    /**
     * The province each file's document is filed under, over the nine real sets: a local document's own province
     * (113 of 125 when this was first measured, 117 now), and none for a central body's, wherever it is dated (22 of 23;
     * 3 of 23 before a centrally numbered document stopped taking its "Hà Nội, ngày …"). And its issuing body, compared
     * loosely (112 of 148; 62 before the header's body was read through portal titles and tables' lost cells).
     */
    @Test
    void everyRealDocumentIsFiledUnderItsOwnBodyAndProvince() throws Exception {
        int local = 0, localRight = 0, central = 0, centralRight = 0, files = 0, issuers = 0;
        for (String set : List.of("real", "real-second", "real-blind", "real-blind-2", "real-blind-3", "real-blind-4",
                "real-blind-5", "real-blind-6", "real-blind-7")) {
            Path dir = Path.of("src/test/resources", set);
            Evaluation.Report r = Evaluation.run(dir, dir);
            Evaluation.ProvinceTotals p = r.province();
            files += r.header().files();
            issuers += r.header().issuerRight();
            local += p.local();
            localRight += p.localRight();
            central += p.central();
            centralRight += p.centralRight();
        }
        assertThat(local).isGreaterThanOrEqualTo(120);
        assertThat(central).isGreaterThanOrEqualTo(20);
        assertThat((double) localRight / local).as("local documents' province").isGreaterThanOrEqualTo(0.90);
        assertThat((double) centralRight / central).as("central documents given no province").isGreaterThanOrEqualTo(0.95);
        assertThat((double) issuers / files).as("issuing body").isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void theSeedsKeepTheirRelationsAndPurposes() throws Exception {
        Evaluation.Report r = Evaluation.runBundled();
        assertThat(r.relationAccuracy()).as("relations: %s", r.relationConfusion()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.header().allRight()).isEqualTo(r.header().files());
        assertThat(r.purpose().counts().f1()).isGreaterThanOrEqualTo(0.95);
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

    @Test
    void theHeaderPerFieldThePurposeAndRelationDisagreementsAreScored() throws Exception {
        Path dir = Files.createTempDirectory("gold");
        String text = "UBND TỈNH ĐẮK LẮK\nSỞ NỘI VỤ\nSố: 12/KH-SNV\nĐắk Lắk, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\n"
                + "Công tác dân vận\nThực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ, Sở ban hành "
                + "Kế hoạch như sau:\nI. NHIỆM VỤ\n- Căn cứ Quyết định số 5/QĐ-UBND ngày 2/1/2025 của UBND tỉnh.\n";
        Files.writeString(dir.resolve("a.txt"), text);
        Files.writeString(dir.resolve("b.txt"), text);
        String citations = """
                "citations": [
                  {"quote": "q", "type": "CHI_THI", "symbol": "33/CT-TTg", "date": "2021-11-26", "relation": "implements"},
                  {"quote": "q", "type": "QUYET_DINH", "symbol": "5/QĐ-UBND", "date": "2025-01-02", "relation": "%s"}]""";
        Files.writeString(dir.resolve("a.json"), "{\"file\": \"a.txt\", \"document\": {\"type\": \"KE_HOACH\", "
                + "\"symbol\": \"12/KH-SNV\", \"date\": \"2025-03-05\", \"implements\": [\"33/CT-TTg\"]}, "
                + citations.formatted("cites") + "}");
        Files.writeString(dir.resolve("b.json"), "{\"file\": \"b.txt\", \"document\": {\"type\": \"KE_HOACH\", "
                + "\"symbol\": \"13/KH-SNV\", \"date\": \"2025-03-05\", \"implements\": [\"99/CT-TTg\"]}, "
                + citations.formatted("implements") + "}");
        Evaluation.Report r = Evaluation.run(dir, dir);
        assertThat(r.header().files()).isEqualTo(2);
        assertThat(r.header().typeRight()).isEqualTo(2);
        assertThat(r.header().symbolRight()).isEqualTo(1);
        assertThat(r.header().dateRight()).isEqualTo(2);
        assertThat(r.purpose().counts()).isEqualTo(new CitationScore.Counts(1, 2, 2));
        assertThat(r.purpose().exact()).isEqualTo(1);
        // based_on counts as cites; the second file's gold says implements where the extractor reads a basis.
        assertThat(r.relationsAgreeing()).isEqualTo(3);
        assertThat(r.relationConfusion()).containsExactly(java.util.Map.entry("implements -> cites", 1));
    }
}
