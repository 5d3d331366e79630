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

    /**
     * The text and how it was read; {@link #decode} and {@link #read} give it in Unicode NFC, the form the
     * extractor's offsets count in.
     */
    public record Decoded(String text, String encoding) {
    }

    /** Thrown when a file is not text at all. */
    public static class NotTextException extends IOException {
        public NotTextException(String message) {
            super(message);
        }
    }

    /** Thrown when a file holds, or inflates to, more text than the limits allow: reading stopped there. */
    public static final class TooMuchTextException extends NotTextException {
        public TooMuchTextException(String message) {
            super(message);
        }
    }

    /**
     * Bounds on the work one file may cause, enforced while it is read, so that a small file that inflates
     * (a PDF content stream or a DOCX part compressed a thousandfold) is refused early instead of filling
     * the heap.
     *
     * @param maxChars    characters of text a document may have
     * @param maxPdfPages pages a PDF may have
     * @param maxInflated bytes one compressed part may inflate to (a DOCX's XML, a PDF's decoded streams)
     * @param timeBudget  how long reading one file may take
     */
    public record Limits(long maxChars, int maxPdfPages, long maxInflated, java.time.Duration timeBudget) {
        /** 10 million characters (a 10 MB text, far beyond any real document), 2,000 pages, 32 MB, 30 s. */
        public static final Limits DEFAULT = new Limits(10_000_000, 2_000, 32L << 20, java.time.Duration.ofSeconds(30));
    }

    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private DocumentText() {
    }

    public static Decoded read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    public static Decoded read(Path file, Limits limits) throws IOException {
        return decode(Files.readAllBytes(file), limits);
    }

    public static Decoded decode(byte[] bytes) throws NotTextException {
        return decode(bytes, Limits.DEFAULT);
    }

    public static Decoded decode(byte[] bytes, Limits limits) throws NotTextException {
        Decoded d = decodeBounded(bytes, limits);
        if (d.text().length() > limits.maxChars()) {
            throw tooMuchText(limits);
        }
        return d;
    }

    private static TooMuchTextException tooMuchText(Limits limits) {
        return new TooMuchTextException("the document holds more than " + limits.maxChars()
                + " characters of text (lexgraph.extraction.max-text-chars)");
    }

    private static Decoded decodeBounded(byte[] bytes, Limits limits) throws NotTextException {
        if (startsWith(bytes, PDF_MAGIC)) {
            return new Decoded(nfc(pdfText(bytes, limits)), "PDF");
        }
        if (startsWith(bytes, ZIP_MAGIC)) {
            return new Decoded(nfc(docxText(bytes, limits)), "DOCX");
        }
        if (bytes.length / 2 > limits.maxChars() + 1) {
            // Even UTF-16 (two bytes a character) would hold more characters than allowed.
            throw tooMuchText(limits);
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

    /**
     * The text layer of a PDF (a scanned PDF without one gives no text: OCR it first). Its decoded streams
     * are held in at most {@code maxInflated} bytes of memory, and the text is written into a buffer that
     * stops the reading once it passes the limit or the time budget.
     */
    private static String pdfText(byte[] bytes, Limits limits) throws NotTextException {
        BoundedText out = new BoundedText(limits);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(bytes, "", null, null,
                org.apache.pdfbox.io.MemoryUsageSetting.setupMainMemoryOnly(limits.maxInflated()).streamCache)) {
            if (doc.getNumberOfPages() > limits.maxPdfPages()) {
                throw new TooMuchTextException("the PDF has " + doc.getNumberOfPages() + " pages; at most "
                        + limits.maxPdfPages() + " are read (lexgraph.extraction.max-pdf-pages)");
            }
            new BoundedStripper(out).writeText(doc, out);
            return out.toString();
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            throw new NotTextException("encrypted PDF: cannot read its text without the password");
        } catch (TooMuchTextException e) {
            throw e;
        } catch (Stop e) {
            throw out.stopped;
        } catch (IOException | RuntimeException e) {
            if (out.stopped != null) {
                throw out.stopped;
            }
            if (String.valueOf(e.getMessage()).contains("Maximum allowed")) {
                throw new TooMuchTextException("a stream of the PDF inflates beyond " + (limits.maxInflated() >> 20)
                        + " MB (lexgraph.extraction.max-inflated)");
            }
            throw new NotTextException("damaged or unreadable PDF: " + e.getMessage());
        }
    }

    /** Unwinds the PDF reader from inside a page once the limits are passed (its callbacks throw nothing checked). */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /**
     * A text stripper that counts the glyphs of a page as it reads them: the stripper gathers a whole page
     * before writing it, and one page of a hostile file may hold a billion glyphs.
     */
    private static final class BoundedStripper extends org.apache.pdfbox.text.PDFTextStripper {
        /** A dense printed page holds about 5,000 characters; each one read costs a few hundred bytes until the page ends. */
        static final int PAGE_GLYPHS_MAX = 200_000;
        private final BoundedText out;
        private long pageGlyphs;
        private int page;

        BoundedStripper(BoundedText out) {
            this.out = out;
        }

        @Override
        protected void startPage(org.apache.pdfbox.pdmodel.PDPage p) throws IOException {
            pageGlyphs = 0;
            page++;
            super.startPage(p);
        }

        @Override
        protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
            if (++pageGlyphs % 4096 == 0) {
                if (pageGlyphs > PAGE_GLYPHS_MAX) {
                    out.stopped = new TooMuchTextException("page " + page + " of the PDF holds more than " + PAGE_GLYPHS_MAX
                            + " characters, far more than a printed page");
                    throw new Stop();
                }
                out.check(pageGlyphs);
            }
            super.processTextPosition(text);
        }
    }

    /** A writer that keeps text up to the limit and then stops the reader that feeds it. */
    private static final class BoundedText extends java.io.Writer {
        private final StringBuilder text = new StringBuilder();
        private final Limits limits;
        private final long deadline;
        TooMuchTextException stopped;

        BoundedText(Limits limits) {
            this.limits = limits;
            this.deadline = System.nanoTime() + limits.timeBudget().toNanos();
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            check(len);
            text.append(cbuf, off, len);
        }

        /** Stops the reading when {@code more} characters would pass the limit, or the time budget is spent. */
        void check(long more) {
            if (text.length() + more > limits.maxChars()) {
                stopped = tooMuchText(limits);
                throw new Stop();
            }
            if (System.nanoTime() > deadline) {
                stopped = new TooMuchTextException("reading the document took longer than " + limits.timeBudget().toSeconds()
                        + " s (lexgraph.extraction.time-budget)");
                throw new Stop();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /**
     * The paragraphs and tables of a Word (.docx) file. Its parts are inflated once, counting, before the
     * Word library parses them: a part larger than {@code maxInflated} is refused before it becomes a tree
     * of XML objects many times its size.
     */
    private static String docxText(byte[] bytes, Limits limits) throws NotTextException {
        checkInflatedSize(bytes, limits);
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc =
                     new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(bytes));
             org.apache.poi.xwpf.extractor.XWPFWordExtractor extractor =
                     new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            return extractor.getText();
        } catch (IOException | RuntimeException e) {
            throw new NotTextException("a ZIP file that is not a readable Word document (.docx): " + e.getMessage());
        }
    }

    private static void checkInflatedSize(byte[] bytes, Limits limits) throws NotTextException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        long deadline = System.nanoTime() + limits.timeBudget().toNanos();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                long size = 0;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    size += n;
                    total += n;
                    if (size > limits.maxInflated() || total > 4 * limits.maxInflated()) {
                        throw new TooMuchTextException("the Word document's part " + e.getName() + " inflates beyond "
                                + (limits.maxInflated() >> 20) + " MB (lexgraph.extraction.max-inflated)");
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new TooMuchTextException("reading the document took longer than "
                            + limits.timeBudget().toSeconds() + " s (lexgraph.extraction.time-budget)");
                }
            }
        } catch (TooMuchTextException e) {
            throw e;
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

    /**
     * The text in Unicode NFC, the form the extractor reads and its offsets count in; an NFC text (the common
     * case) is returned as it is, after a check that allocates nothing.
     */
    public static String nfc(String s) {
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
