package dev.lexgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lexgraph.text.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The CLI as scripts call it: JSON lines out, per-file errors, exit codes. */
class CommandLineTest {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = LexgraphCommand.commandLine().execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** Files are read on several threads at once; the lines still come in the files' order, the same as on one. */
    @Test
    void extractOnSeveralThreadsKeepsTheFilesOrder(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        for (int i = 0; i < 40; i++) {
            java.nio.file.Files.writeString(dir.resolve(String.format("f%02d.txt", i)), "Thực hiện Chỉ thị số " + (i + 1)
                    + "/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.\n".repeat(1 + i % 7), StandardCharsets.UTF_8);
        }
        Run one = run("extract", "--threads", "1", dir.toString());
        Run four = run("extract", "--threads", "4", dir.toString());
        assertThat(four.exitCode()).isZero();
        assertThat(four.out()).isEqualTo(one.out());
        List<String> lines = four.out().lines().toList();
        assertThat(lines).hasSize(40);
        for (int i = 0; i < 40; i++) {
            assertThat(lines.get(i)).contains(String.format("\"f%02d.txt\"", i), "\"" + (i + 1) + "/CT-TTg\"");
        }
    }

    @Test
    void extractPrintsOneJsonObjectPerFile() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ");
        Files.write(dir.resolve("b.bin"), new byte[] {0, 1, 2, 3, 4, 5, (byte) 0xFF});
        Files.writeString(dir.resolve("c.txt"), "");
        Run r = run("extract", dir.toString());
        assertThat(r.exitCode()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(3);
        JsonMapper m = JsonMapper.builder().build();
        JsonNode a = m.readTree(lines.get(0));
        assertThat(a.get("file").asString()).isEqualTo("a.txt");
        JsonNode c = a.get("citations").get(0);
        assertThat(c.get("type").asString()).isEqualTo("CHI_THI");
        assertThat(c.get("symbol").asString()).isEqualTo("33/CT-TTg");
        assertThat(c.get("date").asString()).isEqualTo("2021-11-26");
        assertThat(c.get("relation").asString()).isEqualTo("implements");
        for (String field : List.of("start", "end", "text", "number", "year", "dateAsWritten", "issuer", "subject")) {
            assertThat(c.has(field)).as(field).isTrue();
        }
        JsonNode b = m.readTree(lines.get(1));
        assertThat(b.get("warnings").get(0).get("code").asString()).isEqualTo("NOT_TEXT");
        assertThat(b.get("citations")).isEmpty();
        assertThat(m.readTree(lines.get(2)).get("citations")).isEmpty();
    }

