package cn.kaoping.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The application's PostgreSQL data source, and the Flyway migrations of {@code db/} applied
 * before the application serves a request. Two roles: the application connects as
 * {@code kaoping.db.user}, which owns no table, so that row-level security binds it; Flyway
 * migrates as the schema owner {@code kaoping.db.owner.user} and grants the application role what
 * it needs (placeholder {@code ${app_role}}). Settings come from MicroProfile Config (or the
 * environment variables {@code KAOPING_DB_URL}, {@code KAOPING_DB_USER}, ...).
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=kaoping.db.url}",
        user = "${MPCONFIG=kaoping.db.user}",
        password = "${MPCONFIG=kaoping.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                // A connection is checked before it is handed out, so that the pool recovers
                // by itself after PostgreSQL restarts.
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                "fish.payara.fail-all-connections=true",
                // Every wait on PostgreSQL is bounded (kaoping.db.*-timeout*, defaults in
                // microprofile-config.properties), so that a frozen or locked database gives a
                // quick 503 (ProblemMappers) instead of tying up the HTTP threads: the wait for a
                // free connection of the pool, connecting, any read on the socket, a statement,
                // a lock, and a transaction left idle.
                "fish.payara.max-wait-time-in-millis=${MPCONFIG=kaoping.db.pool-wait-millis}",
                "connectTimeout=${MPCONFIG=kaoping.db.connect-timeout-seconds}",
                "loginTimeout=${MPCONFIG=kaoping.db.connect-timeout-seconds}",
                "socketTimeout=${MPCONFIG=kaoping.db.socket-timeout-seconds}",
                "options=-c statement_timeout=${MPCONFIG=kaoping.db.statement-timeout-millis}"
                        + " -c lock_timeout=${MPCONFIG=kaoping.db.lock-timeout-millis}"
                        + " -c idle_in_transaction_session_timeout=${MPCONFIG=kaoping.db.idle-in-transaction-timeout-millis}"
        })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/kaoping";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Inject
    @ConfigProperty(name = "kaoping.db.url")
    String url;
    @Inject
    @ConfigProperty(name = "kaoping.db.owner.user")
    String owner;
    @Inject
    @ConfigProperty(name = "kaoping.db.owner.password")
    String ownerPassword;
    @Inject
    @ConfigProperty(name = "kaoping.db.user")
    String applicationRole;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(url, owner, ownerPassword)
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_role", applicationRole))
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
