package dev.lexgraph.cli;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/**
 * {@code bench-api}: latency of the API's graph queries against a running service, over HTTP as a client
 * sees it. Samples plans and reports (with dependencies) and directives (with implementers) from the
 * service itself, then measures one document's transitive dependencies (the first page, and up to 1,000
 * in one answer), a directive's implementer tree and a document's superseded references: first one request at a time (latency), then with
 * {@code --clients} concurrent clients for {@code --seconds} (latency under load and throughput).
 */
@Command(name = "bench-api", mixinStandardHelpOptions = true,
        description = "Measure latency (p50/p99) and throughput of the dependency, implementer and superseded-reference "
                + "queries of a running service (start it with `serve` on the graph to measure).")
final class ApiBenchCommand implements Callable<Integer> {

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "The service (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--clients", defaultValue = "16", description = "Concurrent clients in the load phase (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "30", description = "Length of the load phase (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--requests", defaultValue = "300",
            description = "Requests per query in the one-at-a-time phase, after as many for warm-up (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--warmup-seconds", defaultValue = "60",
            description = "Requests of every query, one at a time, before anything is measured, so that the figures "
                    + "are those of a warm service (default: ${DEFAULT-VALUE}).")
    int warmupSeconds;

    @Option(names = "--sample", defaultValue = "2000", description = "Documents sampled per kind (default: ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed of the request mix (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--writers", defaultValue = "0",
            description = "Clients that post new documents (POST /api/v1/documents) during the load phase, besides the"
                    + " readers; their latency is reported apart (default: ${DEFAULT-VALUE}).")
    int writers;

    @Option(names = "--key", description = "The service's API key, for the writers (default: $LEXGRAPH_APIKEY, else the"
            + " api-key file of --data-dir).")
    String key;

    @Option(names = "--data-dir", defaultValue = "data", description = "The service's data folder, where its API key is"
            + " kept (default: ${DEFAULT-VALUE}).")
    java.nio.file.Path dataDir;

    @Option(names = "--pages", description = "Measure the web explorer's pages (search, a document, its dependencies,"
            + " a directive's implementers and coverage, a province's superseded references) instead of the API.")
    boolean pages;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One query of the benchmark: a name and the paths it requests. */
    private record Query(String name, List<String> paths) {
    }

    @Override
    public Integer call() throws Exception {
        List<String> plans = sampleIds("/api/v1/dependencies?of=KE_HOACH,BAO_CAO&on=CHI_THI,NGHI_QUYET,KE_HOACH,QUYET_DINH&size=500",
                "items", true);
        List<String> directives = sampleIds("/api/v1/documents?type=CHI_THI&size=500", "items", false);
        if (plans.isEmpty() || directives.isEmpty()) {
            System.err.println("lexgraph bench-api: the graph at " + url + " has no plans or directives to query");
            return 2;
        }
        List<Query> queries = pages ? explorerPages(plans, directives) : List.of(
                new Query("dependencies (transitive)", plans.stream().map(id -> "/api/v1/documents/" + id
                        + "/dependencies?transitive=true").toList()),
                new Query("dependencies (transitive, up to 1,000 in one answer)", plans.stream()
                        .map(id -> "/api/v1/documents/" + id + "/dependencies?transitive=true&limit=1000").toList()),
                new Query("dependencies (transitive, directives only)", plans.stream().map(id -> "/api/v1/documents/"
                        + id + "/dependencies?transitive=true&type=CHI_THI").toList()),
                new Query("implementers (transitive tree)", directives.stream().map(id -> "/api/v1/documents/" + id
                        + "/implementers?transitive=true").toList()),
                new Query("superseded references (one document)", plans.stream().map(id -> "/api/v1/documents/" + id
                        + "/superseded-references").toList()));

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("url", url);
        out.put("sampled", Map.of("plansAndReports", plans.size(), "directives", directives.size()));
        Random random = new Random(seed);
        // A service runs warm: the JIT compiles the database's and the server's paths in the first minutes.
        long warm = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        long warmed = 0;
        while (System.nanoTime() < warm) {
            Query q = queries.get(random.nextInt(queries.size()));
            time(pick(q.paths(), random));
            warmed++;
        }
        out.put("warmup", Map.of("seconds", warmupSeconds, "requests", warmed));
        Map<String, Object> sequential = new LinkedHashMap<>();
        for (Query q : queries) {
            for (int i = 0; i < requests; i++) {
                time(pick(q.paths(), random)); // warm-up
            }
            List<Long> nanos = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                nanos.add(time(pick(q.paths(), random)));
            }
            sequential.put(q.name(), summary(nanos, 0));
            System.err.println("lexgraph bench-api: one client, " + q.name() + ": " + sequential.get(q.name()));
        }
        out.put("oneClient", sequential);

