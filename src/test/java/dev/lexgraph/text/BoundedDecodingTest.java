package dev.lexgraph.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Files that inflate far beyond their size are refused while they are read, not after (issue "Hostile input"). */
class BoundedDecodingTest {

    private static final DocumentText.Limits SMALL = new DocumentText.Limits(200_000, 50, 4L << 20, Duration.ofSeconds(20));

    @Test
    void aPdfWhoseContentStreamInflatesFarIsRefusedEarly() throws Exception {
        byte[] bomb = DecompressionBombs.pdf(300L << 20); // 300 MB of operators, well under 1 MB on the wire
        assertThat(bomb.length).isLessThan(2 << 20);
        long before = usedHeap();
        long start = System.nanoTime();
        assertThatThrownBy(() -> DocumentText.decode(bomb, SMALL))
                .isInstanceOf(DocumentText.TooMuchTextException.class)
                .hasMessageContaining("page 1 of the PDF holds more than");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(usedHeap() - before).isLessThan(256L << 20);
    }

    @Test
    void pagesOfOrdinarySizeStillStopAtTheDocumentsLimit() throws Exception {
        DocumentText.Limits tiny = new DocumentText.Limits(5_000, 50, 4L << 20, Duration.ofSeconds(20));
        assertThatThrownBy(() -> DocumentText.decode(DecompressionBombs.pdf(60_000), tiny))
                .isInstanceOf(DocumentText.TooMuchTextException.class)
                .hasMessageContaining("5000 characters");
    }

    @Test
    void aPdfWithinTheLimitsIsRead() throws Exception {
        DocumentText.Decoded d = DocumentText.decode(DecompressionBombs.pdf(10_000), SMALL);
        assertThat(d.encoding()).isEqualTo("PDF");
        assertThat(d.text()).contains("39/KH-UBND");
    }

    @Test
    void aDocxWhoseXmlInflatesFarIsRefusedBeforeItIsParsed() throws Exception {
        byte[] bomb = DecompressionBombs.docx(200L << 20);
        assertThat(bomb.length).isLessThan(2 << 20);
        long start = System.nanoTime();
        assertThatThrownBy(() -> DocumentText.decode(bomb, SMALL))
                .isInstanceOf(DocumentText.TooMuchTextException.class)
                .hasMessageContaining("word/document.xml")
                .hasMessageContaining("lexgraph.extraction.max-inflated");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aDocxWithinTheLimitsIsRead() throws Exception {
        DocumentText.Decoded d = DocumentText.decode(DecompressionBombs.docx(20_000), SMALL);
        assertThat(d.encoding()).isEqualTo("DOCX");
        assertThat(d.text()).contains("Kế hoạch số 39/KH-UBND");
    }

    @Test
    void aTextLongerThanTheLimitIsRefusedAndOneWithinItIsRead() throws Exception {
        byte[] big = "Kế hoạch số 39/KH-UBND. ".repeat(20_000).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DocumentText.decode(big, SMALL))
                .isInstanceOf(DocumentText.TooMuchTextException.class)
                .hasMessageContaining("200000 characters");
        assertThat(DocumentText.decode("Kế hoạch số 39/KH-UBND.".getBytes(StandardCharsets.UTF_8), SMALL).text())
                .startsWith("Kế hoạch");
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
