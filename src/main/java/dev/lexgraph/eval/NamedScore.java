package dev.lexgraph.eval;

import dev.lexgraph.citation.NamedReference;
import dev.lexgraph.citation.TextFolding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * References by name, per file: gold and predicted names compared as multisets of their folded names
 * (diacritics, case, spaces and punctuation set aside), then of name and year together; and, for the
 * gold references that give a law's symbol, whether a predicted reference resolved to that symbol.
 */
public final class NamedScore {

    /** One file's counts and what differed ("name (year)"). */
    public record FileScore(String name, int gold, int predicted, int names, int namesAndYears, int lawsGold,
                            int lawsRight, List<String> missed, List<String> extra) {
    }

    /** Sums over files. */
    public record Totals(int gold, int predicted, int names, int namesAndYears, int lawsGold, int lawsRight) {
        public double nameRecall() {
            return share(names, gold);
        }

        public double namePrecision() {
            return share(names, predicted);
        }

        public double nameAndYearRecall() {
            return share(namesAndYears, gold);
        }

        public double nameAndYearPrecision() {
            return share(namesAndYears, predicted);
        }

        public double lawShare() {
            return share(lawsRight, lawsGold);
        }

        private static double share(int n, int of) {
            return of == 0 ? 0 : (double) n / of;
        }

        static Totals of(List<FileScore> files) {
            int g = 0;
            int p = 0;
            int n = 0;
            int ny = 0;
            int lg = 0;
            int lr = 0;
            for (FileScore f : files) {
                g += f.gold();
                p += f.predicted();
                n += f.names();
                ny += f.namesAndYears();
                lg += f.lawsGold();
                lr += f.lawsRight();
            }
            return new Totals(g, p, n, ny, lg, lr);
        }
    }

    private NamedScore() {
    }

    /** The comparison key of a name: folded, lower case, letters and digits only. */
    static String nameKey(String name) {
        String f = TextFolding.foldLower(name == null ? "" : name);
        StringBuilder b = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The types of laws: the references the law table resolves. */
    static final java.util.Set<String> LAW_TYPES = java.util.Set.of("LUAT", "BO_LUAT", "PHAP_LENH", "HIEN_PHAP");

    /** The laws alone: gold and predicted references of the law types. */
    public static FileScore scoreLaws(GoldFile gold, List<NamedReference> predicted) {
        GoldFile laws = new GoldFile(gold.name(), gold.file(), gold.document(), gold.citations(),
                gold.named().stream().filter(n -> LAW_TYPES.contains(n.type())).toList());
        return score(laws, predicted.stream().filter(n -> LAW_TYPES.contains(n.type().name())).toList());
    }

    public static FileScore score(GoldFile gold, List<NamedReference> predicted) {
        Map<String, Integer> goldNames = new HashMap<>();
        Map<String, Integer> goldNamesYears = new HashMap<>();
        Map<String, Integer> goldSymbols = new HashMap<>();
        for (GoldFile.GoldNamed g : gold.named()) {
            goldNames.merge(nameKey(g.name()), 1, Integer::sum);
            goldNamesYears.merge(nameKey(g.name()) + "|" + g.year(), 1, Integer::sum);
            if (g.symbol() != null) {
                goldSymbols.merge(TextFolding.symbolKey(g.symbol()), 1, Integer::sum);
            }
        }
        int names = 0;
        int namesYears = 0;
        int lawsRight = 0;
        List<String> extra = new ArrayList<>();
        Map<String, Integer> unmatchedGold = new HashMap<>(goldNamesYears);
        for (NamedReference p : predicted) {
            if (take(goldNames, nameKey(p.name()))) {
                names++;
            }
            String ny = nameKey(p.name()) + "|" + p.year();
            if (take(goldNamesYears, ny)) {
                namesYears++;
                take(unmatchedGold, ny);
            } else {
                extra.add(p.name() + " (" + p.year() + ")");
            }
            if (p.symbol() != null && take(goldSymbols, TextFolding.symbolKey(p.symbol()))) {
                lawsRight++;
            }
        }
        List<String> missed = new ArrayList<>();
        for (GoldFile.GoldNamed g : gold.named()) {
            if (take(unmatchedGold, nameKey(g.name()) + "|" + g.year())) {
                missed.add(g.name() + " (" + g.year() + ")" + (g.symbol() == null ? "" : " " + g.symbol()));
            }
        }
        int lawsGold = (int) gold.named().stream().filter(g -> g.symbol() != null).count();
        return new FileScore(gold.name(), gold.named().size(), predicted.size(), names, namesYears, lawsGold, lawsRight,
                missed, extra);
    }

    private static boolean take(Map<String, Integer> bag, String key) {
        Integer n = bag.get(key);
        if (n == null || n == 0) {
            return false;
        }
        bag.put(key, n - 1);
        return true;
    }

    public static String describeLaws(Totals t) {
        return String.format(Locale.ROOT, "  of them laws, codes, ordinances, constitutions: of %d (%d read): name and year %d"
                        + " (R %.3f, P %.3f)", t.gold(), t.predicted(), t.namesAndYears(), t.nameAndYearRecall(),
                t.nameAndYearPrecision());
    }

    public static String describe(Totals t) {
        return String.format(Locale.ROOT, "references by name, of %d (%d read): name %d (R %.3f, P %.3f), name and year %d"
                        + " (R %.3f, P %.3f); laws resolved to the right symbol %d of %d (%.3f)", t.gold(), t.predicted(),
                t.names(), t.nameRecall(), t.namePrecision(), t.namesAndYears(), t.nameAndYearRecall(),
                t.nameAndYearPrecision(), t.lawsRight(), t.lawsGold(), t.lawShare());
    }
}
