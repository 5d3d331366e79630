package dev.lexgraph.citation;

import java.util.List;

/**
 * The provincial-level units the extractor knows: the 34 since the 2025 merger and the 63 before it,
 * each old one with the unit it merged into. Documents keep the province that issued them, so a reviewer
 * of a merged province needs the old provinces' documents too.
 */
public final class Provinces {

    /** A province or centrally-run city by its Vietnamese name ("Quảng Bình"), with the 2025 unit it is now part of. */
    public record Province(String name, boolean city, String mergedInto) {

        /** One of the 34 units of today (it merged into itself). */
        public boolean current() {
            return name.equals(mergedInto);
        }
    }

    /**
     * The day the 34 units began to operate (Nghị quyết 202/2025/QH15 of 12 June 2025 on the arrangement of
     * provincial-level units): from it a province's own documents continue those of the units merged into it.
     */
    public static final java.time.LocalDate MERGED_ON = java.time.LocalDate.of(2025, 7, 1);

    private static final List<Province> ALL = Gazetteer.get().provinces().stream()
            .map(p -> new Province(p.name(), p.city(), p.mergedInto())).toList();

    private static final java.util.Map<String, Province> BY_NAME = ALL.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Province::name, p -> p));

    private Provinces() {
    }

    /** The unit of that name as the gazetteer writes it ("Quảng Bình", "Hà Nội"); empty for another name. */
    public static java.util.Optional<Province> named(String name) {
        return java.util.Optional.ofNullable(name == null ? null : BY_NAME.get(name));
    }

    /**
     * The unit a phrase names, read as the extractor reads issuers: "Thành phố Hồ Chí Minh", "UBND tỉnh Quảng Bình",
     * "tinh Quang Ngai" (diacritics lost); empty when it names none.
     */
    public static java.util.Optional<Province> namedIn(String phrase) {
        Gazetteer.Province p = phrase == null ? null : Gazetteer.get().findProvince(phrase);
        return java.util.Optional.ofNullable(p == null ? null : BY_NAME.get(p.name()));
    }

    /** Every unit, the 34 of today first, in the order of the bundled table. */
    public static List<Province> all() {
        return ALL;
    }

    /**
     * The units that merged into the one named (its predecessors; since 1 July 2025 their documents are
     * that unit's), without itself; empty for a unit nothing merged into, or an unknown name.
     */
    public static List<Province> predecessors(String name) {
        return ALL.stream().filter(p -> p.mergedInto().equals(name) && !p.current()).toList();
    }

    /** The 34 units of today. */
    public static List<Province> current() {
        return ALL.stream().filter(Province::current).toList();
    }
}
