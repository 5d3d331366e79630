package dev.lexgraph.citation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a document takes effect, as its own closing article says: "Quyết định này có hiệu lực kể từ ngày
 * ký", "Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025", "… có hiệu lực sau 10 ngày kể
 * từ ngày ký". Only "<type> này" counts: the document itself, not one it cites.
 */
final class EffectiveDates {

    private static final String TYPE = "(?:quyet dinh|nghi quyet|nghi dinh|ke hoach|chi thi|thong tu(?: lien tich)?|luat"
            + "|bo luat|phap lenh|huong dan|quy dinh|quy che|chuong trinh|thong bao|thong tri|van ban|cong van|de an"
            + "|ket luan|cong dien)";
    private static final Pattern EFFECTIVE = Pattern.compile(TYPE + "\\s+n[a&]y\\s+c[o6]\\s+hi[e&]u\\s+l[u&]c"
            + "(?:\\s+thi\\s+h[a&]nh)?(?:\\s+(?:k[e&]\\s+)?t[u&]|\\s+sau\\s+(\\d{1,3})\\s+ng[a&]y\\s*,?\\s+(?:k[e&]\\s+)?t[u&])"
            + "\\s+ng[a&]y\\s+(?:(k[y&]|ban\\s+h[a&]nh|th[o6]ng\\s+qua)"
            + "|(\\d{1,2})\\s*(?:th[a&]ng\\s*(\\d{1,2})\\s*,?\\s*n[a&]m\\s*(\\d{4})|[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})))");

    private EffectiveDates() {
    }

    /**
     * The ISO date the document takes effect, or null when its text does not say or says it as a day the
     * calendar lacks. {@code lower}: the folded, lower-cased text; {@code issued}: its own ISO date, for
     * "kể từ ngày ký".
     */
    static String read(String lower, String issued) {
        // The phrase is rare: look for its middle ("hiệu lực") first, then match the whole around it.
        Matcher m = null;
        for (String middle : new String[] {"hieu luc", "hi&u l"}) {
            for (int at = lower.indexOf(middle); at >= 0 && m == null; at = lower.indexOf(middle, at + 1)) {
                Matcher candidate = EFFECTIVE.matcher(lower)
                        .region(Math.max(0, at - 40), Math.min(lower.length(), at + 120));
                if (candidate.find()) {
                    m = candidate;
                }
            }
        }
        if (m == null) {
            return null;
        }
        try {
            LocalDate day;
            if (m.group(2) != null) {
                if (issued == null) {
                    return null; // "từ ngày ký" of a document whose date is not known
                }
                day = DateReader.iso(issued);
            } else {
                String y = m.group(5) != null ? m.group(5) : m.group(7);
                String mo = m.group(4) != null ? m.group(4) : m.group(6);
                day = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(m.group(3)));
            }
            if (m.group(1) != null) {
                day = day.plusDays(Integer.parseInt(m.group(1)));
            }
            return day.toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
