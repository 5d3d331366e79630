package dev.lexgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lexgraph.app.LexgraphApplication;
import dev.lexgraph.citation.Citation;
import dev.lexgraph.citation.CitationExtractor;
import dev.lexgraph.query.DocumentRepository;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web explorer over the real service on the seeds (embedded Neo4j through Bolt): first its pages over
 * HTTP, then what a person does in a real browser, headless Chromium from Debian's packages driven through
 * Selenium. Without a browser the browser tests are skipped with a message saying how to install one,
 * except in CI (CI set), where they must run. Each browser test saves a screenshot under
 * {@code target/explorer-screenshots/}.
 */
@SpringBootTest(classes = LexgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lexgraph.bolt.port=0", "lexgraph.api-key=" + ExplorerTest.KEY})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerTest {

    static final String KEY = "explorer-key-1";
    static final String DIRECTIVE_33 = "vn/central/ttg/chi-thi/2021/33";
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/explorer-screenshots");

    /** Made here, not by @TempDir: with one instance per class, Spring starts before JUnit fills static fields. */
    static final Path dir = tempDir();

    static Path tempDir() {
        try {
            return Files.createTempDirectory("lexgraph-explorer-test");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("lexgraph.data-dir", () -> dir.resolve("data").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    DocumentRepository documents;

    final HttpClient http = HttpClient.newHttpClient();
    WebDriver browser;

    // ------------------------------------------------------------------ over HTTP

    record Page(int status, String contentType, String body) {
    }

    Page get(String path, String acceptLanguage) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Page(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void pagesSpeakVietnameseByDefaultAndEnglishToABrowserThatPrefersIt() throws Exception {
        Page vi = get("/", null);
        assertThat(vi.status()).isEqualTo(200);
        assertThat(vi.contentType()).startsWith("text/html");
        assertThat(vi.body()).contains("Tìm văn bản", "lang=\"vi\"");
        Page en = get("/", "en-US,en;q=0.9");
        assertThat(en.body()).contains("Find documents", "lang=\"en\"");
        assertThat(get("/", "fr-FR,fr;q=0.9").body()).contains("Tìm văn bản");
        // The switch wins over the browser's language, and says so in a cookie for the next pages.
        HttpResponse<String> switched = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/?lang=en")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(switched.body()).contains("Find documents");
        assertThat(switched.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("lexgraph-lang=en"));
    }

    @Test
    void searchFindsASymbolTypedAnyWayAndCountsItsImplementers() throws Exception {
        for (String typed : List.of("33/ct-ttg", "33 CT TTg", "33/CT-TTG")) {
            Page p = get("/search?q=" + enc(typed), null);
            assertThat(p.body()).as(typed).contains("href=\"/documents/" + DIRECTIVE_33 + "\"");
            assertThat(p.body()).as(typed).contains("2 văn bản thực hiện");
        }
        Page byTitle = get("/search?q=" + enc("dân vận") + "&jurisdiction=quang-tri", null);
        assertThat(byTitle.body()).contains("href=\"/documents/vn/quang-tri/");
        assertThat(byTitle.body()).doesNotContain("href=\"/documents/vn/quang-ngai/");
        // A form that cannot be read shows what it can, never an error.
        Page odd = get("/search?q=33%2Fct-ttg&year=abc&type=nonsense&page=-4", null);
        assertThat(odd.status()).isEqualTo(200);
        assertThat(odd.body()).contains(DIRECTIVE_33);
    }

    @Test
    void anUnknownDocumentIsAReadable404PageNotProblemJson() throws Exception {
        Page p = get("/documents/vn/central/ttg/chi-thi/2021/999999", null);
        assertThat(p.status()).isEqualTo(404);
        assertThat(p.contentType()).startsWith("text/html");
        // In the page's language: Vietnamese by default, English for a browser that prefers it.
        assertThat(p.body()).contains("không có văn bản nào có mã vn/central/ttg/chi-thi/2021/999999", "Không tìm thấy");
        assertThat(get("/documents/vn/central/ttg/chi-thi/2021/999999", "en").body())
                .contains("no document with id vn/central/ttg/chi-thi/2021/999999");
        assertThat(p.body()).doesNotContain("Exception", "at dev.lexgraph");
        // The API keeps answering problem+json.
        Page api = get("/api/v1/documents/vn/central/ttg/chi-thi/2021/999999", null);
        assertThat(api.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theCoverageTableOfACentralDirectiveNamesEachOfThe34Provinces() throws Exception {
        Page p = get("/documents/" + DIRECTIVE_33 + "/implementers", null);
        assertThat(p.status()).isEqualTo(200);
        int rows = p.body().split("<th scope=\"row\">", -1).length - 1;
        assertThat(rows).isEqualTo(34);
        assertThat(p.body()).contains("1 tỉnh có kế hoạch", "33 tỉnh chưa có văn bản nào");
        assertThat(p.body()).contains("2599/KH-SKHCN");
    }

    @Test
    void theSupersededReportDownloadsAsCsv() throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/superseded.csv?jurisdiction=quang-ngai")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("superseded-quang-ngai.csv");
        String csv = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFseverity,citing_id,citing_symbol");
    }

    @Test
    void textFromADocumentIsEscapedOnItsPage() throws Exception {
        String text = "UBND TỈNH QUẢNG NGÃI\nSố: 77/KH-UBND Quảng Ngãi, ngày 02 tháng 3 năm 2025\nKẾ HOẠCH\n"
                + "<script>alert('x')</script> căn cứ Nghị định số 61/2023/NĐ-CP ngày 16/8/2023 của Chính phủ\n";
        post("escape.txt", text);
        Page p = get("/documents/vn/quang-ngai/ubnd/ke-hoach/2025/77", null);
        assertThat(p.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
    }

    @Test
    void chainsShowAsNestedTreesOnBothSides() throws Exception {
        String report = "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG NGÃI\nSố: 3001/BC-SKHCN\nQuảng Ngãi, ngày 20 tháng 12 năm 2025\n"
                + "BÁO CÁO\nKết quả thực hiện Kế hoạch số 2599/KH-SKHCN ngày 04/11/2025 của Sở Khoa học và Công nghệ\n"
                + "Thực hiện Kế hoạch số 2599/KH-SKHCN ngày 04/11/2025 của Sở Khoa học và Công nghệ tỉnh Quảng Ngãi, "
                + "Sở báo cáo kết quả như sau:\n";
        post("chain-report.txt", report);
        Page implementers = get("/documents/" + DIRECTIVE_33 + "/implementers", null);
        assertThat(implementers.status()).isEqualTo(200);
        // The report sits under the plan it implements, one level down.
        String tree = implementers.body().substring(implementers.body().indexOf("<ul class=\"tree\">"));
        int plan = tree.indexOf("2599/KH-SKHCN");
        assertThat(plan).isPositive();
        assertThat(tree.indexOf("3001/BC-SKHCN")).isGreaterThan(plan);
        assertThat(tree.substring(plan, tree.indexOf("3001/BC-SKHCN"))).contains("<ul>");
        Page dependencies = get("/documents/vn/quang-ngai/skhcn/bao-cao/2025/3001/dependencies", null);
        assertThat(dependencies.status()).isEqualTo(200);
        String deps = dependencies.body().substring(dependencies.body().indexOf("<ul class=\"tree\">"));
        assertThat(deps.substring(deps.indexOf("2599/KH-SKHCN"))).contains("<ul>", "33/CT-TTg");
    }

    private void post(String name, String text) throws Exception {
        HttpResponse<String> stored = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/documents"))
                .header("Content-Type", "application/json").header("X-API-Key", KEY)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"text\":"
                        + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(text) + "}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    }

    // ------------------------------------------------------------------ in a browser

    private Path profile;

    @BeforeAll
    void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags keep Chromium off the network it cannot reach here (see the machine notes).
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1600",
                "--user-data-dir=" + (profile = Files.createTempDirectory("chromium-profile")));
        // A Vietnamese reader's browser: the pages answer in its language.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "vi-VN,vi"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            // Chromium's profile is a few MB per run: left behind, every test run would add one to /tmp.
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private WebDriver browser() {
        if (browser == null) {
            String message = "no browser: install Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver) to run the explorer's browser tests";
            if (System.getenv("CI") != null) {
                throw new AssertionError(message + "; CI must run them (.ci/run installs them)");
            }
            Assumptions.abort(message);
        }
        return browser;
    }

    private void open(String path) {
        browser().get("http://127.0.0.1:" + port + path);
    }

    private void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private List<String> texts(By by) {
        return browser.findElements(by).stream().map(WebElement::getText).toList();
    }

    @Test
    void aPersonSearchesForTheDirectiveByKeyboardAndOpensIt() throws IOException {
        open("/");
        WebElement box = browser().findElement(By.id("q"));
        assertThat(browser.switchTo().activeElement()).isEqualTo(box); // the box has the focus
        box.sendKeys("33/ct-ttg", Keys.ENTER);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits")));
        screenshot("search-33-ct-ttg");
        WebElement hit = browser.findElement(By.cssSelector("ol.hits li .doclink a"));
        assertThat(hit.getText()).contains("33/CT-TTg");
        hit.click();
        waiting().until(ExpectedConditions.titleContains("33/CT-TTg"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Chỉ thị", "33/CT-TTg");
    }

    @Test
    void theImplementersOfTheDirectiveShowBothPlansOfQuangNgai() throws IOException {
        open("/documents/" + DIRECTIVE_33);
        browser().findElement(By.linkText("Văn bản thực hiện")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.tree")));
        screenshot("implementers-33-ct-ttg");
        List<String> nodes = texts(By.cssSelector("ul.tree .doclink"));
        assertThat(nodes).anyMatch(t -> t.contains("2599/KH-SKHCN"));
        // The other plan has no number of its own: its page names its source file.
        WebElement plan = browser.findElements(By.cssSelector("ul.tree .doclink a")).stream()
                .filter(a -> a.getAttribute("href").contains("/file/")).findFirst().orElseThrow();
        plan.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("dl.header")));
        assertThat(browser.findElement(By.cssSelector("dl.header")).getText()).contains("002_5207f276778dc924.txt");
    }

    @Test
    void theDependenciesOfThePlanShowTheDirectiveAsTreeAndPicture() throws IOException {
        open("/search?q=" + enc("2599/KH-SKHCN"));
        browser().findElement(By.cssSelector("ol.hits li .doclink a")).click();
        browser.findElement(By.linkText("Văn bản làm căn cứ, được thực hiện")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph svg")));
        screenshot("dependencies-2599-kh-skhcn");
        assertThat(texts(By.cssSelector("ul.tree .doclink"))).anyMatch(t -> t.contains("33/CT-TTg"));
        assertThat(browser.findElement(By.cssSelector("section.purpose")).getText()).contains("67/KH-UBND");
        assertThat(browser.findElement(By.cssSelector("#graph svg")).getText()).contains("33/CT-TTg");
        // "Directives only" keeps the directives.
        browser.findElement(By.cssSelector("label[for=directives]")).click();
        browser.findElement(By.cssSelector("form.controls button")).click();
        waiting().until(ExpectedConditions.urlContains("directives=true"));
        assertThat(texts(By.cssSelector("ul.tree .doclink"))).isNotEmpty()
                .allMatch(t -> t.startsWith("Chỉ thị"));
    }

    @Test
    void theTextOfEverySeedHighlightsEachOfItsCitations() throws IOException {
        CitationExtractor extractor = new CitationExtractor();
        for (String name : seedNames()) {
            String text = java.text.Normalizer.normalize(seed(name), java.text.Normalizer.Form.NFC);
            String id = documents.idOfFile("seeds/" + name).orElseThrow();
            open("/documents/" + id);
            screenshot("text-" + name.replace(".txt", ""));
            List<String> marked = texts(By.cssSelector("#document-text .m"));
            List<String> expected = new ArrayList<>();
            dev.lexgraph.citation.ExtractionResult r = extractor.extract(text);
            for (Citation c : r.citations()) {
                expected.add(browserText(text.substring(c.start(), c.end())));
            }
            // Laws named without a number that the law table resolves are mentions too, and so are the short
            // forms ("Kế hoạch nêu trên") of a dated citation.
            for (dev.lexgraph.citation.NamedReference n : r.named()) {
                if (n.resolved()) {
                    expected.add(browserText(text.substring(n.start(), n.end())));
                }
            }
            for (dev.lexgraph.citation.ShortForm f : r.shortForms()) {
                if (r.citations().get(f.antecedent()).year() != null) {
                    expected.add(browserText(text.substring(f.start(), f.end())));
                }
            }
            assertThat(marked).as(name).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void aReplacingDirectiveUploadedThroughThePageShowsInTheSupersededReportOfQuangTri() throws IOException {
        Path file = dir.resolve("chi-thi-thay-the.txt");
        Files.writeString(file, "THỦ TƯỚNG CHÍNH PHỦ\nSố: 12/CT-TTg\nHà Nội, ngày 10 tháng 3 năm 2024\nCHỈ THỊ\n"
                + "Về tăng cường công tác dân vận của cơ quan hành chính nhà nước\n"
                + "Chỉ thị này thay thế Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ.\n");
        open("/upload");
        browser().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("extract")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("preview")));
        assertThat(browser.findElement(By.id("status")).getText()).contains("1 trích dẫn");
        assertThat(texts(By.cssSelector("#preview mark"))).containsExactly("Chỉ thị số 16/CT-TTg ngày 16/5/2016");
        // coloured as the relation it states, by the stylesheet's class of that relationship type
        assertThat(browser.findElement(By.cssSelector("#preview mark")).getAttribute("class")).contains("rel-REPLACES");
        screenshot("upload-extracted");
        browser.findElement(By.id("key")).sendKeys(KEY);
        browser.findElement(By.id("store-button")).click();
        waiting().until(ExpectedConditions.urlContains("/documents/vn/central/ttg/chi-thi/2024/12"));
        open("/superseded?jurisdiction=quang-tri");
        screenshot("superseded-quang-tri");
        List<String> rows = texts(By.cssSelector("table.superseded tbody tr"));
        assertThat(rows).anyMatch(r -> r.contains("16/CT-TTg") && r.contains("12/CT-TTg"));
        // The replaced directive's own page says so, loudly, with what replaced it.
        open("/documents/vn/central/ttg/chi-thi/2016/16");
        assertThat(browser.findElement(By.cssSelector(".notice[role=alert]")).getText())
                .contains("đã bị thay thế", "12/CT-TTg");
        open("/superseded?jurisdiction=quang-tri");
        // The citing report is linked: its page is the seed that cites 16/CT-TTg.
        String report = documents.idOfFile("seeds/001_4c0dad03a18d6e79.txt").orElseThrow();
        assertThat(browser.findElements(By.cssSelector("table.superseded a")).stream()
                .map(a -> a.getAttribute("href"))).anyMatch(h -> h.endsWith("/documents/" + report));
    }

    @Test
    void everyPageFitsAPhonesWidth() throws IOException {
        org.openqa.selenium.Dimension desktop = browser().manage().window().getSize();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            for (String path : List.of("/", "/search?q=33", "/documents/" + DIRECTIVE_33,
                    "/documents/" + DIRECTIVE_33 + "/implementers", "/documents/" + DIRECTIVE_33 + "/dependencies",
                    "/superseded", "/upload")) {
                open(path);
                Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth;");
                assertThat(((Number) overflow).intValue()).as("horizontal overflow of %s at 390 px", path)
                        .isLessThanOrEqualTo(0);
            }
            open("/documents/" + DIRECTIVE_33 + "/implementers");
            screenshot("phone-implementers");
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    @Test
    void theLanguageSwitchTurnsThePagesEnglishAndBack() {
        open("/");
        browser().findElement(By.id("language-switch")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Find documents");
        open("/superseded");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("References to superseded documents");
        browser.findElement(By.id("language-switch")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tham chiếu văn bản đã bị thay thế");
    }

    /** Text as the browser reports it: line breaks inside a mention read as one space at most. */
    private static String browserText(String s) {
        return s.strip();
    }

    private static List<String> seedNames() throws IOException {
        try (InputStream in = ExplorerTest.class.getResourceAsStream("/seeds/index.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
        }
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = ExplorerTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
