package dev.lexgraph.cli;

import dev.lexgraph.eval.CitationScore;
import dev.lexgraph.eval.DocumentScore;
import dev.lexgraph.eval.Evaluation;
import dev.lexgraph.eval.GoldFile;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eval}: scores the extractor against a gold folder (the format of eval/README.md). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction against gold citations: precision, recall and F1, strict and loose, per file and overall.")
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", description = "Folder of gold files (NAME.json). Default: the gold of the five sample"
            + " documents the jar carries.")
    Path gold;

    @Option(names = "--corpus", description = "Folder of the documents the gold files name (NAME.txt). Default: the"
            + " gold folder when --gold is given, else the bundled sample documents.")
    Path corpus;

    @Option(names = "--min-f1", description = "Exit with code 1 when the overall strict F1 is below this.")
    Double minF1;

    @Option(names = "--json", description = "Print the report as JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Evaluation.Report r;
        if (gold != null) {
            r = Evaluation.run(gold, corpus != null ? corpus : gold);
        } else if (corpus != null) {
            r = Evaluation.run(GoldFile.readBundled(), corpus);
        } else {
            r = Evaluation.runBundled();
        }
        if (json) {
            System.out.println(Json.MAPPER.writeValueAsString(r));
        } else {
            System.out.printf(Locale.ROOT, "%-28s %7s %7s %7s   %7s %7s %7s%n", "file", "P", "R", "F1", "P~", "R~", "F1~");
            for (CitationScore.FileScore f : r.files()) {
                row(f.name(), f.strict(), f.loose());
            }
            row("ALL (micro)", r.strict(), r.loose());
            System.out.printf(Locale.ROOT, "strict: tp=%d pred=%d gold=%d   loose (~): tp=%d pred=%d gold=%d%n",
                    r.strict().truePositives(), r.strict().predicted(), r.strict().gold(),
                    r.loose().truePositives(), r.loose().predicted(), r.loose().gold());
            System.out.printf(Locale.ROOT, "relation agreement on strict matches (based_on, guides as cites): %d/%d = %.3f%n",
                    r.relationsAgreeing(), r.relationsCompared(), r.relationAccuracy());
            r.relationConfusion().forEach((pair, n) -> System.out.printf(Locale.ROOT, "  relation %s: %d%n", pair, n));
            Evaluation.HeaderTotals h = r.header();
            System.out.printf(Locale.ROOT, "header right, of %d files: type %d (%.3f), symbol %d (%.3f), date %d (%.3f),"
                            + " all three %d (%.3f)%n", h.files(), h.typeRight(), h.share(h.typeRight()), h.symbolRight(),
                    h.share(h.symbolRight()), h.dateRight(), h.share(h.dateRight()), h.allRight(), h.share(h.allRight()));
            System.out.printf(Locale.ROOT, "issuer right (loosely), of %d files: %d (%.3f)%n", h.files(), h.issuerRight(),
                    h.share(h.issuerRight()));
            Evaluation.ProvinceTotals pr = r.province();
            System.out.printf(Locale.ROOT, "document's province, of %d local documents: right %d (%.3f); of %d central"
                    + " ones, given none: %d%n", pr.local(), pr.localRight(), pr.localShare(), pr.central(),
                    pr.centralRight());
            Evaluation.PurposeTotals p = r.purpose();
            System.out.printf(Locale.ROOT, "purpose (document.implements): P %.3f R %.3f F1 %.3f (tp=%d pred=%d gold=%d),"
                            + " exactly right in %d of %d files (%.3f)%n", p.counts().precision(), p.counts().recall(),
                    p.counts().f1(), p.counts().truePositives(), p.counts().predicted(), p.counts().gold(), p.exact(),
                    p.files(), p.exactShare());
            System.out.println(dev.lexgraph.eval.NamedScore.describe(r.named()));
            System.out.println(dev.lexgraph.eval.NamedScore.describeLaws(r.namedLaws()));
            for (CitationScore.FileScore f : r.files()) {
                for (String k : f.missed()) {
                    System.out.println("  missed " + f.name() + ": " + k);
                }
                for (String k : f.extra()) {
                    System.out.println("  extra  " + f.name() + ": " + k);
                }
            }
            for (DocumentScore d : r.documents()) {
                if (!d.headerRight()) {
                    System.out.println("  header " + d.name() + ": read " + d.predictedHeader());
                }
                if (!d.issuerRight()) {
                    System.out.println("  issuer " + d.name() + ": gold " + d.goldIssuer() + ", read " + d.predictedIssuer());
                }
                if (d.provinceScored() && !d.provinceRight()) {
                    System.out.println("  province " + d.name() + ": gold " + d.goldProvince() + ", read "
                            + d.predictedProvince());
                }
                if (!d.purposeExact()) {
                    System.out.println("  purpose " + d.name() + ": gold " + d.goldPurpose() + ", read " + d.predictedPurpose());
                }
            }
            for (dev.lexgraph.eval.NamedScore.FileScore f : r.namedFiles()) {
                f.missed().forEach(k -> System.out.println("  name missed " + f.name() + ": " + k));
                f.extra().forEach(k -> System.out.println("  name extra  " + f.name() + ": " + k));
            }
        }
        if (minF1 != null && r.strict().f1() < minF1) {
            System.err.printf(Locale.ROOT, "strict F1 %.3f is below --min-f1 %.3f%n", r.strict().f1(), minF1);
            return 1;
        }
        return 0;
    }

    private static void row(String name, CitationScore.Counts s, CitationScore.Counts l) {
        System.out.printf(Locale.ROOT, "%-28s %7.3f %7.3f %7.3f   %7.3f %7.3f %7.3f%n", name,
                s.precision(), s.recall(), s.f1(), l.precision(), l.recall(), l.f1());
    }
}
