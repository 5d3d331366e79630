package dev.lexgraph.graph;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * The application's way to the graph: the official Java driver over Bolt, to the embedded database by
 * default or to an external server or cluster when a {@code bolt://} or {@code neo4j://} URI is given.
 * Writes run in write transactions and reads in read transactions, so a cluster can route them.
 */
public final class GraphConnection implements AutoCloseable {

    /** Where the graph is. {@code uri} null means the embedded database under {@code dataDir}. */
    public record Settings(String uri, String user, String password, Path dataDir, int boltPort) {
    }

    /** The driver logs through SLF4J like the rest (its own console logger would print INFO lines), retries as one line. */
    private static final org.neo4j.driver.Config DRIVER_CONFIG = org.neo4j.driver.Config.builder()
            .withLogging(new DriverLogging()).build();

    private final EmbeddedNeo4j embedded;
    private final Driver driver;

    private GraphConnection(EmbeddedNeo4j embedded, Driver driver) {
        this.embedded = embedded;
        this.driver = driver;
    }

    /** Opens the graph (starting the embedded database if no URI is set) and applies the schema. */
    public static GraphConnection open(Settings settings) {
        EmbeddedNeo4j embedded = null;
        Driver driver;
        if (settings.uri() == null) {
            embedded = EmbeddedNeo4j.start(settings.dataDir().resolve("neo4j"), settings.boltPort(), settings.password());
            driver = GraphDatabase.driver(embedded.boltUri().toString(),
                    AuthTokens.basic(embedded.serviceLogin().user(), embedded.serviceLogin().password()), DRIVER_CONFIG);
        } else {
            driver = GraphDatabase.driver(settings.uri(), AuthTokens.basic(settings.user(), settings.password()),
                    DRIVER_CONFIG);
        }
        try {
            driver.verifyConnectivity();
            GraphConnection c = new GraphConnection(embedded, driver);
            c.applySchema();
            return c;
        } catch (RuntimeException e) {
            driver.close();
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    /** The embedded database, or null when connected to an external one. */
    public EmbeddedNeo4j embedded() {
        return embedded;
    }

    public Driver driver() {
        return driver;
    }

    /**
     * Runs cypher/schema.cypher; every statement there is idempotent. All in one transaction, so that on a
     * database that already holds data (a bulk load) the indexes are populated together in one pass over
     * the nodes; one transaction per statement if the server will not take them together.
     */
    void applySchema() {
        List<String> statements = CypherScripts.statements("schema.cypher");
        try (Session s = driver.session()) {
            try {
                s.executeWrite(tx -> {
                    for (String statement : statements) {
                        tx.run(statement).consume();
                    }
                    return null;
                });
            } catch (org.neo4j.driver.exceptions.ClientException e) {
                for (String statement : statements) {
                    s.executeWrite(tx -> tx.run(statement).consume());
                }
            }
        }
    }

    /**
     * Waits until every index is online (after a bulk load the schema's indexes are built from the
     * imported data in the background).
     *
     * @throws IllegalStateException when one is not online within the time, or failed
     */
    public void awaitIndexes(java.time.Duration timeout) {
        try (Session s = driver.session()) {
            s.run("CALL db.awaitIndexes($seconds)", Map.of("seconds", Math.max(1, timeout.toSeconds()))).consume();
        } catch (org.neo4j.driver.exceptions.ClientException e) {
            throw new IllegalStateException("indexes not online within " + timeout + ": " + e.getMessage(), e);
        }
    }

    /** A read query in a read transaction. */
    public List<Record> read(String cypher, Map<String, Object> params) {
        try (Session s = driver.session(SessionConfig.defaultConfig())) {
            return s.executeRead(tx -> tx.run(cypher, params).list());
        }
    }

    @Override
    public void close() {
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
