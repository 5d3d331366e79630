package dev.lexgraph.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

/**
 * Reads a document file as text: PDF and Word (.docx) files through PDFBox and Apache POI; text files
 * as UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1258 (the Vietnamese Windows code page
 * older documents use). Other binary content is recognised and refused with a message instead of
 * being fed to the extractor as noise. The text is always returned in Unicode NFC.
 */
public final class DocumentText {

    /** The decoded text and how it was read. */
    public record Decoded(String text, String encoding) {
    }

    /** Thrown when a file is not text at all. */
    public static final class NotTextException extends IOException {
        public NotTextException(String message) {
            super(message);
        }
    }

    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private DocumentText() {
    }

    public static Decoded read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    public static Decoded decode(byte[] bytes) throws NotTextException {
        if (startsWith(bytes, PDF_MAGIC)) {
            return new Decoded(nfc(pdfText(bytes)), "PDF");
        }
        if (startsWith(bytes, ZIP_MAGIC)) {
            return new Decoded(nfc(docxText(bytes)), "DOCX");
        }
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            return new Decoded(nfc(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE)), "UTF-16LE");
        }
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            return new Decoded(nfc(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE)), "UTF-16BE");
        }
        int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        if (looksBinary(bytes, offset)) {
            throw new NotTextException("binary content (control bytes in the first 8 KiB): not a text, PDF or"
                    + " Word (.docx) document");
        }
        // Decode once, leniently; only if a replacement character shows up is the strict check worth
        // its extra copy (a genuine U+FFFD in the file is rare).
        String s = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0 && !isStrictUtf8(bytes, offset)) {
            return new Decoded(nfc(new String(bytes, WINDOWS_1258)), "windows-1258");
        }
        return new Decoded(nfc(s), "UTF-8");
    }

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The text layer of a PDF (a scanned PDF without one gives no text: OCR it first). */
    private static String pdfText(byte[] bytes) throws NotTextException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            throw new NotTextException("encrypted PDF: cannot read its text without the password");
        } catch (IOException | RuntimeException e) {
            throw new NotTextException("damaged or unreadable PDF: " + e.getMessage());
        }
    }

    /** The paragraphs and tables of a Word (.docx) file. */
    private static String docxText(byte[] bytes) throws NotTextException {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc =
                     new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(bytes));
             org.apache.poi.xwpf.extractor.XWPFWordExtractor extractor =
                     new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            return extractor.getText();
        } catch (IOException | RuntimeException e) {
            throw new NotTextException("a ZIP file that is not a readable Word document (.docx): " + e.getMessage());
        }
    }

    private static boolean isStrictUtf8(byte[] bytes, int offset) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** NUL bytes, or many C0 control bytes other than tab, CR, LF and form feed, in the first 8 KiB. */
    static boolean looksBinary(byte[] bytes, int offset) {
        int n = Math.min(bytes.length, offset + 8192);
        int controls = 0;
        for (int i = offset; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        return n > offset && controls * 20 > (n - offset);
    }
}
