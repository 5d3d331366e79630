package dev.lexgraph.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files that inflate to a great deal of text, as an attacker would send them. */
public final class DecompressionBombs {

    private DecompressionBombs() {
    }

    /** {@code text} repeated until {@code inflatedBytes}, written through {@code out}. */
    private static void repeat(java.io.OutputStream out, String text, long inflatedBytes) throws IOException {
        byte[] chunk = text.repeat(Math.max(1, 64 * 1024 / text.length())).getBytes(StandardCharsets.UTF_8);
        for (long written = 0; written < inflatedBytes; written += chunk.length) {
            out.write(chunk);
        }
    }

    /**
     * A one-page PDF whose content stream (FlateDecode) inflates to {@code inflatedBytes} of text-showing
     * operators; a few hundred kilobytes on the wire per 100 MB inflated.
     */
    public static byte[] pdf(long inflatedBytes) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(content, new Deflater(Deflater.BEST_COMPRESSION))) {
            z.write("BT /F1 12 Tf 72 720 Td\n".getBytes(StandardCharsets.US_ASCII));
            repeat(z, "(Ke hoach so 39/KH-UBND ngay 05/02/2025 ) Tj\n", inflatedBytes);
            z.write("ET\n".getBytes(StandardCharsets.US_ASCII));
        }
        byte[] stream = content.toByteArray();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        java.util.List<Integer> offsets = new java.util.ArrayList<>();
        java.util.function.Consumer<String> put = s -> pdf.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
        put.accept("%PDF-1.4\n");
        offsets.add(pdf.size());
        put.accept("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
        offsets.add(pdf.size());
        put.accept("2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
        offsets.add(pdf.size());
        put.accept("3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n");
        offsets.add(pdf.size());
        put.accept("4 0 obj << /Length " + stream.length + " /Filter /FlateDecode >> stream\n");
        pdf.writeBytes(stream);
        put.accept("\nendstream endobj\n");
        offsets.add(pdf.size());
        put.accept("5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n");
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 6\n0000000000 65535 f \n");
        for (int o : offsets) {
            table.append(String.format("%010d 00000 n \n", o));
        }
        put.accept(table + "trailer << /Size 6 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return pdf.toByteArray();
    }

    /** A DOCX whose {@code word/document.xml} inflates to about {@code inflatedBytes}. */
    public static byte[] docx(long inflatedBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                    + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override "
                    + "PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
            repeat(zip, "<w:p><w:r><w:t>Kế hoạch số 39/KH-UBND ngày 05/02/2025</w:t></w:r></w:p>", inflatedBytes);
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
