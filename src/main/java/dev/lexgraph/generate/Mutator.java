package dev.lexgraph.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Inputs for fuzzing, made by damaging real documents the way copies, scanners and attackers do: words cut and
 * glued, lines broken inside symbols, diacritics dropped or doubled, OCR's letter confusions, control and
 * combining characters, unpaired surrogates, long runs of one shape (slashes, digits, parentheses, cue words),
 * splices of two documents, truncation; and, for the decoders, the bytes of texts in several encodings and of
 * small PDF and DOCX files with bytes flipped, cut or repeated. Deterministic for a given seed.
 */
public final class Mutator {

    /** Pieces that steer the extractor into its rarer paths: cue words, symbol shapes, dates, headers. */
    private static final List<String> PIECES = List.of("Căn cứ ", "Thực hiện ", "Xét đề nghị của ", " tại ", "số ",
            "s6 ", "Quyết định số 12/QĐ-UBND", "05-CT/TW", "04/2015/NĐ-CP", "204-KH/BDVTU-BCSĐUBND", "1119/SNV-XDCQ",
            "30c/NQ-CP", " ngày 29/02/2025", " ngày 21 tháng 8 năm 2016", " của UBND tỉnh Quảng Bình", " về việc ",
            "\nSố: ", "\nKẾ HOẠCH\n", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", " | ", "(", ")", "“", "”", ";", ":\n",
            "\n\n", "sửa đổi, bổ sung một số điều của ", "thay thế ", "Luật Đất đai năm 2013", "Nơi nhận:\n",
            "Số hiệu: | ", "Loại văn bản: | ", "\\r\\n", "V/v ", "kèm theo ", "Phúc đáp ", "nhận được ");
    private static final String[] ODD = {"\u0000", "\u0007", "\u200B", "\uFEFF", "\u0301", "\u0323\u0302", "\uD800",
            "\uDC00", "\u202E", "\u2044", "\u2010", "\u00D0", "\uFFFD", "\t", "\r", "𝐐𝐃", "ﬁ", "Ǆ"};
    private static final String[] OCR = {"số", "s6", "Đ", "B", "đ", "d", "ệ", "é", "ư", "u", "ộ", "6", "/", "l", "-", "—"};

    private final SplittableRandom random;
    private final byte[] pdf;
    private final byte[] docx;

    public Mutator(long seed) {
        this.random = new SplittableRandom(seed);
        this.pdf = smallPdf();
        this.docx = smallDocx();
    }

    /** A damaged text made from one of {@code sources} (several damages, sometimes a splice with another). */
    public String text(List<String> sources) {
        String base = sources.get(random.nextInt(sources.size()));
        StringBuilder b = new StringBuilder(excerpt(base));
        int damages = 1 + random.nextInt(8);
        for (int i = 0; i < damages; i++) {
            damage(b, sources);
        }
        return b.toString();
    }

    /** Bytes for the decoders: a text in some encoding, or a small PDF or DOCX, then damaged. */
    public byte[] bytes(List<String> sources) {
        byte[] base = switch (random.nextInt(6)) {
            case 0 -> pdf;
            case 1 -> docx;
            case 2 -> excerpt(sources.get(random.nextInt(sources.size()))).getBytes(StandardCharsets.UTF_16LE);
            case 3 -> excerpt(sources.get(random.nextInt(sources.size()))).getBytes(java.nio.charset.Charset.forName("windows-1258"));
            default -> excerpt(sources.get(random.nextInt(sources.size()))).getBytes(StandardCharsets.UTF_8);
        };
        byte[] out = base.clone();
        int damages = random.nextInt(8);
        for (int i = 0; i < damages && out.length > 0; i++) {
            out = damage(out);
        }
        return out;
    }

    /** A part of a document: whole, its head, or a window of it (inputs stay small, so a million run in minutes). */
    private String excerpt(String s) {
        int r = random.nextInt(4);
        if (r == 0 || s.length() < 200) {
            return s.length() > 4000 ? s.substring(0, 4000) : s;
        }
        int len = Math.min(s.length(), 200 + random.nextInt(2000));
        int from = r == 1 ? 0 : random.nextInt(s.length() - len + 1);
        return s.substring(from, from + len);
    }