        Map<String, List<Long>> byQuery = new ConcurrentHashMap<>();
        AtomicLong total = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients + writers);
        List<Future<?>> futures = new ArrayList<>();
        List<Long> writeNanos = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicLong> writeStatuses = new ConcurrentHashMap<>();
        String apiKey = writers > 0 ? apiKey() : null;
        long t0 = System.nanoTime();
        for (int w = 0; w < writers; w++) {
            // Documents of a generator seeded apart from the graph's: new plans and reports that cite the documents
            // every reader asks about, so writers and readers meet on the same nodes.
            dev.lexgraph.generate.CorpusGenerator generator = new dev.lexgraph.generate.CorpusGenerator(
                    seed * 7919 + 1_000_003L * (w + 1), 0.0, 100_000);
            String prefix = "bench-api-writes/" + seed + "-" + w + "-";
            futures.add(pool.submit(() -> {
                for (int i = 0; System.nanoTime() < end; i++) {
                    String body = Json.MAPPER.writeValueAsString(Map.of("name", prefix + i + ".txt", "text", generator.next()));
                    long t = System.nanoTime();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/documents"))
                            .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json")
                            .header("X-API-Key", apiKey).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    writeNanos.add(System.nanoTime() - t);
                    writeStatuses.computeIfAbsent(r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                }
                return null;
            }));
        }
        for (int c = 0; c < clients; c++) {
            Random r = new Random(seed + c + 1);
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    Query q = queries.get(r.nextInt(queries.size()));
                    long ns = time(pick(q.paths(), r));
                    byQuery.computeIfAbsent(q.name(), k -> Collections.synchronizedList(new ArrayList<>())).add(ns);
                    total.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> load = new LinkedHashMap<>();
        load.put("clients", clients);
        load.put("seconds", round(elapsed));
        load.put("requests", total.get());
        load.put("requestsPerSecond", round(total.get() / elapsed));
        for (Query q : queries) {
            load.put(q.name(), summary(byQuery.getOrDefault(q.name(), List.of()), elapsed));
        }
        if (writers > 0) {
            Map<String, Object> writes = new LinkedHashMap<>(summary(writeNanos, elapsed));
            writes.put("writers", writers);
            writes.put("statuses", writeStatuses);
            load.put("writes (POST /api/v1/documents)", writes);
        }
        out.put("concurrent", load);
        System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(out));
        return 0;
    }

    private String apiKey() throws java.io.IOException {
        if (key != null && !key.isBlank()) {
            return key;
        }
        String configured = dev.lexgraph.app.LexgraphProperties.fromEnvironment().apiKey(); // LEXGRAPH_APIKEY
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return java.nio.file.Files.readString(dataDir.resolve("api-key")).strip();
    }

    /**
     * The explorer's pages a person opens, on the sampled documents: the server's time for each, HTML read
     * in full (the page's scripts and the picture are the browser's work, not measured here).
     */
    private static List<Query> explorerPages(List<String> plans, List<String> directives) {
        List<String> searches = new ArrayList<>();
        for (String id : directives) {
            String[] part = id.split("/"); // vn/central/ttg/chi-thi/2021/33
            if (part.length == 6 && "ttg".equals(part[2])) {
                searches.add("/search?q=" + part[5] + "+ct+ttg");
            }
        }
        for (String id : plans) {
            searches.add("/search?type=KE_HOACH&jurisdiction=" + new dev.lexgraph.graph.DocumentId(id).jurisdiction());
        }
        return List.of(
                new Query("page: search (a symbol typed loosely, or type and province)", searches),
                new Query("page: a plan or report", plans.stream().map(id -> "/documents/" + id).toList()),
                new Query("page: a directive (thousands cite it)", directives.stream().map(id -> "/documents/" + id).toList()),
                new Query("page: dependencies (depth 3, tree and picture)", plans.stream()
                        .map(id -> "/documents/" + id + "/dependencies").toList()),
                new Query("page: implementers and province coverage of a directive", directives.stream()
                        .map(id -> "/documents/" + id + "/implementers").toList()),
                new Query("page: superseded references of a province", plans.stream()
                        .map(id -> "/superseded?jurisdiction=" + new dev.lexgraph.graph.DocumentId(id).jurisdiction()).distinct().toList()));
    }

    /** Ids from a paginated listing: rows' {@code document.id} (table) or the items' {@code id}. */
    private List<String> sampleIds(String first, String field, boolean table) throws Exception {
        List<String> ids = new ArrayList<>();
        String path = first;
        while (path != null && ids.size() < sample) {
            JsonNode page = Json.MAPPER.readTree(get(path));
            for (JsonNode item : page.get(field)) {
                ids.add((table ? item.get("document") : item).get("id").asString());
            }
            if (table) {
                JsonNode next = page.get("next");
                path = next == null || next.isNull() ? null
                        : first + "&after=" + URLEncoder.encode(next.asString(), StandardCharsets.UTF_8);
            } else {
                int p = page.get("page").asInt() + 1;
                path = page.get("hasMore").asBoolean() ? first + "&page=" + p : null;
            }
        }
        return ids.size() > sample ? ids.subList(0, sample) : ids;
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + path))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    /** One request, its body read in full; its time in nanoseconds. */
    private long time(String path) throws Exception {
        long t = System.nanoTime();
        get(path);
        return System.nanoTime() - t;
    }

    private static String pick(List<String> paths, Random r) {
        return paths.get(r.nextInt(paths.size()));
    }

    private static Map<String, Object> summary(List<Long> nanos, double elapsed) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("requests", sorted.size());
        if (sorted.isEmpty()) {
            return m;
        }
        m.put("p50ms", ms(sorted, 0.50));
        m.put("p95ms", ms(sorted, 0.95));
        m.put("p99ms", ms(sorted, 0.99));
        m.put("maxms", round(sorted.get(sorted.size() - 1) / 1e6));
        if (elapsed > 0) {
            m.put("perSecond", round(sorted.size() / elapsed));
        }
        return m;
    }

    private static double ms(List<Long> sorted, double q) {
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1);
        return round(sorted.get(Math.max(0, i)) / 1e6);
    }

    private static double round(double x) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.2f", x));
    }
}
