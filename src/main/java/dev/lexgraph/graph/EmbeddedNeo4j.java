package dev.lexgraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

/**
 * An in-process Neo4j Community database persisted under one folder (data, transaction logs and its own
 * logs), with Bolt on a loopback port and authentication on. The application talks to it through the
 * Java driver exactly as it would to a remote server, and other tools (Neo4j Browser, cypher-shell) can
 * connect to the same port while it runs.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    /** The user Neo4j creates. */
    public static final String USER = "neo4j";
    private static final String PASSWORD_FILE = "bolt-password";

    /** Where the service's own login is kept: its user name, then its password, one per line. */
    private static final String SERVICE_LOGIN_FILE = "service-login";

    /** The service's own login: a user other clients do not know, so their wrong passwords cannot lock it. */
    public record Login(String user, String password) {
    }

    private final DatabaseManagementService service;
    private final URI boltUri;
    private final String password;
    private final boolean passwordGenerated;
    private final Login serviceLogin;

    private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri, String password, boolean generated,
                          Login serviceLogin) {
        this.service = service;
        this.boltUri = boltUri;
        this.password = password;
        this.passwordGenerated = generated;
        this.serviceLogin = serviceLogin;
    }

    /**
     * Starts the database in {@code dataDir}.
     *
     * @param boltPort loopback port for Bolt; 0 picks a free one
     * @param password the password of user neo4j, or null to use the one kept in the data folder (made
     *                 and kept there at first start)
     * @throws DatabaseInUseException when another process has the folder open
     * @throws BoltPortInUseException when another process listens on the Bolt port
     */
    public static EmbeddedNeo4j start(Path dataDir, int boltPort, String password) {
        try {
            DataFolder.createPrivate(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + dataDir, e);
        }
        Path home = dataDir.toAbsolutePath();
        Path file = dataDir.resolve(PASSWORD_FILE);
        boolean generated = false;
        String pw = password;
        try {
            if (pw == null && Files.exists(file)) {
                pw = Files.readString(file, StandardCharsets.UTF_8).trim();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Bolt password in " + file, e);
        }
        if (pw == null) {
            pw = generatePassword();
            generated = true;
        }
        // At the first start the password is given to Neo4j as the initial one (as neo4j-admin dbms
        // set-initial-password does): no administration command to compile and run, which took seconds.
        boolean initial = isFirstStart(home) && writeInitialPassword(home, pw);
        DatabaseManagementService service;
        Login serviceLogin;
        try {
            service = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    // Shutdown waits for Netty's quiet periods (two of 5 s) unless told not to.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    // Neo4j reserves a whole 256 MB transaction log file ahead for each database (system
                    // and neo4j): half a gigabyte on disk for an empty graph, and a test run that opens a few
                    // at a time filled a CI machine's disk. Logs grow as written instead.
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .build();
        } catch (RuntimeException e) {
            if (isLocked(e)) {
                throw new DatabaseInUseException("the database folder " + dataDir.toAbsolutePath()
                        + " is in use by another process (another lexgraph running on it?); stop that one or"
                        + " choose another folder with lexgraph.data-dir", e);
            }
            if (isPortTaken(e)) {
                throw new BoltPortInUseException("the Bolt port 127.0.0.1:" + boltPort + " is taken by another"
                        + " process (another lexgraph or Neo4j?); stop that one, or choose another port with"
                        + " lexgraph.bolt.port (--bolt-port on the command line; 0 picks a free one)", e);
            }
            throw e;
        }
        try {
            if (generated) {
                DataFolder.writeSecret(file, pw + "\n");
            }
            if (!initial) {
                setPassword(service, pw);
            }
            serviceLogin = serviceLogin(service, dataDir);
        } catch (IOException e) {
            service.shutdown();
            throw new UncheckedIOException("cannot keep the Bolt password in " + dataDir, e);
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
        }
        GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var address = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        URI uri = URI.create("bolt://127.0.0.1:" + address.getPort());
        return new EmbeddedNeo4j(service, uri, pw, generated, serviceLogin);
    }

    /**
     * The service's own user, made at the first start with a random name and password kept in the data
     * folder (readable by its owner only from the first byte). User neo4j stays for other tools (Neo4j
     * Browser, cypher-shell): wrong passwords tried there lock neo4j for a few seconds, not the service.
     */
    private static Login serviceLogin(DatabaseManagementService service, Path dataDir) throws IOException {
        Path file = dataDir.resolve(SERVICE_LOGIN_FILE);
        if (Files.exists(file)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() >= 2 && !lines.get(0).isBlank() && !lines.get(1).isBlank()) {
                Login kept = new Login(lines.get(0).trim(), lines.get(1).trim());
                if (userExists(service, kept.user())) {
                    return kept;
                }
            }
            Files.delete(file);
        }
        byte[] id = new byte[6];
        new SecureRandom().nextBytes(id);
        Login login = new Login("lexgraph_" + java.util.HexFormat.of().formatHex(id), generatePassword());
        service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "CREATE USER $user IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("user", login.user(), "password", login.password()));
        DataFolder.writeSecret(file, login.user() + "\n" + login.password() + "\n");
        return login;
    }

    private static boolean userExists(DatabaseManagementService service, String user) {
        return service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "SHOW USERS YIELD user WHERE user = $user RETURN count(*) AS n", Map.of("user", user),
                r -> ((Number) r.next().get("n")).longValue() > 0);
    }


    /** Whether Neo4j has never started in this folder (its system database is not there yet). */
    private static boolean isFirstStart(Path home) {
        return !Files.exists(Neo4jLayout.of(home).databaseLayout(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                .databaseDirectory());
    }

    /**
     * Writes the password Neo4j gives user neo4j when it initialises its system database (data/dbms/auth.ini,
     * password change not required). False, and nothing written, when the password is shorter than Neo4j
     * allows (then the administration command reports it) or the file cannot be written.
     */
    private static boolean writeInitialPassword(Path home, String password) {
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
        if (password.codePointCount(0, password.length()) < config.get(GraphDatabaseSettings.auth_minimum_password_length)) {
            return false;
        }
        Path authIni = CommunitySecurityModule.getInitialUserRepositoryFile(config);
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            fs.mkdirs(authIni.getParent());
            fs.deleteFile(authIni);
            FileUserRepository users = new FileUserRepository(fs, authIni, NullLogProvider.getInstance(),
                    EmptyMemoryTracker.INSTANCE);
            users.start();
            try {
                users.create(new User(USER, null, SystemGraphCredential.createCredentialForPassword(
                        password.getBytes(StandardCharsets.UTF_8), new SecureHasher()), false, false));
            } finally {
                users.shutdown();
            }
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** Sets the password of user neo4j (and clears Neo4j's "change at first login" flag). */
    private static void setPassword(DatabaseManagementService service, String password) {
        GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
            // already this password: nothing to change
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean isLocked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (t.getClass().getSimpleName().contains("FileLock") || m.contains("locked by another")
                    || m.contains("Lock file has been locked")) {
                return true;
            }
        }
        return false;
    }

    /** Neo4j's Bolt server could not bind its port (it reports the BindException somewhere in the causes). */
    private static boolean isPortTaken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException || String.valueOf(t.getMessage()).contains("Address already in use")) {
                return true;
            }
        }
        return false;
    }

    public URI boltUri() {
        return boltUri;
    }

    public String password() {
        return password;
    }

    /** The login the service itself uses. */
    public Login serviceLogin() {
        return serviceLogin;
    }

    /** Whether the password was made at this start (so it should be shown once). */
    public boolean passwordGenerated() {
        return passwordGenerated;
    }

    @Override
    public void close() {
        service.shutdown();
    }

    /**
     * The embedded database cannot start because of something outside this process; the message says what
     * and which setting changes it, so commands print it instead of a stack trace.
     */
    public abstract static sealed class CannotStartException extends RuntimeException
            permits DatabaseInUseException, BoltPortInUseException {
        CannotStartException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Another process holds the database folder. */
    public static final class DatabaseInUseException extends CannotStartException {
        DatabaseInUseException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Another process listens on the Bolt port the embedded database was asked to use. */
    public static final class BoltPortInUseException extends CannotStartException {
        BoltPortInUseException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
