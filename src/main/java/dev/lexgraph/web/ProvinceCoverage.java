package dev.lexgraph.web;

import dev.lexgraph.query.DocumentRef;
import dev.lexgraph.query.DocumentRepository.Coverage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For a central document, each of the 34 provinces of today: the plans (and other documents) that
 * implement it and the reports on it issued there, counting those of the provinces merged into it.
 */
public record ProvinceCoverage(List<Row> rows, int withPlan, int withReport, int withNeither) {

    /** One province: how many plans and reports, and the newest few of each, to link to. */
    public record Row(String slug, String name, long plans, List<DocumentRef> newestPlans, long reports,
               List<DocumentRef> newestReports) {

        public boolean neither() {
            return plans == 0 && reports == 0;
        }
    }

    static ProvinceCoverage of(List<Coverage> counts, Jurisdictions jurisdictions) {
        Map<String, long[]> tally = new LinkedHashMap<>();
        Map<String, List<DocumentRef>> plans = new LinkedHashMap<>();
        Map<String, List<DocumentRef>> reports = new LinkedHashMap<>();
        for (Coverage c : counts) {
            String today = jurisdictions.today(c.jurisdiction());
            if (today == null) {
                continue; // central bodies, unknown provinces
            }
            tally.computeIfAbsent(today, k -> new long[2])[c.report() ? 1 : 0] += c.documents();
            List<DocumentRef> newest = (c.report() ? reports : plans).computeIfAbsent(today, k -> new ArrayList<>());
            for (DocumentRef d : c.newest()) {
                if (newest.size() < 3) {
                    newest.add(d);
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        int withPlan = 0;
        int withReport = 0;
        int withNeither = 0;
        for (Jurisdictions.Option p : jurisdictions.current()) {
            long[] t = tally.getOrDefault(p.slug(), new long[2]);
            Row row = new Row(p.slug(), p.name(), t[0], plans.getOrDefault(p.slug(), List.of()), t[1],
                    reports.getOrDefault(p.slug(), List.of()));
            rows.add(row);
            withPlan += t[0] > 0 ? 1 : 0;
            withReport += t[1] > 0 ? 1 : 0;
            withNeither += row.neither() ? 1 : 0;
        }
        return new ProvinceCoverage(rows, withPlan, withReport, withNeither);
    }
}
