package dev.lexgraph.eval;

import dev.lexgraph.citation.Citation;
import dev.lexgraph.citation.TextFolding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The scoring of eval/README.md (classpath): per file, predicted and gold citations compared as multisets
 * of (type, fold(symbol), date) — strict — and of fold(symbol) alone — loose; counts summed over files
 * (micro average). Relation accuracy is reported on strictly matched pairs, matched in reading order.
 */
public final class CitationScore {

    /** Counts for one file or for all. */
    public record Counts(int truePositives, int predicted, int gold) {
        public double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(truePositives + o.truePositives, predicted + o.predicted, gold + o.gold);
        }
    }

    /** One file's result: counts, and the keys missed (in gold, not predicted) and extra. */
    public record FileScore(String name, Counts strict, Counts loose, List<String> missed, List<String> extra,
                            int relationsCompared, int relationsAgreeing, Map<String, Integer> relationConfusion) {
    }

    /**
     * The relation classes scoring compares: a legal basis ("Căn cứ …", {@code based_on}) and a guided document
     * ({@code guides}) are plain citations for the reader who writes the gold; the others stand as they are.
     */
    public static String relationClass(String code) {
        return code == null ? null : switch (code) {
            case "based_on", "guides" -> "cites";
            default -> code;
        };
    }

    private CitationScore() {
    }

    public static String strictKey(String type, String symbol, String date) {
        return type + " | " + TextFolding.symbolKey(symbol == null ? "" : symbol) + " | " + date;
    }

    public static FileScore score(GoldFile gold, List<Citation> predicted) {
        List<String> g = new ArrayList<>();
        List<String> p = new ArrayList<>();
        for (GoldFile.GoldCitation c : gold.citations()) {
            g.add(strictKey(c.type(), c.symbol(), c.date()));
        }
        for (Citation c : predicted) {
            p.add(strictKey(c.type() == null ? null : c.type().name(), c.symbol(), c.date()));
        }
        Counts strict = compare(g, p, Function.identity());
        Counts loose = compare(g, p, k -> k.split(" \\| ", -1)[1]);

        Map<String, Integer> remaining = counts(p);
        List<String> missed = new ArrayList<>();
        for (String k : g) {
            if (remaining.getOrDefault(k, 0) > 0) {
                remaining.merge(k, -1, Integer::sum);
            } else {
                missed.add(k);
            }
        }
        Map<String, Integer> goldLeft = counts(g);
        List<String> extra = new ArrayList<>();
        for (String k : p) {
            if (goldLeft.getOrDefault(k, 0) > 0) {
                goldLeft.merge(k, -1, Integer::sum);
            } else {
                extra.add(k);
            }
        }

        // Relation agreement: pair the i-th gold mention of a key with the i-th predicted one.
        Map<String, List<Citation>> byKey = new HashMap<>();
        for (int i = 0; i < predicted.size(); i++) {
            byKey.computeIfAbsent(p.get(i), k -> new ArrayList<>()).add(predicted.get(i));
        }
        int compared = 0;
        int agreeing = 0;
        Map<String, Integer> confusion = new java.util.TreeMap<>();
        for (int i = 0; i < g.size(); i++) {
            List<Citation> list = byKey.get(g.get(i));
            if (list == null || list.isEmpty()) {
                continue;
            }
            Citation c = list.remove(0);
            String goldRel = relationClass(gold.citations().get(i).relation());
            if (goldRel != null) {
                compared++;
                String predictedRel = c.relation() == null ? null : relationClass(c.relation().code());
                if (Objects.equals(goldRel, predictedRel)) {
                    agreeing++;
                } else {
                    confusion.merge(goldRel + " -> " + predictedRel, 1, Integer::sum);
                }
            }
        }
        return new FileScore(gold.name(), strict, loose, missed, extra, compared, agreeing, confusion);
    }

    public static Counts total(List<FileScore> files, boolean strict) {
        Counts t = new Counts(0, 0, 0);
        for (FileScore f : files) {
            t = t.plus(strict ? f.strict() : f.loose());
        }
        return t;
    }

    private static Counts compare(List<String> gold, List<String> pred, Function<String, String> key) {
        Map<String, Integer> g = counts(gold.stream().map(key).toList());
        Map<String, Integer> p = counts(pred.stream().map(key).toList());
        int tp = 0;
        for (Map.Entry<String, Integer> e : g.entrySet()) {
            tp += Math.min(e.getValue(), p.getOrDefault(e.getKey(), 0));
        }
        return new Counts(tp, pred.size(), gold.size());
    }

    private static Map<String, Integer> counts(List<String> keys) {
        Map<String, Integer> m = new HashMap<>();
        for (String k : keys) {
            m.merge(k, 1, Integer::sum);
        }
        return m;
    }
}
