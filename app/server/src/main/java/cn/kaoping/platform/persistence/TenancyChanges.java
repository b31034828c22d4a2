package cn.kaoping.platform.persistence;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Whether what was read from the tenancy tables (jurisdictions, tenants, scheme versions) may still
 * be used: a generation that moves on at every change, for {@link TenancyCache}.
 *
 * <p>Two sources move it. A transaction of this server that wrote one of those entities moves it
 * when it commits, before its request answers ({@link TenancyChangeListener}), so that a caller
 * sees its own change at once. Every other change (another server on the same database, a
 * migration, psql) is heard from PostgreSQL: the tables' triggers announce it on the channel
 * {@value #CHANNEL} at commit (V18), and one connection of this server listens, milliseconds
 * later. While that connection is down nothing is kept ({@link #generation()} is empty), and
 * whatever was kept before it came back is dropped: a change it did not hear is never missed.
 */
@ApplicationScoped
public class TenancyChanges {

    static final String CHANNEL = "kaoping_tenancy";
    /** The listening connection's {@code application_name}, to find it in {@code pg_stat_activity}. */
    public static final String APPLICATION_NAME = "kaoping-tenancy-listener";
    /** How long one wait for a notification lasts; after a silent one the connection is checked. */
    private static final int WAIT_MILLIS = 5_000;
    /** Pause before connecting again after the connection failed. */
    private static final long RETRY_MILLIS = 1_000;
    private static final Logger LOG = Logger.getLogger(TenancyChanges.class.getName());
    private static final Object CHANGED_HERE = TenancyChanges.class.getName() + ".changed";

    @Inject
    @ConfigProperty(name = "kaoping.db.url")
    String url;
    @Inject
    @ConfigProperty(name = "kaoping.db.user")
    String user;
    @Inject
    @ConfigProperty(name = "kaoping.db.password")
    String password;
    @Inject
    @ConfigProperty(name = "kaoping.db.connect-timeout-seconds")
    int connectTimeoutSeconds;
    @Inject
    @ConfigProperty(name = "kaoping.db.socket-timeout-seconds")
    int socketTimeoutSeconds;
    @Resource
    ManagedThreadFactory threads;
    @Resource
    TransactionSynchronizationRegistry transaction;

    private final AtomicLong generation = new AtomicLong();
    private volatile boolean listening;
    private volatile boolean stopped;
    private volatile Optional<Connection> connection = Optional.empty();

    /** The current generation while changes are heard; empty while they may not be. */
    public OptionalLong generation() {
        return listening ? OptionalLong.of(generation.get()) : OptionalLong.empty();
    }

    /**
     * The current transaction wrote a tenancy entity: the generation moves on once it has
     * committed (before, a read in between would keep what is about to change under the new one).
     */
    void changedInThisTransaction() {
        if (transaction.getResource(CHANGED_HERE) != null) {
            return;
        }
        transaction.putResource(CHANGED_HERE, Boolean.TRUE);
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    changed();
                }
            }
        });
    }

    private void changed() {
        generation.incrementAndGet();
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        Thread listener = threads.newThread(this::listen);
        listener.setName(APPLICATION_NAME);
        listener.start();
    }

    @PreDestroy
    void stop() {
        stopped = true;
        connection.ifPresent(TenancyChanges::closeQuietly); // ends a wait on the socket
    }

    private void listen() {
        while (!stopped) {
            try (Connection c = connect()) {
                connection = Optional.of(c);
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                changed(); // what changed while no one listened
                listening = true;
                LOG.info("Listening for tenancy changes");
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!stopped) {
                    PGNotification[] heard = pg.getNotifications(WAIT_MILLIS);
                    if (heard != null && heard.length > 0) {
                        changed();
                    } else {
                        try (Statement s = c.createStatement()) {
                            s.execute("SELECT 1"); // a connection lost without a word fails here, within the socket timeout
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) { // whatever it is, the next attempt starts afresh
                if (!stopped) {
                    LOG.log(Level.WARNING, "Not listening for tenancy changes (reads of tenants are not kept meanwhile): "
                            + e.getMessage());
                }
            } finally {
                listening = false;
                changed();
                connection = Optional.empty();
            }
            pause();
        }
    }

    private Connection connect() throws SQLException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        source.setUser(user);
        source.setPassword(password);
        source.setConnectTimeout(connectTimeoutSeconds);
        source.setLoginTimeout(connectTimeoutSeconds);
        source.setSocketTimeout(socketTimeoutSeconds);
        source.setApplicationName(APPLICATION_NAME);
        return source.getConnection();
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "closing the tenancy listener", e);
        }
    }
}
