package dev.lexgraph.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.MediaType;

/**
 * A table an answer can be downloaded as: CSV (UTF-8 with a BOM, so that spreadsheet programs read the
 * Vietnamese) or XLSX. Rows are written as they come, never all held: the XLSX keeps a window of rows in
 * memory and the rest on disk (POI's streaming workbook).
 */
public final class TableExport {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final MediaType CSV_TYPE = MediaType.parseMediaType(CSV);
    public static final MediaType XLSX_TYPE = MediaType.parseMediaType(XLSX);

    /** Receives the rows of a table, one at a time. */
    public interface RowSink {
        void row(Object... cells) throws IOException;
    }

    /** Writes a table's rows into a sink. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(RowSink sink) throws IOException;
    }

    private TableExport() {
    }

    /** The table as CSV, its header first. */
    public static void csv(List<String> header, Rows rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            rows.writeTo(cells -> csv.printRecord(cells));
        }
    }

    /** The table as one XLSX sheet, its header first. */
    public static void xlsx(String sheetName, List<String> header, Rows rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(sheetName);
            int[] next = {0};
            RowSink sink = cells -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < cells.length; i++) {
                    Object v = cells[i];
                    if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (v instanceof Boolean b) {
                        row.createCell(i).setCellValue(b);
                    } else if (v != null) {
                        row.createCell(i).setCellValue(v.toString());
                    }
                }
            };
            sink.row(header.toArray());
            rows.writeTo(sink);
            book.write(out);
        }
    }
}
