package dev.lexgraph.app;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The service's settings. Relaxed binding gives each an environment variable: {@code lexgraph.data-dir}
 * is {@code LEXGRAPH_DATADIR}, {@code lexgraph.api-key} is {@code LEXGRAPH_APIKEY}, and so on.
 *
 * @param dataDir          folder of the embedded database (its data, transaction logs and logs)
 * @param bolt             the embedded database's loopback Bolt connector
 * @param neo4j            an external server or cluster; when {@code uri} is set nothing is embedded
 * @param apiKey           the key writes must present in {@code X-API-Key}; when unset one is made at first
 *                         start and kept in the data folder
 * @param readsRequireKey  whether reads need the key too
 * @param seedOnFirstStart ingest the bundled sample documents when the graph has no ingested file yet
 * @param maxDocumentSize  the largest document a request may carry
 * @param extraction       bounds on the work one document may cause while it is read and extracted
 * @param corsAllowedOrigins web origins whose pages may call the API from a browser (none by default)
 * @param answerCache      API answers kept between writes
 */
@ConfigurationProperties("lexgraph")
public record LexgraphProperties(
        @DefaultValue("data") Path dataDir,
        @DefaultValue Bolt bolt,
        @DefaultValue Neo4j neo4j,
        String apiKey,
        @DefaultValue("false") boolean readsRequireKey,
        @DefaultValue("true") boolean seedOnFirstStart,
        @DefaultValue("10MB") DataSize maxDocumentSize,
        @DefaultValue Extraction extraction,
        @DefaultValue java.util.List<String> corsAllowedOrigins,
        @DefaultValue AnswerCache answerCache) {

    /**
     * Where the graph is: the external server when {@code neo4j.uri} is set (with its password), else the
     * embedded database under {@code dataDir} (with the Bolt password). The service and the commands both use it.
     */
    public dev.lexgraph.graph.GraphConnection.Settings graphSettings() {
        String uri = neo4j.uri() == null || neo4j.uri().isBlank() ? null : neo4j.uri();
        return new dev.lexgraph.graph.GraphConnection.Settings(uri, neo4j.user(),
                uri != null ? neo4j.password() : bolt.password(), dataDir, bolt.port());
    }

    /**
     * The settings as the command-line tools see them: the same names bound the same way as the service's
     * (environment variables such as {@code LEXGRAPH_DATADIR}, and {@code -Dlexgraph.data-dir=…}), defaults
     * included, without starting the service.
     */
    public static LexgraphProperties fromEnvironment() {
        return org.springframework.boot.context.properties.bind.Binder.get(
                new org.springframework.core.env.StandardEnvironment()).bindOrCreate("lexgraph", LexgraphProperties.class);
    }

    /**
     * @param maxSize    bytes of answers kept between writes (0: none kept)
     * @param timeToLive how long an answer is kept at most; none by default, since this service's writes empty the
     *                   cache (set it when other processes write to the same database)
     */
    public record AnswerCache(@DefaultValue("64MB") DataSize maxSize, java.time.Duration timeToLive) {
    }

    /**
     * @param maxTextChars  characters of text a document may have once decoded
     * @param maxPdfPages   pages a PDF may have
     * @param maxInflated   bytes one compressed part of a file may inflate to (a DOCX's XML, a PDF's streams)
     * @param timeBudget    how long reading one file may take
     * @param concurrent    extractions the API runs at once (0: one per processor); beyond, 503 with Retry-After
     */
    public record Extraction(@DefaultValue("10000000") long maxTextChars, @DefaultValue("2000") int maxPdfPages,
                             @DefaultValue("32MB") DataSize maxInflated, @DefaultValue("30s") java.time.Duration timeBudget,
                             @DefaultValue("0") int concurrent) {

        public dev.lexgraph.text.DocumentText.Limits limits() {
            return new dev.lexgraph.text.DocumentText.Limits(maxTextChars, maxPdfPages, maxInflated.toBytes(), timeBudget);
        }

        public int permits() {
            return concurrent > 0 ? concurrent : Math.max(2, Runtime.getRuntime().availableProcessors());
        }
    }

    /** {@code port} 0 picks a free one; {@code password} null means the one kept in the data folder. */
    public record Bolt(@DefaultValue("7687") int port, String password) {
    }

    public record Neo4j(String uri, @DefaultValue("neo4j") String user, String password) {
    }
}
