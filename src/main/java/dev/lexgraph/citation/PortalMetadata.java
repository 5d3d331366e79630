package dev.lexgraph.citation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metadata block that legal portals put before a document's text, which users copy with it:
 * {@code Số hiệu: | 1234/QĐ-UBND | Loại văn bản: | Quyết định |}, {@code Ngày ban hành: | 17/09/2021 |},
 * {@code Nơi ban hành: | UBND tỉnh Lào Cai |}. Each label is followed by its value in the same cell or the next.
 * The header below it stays the document's own word; the block fills what the header lacks.
 */
record PortalMetadata(String symbol, DocType type, String date, String issuer, Set<Integer> usedCells) {

    private static final PortalMetadata NONE = new PortalMetadata(null, null, null, null, Set.of());

    private static final Pattern LABEL = OcrPhrase.compile("^(s[o6] «hiệu»|«loại văn bản»"
            + "|«ngày ban hành»|«nơi ban hành»|«cơ quan ban hành»|«người ký»"
            + "|«lĩnh vực»|«ngày» (?:«có» )?«hiệu lực»|«tình trạng»|«ngày công báo»"
            + "|«số công báo»|«ngày hết hiệu lực»)\\s*:?\\s*");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
    private static final Pattern SYMBOL = Pattern.compile("\\d+\\s*[/-]\\s*[\\p{L}\\d&.]+(?:\\s*[/-]\\s*[\\p{L}\\d&.]+)*");

    /** The block of the first cells, or an empty one. Two labels at least make a block. */
    static PortalMetadata read(List<HeaderCells.Cell> cells) {
        String symbol = null;
        DocType type = null;
        String date = null;
        String issuer = null;
        Set<Integer> used = new HashSet<>();
        int labels = 0;
        for (int i = 0; i < Math.min(cells.size(), 40); i++) {
            String text = cells.get(i).text();
            char first = TextFolding.foldLower(text.charAt(0));
            int colon = text.indexOf(':');
            if ("slnct".indexOf(first) < 0 || (colon < 0 || colon > 24) && text.length() > 24) {
                continue; // a label is short, or ends with a colon: most cells are passed over at these tests
            }
            String f = TextFolding.foldLower(text);
            Matcher m = LABEL.matcher(f);
            if (!m.lookingAt()) {
                continue;
            }
            labels++;
            used.add(i);
            String value = cells.get(i).text().substring(m.end()).trim();
            if (value.isEmpty() && i + 1 < cells.size() && !LABEL.matcher(TextFolding.foldLower(cells.get(i + 1).text()))
                    .lookingAt()) {
                value = cells.get(i + 1).text().trim();
                used.add(i + 1);
            }
            if (value.isEmpty()) {
                continue;
            }
            String label = m.group(1);
            if (label.startsWith("s")) {
                Matcher s = SYMBOL.matcher(value);
                if (s.find()) {
                    symbol = SymbolRepair.repair(s.group(), null).symbol();
                }
            } else if (label.startsWith("lo")) {
                type = typeNamed(value);
            } else if (label.startsWith("ng") && label.contains("ban h")) {
                Matcher d = DATE.matcher(value);
                if (d.find()) {
                    DateReader.ReadDate r = DateReader.read(d.group(1) + "/" + d.group(2) + "/" + d.group(3));
                    date = r == null || r.impossible() ? null : r.iso();
                }
            } else if (label.startsWith("n") || label.startsWith("c")) {
                issuer = value;
            }
        }
        return labels >= 2 ? new PortalMetadata(symbol, type, date, issuer, used) : NONE;
    }

    private static DocType typeNamed(String value) {
        String words = String.join(" ", Gazetteer.words(value));
        DocType best = null;
        for (DocType t : DocType.values()) {
            String name = String.join(" ", Gazetteer.words(t.vietnameseName()));
            if ((words.equals(name) || words.startsWith(name + " "))
                    && (best == null || name.length() > best.vietnameseName().length())) {
                best = t;
            }
        }
        return best;
    }

    boolean used(int cell) {
        return usedCells.contains(cell);
    }

    boolean isEmpty() {
        return usedCells.isEmpty();
    }

    /**
     * The header's value, or the block's when the header has none; a disagreement is warned of and the
     * header's value kept (it is the document's own).
     */
    <T> T check(String field, T header, T block, List<ExtractionWarning> warnings, BiPredicate<T, T> same) {
        if (header == null) {
            return block;
        }
        if (block != null && !same.test(header, block)) {
            warnings.add(new ExtractionWarning(ExtractionWarning.Code.HEADER_CONFLICT, "the portal's metadata gives the "
                    + field + " " + block + ", the header " + header + "; the header is kept", null, null));
        }
        return header;
    }
}
