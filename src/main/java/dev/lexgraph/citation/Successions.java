package dev.lexgraph.citation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which body took over the work of one that ceased in the 2025 reorganisation, and from when: ministries
 * and provincial departments merged on 1 March 2025 ({@code successions.tsv}), provinces on 1 July 2025
 * ({@code provinces.tsv}), so that "Sở Thông tin và Truyền thông tỉnh Quảng Bình" is succeeded by "Sở Khoa
 * học và Công nghệ tỉnh Quảng Bình", and that one by "Sở Khoa học và Công nghệ tỉnh Quảng Trị". A body
 * keeps its own documents; its successor continues its work.
 */
public final class Successions {

    /** The body that continued a body's work, from {@code since}, and what says so. */
    public record Succession(String successor, LocalDate since, String source) {
    }

    /** Where the province mergers are stated. */
    public static final String PROVINCES_SOURCE = "Nghị quyết 202/2025/QH15";

    private record Rename(String predecessor, String folded, String successor, LocalDate since, String source) {
    }

    private static final List<Rename> RENAMES = load();

    /** How a provincial-level unit is named inside a body's name, by kind. */
    private static final List<String[]> KIND_WORDS = List.of(
            new String[] {"tỉnh ", "thành phố "}, new String[] {"Tỉnh ủy ", "Thành ủy "});

    private Successions() {
    }

    private static List<Rename> load() {
        List<Rename> out = new ArrayList<>();
        for (String[] row : Gazetteer.read("successions.tsv")) {
            out.add(new Rename(row[1], TextFolding.foldLower(row[1]), row[2], LocalDate.parse(row[3]), row[4]));
        }
        return List.copyOf(out);
    }

    /** The body's immediate successor, or empty when it continues (or the tables do not know it). */
    public static Optional<Succession> of(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        String folded = TextFolding.foldLower(body);
        for (Rename r : RENAMES) {
            // the whole name, or the name before its province: "Sở Giao thông vận tải tỉnh Bắc Ninh"
            if (folded.startsWith(r.folded()) && (folded.length() == r.folded().length()
                    || folded.charAt(r.folded().length()) == ' ')) {
                return Optional.of(new Succession(r.successor() + body.substring(r.predecessor().length()),
                        r.since(), r.source()));
            }
        }
        for (Provinces.Province p : Provinces.all()) {
            if (p.current()) {
                continue;
            }
            Provinces.Province into = Provinces.named(p.mergedInto()).orElseThrow();
            for (String[] kinds : KIND_WORDS) {
                String named = kinds[p.city() ? 1 : 0] + p.name();
                if (body.endsWith(named)) {
                    String successor = body.substring(0, body.length() - named.length())
                            + kinds[into.city() ? 1 : 0] + into.name();
                    return Optional.of(new Succession(successor, Provinces.MERGED_ON, PROVINCES_SOURCE));
                }
            }
        }
        return Optional.empty();
    }
}
