package dev.lexgraph.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resolutions of Party congresses, named the way a careful reader names them whatever the text's
 * shorthand: "Nghị quyết Đại hội XIII", "Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Dai hoi XIV của Dang"
 * are "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"; "Nghị quyết Đại hội Tỉnh đảng bộ khóa
 * XIV", "Nghị quyết Đại hội lần thứ XIX Đảng bộ tỉnh", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX,
 * nhiệm kỳ 2025 - 2030" are "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh X lần thứ N", X the province named,
 * else the citing document's, and its term when the text gives it (", nhiệm kỳ 2025 - 2030", as the seeds' gold
 * writes it). A name with any other word (a Youth Union's congress, "Đại hội Đảng các cấp")
 * is left as written.
 */
final class PartyCongressNames {

    /** "Nghị quyết [của] Đại hội …", OCR-tolerant (Đ read as D, B or P), on folded lower-case words. */
    private static final Pattern CONGRESS = OcrPhrase.compile("^nghi «quyết» (?:«của» )?[dbp]«ại hội» (.*)$");
    private static final Pattern ROMAN = Pattern.compile("^[ivxl]+$");
    private static final Pattern COMMAS_AND_STOPS = Pattern.compile("[,.]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The words a congress's name may hold besides its number, province and term. */
    private static final Set<String> CONGRESS_WORDS = Set.of("dai", "bieu", "toan", "quoc", "lan", "thu", "cua", "dang",
            "bo", "khoa", "tinh", "thanh", "pho", "nhiem", "ky", "-", "–");

    private PartyCongressNames() {
    }

    /** Names already made canonical, by name and citing province: the same congresses recur in a province's texts. */
    private static final Memo<String, String> KNOWN = new Memo<>(10_000);

    /** The canonical name, or {@code name} unchanged when it is not a Party congress's resolution. */
    static String canonical(String name, String citingProvince) {
        String folded = TextFolding.foldLower(name);
        if (!folded.stripLeading().startsWith("nghi quy")) {
            return name; // most names are laws': no regular expression for them
        }
        return KNOWN.get(name + '\u0000' + citingProvince, k -> read(name, folded, citingProvince));
    }

    private static String read(String name, String folded, String citingProvince) {
        folded = SPACES.matcher(COMMAS_AND_STOPS.matcher(folded).replaceAll(" ")).replaceAll(" ").strip();
        Matcher m = CONGRESS.matcher(folded);
        if (!m.matches()) {
            return name;
        }
        String[] words = m.group(1).split(" ");
        String number = null;
        boolean local = false;
        List<String> term = new ArrayList<>(2);
        for (int i = 0; i < words.length; i++) {
            words[i] = ocrSpelling(words[i]);
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (ROMAN.matcher(w).matches() && term.isEmpty()) {
                if (number != null && !number.equals(w)) {
                    return name;
                }
                number = w;
            } else if (FOUR_DIGITS.matcher(w).matches()) {
                term.add(w); // "nhiệm kỳ 2025 - 2030": a numeral after it is no congress's number
            } else if (w.equals("bo") && i > 0 && words[i - 1].equals("dang") || w.equals("dang") && i + 1 < words.length
                    && words[i + 1].equals("bo")) {
                local = true; // "Đảng bộ tỉnh", "Tỉnh đảng bộ"
            } else if (!CONGRESS_WORDS.contains(w) && !local) {
                return name;
            }
        }
        if (number == null) {
            return name;
        }
        String roman = number.toUpperCase(java.util.Locale.ROOT);
        if (!local) {
            return "Nghị quyết Đại hội đại biểu toàn quốc lần thứ " + roman + " của Đảng";
        }
        Gazetteer.Province named = provinceAfterPartyCommittee(name);
        Provinces.Province province = named != null ? byName(named.name()) : byName(citingProvince);
        if (province == null) {
            return name;
        }
        // the term when the text gives it whole: "…, nhiệm kỳ 2025 - 2030"
        String termWritten = term.size() == 2 ? ", nhiệm kỳ " + term.get(0) + " - " + term.get(1) : "";
        return "Nghị quyết Đại hội đại biểu Đảng bộ " + (province.city() ? "thành phố " : "tỉnh ") + province.name()
                + " lần thứ " + roman + termWritten;
    }

    /** The province written after "Đảng bộ tỉnh" / "Đảng bộ thành phố", or null ("Đảng bộ tỉnh lần thứ XX"). */
    private static Gazetteer.Province provinceAfterPartyCommittee(String name) {
        String[] ws = Gazetteer.words(name);
        for (int i = 0; i < ws.length; i++) {
            ws[i] = ocrSpelling(ws[i]);
        }
        for (int i = 1; i + 1 < ws.length; i++) {
            if (ws[i].equals("bo") && ws[i - 1].equals("dang")) {
                int at = ws[i + 1].equals("tinh") ? i + 2
                        : ws[i + 1].equals("thanh") && i + 2 < ws.length && ws[i + 2].equals("pho") ? i + 3 : -1;
                return at < 0 ? null : Gazetteer.get().provinceAt(ws, at);
            }
        }
        return null;
    }

    /** The folded word an OCR-damaged one stands for, among the few a congress's name is made of. */
    private static String ocrSpelling(String w) {
        if (OCR_CUA.matcher(w).matches()) {
            return "cua"; // "cta", "ctua", "ctia"
        }
        if (OCR_DANG.matcher(w).matches()) {
            return "dang"; // "Pang", "bang"
        }
        if (OCR_QUOC.matcher(w).matches()) {
            return "quoc"; // "qudc"
        }
        if (OCR_THU.matcher(w).matches()) {
            return "thu"; // "lan thi"
        }
        if (OCR_BO.matcher(w).matches()) {
            return "bo"; // "bang bd tinh"
        }
        return w;
    }

    private static final Pattern OCR_CUA = OcrPhrase.compile("«củ?a»");
    private static final Pattern OCR_DANG = OcrPhrase.compile("[dpb]«ảng»");
    private static final Pattern OCR_QUOC = OcrPhrase.compile("«quốc»");
    private static final Pattern OCR_THU = OcrPhrase.compile("«thứ-»");
    private static final Pattern OCR_BO = Pattern.compile("b[a-z0-9&]");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    private static Provinces.Province byName(String name) {
        return Provinces.named(name).orElse(null);
    }
}