    private void damage(StringBuilder b, List<String> sources) {
        int n = b.length();
        int at = n == 0 ? 0 : random.nextInt(n + 1);
        switch (random.nextInt(14)) {
            case 0 -> b.insert(at, PIECES.get(random.nextInt(PIECES.size())));
            case 1 -> b.insert(at, ODD[random.nextInt(ODD.length)]);
            case 2 -> { // cut a run
                int len = Math.min(n - at, random.nextInt(40));
                b.delete(at, at + len);
            }
            case 3 -> b.insert(at, '\n'); // a line broken anywhere, inside a symbol too
            case 4 -> { // glue two words
                int sp = b.indexOf(" ", at);
                if (sp >= 0) {
                    b.deleteCharAt(sp);
                }
            }
            case 5 -> { // an OCR confusion
                int k = random.nextInt(OCR.length / 2) * 2;
                int p = b.indexOf(OCR[k], at);
                if (p >= 0) {
                    b.replace(p, p + OCR[k].length(), OCR[k + 1]);
                }
            }
            case 6 -> { // diacritics gone from a stretch
                int end = Math.min(n, at + random.nextInt(400));
                String plain = java.text.Normalizer.normalize(b.substring(at, end), java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "");
                b.replace(at, end, plain);
            }
            case 7 -> { // a long run of one shape: backtracking and quadratic scans show here
                String unit = switch (random.nextInt(6)) {
                    case 0 -> "1/";
                    case 1 -> "số ";
                    case 2 -> "(";
                    case 3 -> "Căn cứ ";
                    case 4 -> "12/QĐ-UBND, ";
                    default -> "a";
                };
                b.insert(at, unit.repeat(1 + random.nextInt(random.nextInt(8) == 0 ? 2000 : 100)));
            }
            case 8 -> { // splice with another document
                String other = excerpt(sources.get(random.nextInt(sources.size())));
                b.insert(at, other.substring(random.nextInt(other.length() + 1)));
            }
            case 9 -> b.setLength(at); // truncated
            case 10 -> { // repeat a stretch
                int end = Math.min(n, at + random.nextInt(300));
                b.insert(at, b.substring(at, end).repeat(1 + random.nextInt(20)));
            }
            case 11 -> { // upper-case a stretch (titles, OCR of headings)
                int end = Math.min(n, at + random.nextInt(200));
                b.replace(at, end, b.substring(at, end).toUpperCase(java.util.Locale.ROOT));
            }
            case 12 -> b.insert(at, (char) random.nextInt(0x10000)); // any UTF-16 unit
            default -> { // a digit changed: impossible dates and numbers
                for (int k = at; k < n; k++) {
                    if (Character.isDigit(b.charAt(k))) {
                        b.setCharAt(k, (char) ('0' + random.nextInt(10)));
                        break;
                    }
                }
            }
        }
    }

    private byte[] damage(byte[] in) {
        int at = random.nextInt(in.length);
        return switch (random.nextInt(5)) {
            case 0 -> { // flip a byte
                byte[] out = in.clone();
                out[at] = (byte) random.nextInt(256);
                yield out;
            }
            case 1 -> java.util.Arrays.copyOf(in, at); // truncated
            case 2 -> { // a stretch removed
                int len = Math.min(in.length - at, 1 + random.nextInt(64));
                byte[] out = new byte[in.length - len];
                System.arraycopy(in, 0, out, 0, at);
                System.arraycopy(in, at + len, out, at, in.length - at - len);
                yield out;
            }
            case 3 -> { // a stretch repeated
                int len = Math.min(in.length - at, 1 + random.nextInt(256));
                byte[] out = new byte[in.length + len];
                System.arraycopy(in, 0, out, 0, at + len);
                System.arraycopy(in, at, out, at + len, in.length - at);
                yield out;
            }
            default -> { // random bytes inserted
                byte[] noise = new byte[1 + random.nextInt(32)];
                for (int i = 0; i < noise.length; i++) {
                    noise[i] = (byte) random.nextInt(256);
                }
                byte[] out = new byte[in.length + noise.length];
                System.arraycopy(in, 0, out, 0, at);
                System.arraycopy(noise, 0, out, at, noise.length);
                System.arraycopy(in, at, out, at + noise.length, in.length - at);
                yield out;
            }
        };
    }

    private static byte[] smallPdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(50, 700);
                cs.showText("Thuc hien Chi thi so 33/CT-TTg ngay 26/11/2021 cua Thu tuong Chinh phu");
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("could not build the PDF seed", e);
        }
    }

    private static byte[] smallDocx() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas."
                + "openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Thực hiện Chỉ thị số 33/CT-TTg "
                + "ngày 26/11/2021 của Thủ tướng Chính phủ</w:t></w:r></w:p></w:body></w:document>";
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/"
                + "2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\""
                + "/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml."
                + "document.main+xml\"/></Types>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String[] part : new String[][] {{"[Content_Types].xml", types}, {"_rels/.rels", rels},
                    {"word/document.xml", xml}}) {
                zip.putNextEntry(new ZipEntry(part[0]));
                zip.write(part[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not build the DOCX seed", e);
        }
        return out.toByteArray();
    }
}
