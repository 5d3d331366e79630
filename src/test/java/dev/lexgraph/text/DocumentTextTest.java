package dev.lexgraph.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class DocumentTextTest {

    private static final String VIETNAMESE = "Quyết định số 2488/QĐ-UBND ngày 15/10/2024 của Ủy ban nhân dân tỉnh";

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        assertThat(DocumentText.decode(VIETNAMESE.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(VIETNAMESE);
        byte[] body = VIETNAMESE.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        DocumentText.Decoded d = DocumentText.decode(bom);
        assertThat(d.text()).isEqualTo(VIETNAMESE);
        assertThat(d.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void utf16WithBom() throws Exception {
        DocumentText.Decoded le = DocumentText.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                VIETNAMESE.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(le.text()).isEqualTo(VIETNAMESE);
        assertThat(le.encoding()).isEqualTo("UTF-16LE");
        DocumentText.Decoded be = DocumentText.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                VIETNAMESE.getBytes(StandardCharsets.UTF_16BE)));
        assertThat(be.text()).isEqualTo(VIETNAMESE);
    }

    @Test
    void windows1258FallbackIsNormalisedToNfc() throws Exception {
        Charset cp1258 = Charset.forName("windows-1258");
        byte[] bytes = windows1258Form(VIETNAMESE).getBytes(cp1258);
        DocumentText.Decoded d = DocumentText.decode(bytes);
        assertThat(d.encoding()).isEqualTo("windows-1258");
        assertThat(d.text()).isEqualTo(VIETNAMESE);
    }

    @Test
    void nfdUtf8IsNormalised() throws Exception {
        byte[] nfd = Normalizer.normalize(VIETNAMESE, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentText.decode(nfd).text()).isEqualTo(VIETNAMESE);
    }

    @Test
    void binaryIsRefusedWithAMessage() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> DocumentText.decode(png))
                .isInstanceOf(DocumentText.NotTextException.class)
                .hasMessageContaining("binary");
    }

    @Test
    void pdfTextLayer() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(50, 700);
                cs.showText("Thuc hien Chi thi so 33/CT-TTg ngay 26/11/2021 cua Thu tuong Chinh phu");
                cs.endText();
            }
            doc.save(out);
        }
        DocumentText.Decoded d = DocumentText.decode(out.toByteArray());
        assertThat(d.encoding()).isEqualTo("PDF");
        assertThat(d.text()).contains("Chi thi so 33/CT-TTg ngay 26/11/2021");
    }

    @Test
    void wordDocument() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            doc.createParagraph().createRun().setText(VIETNAMESE);
            doc.write(out);
        }
        DocumentText.Decoded d = DocumentText.decode(out.toByteArray());
        assertThat(d.encoding()).isEqualTo("DOCX");
        assertThat(d.text()).contains(VIETNAMESE);
    }

    @Test
    void damagedPdfAndOtherZipFilesAreRefusedWithAMessage() {
        assertThatThrownBy(() -> DocumentText.decode("%PDF-1.7\ngarbage".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(DocumentText.NotTextException.class).hasMessageContaining("PDF");
        assertThatThrownBy(() -> DocumentText.decode(new byte[] {'P', 'K', 3, 4, 0, 0, 0}))
                .isInstanceOf(DocumentText.NotTextException.class).hasMessageContaining(".docx");
    }

    @Test
    void emptyIsEmptyText() throws Exception {
        assertThat(DocumentText.decode(new byte[0]).text()).isEmpty();
    }

    /**
     * Windows-1258 has â, ê, ô, ơ, ư, ă, đ precomposed and the five tone marks as combining characters:
     * split each tone mark off its letter, as Vietnamese Windows text does.
     */
    private static String windows1258Form(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : Normalizer.normalize(s, Normalizer.Form.NFC).toCharArray()) {
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            String tone = "";
            for (char x : d.toCharArray()) {
                if ("\u0300\u0301\u0303\u0309\u0323".indexOf(x) >= 0) {
                    tone = String.valueOf(x);
                } else {
                    base.append(x);
                }
            }
            b.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
        }
        return b.toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
