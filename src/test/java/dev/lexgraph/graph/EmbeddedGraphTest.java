package dev.lexgraph.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real embedded Neo4j in a temporary folder, reached through Bolt with the driver as production does,
 * started once per test class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EmbeddedGraphTest {

    @TempDir
    static Path dir;

    GraphConnection graph;

    @BeforeAll
    void start() {
        graph = GraphConnection.open(new GraphConnection.Settings(null, null, null, dir.resolve("data"), 0));
    }

    @AfterAll
    void stop() {
        graph.close();
    }

    /** A text file in the test's folder. */
    static Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /** The header of a department's plan in a province, dated 05/03/2025. */
    static String header(String provinceCaps, String place, String symbol) {
        return "UBND TỈNH " + provinceCaps + "          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "SỞ NỘI VỤ                     Độc lập - Tự do - Hạnh phúc\n"
                + "Số: " + symbol + "                 " + place + ", ngày 05 tháng 3 năm 2025\n\nKẾ HOẠCH\nThử nghiệm\n\n";
    }
}