    /**
     * With --timing the lines are unchanged and the error stream ends with the measures: the bytes of every file,
     * the extraction beside the floor of reading, decoding and folding them, which counts every character.
     */
    @Test
    void extractTimingReportsTheFloorBesideTheExtraction() throws Exception {
        String a = "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.\n".repeat(30);
        String b = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n".repeat(10);
        Files.writeString(dir.resolve("a.txt"), a);
        Files.writeString(dir.resolve("b.txt"), b);
        Run plain = run("extract", "--threads", "2", dir.toString());
        Run timed = run("extract", "--threads", "2", "--timing", dir.toString());
        assertThat(timed.exitCode()).isZero();
        assertThat(timed.out()).isEqualTo(plain.out());
        List<String> errLines = timed.err().lines().toList();
        JsonNode t = JsonMapper.builder().build().readTree(errLines.get(errLines.size() - 1));
        long bytes = a.getBytes(StandardCharsets.UTF_8).length + b.getBytes(StandardCharsets.UTF_8).length;
        assertThat(t.get("files").asInt()).isEqualTo(2);
        assertThat(t.get("threads").asInt()).isEqualTo(2);
        assertThat(t.get("megabytes").asDouble()).isEqualTo(Math.round(bytes / 1e4) / 100.0);
        assertThat(t.get("charactersFolded").asLong()).isEqualTo(a.length() + b.length());
        // two small files take a few milliseconds or less: the times are only present and not negative
        assertThat(t.get("extractSeconds").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(t.get("floorSeconds").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(t.get("extractOverFloor").asDouble()).isPositive();
        assertThat(plain.err()).doesNotContain("extractOverFloor");
    }

    /** A file longer than the limit is refused with a warning; the limit can be raised for a corpus kept in one file. */
    @Test
    void extractRefusesTooLongATextUnlessTheLimitIsRaised() throws Exception {
        Files.writeString(dir.resolve("long.txt"), "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.\n"
                .repeat(20));
        JsonMapper m = JsonMapper.builder().build();
        JsonNode refused = m.readTree(run("extract", "--max-text-chars", "100", dir.resolve("long.txt").toString()).out());
        assertThat(refused.get("warnings").get(0).get("code").asString()).isEqualTo("NOT_TEXT");
        assertThat(refused.get("warnings").get(0).get("message").asString()).contains("more than 100 characters");
        assertThat(refused.get("citations")).isEmpty();
        JsonNode read = m.readTree(run("extract", "--max-text-chars", "100000", dir.resolve("long.txt").toString()).out());
        assertThat(read.get("citations")).hasSize(20);
    }

    @Test
    void unreadableFileGivesAnErrorLineAndExitCode2() {
        Run r = run("extract", dir.resolve("missing.txt").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains("\"error\":\"no such file\"");
        assertThat(r.err()).contains("missing.txt").doesNotContain("Exception");
    }

    @Test
    void serveRefusesASettingItWouldIgnore() {
        Run r = run("serve", "--port", "8093");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("'--port' is not a setting").contains("--server.port=8081");
    }

    @Test
    void aFailingCommandSaysWhyInOneLine() {
        Run r = run("eval", "--gold", dir.resolve("no-such-gold").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("lexgraph eval: no such file or folder:").contains("no-such-gold")
                .doesNotContain("\tat ");
    }

    @Test
    void evalScoresTheSeedsAndHonoursMinF1() {
        Run ok = run("eval", "--min-f1", "0.97");
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).contains("ALL (micro)").contains("relation agreement");
        // The bundled gold against a folder that lacks the documents: nothing found, below the bar.
        Run strict = run("eval", "--corpus", dir.toString(), "--min-f1", "0.5");
        assertThat(strict.exitCode()).isEqualTo(1);
    }

    @Test
    void benchIngestGeneratesIngestsAndReportsCountsAsJson() throws Exception {
        Path corpus = dir.resolve("corpus");
        Run r = run("bench-ingest", "--documents", "40", "--seed", "3", "--corpus", corpus.toString(),
                "--data-dir", dir.resolve("db").toString(), "--batch", "15");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        assertThat(j.get("generated").get("documents").asInt()).isEqualTo(40);
        assertThat(j.get("files").asInt()).isEqualTo(40);
        assertThat(j.get("documents").asInt()).isPositive();
        assertThat(j.get("citations").asLong()).isPositive();
        assertThat(j.get("documentsPerSecond").get("endToEnd").asDouble()).isPositive();
        assertThat(j.get("heap").get("xmxMb").asLong()).isPositive();
        assertThat(j.get("heap").get("peakUsedMb").asLong()).isPositive();
        assertThat(j.get("nodes").get("Document").asLong()).isEqualTo(j.get("stats").get("documents").asLong());
        assertThat(j.get("nodes").get("File").asLong()).isEqualTo(40);
        long relations = 0;
        for (String type : List.of("IMPLEMENTS", "REPLACES", "AMENDS", "RESPONDS_TO", "BASED_ON", "GUIDES", "CITES")) {
            relations += j.get("relationships").has(type) ? j.get("relationships").get(type).asLong() : 0;
        }
        assertThat(relations).isEqualTo(j.get("stats").get("relations").asLong()).isPositive();
        // The corpus is reused, the database folder must be fresh.
        assertThat(run("bench-ingest", "--corpus", corpus.toString(), "--data-dir", dir.resolve("db").toString())
                .exitCode()).isEqualTo(2);
        Run again = run("bench-ingest", "--corpus", corpus.toString(), "--data-dir", dir.resolve("db2").toString(),
                "--batch", "15", "--threads", "1");
        assertThat(again.exitCode()).as(again.err() + again.out()).isZero();
        JsonNode k = JsonMapper.builder().build().readTree(again.out());
        assertThat(k.get("reused").asString()).isEqualTo(corpus.toString());
        assertThat(k.get("relationships")).isEqualTo(j.get("relationships"));
        assertThat(k.get("nodes")).isEqualTo(j.get("nodes"));
    }

    @Test
    void ingestTakesTheBulkPathIntoAnEmptyFolderAndTransactionsAfterwards() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        for (SampleDocuments.Sample s : SampleDocuments.all()) {
            Files.writeString(docs.resolve(s.name()), s.text());
        }
        String data = dir.resolve("data").toString();
        JsonMapper m = JsonMapper.builder().build();

        Run first = run("ingest", "--data-dir", data, "--bolt-port", "0", docs.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains("holds no database yet").contains("batch importer").contains("--transactional");
        JsonNode a = m.readTree(first.out());
        assertThat(a.get("path").asString()).isEqualTo("bulk");
        assertThat(a.get("ingested").asInt()).isEqualTo(5);
        assertThat(a.get("nodes").asLong()).isPositive();

        // The folder now holds a database: the same files again go through transactions and change nothing.
        Run second = run("ingest", "--data-dir", data, "--bolt-port", "0", docs.toString());
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.err()).doesNotContain("batch importer");
        JsonNode b = m.readTree(second.out());
        assertThat(b.get("path").asString()).isEqualTo("transactional");
        assertThat(b.get("unchanged").asInt()).isEqualTo(5);

        // --bulk still refuses a folder that holds a database; --transactional writes an empty one by transactions.
        assertThat(run("ingest", "--bulk", "--data-dir", data, "--bolt-port", "0", docs.toString()).exitCode())
                .isEqualTo(IngestCommand.EXIT_DATABASE_EXISTS);
        Run forced = run("ingest", "--transactional", "--data-dir", dir.resolve("data2").toString(), "--bolt-port", "0",
                docs.toString());
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        JsonNode c = m.readTree(forced.out());
        assertThat(c.get("path").asString()).isEqualTo("transactional");
        assertThat(c.get("ingested").asInt()).isEqualTo(5);
        assertThat(run("ingest", "--bulk", "--transactional", "--data-dir", data, docs.toString()).exitCode())
                .isEqualTo(2);
    }
}
